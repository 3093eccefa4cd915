import AnarchyCore
import AnarchyWorld

/// A war in words, for people: `anarchy explain`'s list and prose (numbers to four decimals)
/// and the web page's summary and "why" panel (three decimals) — all from one ``WarAccount``.
extension WarAccount {
    /// `N  tick T  A attacked B (kind) (round R): outcome` (`anarchy explain`'s list).
    public var oneLine: String {
        let roundText = round == 1 ? "" : " (round \(round))"
        let kindText = kind == .opportunity ? "" : " (\(kind.rawValue))"
        let outcome = !decided ? (continues ? "undecided, fighting on" : "stalemate") : (attackerWon ? "won" : "lost")
        return "\(event)  tick \(tick)  \(attacker.name) attacked \(target.name)\(kindText)\(roundText): \(outcome)\(targetConquered ? ", conquered" : "")"
    }

    /// A number in the prose: four decimals.
    private func number(_ x: Double) -> String { PlainNumber.fourDecimals(x) }

    /// Names as a list in prose ("A, B").
    private func listed(_ names: [String]) -> String? { names.isEmpty ? nil : names.joined(separator: ", ") }

    /// How the attacker's rule reads in prose.
    private var ruleInFull: String {
        switch rule {
        case "sdw1-greedy": "SDW-1's rule for a greedy state (attack the weakest neighbour when offense beats attackRatio × β × its defense)"
        case "sdw1-seeker": "SDW-1's rule for a security seeker (which never attacks except in a preventive war)"
        default: "its doctrine, \(rule) (see docs/MODEL.md, Doctrines)"
        }
    }

    /// Why it happened, in prose (`anarchy explain --event N`): who decided, by which rule, with
    /// which numbers, what the alternatives were and how the draw fell. `run`: the record's
    /// `run.json` (the parameters and mechanisms' settings the reckoning used).
    public func prose(run: JSONValue) -> String {
        let beta = run["parameters"]?["beta"]?.numberValue ?? .nan
        let ratio = run["parameters"]?["attackRatio"]?.numberValue ?? .nan
        let a = attacker.name, t = target.name
        let scenario = run["scenario"].map { if case let .string(s) = $0 { s } else { "" } } ?? "the run"
        var text: String
        if round > 1 {
            text = "Event \(event), tick \(tick) of \(scenario): round \(round) of \(a)'s war on \(t) (protracted war: the earlier rounds left it undecided).\n"
        } else if kind == .prevention {
            let d = prevention ?? PreventiveDecision(risingNow: .nan, risingLater: .nan, warValue: .nan, peaceValue: .nan)
            let costD = run["preventive_war"]?["cost_declining"]?.numberValue ?? .nan
            let costR = run["preventive_war"]?["cost_rising"]?.numberValue ?? .nan
            let horizon = run["preventive_war"]?["horizon"]?.numberValue ?? .nan
            text = "Event \(event), tick \(tick) of \(scenario): a preventive war.\n"
            text += "- Who decided: \(a) (state \(attacker.index)), a security seeker — only the preventive-war mechanism makes seekers attack.\n"
            text += "- Why: \(t) (state \(target.index)) was rising. \(a) reckoned \(t)'s chance of winning a war now at p1 = \(number(d.risingNow)) and, after \(number(horizon)) ticks of the current growth, at p2 = \(number(d.risingLater)).\n"
            text += "- The commitment problem (Powell 2006, two-stage, via `anarchy formal powell.preventive`): war now was worth W = (1 − p1)·δ − c_D = \(number(d.warValue)) to \(a), the best peace \(t) could credibly offer V = δ·min(1, 1 − p2 + c_R) = \(number(d.peaceValue)) (c_D = \(number(costD)), c_R = \(number(costR))). W > V, so it fought; of its rising neighbours, this one had the largest margin.\n"
            if let belief = d.weighedBelief {
                text += "- Fear of intentions: \(a) weighed its belief that \(t) is greedy, \(number(belief)), so the shift counted only as far as \(t) was expected to press it: p2 above is p1 + belief × (the projected p2 − p1) (Levy 1987; Copeland 2000).\n"
            }
        } else if kind == .preemption {
            let motive = { (greedy: Bool) in greedy ? "a greedy state" : "a security seeker" }
            let lambda = run["scenario_file"]?["mechanisms"]?["preemption"]?["reciprocalFear"]?.numberValue ?? .nan
            let d = preemption ?? PreemptiveDecision(belief: .nan, reflected: .nan, danger: .nan, firstStrike: .nan, enemyFirstStrike: .nan, cost: .nan)
            let credible = d.credibleEnemyFirstStrike
            text = "Event \(event), tick \(tick) of \(scenario): a preemptive war — \(a) struck first for fear of being struck.\n"
            text += "- Who decided: \(a) (state \(attacker.index)), \(motive(attacker.greedy)), against \(t) (state \(target.index)), \(motive(target.greedy))\(!attacker.greedy && !target.greedy ? ": two security seekers, a war neither wanted (an unwarranted war)" : "").\n"
            text += "- The fear: \(a) believed \(t) greedy with probability b = \(number(d.belief)), and reckoned that \(t) believed \(a) greedy with probability r = \(number(d.reflected)) — its own arms as \(t) would read them through δ and σ (he thinks that I think: Schelling 1960). \(t)'s offense as \(a) saw it could beat attackRatio × β × \(a)'s defense, so the danger that \(t) would strike was π = b + (1 − b)·λ·r = \(number(d.danger)) (λ = \(number(lambda)), the weight of reciprocal fear).\n"
            text += "- Striking first: \(a)'s chance if it struck first was p = \(number(d.firstStrike)); \(t)'s if \(t) struck first, \(number(d.enemyFirstStrike)). Weighed by the danger, \(t)'s first strike was worth \(number(credible)) to it, and the expected mutual first-strike advantage π·(p_A + p_B − 1) = \(number(d.expectedAdvantage)) exceeded the costs of war 2c = \(number(2 * d.cost)): no bargain was left that both preferred to striking first (Fearon 1995; repeat it with `anarchy formal fearon.preemption --pA_first \(d.firstStrike) --pB_first \(credible) --c_A \(d.cost) --c_B \(d.cost)`). Of the neighbours it feared, this one had the largest margin.\n"
        } else if kind == .scripted {
            text = "Event \(event), tick \(tick) of \(scenario): a scripted war.\n"
            text += "- Who decided: the scenario — a `war` policy has \(a) (state \(attacker.index)) attack \(t) (state \(target.index)) at this tick, whatever the attack rule says: a war under way before the run (a history scenario with memory carries over the wars the record shows going on) or a what-if.\n"
        } else if kind == .misjudgement {
            text = "Event \(event), tick \(tick) of \(scenario): a war of misjudgement.\n"
            text += "- Who decided: \(a) (state \(attacker.index)), a greedy state that SDW-1's rule did not send to war.\n"
            text += "- Why: its chance of winning against \(t) was \(number(winProbability)), but it judged it higher — by more than its own cost of war (crisis mechanism, misjudgement: Blainey 1973, Fearon 1995). It demanded a share of the stake; \(t), judging \(a)'s chance lower, refused. crises.csv (tick \(tick)) gives both estimates, the demand and \(t)'s cost.\n"
        } else {
            text = "Event \(event), tick \(tick) of \(scenario): a war.\n"
            text += "- Who decided: \(a) (state \(attacker.index)), by \(ruleInFull). final.csv shows its true motive.\n"
            let passed = passedOver.map { state in state.defense.map { "\(state.name) (defense \(number($0)))" } ?? state.name }
            let own = threshold / (ratio * beta)
            let allied = run["scenario_file"]?["mechanisms"]?["alliances"] != nil
            text += allied
                ? "- Target: \(t) (state \(target.index)), the alive neighbour, not an ally, with the least defense reckoned with the help \(a) expected its allies to bring (\(number(own))); ties go to the lowest index. "
                : "- Target: \(t) (state \(target.index)), the alive neighbour with the least effective defense of its own (\(number(own))); ties go to the lowest index. "
            text += passed.isEmpty ? "It had no other alive neighbour.\n" : "Passed over: \(passed.joined(separator: ", ")).\n"
            let withAllies = attackerAllies.isEmpty ? "" : " (with its allies' this round)"
            text += "- Why attack: its offense \(number(attackerOffense))\(withAllies) met its rule; SDW-1's threshold is attackRatio × β × defense = \(number(ratio)) × \(number(beta)) × \(number(own)) = \(number(threshold)).\n"
        }
        if round == 1 && mobilised > 0 {
            text += "- Mobilisation: \(a) mobilised for \(mobilised) tick\(mobilised == 1 ? "" : "s") before it struck, spending its most on offence — a surge its neighbours could see through δ and the noise, and a warning \(t) had\(targetMobilising ? "; \(t) was itself mobilising when it was struck" : "").\n"
        } else if round == 1 && targetMobilising {
            text += "- Mobilisation: \(t) was mobilising for war when \(a) struck: its surge of offence, seen through δ and the noise, was part of what \(a) feared.\n"
        }
        if round == 1 {
            text += "- Beliefs at the decision: \(a) believed \(t) greedy with probability \(number(attackerBelief)), and \(t) believed the same of \(a) with probability \(number(targetBelief)); \(a) felt a threat of \(number(attackerThreat)) (phase 1).\(targetSignalled ? " \(t) had just sent a costly reassurance signal." : "")\n"
        }
        if !attackerAllies.isEmpty || !targetAllies.isEmpty {
            let joined = [listed(attackerAllies).map { "\($0) fought beside \(a)" }, listed(targetAllies).map { "\($0) defended \(t)" }].compactMap { $0 }
            text += "- Joining sides: \(joined.joined(separator: "; ")); the strengths above include what they brought.\n"
        }
        if draw == -1 && decided {
            text += "- The fight: fought out under Lanchester's square law (mechanism lanchester): the attacker \(attackerWon ? "destroyed the defense and won" : "was destroyed or could not destroy the defense in time, and failed"); the survivors are the new stocks.\n"
        } else if !decided {
            text += "- The fight: the round did not decide the war (its chance of winning a decisive round was \(number(winProbability))); both sides took the round's losses. \(continues ? "The war goes on next tick." : "It had reached the last allowed round and ended in a stalemate, with no spoils.")\n"
        } else {
            text += "- The fight: its chance of winning was o²/(o² + (β·d)²) = \(number(winProbability)); the draw was \(number(draw)), \(attackerWon ? "below" : "not below") it, so the attacker \(attackerWon ? "won" : "lost"). Both sides lost the share `attrition` of the forces engaged.\n"
        }
        if attackerWon {
            text += "- Outcome: \(a) took \(number(wealthTaken)) wealth from \(t)\(targetConquered ? ", which fell below conquest × its initial wealth and was conquered (its remaining wealth went to the victor)" : "").\n"
        }
        if !honouredBy.isEmpty || !abandonedBy.isEmpty {
            let parts = [
                listed(honouredBy).map { "\($0) honoured their alliance with \(t)" },
                listed(abandonedBy).map { "\($0) abandoned it (unwilling, or judging itself safe from \(a) alone: buck-passing), ending the alliance" },
            ].compactMap { $0 }
            text += "- Allies: \(parts.joined(separator: "; ")).\n"
        }
        if audienceCost > 0 {
            text += "- Audience cost: \(a) had tied its hands with a public commitment this tick and paid \(number(audienceCost)) of its wealth for breaking it (signalling by tying hands).\n"
        }
        if defectionCost > 0 {
            text += "- Defection: \(a) and \(t) share an institution; \(a) judged the expected spoils worth more than the cost of defection and paid \(number(defectionCost)) of its wealth.\n"
        }
        if punishment > 0 {
            text += "- Punishment: \(t) retaliated and destroyed \(number(punishment)) of \(a)'s wealth (deterrence mechanism).\n"
        }
        text += "- Afterwards every neighbour of \(a) became certain it is greedy (aggression reveals type).\n"
        return text
    }

    /// The web page's one line for the war.
    public var summary: String {
        "\(attacker.name) attacked \(target.name)\(round > 1 ? " (round \(round))" : "")\(targetConquered ? ", conquered" : "")"
    }

    /// The web page's "why" panel, line by line (three decimals): who decided and by which rule,
    /// the cause, mobilisation, whom it passed over, what each side believed, who joined, and how
    /// it came out.
    public var reasons: [String] {
        func n(_ x: Double) -> String { PlainNumber.text((x * 1000).rounded() / 1000) }
        let a = attacker.name, t = target.name
        let ruleBriefly = switch rule {
        case "sdw1-greedy": "SDW-1's rule for a greedy state"
        case "sdw1-seeker": "SDW-1's rule for a security seeker"
        case "": "SDW-1's rule"
        default: "its doctrine, \(rule)"
        }
        var why: [String] = ["Who decided: \(a), by \(ruleBriefly)."]
        switch kind {
        case .opportunity:
            why.append("Cause: opportunity — its offense \(n(attackerOffense)) beat the threshold attackRatio × β × \(t)'s defense = \(n(threshold)).")
        case .prevention:
            if let d = prevention {
                why.append("Cause: preventive war — \(t) was rising (its chance now \(n(d.risingNow)), later \(n(d.risingLater))); war was worth \(n(d.warValue)) against the best credible peace \(n(d.peaceValue)) (Powell 2006).")
            }
        case .preemption:
            if let d = preemption {
                why.append("Cause: preemption — \(a) believed \(t) greedy with probability \(n(d.belief)) and reckoned \(t) believed the same of it with \(n(d.reflected)); the danger of being struck was \(n(d.danger)). Striking first it would win with \(n(d.firstStrike)), struck first \(t) would with \(n(d.enemyFirstStrike)); the expected first-strike advantage \(n(d.expectedAdvantage)) beat the costs of war \(n(2 * d.cost)) (Schelling 1960; Fearon 1995).")
            }
        case .scripted:
            why.append("Cause: the scenario began this war (a war policy: a war under way before the run, or a what-if).")
        case .misjudgement:
            why.append("Cause: misjudgement — \(a) judged its chance \(n(misjudgedChance ?? .nan)) where it was \(n(winProbability)); \(t) refused its demand (Blainey 1973; Fearon 1995).")
        }
        if round == 1 && (mobilised > 0 || targetMobilising) {
            why.append("Mobilisation: " + [mobilised > 0 ? "\(a) mobilised for \(mobilised) tick\(mobilised == 1 ? "" : "s") first, a surge of offence its neighbours could see" : nil,
                targetMobilising ? "\(t) was itself mobilising" : nil].compactMap { $0 }.joined(separator: "; ") + ".")
        }
        if !passedOver.isEmpty {
            why.append("Passed over: " + passedOver.map { state in state.defense.map { "\(state.name) (defense \(n($0)))" } ?? state.name }.joined(separator: ", ") + ".")
        }
        why.append("Beliefs: \(a) believed \(t) greedy with probability \(n(attackerBelief)); \(t) believed the same of \(a) with \(n(targetBelief)); \(a) felt a threat of \(n(attackerThreat)).")
        if !attackerAllies.isEmpty || !targetAllies.isEmpty {
            why.append("Joined: " + (attackerAllies + targetAllies).joined(separator: ", ") + ".")
        }
        why.append("Outcome: chance \(n(winProbability)) — \(decided ? (attackerWon ? "won, taking \(n(wealthTaken)) wealth\(targetConquered ? " and conquering \(t)" : "")" : "lost") : "undecided this round").")
        return why
    }
}
