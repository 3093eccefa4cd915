import AnarchyCore
import AnarchyRecords
import AnarchyWorld

/// A world event for the page's event list: a one-line summary and, for the page's "why" panel,
/// its cause ledger in lines — for a war, its `WarAccount`'s summary and reasons (who decided and
/// by which rule, what they weighed, whom they passed over, what each side believed, and how it
/// came out: docs/MODEL.md, Decision ledger).
/// Identity shifts are left out (too many to list).
enum EventReport {
    static func json(_ event: WorldEvent, name: (Int) -> String) -> JSONValue? {
        func n(_ x: Double) -> String { PlainNumber.text((x * 1000).rounded() / 1000) }
        switch event {
        case let .war(w):
            let war = WarAccount(w, event: 0, name: name)
            return .members([
                "tick": .integer(w.tick), "kind": .string("war"), "summary": .string(war.summary), "why": .array(war.reasons.map(JSONValue.string)),
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
}
