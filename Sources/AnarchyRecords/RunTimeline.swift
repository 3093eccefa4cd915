import AnarchyCore
import AnarchyWorld

/// The key events of a run for its summary (`anarchy run`): the first war, every conquest, the
/// first preventive war, the first war others joined, the first stalemate, the first crisis
/// settled and the first refused — at most ``limit`` lines, with a count of the rest.
public struct RunTimeline {
    public static let limit = 12
    public private(set) var lines: [String] = []
    public private(set) var omitted = 0
    private var seen: Set<String> = []
    let name: (Int) -> String

    public init(name: @escaping (Int) -> String) { self.name = name }

    /// Notes the key events of the world's last tick.
    public mutating func note(_ world: World) {
        for event in world.events {
            switch event {
            case let .war(event):
                let w = WarAccount(event, event: 0, name: name)
                let (a, t) = (w.attacker.name, w.target.name)
                if w.round == 1 { first("war", w.tick, "first war: \(a) attacked \(t)") }
                if w.kind == .prevention { first("preventive", w.tick, "first preventive war: \(a) struck rising \(t)") }
                if let d = w.preemption {
                    first("preemptive", w.tick, "first preemptive war: \(a) struck \(t) first for fear of being struck (danger \(fmt(d.danger)))")
                }
                if !w.attackerAllies.isEmpty || !w.targetAllies.isEmpty {
                    first("joined", w.tick, "first war others joined: \(a) against \(t) (\(w.attackerAllies.count) with the attacker, \(w.targetAllies.count) with the target)")
                }
                if w.stalemate { first("stalemate", w.tick, "first stalemate: \(a) and \(t) after \(w.round) rounds") }
                if w.targetConquered { add(w.tick, "\(a) conquered \(t)") }
            case let .alliance(change):
                if change.kind == .formed {
                    first("alliance", change.tick, "first alliance: \(name(change.a)) and \(name(change.b))\(change.threat.map { " against \(name($0))" } ?? "")")
                }
                if change.kind == .joined { first("jackal", change.tick, "first bandwagoning: \(name(change.a)) joined \(name(change.b))") }
                if change.kind == .expanded && change.readers > 0 {
                    first("expansion", change.tick, "first alliance expansion read by rivals: \(change.readers) of them, belief in the bloc's greed \(fmt(change.beliefBefore)) → \(fmt(change.beliefAfter))")
                }
            case let .identity(shift):
                if shift.to == .friend { first("friend", shift.tick, "first friendship: \(name(shift.observer)) now counts \(name(shift.other)) a friend") }
                if shift.to == .enemy { first("enemy", shift.tick, "first enmity: \(name(shift.observer)) now counts \(name(shift.other)) an enemy") }
            case let .community(change):
                switch change.kind {
                case .formed: add(change.tick, "security community #\(change.community) formed: \(change.states.map(name).joined(separator: ", "))")
                case .dissolved: add(change.tick, "security community #\(change.community) dissolved")
                case .joined, .left: break
                }
            case let .crisis(c):
                first(c.accepted ? "deal" : "refusal", c.tick, c.accepted
                    ? "first crisis settled: \(name(c.target)) conceded to \(name(c.challenger))'s demand"
                    : "first crisis refused: \(name(c.target)) refused \(name(c.challenger))'s demand, and war followed")
            }
        }
    }

    private func fmt(_ x: Double) -> String { x.isNaN ? "–" : String(Int((x * 100).rounded())) + "%" }

    private mutating func first(_ kind: String, _ tick: Int, _ text: String) {
        guard seen.insert(kind).inserted else { return }
        add(tick, text)
    }

    private mutating func add(_ tick: Int, _ text: String) {
        if lines.count < Self.limit { lines.append("tick \(tick): \(text)") } else { omitted += 1 }
    }

    /// The timeline as the summary prints it ("" when nothing happened).
    public var text: String {
        guard !lines.isEmpty else { return "" }
        var out = "\n  key events:\n" + lines.map { "  - \($0)\n" }.joined()
        if omitted > 0 { out += "  … and \(omitted) more (record the run with --out DIR, then 'anarchy explain DIR')\n" }
        return out
    }
}

/// The states at the end of a run, for its summary: all of them when there are few, else the
/// ten richest.
public enum FinalStateTable {
    public static func text(_ world: World, name: (Int) -> String) -> String {
        let s = world.snapshot()
        let order = world.count <= 16 ? Array(0..<world.count) : Array((0..<world.count).sorted { s.wealth[$0] > s.wealth[$1] }.prefix(10))
        let width = max(5, order.map { name($0).count }.max() ?? 5)
        func pad(_ text: String, _ n: Int) -> String { text + String(repeating: " ", count: max(0, n - text.count)) }
        var out = "\n  final state\(world.count <= 16 ? "" : " (the ten richest of \(world.count))"):\n"
        out += "  \(pad("state", width))  motive    status      wealth     offense    defense\n"
        for i in order {
            let status = s.alive[i] ? "alive" : "conquered"
            out += "  \(pad(name(i), width))  \(pad(s.greedy[i] ? "greedy" : "security", 8))  \(pad(status, 10))  "
            out += "\(pad(PlainNumber.fixed(s.wealth[i]), 9))  \(pad(PlainNumber.fixed(s.offense[i]), 9))  \(PlainNumber.fixed(s.defense[i]))\n"
        }
        return out
    }
}
