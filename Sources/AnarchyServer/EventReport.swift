import AnarchyCore
import AnarchyWorld

/// A world event for the page's event list: a one-line summary and, for the page's "why" panel,
/// its cause ledger in lines — who decided and by which rule, what they weighed, whom they passed
/// over, what each side believed, and how it came out (docs/MODEL.md, Decision ledger).
/// Identity shifts are left out (too many to list).
enum EventReport {
    static func json(_ event: WorldEvent, name: (Int) -> String) -> JSONValue? {
        func n(_ x: Double) -> String { PlainNumber.text((x * 1000).rounded() / 1000) }
        switch event {
        case let .war(w):
            var why: [String] = ["Who decided: \(name(w.attacker)), by \(rule(w.ledger.rule))."]
            switch w.cause {
            case .opportunity:
                why.append("Cause: opportunity — its offense \(n(w.attackerOffense)) beat the threshold attackRatio × β × \(name(w.target))'s defense = \(n(w.threshold)).")
            case let .prevention(d):
                why.append("Cause: preventive war — \(name(w.target)) was rising (its chance now \(n(d.risingNow)), later \(n(d.risingLater))); war was worth \(n(d.warValue)) against the best credible peace \(n(d.peaceValue)) (Powell 2006).")
            case let .preemption(d):
                why.append("Cause: preemption — \(name(w.attacker)) believed \(name(w.target)) greedy with probability \(n(d.belief)) and reckoned \(name(w.target)) believed the same of it with \(n(d.reflected)); the danger of being struck was \(n(d.danger)). Striking first it would win with \(n(d.firstStrike)), struck first \(name(w.target)) would with \(n(d.enemyFirstStrike)); the expected first-strike advantage \(n(d.expectedAdvantage)) beat the costs of war \(n(2 * d.cost)) (Schelling 1960; Fearon 1995).")
            case let .misjudgement(estimate):
                why.append("Cause: misjudgement — \(name(w.attacker)) judged its chance \(n(estimate)) where it was \(n(w.winProbability)); \(name(w.target)) refused its demand (Blainey 1973; Fearon 1995).")
            }
            if w.round == 1 && (w.mobilised > 0 || w.targetMobilising) {
                why.append("Mobilisation: " + [w.mobilised > 0 ? "\(name(w.attacker)) mobilised for \(w.mobilised) tick\(w.mobilised == 1 ? "" : "s") first, a surge of offence its neighbours could see" : nil,
                    w.targetMobilising ? "\(name(w.target)) was itself mobilising" : nil].compactMap { $0 }.joined(separator: "; ") + ".")
            }
            if !w.ledger.passedOver.isEmpty {
                why.append("Passed over: " + w.ledger.passedOver.map { "\(name($0.state)) (defense \(n($0.defense)))" }.joined(separator: ", ") + ".")
            }
            why.append("Beliefs: \(name(w.attacker)) believed \(name(w.target)) greedy with probability \(n(w.ledger.attackerBelief)); \(name(w.target)) believed the same of \(name(w.attacker)) with \(n(w.ledger.targetBelief)); \(name(w.attacker)) felt a threat of \(n(w.ledger.attackerThreat)).")
            if !w.attackerAllies.isEmpty || !w.targetAllies.isEmpty {
                why.append("Joined: " + (w.attackerAllies.map(name) + w.targetAllies.map(name)).joined(separator: ", ") + ".")
            }
            why.append("Outcome: chance \(n(w.winProbability)) — \(w.decided ? (w.attackerWon ? "won, taking \(n(w.wealthTaken)) wealth\(w.targetConquered ? " and conquering \(name(w.target))" : "")" : "lost") : "undecided this round").")
            return .members([
                "tick": .integer(w.tick), "kind": .string("war"),
                "summary": .string("\(name(w.attacker)) attacked \(name(w.target))\(w.round > 1 ? " (round \(w.round))" : "")\(w.targetConquered ? ", conquered" : "")"),
                "why": .array(why.map(JSONValue.string)),
            ])
        case let .crisis(c):
            let judged = c.challengerEstimate != c.winProbability ? " (it judged \(n(c.challengerEstimate)); \(name(c.target)) judged \(n(c.targetEstimate)))" : ""
            return .members([
                "tick": .integer(c.tick), "kind": .string("crisis"),
                "summary": .string("\(name(c.challenger)) demanded of \(name(c.target)): \(c.accepted ? "conceded" : "refused")"),
                "why": .array([
                    .string("Crisis bargaining (Fearon 1995): \(name(c.challenger))'s chance of winning was \(n(c.winProbability))\(judged); it demanded \(n(c.demand)) of a stake of \(n(c.stake))."),
                    .string("\(name(c.target))'s private cost of war was \(n(c.targetCost)); it \(c.accepted ? "accepted (cost ≥ demand − its estimate)" : "refused, and war followed")."),
                ]),
            ])
        case let .alliance(change):
            let against = change.threat.map { " against \(name($0))" } ?? ""
            return .members([
                "tick": .integer(change.tick), "kind": .string("alliance"),
                "summary": .string("\(name(change.a)) and \(name(change.b)): \(change.kind.rawValue)\(against)"),
                "why": .array([.string("Alliances by balance of threat (Walt 1987): see docs/MODEL.md.")]),
            ])
        case let .community(change):
            return .members([
                "tick": .integer(change.tick), "kind": .string("community"),
                "summary": .string("security community #\(change.community) \(change.kind.rawValue): \(change.states.map(name).joined(separator: ", "))"),
                "why": .array([.string("Dependable expectations of peaceful change among these states (Adler & Barnett 1998): mutual beliefs below the trust threshold for a run of peaceful ticks.")]),
            ])
        case .identity:
            return nil
        }
    }

    static func rule(_ id: String) -> String {
        switch id {
        case "sdw1-greedy": "SDW-1's rule for a greedy state"
        case "sdw1-seeker": "SDW-1's rule for a security seeker"
        case "": "SDW-1's rule"
        default: "its doctrine, \(id)"
        }
    }
}
