extension BuiltinScenarios {
    /// The alliance, identity and community built-ins: a stylised 1914 (chain-ganging), a
    /// stylised 1930s (buck-passing), alliance expansion against a neutral buffer facing a state
    /// of uncertain motive (two files, one lever apart), and a community growing from a pair.
    static let alliancesAndIdentity: [Entry] = [
        Entry(
            name: "europe-1914", summary: "Stylised 1914: two alliance blocs under a believed offensive advantage chain-gang into war",
            yaml: """
                # Chain-ganging (Christensen & Snyder 1990): under a believed offensive advantage (the "cult
                # of the offensive", Van Evera 1984: beta 0.6) an ally that lets a partner fall expects to be
                # next, so allies join at once and unconditionally. Two blocs are in place from tick 1 — the
                # Dual Alliance and the Franco-Russian alliance with Britain's entente and Russia's patronage
                # of Serbia, and the 1839 guarantee of Belgium — and credibility is high. Austria-Hungary and
                # Germany are greedy, the others security seekers (the story's premise, not a verdict on
                # 1914's historiography). Wars last several ticks (protractedWar). Compare
                # with europe-1930s, or raise beta here: the share of commitments honoured falls.
                # Stylised, not calibrated: wealth ~ 1913 GDP (Maddison); France and Russia are made
                # neighbours (at distance) because alliances join neighbours.
                name: europe-1914
                description: "Two blocs of 1914 under a believed offensive advantage: allies honour commitments at once (chain-ganging)."
                seed: 1914
                ticks: 100
                system:
                  beta: 0.6
                  delta: 0.3
                  pGreedy: 0.3
                states:
                  - {name: Britain, motive: security, wealth: 225}
                  - {name: France, motive: security, wealth: 145}
                  - {name: Germany, motive: greedy, wealth: 240}
                  - {name: Austria-Hungary, motive: greedy, wealth: 100}
                  - {name: Russia, motive: security, wealth: 230}
                  - {name: Italy, motive: security, wealth: 95}
                  - {name: Serbia, motive: security, wealth: 8}
                  - {name: Belgium, motive: security, wealth: 32}
                geography:
                  edges:
                    - [Britain, France]
                    - [Britain, Belgium]
                    - [France, Belgium]
                    - [France, Germany]
                    - [France, Italy]
                    - [France, Russia]
                    - [Germany, Belgium]
                    - [Germany, Austria-Hungary]
                    - [Germany, Russia]
                    - [Austria-Hungary, Russia]
                    - [Austria-Hungary, Italy]
                    - [Austria-Hungary, Serbia]
                    - [Serbia, Russia]
                mechanisms:
                  alliances: {credibility: 0.9, buckPassingBelow: 0.5, share: 0.6, maxAllies: 4}
                  protractedWar: {decisiveness: 0.3, maxRounds: 10}
                policies:
                  - {tick: 1, ally: [Germany, Austria-Hungary]}
                  - {tick: 1, ally: [France, Russia]}
                  - {tick: 1, ally: [Britain, France]}
                  - {tick: 1, ally: [Russia, Serbia]}
                  - {tick: 1, ally: [Britain, Belgium]}

                """),
        Entry(
            name: "europe-1930s", summary: "Stylised 1930s: a rising revisionist, a jackal, and defenders who pass the buck",
            yaml: """
                # Buck-passing (Christensen & Snyder 1990; Mearsheimer 2001): with defence believed dominant
                # (the Maginot era: beta 2.0) an ally expects a victim to hold on its own and leaves the cost
                # of stopping the aggressor to others. Germany is greedy and grows fast; Italy, greedy,
                # bandwagons with it for spoils (Schweller 1994: bandwagonRatio). France's guarantees to
                # Czechoslovakia and Poland stand from tick 1, Belgium declares neutrality at tick 20 and
                # Britain guarantees Poland at tick 60. Compare the honoured share with europe-1914's.
                # Stylised, not calibrated.
                name: europe-1930s
                description: "A rising revisionist and its jackal against defenders who, trusting the defence, pass the buck."
                seed: 1936
                ticks: 120
                system:
                  beta: 2.0
                  delta: 0.5
                  growth: 0.02
                states:
                  - {name: Britain, motive: security, wealth: 200}
                  - {name: France, motive: security, wealth: 150}
                  - {name: Germany, motive: greedy, wealth: 200, growth: 0.05}
                  - {name: Italy, motive: greedy, wealth: 80}
                  - {name: USSR, motive: 0.3, wealth: 200}
                  - {name: Poland, motive: security, wealth: 50}
                  - {name: Czechoslovakia, motive: security, wealth: 30}
                  - {name: Belgium, motive: security, wealth: 30}
                geography:
                  edges:
                    - [Britain, France]
                    - [Britain, Belgium]
                    - [Britain, Poland]
                    - [France, Belgium]
                    - [France, Germany]
                    - [France, Italy]
                    - [France, Czechoslovakia]
                    - [France, Poland]
                    - [Germany, Belgium]
                    - [Germany, Italy]
                    - [Germany, Czechoslovakia]
                    - [Germany, Poland]
                    - [Poland, USSR]
                    - [Czechoslovakia, Poland]
                mechanisms:
                  alliances: {credibility: 0.8, buckPassingBelow: 0.5, share: 0.5, maxAllies: 4, bandwagonRatio: 1.2}
                  protractedWar: {decisiveness: 0.3, maxRounds: 10}
                policies:
                  - {tick: 1, ally: [France, Czechoslovakia]}
                  - {tick: 1, ally: [France, Poland]}
                  - {tick: 20, neutral: Belgium}
                  - {tick: 60, ally: [Britain, Poland]}

                """),
        expansionOrBuffer(
            "alliance-expansion", lever: "{tick: 5, ally: [West-3, Buffer]}",
            "Alliance expansion: the bloc takes in the buffer state bordering a power of uncertain motive"),
        expansionOrBuffer(
            "neutral-buffer", lever: "{tick: 5, neutral: Buffer}",
            "Neutral buffer: the state between a bloc and a power of uncertain motive declares neutrality"),
        Entry(
            name: "growing-community", summary: "A security community grows from a pair as an institution enlarges",
            yaml: """
                # A security community (Deutsch 1957; Adler & Barnett 1998) growing from a core pair as an
                # institution enlarges (Keohane 1984): Ana and Ben found a union at tick 1; it takes in
                # their neighbours at tick 40 and 80. Members read each other at delta 0.9 with half the
                # noise, pay to attack each other, and gain amity faster than strangers (identity: Wendt
                # 1999 — restraint among strangers builds friendship slowly, 0.002 a tick). Watch the
                # community's births and enlargements in communities.csv, and Rex, greedy, at the far side.
                name: growing-community
                description: "A security community grows from a founding pair as their institution takes in neighbours."
                seed: 7
                ticks: 200
                system:
                  pGreedy: 0.1
                  delta: 0.3
                  beta: 1.5
                states:
                  - {name: Ana, motive: security}
                  - {name: Ben, motive: security}
                  - {name: Cai, motive: security}
                  - {name: Dee, motive: security}
                  - {name: Eva, motive: security}
                  - {name: Rex, motive: greedy}
                  - {name: Gus, motive: security}
                  - {name: Hal, motive: security}
                  - {name: Ivy, motive: security}
                  - {name: Jon, motive: security}
                geography:
                  ring:
                    k: 1
                mechanisms:
                  identity: {restraintGain: 0.002, institutionGain: 0.02}
                  communities: {trustBelow: 0.1, peaceTicks: 10}
                institutions:
                  - {name: union, members: [Ana, Ben], from: 1}
                  - {name: union-enlarged, members: [Jon, Ana, Ben, Cai], from: 40}
                  - {name: union-enlarged-again, members: [Ivy, Jon, Ana, Ben, Cai, Dee], from: 80}

                """),
    ]

    /// The expansion-versus-buffer pair: the same world, one policy lever apart.
    static func expansionOrBuffer(_ name: String, lever: String, _ summary: String) -> Entry {
        Entry(
            name: name, summary: summary,
            yaml: """
                # Alliance expansion against a neutral buffer (the first essay's claim that expansion is read
                # as escalation whatever its intent; Snyder 1984; Walt 1987). Three western states start as a
                # bloc. Buffer lies between it and Rus, a power that is greedy with probability 0.5; all
                # start armed at a tenth of their wealth, half offence, half defence.
                # At tick 5 the policy lever differs between `alliance-expansion` (the bloc takes in
                # Buffer) and `neutral-buffer` (Buffer declares neutrality). Rus reads an expansion with
                # noise expansionNoise; expansionDelta is how far it can tell a defensive alliance from an
                # offensive one (0.2: hardly). An alliance also deters: an attacker reckons with the help
                # it expects the target's allies to bring. Compare Rus's wars, its belief about the bloc,
                # and arms across the two files and across seeds (`anarchy sweep`).
                name: \(name)
                description: "\(summary)."
                seed: 1
                ticks: 100
                system:
                  beta: 1.0
                  delta: 0.3
                  pGreedy: 0.3
                states:
                  - {name: West-1, motive: security, wealth: 120, offense: 6, defense: 6}
                  - {name: West-2, motive: security, wealth: 100, offense: 5, defense: 5}
                  - {name: West-3, motive: security, wealth: 90, offense: 4.5, defense: 4.5}
                  - {name: Buffer, motive: security, wealth: 40, offense: 2, defense: 2}
                  - {name: Rus, motive: 0.5, wealth: 180, offense: 9, defense: 9}
                  - {name: North, motive: security, wealth: 60, offense: 3, defense: 3}
                geography:
                  edges:
                    - [West-1, West-2]
                    - [West-2, West-3]
                    - [West-1, West-3]
                    - [West-3, Buffer]
                    - [Buffer, Rus]
                    - [West-3, Rus, 2]
                    - [Rus, North]
                    - [North, West-1]
                mechanisms:
                  alliances: {expansionNoise: 0.3, expansionDelta: 0.2, credibility: 0.8}
                policies:
                  - {tick: 1, ally: [West-1, West-2]}
                  - {tick: 1, ally: [West-2, West-3]}
                  - \(lever)

                """)
    }
}
