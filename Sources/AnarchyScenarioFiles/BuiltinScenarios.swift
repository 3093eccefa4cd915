import AnarchyWorld

/// The scenarios that ship with Anarchy, as the YAML a user gets from
/// `anarchy scenarios --export NAME` (comments included), each saying what it shows.
public enum BuiltinScenarios {
    public struct Entry: Sendable {
        public let name: String
        /// One line for `anarchy scenarios`.
        public let summary: String
        /// The scenario file's text.
        public let yaml: String
    }

    /// The entry named `name`, if any.
    public static func entry(_ name: String) -> Entry? { all.first { $0.name == name } }

    /// The scenario named `name`, parsed (built-ins are valid; a test checks every one).
    public static func scenario(_ name: String) -> Scenario? {
        entry(name).flatMap { try? ScenarioFile.parse($0.yaml) }
    }

    static func jervisWorld(_ number: Int, _ slug: String, beta: Double, delta: Double, _ title: String, _ shows: String) -> Entry {
        Entry(
            name: "jervis-\(number)-\(slug)", summary: "Jervis's world \(number): \(title) (β = \(beta), δ = \(delta))",
            yaml: """
                # Jervis (1978), "Cooperation under the Security Dilemma", world \(number): \(title).
                # \(shows)
                # Offence dominance is a low beta (units of offence needed per unit of defence; Glaser &
                # Kaufmann's cost ratio); distinguishability is delta. Compare the four jervis-* scenarios'
                # spiral index and wars, or sweep beta × delta.
                name: jervis-\(number)-\(slug)
                description: "Jervis's world \(number): \(title). \(shows)"
                seed: 1
                ticks: 200
                system:
                  beta: \(beta)
                  delta: \(delta)
                states:
                  count: 24          # SDW-1's default states: greedy with probability pGreedy (0.25)
                geography:
                  ring:
                    k: 2             # each state watches two neighbours on each side

                """)
    }

    public static let all: [Entry] = core + alliancesAndIdentity

    static let core: [Entry] = [
        jervisWorld(1, "doubly-dangerous", beta: 0.5, delta: 0.1, "offence has the advantage and postures cannot be told apart",
                    "Doubly dangerous: seekers buy offence themselves and every build-up reads as greed, so spirals and wars are most common."),
        jervisWorld(2, "dilemma-compatible", beta: 2.5, delta: 0.1, "defence has the advantage but postures cannot be told apart",
                    "A security dilemma exists, but defence is cheap enough that security requirements may be compatible."),
        jervisWorld(3, "aggression-possible", beta: 0.5, delta: 0.9, "offence has the advantage and postures can be told apart",
                    "No security dilemma, but aggression is possible: greedy states can be recognised, yet offence still pays."),
        jervisWorld(4, "doubly-stable", beta: 2.5, delta: 0.9, "defence has the advantage and postures can be told apart",
                    "Doubly stable: seekers buy defence, are seen to, and greedy attackers rarely find a weak target."),
        Entry(
            name: "spiral", summary: "A spiral among security seekers: nobody is greedy, yet fear grows",
            yaml: """
                # The spiral model (Jervis 1976, ch. 3; Kydd 1997): twelve security seekers and no greedy state.
                # Each still fears its neighbours may be greedy (prior pGreedy = 0.25), reads their arming
                # through noise, and answers threat with arms, which its neighbours read as greed. Watch the
                # spiral index (mean belief among neighbouring seekers that the other is greedy) rise from
                # 0.25 although every belief is wrong. Try delta: 0.9 to let arms be told apart: over
                # seeds 1-20 the spiral index, averaged over the run, falls from 0.85 to 0.26 (single
                # seeds vary: seed 1 ends at 0.67 and 0.56).
                name: spiral
                description: "Twelve security seekers and no greedy state: fear still spirals, because arming for safety reads as greed."
                seed: 1
                ticks: 200
                system:
                  beta: 1.0
                  delta: 0.3
                  kappa: 2.0         # seekers answer perceived threat strongly
                states:
                  - {name: A, motive: security}
                  - {name: B, motive: security}
                  - {name: C, motive: security}
                  - {name: D, motive: security}
                  - {name: E, motive: security}
                  - {name: F, motive: security}
                  - {name: G, motive: security}
                  - {name: H, motive: security}
                  - {name: I, motive: security}
                  - {name: J, motive: security}
                  - {name: K, motive: security}
                  - {name: L, motive: security}
                geography:
                  ring:
                    k: 2

                """),
        Entry(
            name: "spiral-war", summary: "The security dilemma's tragedy: security seekers at war from fear",
            yaml: """
                # The dilemma's own outcome (Herz 1950; Jervis 1978; Schelling 1960): twelve security
                # seekers, no greedy state, offence a little cheaper than defence (beta 0.9) and arms hard
                # to tell apart (delta 0.1). Each reads its neighbours' arming as greed and reckons that
                # they read its own the same way; once the danger of being struck, times the advantage of
                # striking first, exceeds the costs of war, it strikes first (preemption: Fearon 1995's
                # condition). The first attacker is then believed greedy by all its neighbours, and fear
                # spreads. Watch seekerWars and 'anarchy explain' on the first war. Try delta: 0.9
                # (arms told apart), reciprocalFear: 0, beliefs: prior (the placebo: no learning) or
                # beta: 1 (no first-strike advantage: no war at all).
                name: spiral-war
                description: "Twelve security seekers and no greedy state go to war, each striking first for fear of being struck."
                seed: 1
                ticks: 200
                system:
                  beta: 0.9
                  delta: 0.1
                  kappa: 2.0
                states:
                  - {name: A, motive: security}
                  - {name: B, motive: security}
                  - {name: C, motive: security}
                  - {name: D, motive: security}
                  - {name: E, motive: security}
                  - {name: F, motive: security}
                  - {name: G, motive: security}
                  - {name: H, motive: security}
                  - {name: I, motive: security}
                  - {name: J, motive: security}
                  - {name: K, motive: security}
                  - {name: L, motive: security}
                geography:
                  ring:
                    k: 2
                mechanisms:
                  preemption: {cost: 0.1, reciprocalFear: 1, beliefs: updated}

                """),
        Entry(
            name: "greedy-power", summary: "One greedy power among security seekers: does it find a weak neighbour?",
            yaml: """
                # A greedy power among seekers (the first essay's case for deterrence): one state, Rex, is
                # greedy and richer; its eleven neighbours are security seekers. Rex attacks the weakest
                # neighbour once its offence exceeds attackRatio × beta × that neighbour's defence. Seekers
                # that arm (deterrence by denial: more defence) deny it targets; the price is the spiral
                # among themselves. Compare with kappa: 0 (restraint) or a lower beta (offence dominance).
                name: greedy-power
                description: "One richer greedy state among eleven security seekers: deterrence by denial against the cost of mutual fear."
                seed: 1
                ticks: 300
                system:
                  beta: 1.5
                  delta: 0.5
                  kappa: 1.0
                states:
                  - {name: Rex, motive: greedy, wealth: 160}
                  - {name: A, motive: security, wealth: 100}
                  - {name: B, motive: security, wealth: 100}
                  - {name: C, motive: security, wealth: 100}
                  - {name: D, motive: security, wealth: 100}
                  - {name: E, motive: security, wealth: 100}
                  - {name: F, motive: security, wealth: 100}
                  - {name: G, motive: security, wealth: 100}
                  - {name: H, motive: security, wealth: 100}
                  - {name: I, motive: security, wealth: 100}
                  - {name: J, motive: security, wealth: 100}
                  - {name: K, motive: security, wealth: 100}
                geography:
                  ring:
                    k: 2

                """),
        Entry(
            name: "rising-power", summary: "A rising power: one state grows three times as fast as the rest",
            yaml: """
                # A power transition (Organski 1958; Powell 2006): Riser grows at 6% a tick, its neighbours
                # at 2%. Its motive is unknown to all (greedy with probability 0.5); if greedy, its growing
                # wealth buys offence until neighbours' defence no longer deters. Rapid shifts are where
                # commitment problems arise (see `anarchy formal powell.preventive`); here they show as the
                # timing of Riser's first war relative to its share of wealth.
                name: rising-power
                description: "One state grows three times as fast as its neighbours; whether its rise ends in war depends on its hidden motive."
                seed: 1
                ticks: 300
                system:
                  growth: 0.02
                  beta: 1.5
                  delta: 0.5
                states:
                  - {name: Riser, motive: 0.5, wealth: 80, growth: 0.06}
                  - {name: A, motive: security}
                  - {name: B, motive: security}
                  - {name: C, motive: 0.25}
                  - {name: D, motive: security}
                  - {name: E, motive: security}
                  - {name: F, motive: 0.25}
                  - {name: G, motive: security}
                geography:
                  ring:
                    k: 2

                """),
        Entry(
            name: "europe", summary: "A small stylised Europe of 1914: nine powers, their borders, rough wealth",
            yaml: """
                # A stylised Europe on the eve of 1914 (an illustration, not a calibration; `anarchy history`
                # will build real ones from Correlates of War data). Wealth is roughly proportional to 1913
                # GDP (Maddison); borders are land borders plus the Channel. Motives are uncertain: Germany and
                # Austria-Hungary are greedy with probability 0.5, the others seekers or 0.2. Offence was
                # believed dominant (the "cult of the offensive", Van Evera 1984): beta 0.8.
                name: europe
                description: "Nine European powers of 1914 with their borders and rough wealth, under a believed offensive advantage."
                seed: 1914
                ticks: 100
                system:
                  beta: 0.8
                  delta: 0.3
                  pGreedy: 0.3
                states:
                  - {name: Britain, motive: security, wealth: 225}
                  - {name: France, motive: 0.2, wealth: 145}
                  - {name: Germany, motive: 0.5, wealth: 240}
                  - {name: Austria-Hungary, motive: 0.5, wealth: 100}
                  - {name: Russia, motive: 0.2, wealth: 230}
                  - {name: Italy, motive: 0.2, wealth: 95}
                  - {name: Ottoman Empire, motive: 0.2, wealth: 25}
                  - {name: Serbia, motive: security, wealth: 8}
                  - {name: Belgium, motive: security, wealth: 32}
                geography:
                  edges:
                    - [Britain, France]
                    - [Britain, Belgium]
                    - [France, Belgium]
                    - [France, Germany]
                    - [France, Italy]
                    - [Germany, Belgium]
                    - [Germany, Austria-Hungary]
                    - [Germany, Russia]
                    - [Austria-Hungary, Russia]
                    - [Austria-Hungary, Italy]
                    - [Austria-Hungary, Serbia]
                    - [Serbia, Ottoman Empire]
                    - [Russia, Ottoman Empire]

                """),
        Entry(
            name: "collective-security", summary: "A greedy power, neighbours who may defend each other, jackals and a bleeder, over distance",
            yaml: """
                # Collective security against a greedy power (Walt 1987; Schweller 1994; Mearsheimer 2001):
                # Rex is greedy and rich. Its neighbours are security seekers, two of them community
                # builders who defend any victim, one a bandwagoner that joins the likely winner, one an
                # offensive realist that stays out of others' wars and pounces on the bled. Wars last
                # several ticks (protractedWar), neighbours join sides (joiningSides), seekers bluff
                # about their defense until called (perception), and power wanes with distance
                # (lossOfStrength: the edges give distances). Compare with joiningSides removed.
                name: collective-security
                description: "A greedy power against neighbours who may defend each other, with jackals, a bleeder and distance."
                seed: 1
                ticks: 200
                system:
                  beta: 1.2
                  delta: 0.5
                states:
                  - {name: Rex, motive: greedy, wealth: 200}
                  - {name: Ada, motive: security, wealth: 90, doctrine: community-builder}
                  - {name: Bea, motive: security, wealth: 80}
                  - {name: Cyd, motive: security, wealth: 70, doctrine: {id: bandwagoner, joinAbove: 0.6}}
                  - {name: Dov, motive: security, wealth: 110, doctrine: offensive-realist}
                  - {name: Eli, motive: security, wealth: 60, doctrine: community-builder}
                  - {name: Fay, motive: security, wealth: 75}
                geography:
                  edges:
                    - [Rex, Ada, 1]
                    - [Rex, Bea, 1]
                    - [Rex, Cyd, 1.5]
                    - [Rex, Fay, 2.5]
                    - [Ada, Bea, 1]
                    - [Bea, Cyd, 1]
                    - [Cyd, Dov, 1]
                    - [Dov, Eli, 1]
                    - [Eli, Fay, 1]
                    - [Ada, Fay, 1]
                mechanisms:
                  protractedWar: {decisiveness: 0.4, maxRounds: 8}
                  joiningSides: {belief: 0.5, share: 0.5}
                  perception: {bluff: 0.5}
                  lossOfStrength: {reach: 3}

                """),
    ]
}
