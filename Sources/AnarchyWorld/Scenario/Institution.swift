/// An institution a scenario creates (Keohane 1984: institutions reduce uncertainty by sharing
/// information and make defection costly): from tick `from` on, its members read each other
/// through a clearer lens — distinguishability `max(δ, delta)` and noise `σ × noise` — seeing
/// each other's real purchases (concealment does not fool fellow members), and a member that
/// attacks a fellow member pays `defectionCost` of its wealth, which it weighs before attacking.
/// A pair in several institutions is governed by the first listed.
public struct Institution: Sendable, Equatable {
    public var name: String
    /// Member states (indices into the scenario's states).
    public var members: [Int]
    /// The first tick the institution acts in.
    public var from: Int = 1
    public var delta: Double = 0.9
    public var noise: Double = 0.5
    public var defectionCost: Double = 0.1

    public init(name: String, members: [Int], from: Int = 1, delta: Double = 0.9, noise: Double = 0.5, defectionCost: Double = 0.1) {
        self.name = name
        self.members = members
        self.from = from
        self.delta = delta
        self.noise = noise
        self.defectionCost = defectionCost
    }

    func problems(at path: String, stateCount n: Int, ticks: Int) -> [ScenarioError] {
        var found: [ScenarioError] = []
        if name.isEmpty { found.append(ScenarioError("\(path).name", "must not be empty")) }
        if members.count < 2 { found.append(ScenarioError("\(path).members", "must list at least two states, got \(members.count)")) }
        for m in members where m < 0 || m >= n { found.append(ScenarioError("\(path).members", "names a state outside 0…\(n - 1)")) }
        if Set(members).count != members.count { found.append(ScenarioError("\(path).members", "names a state twice")) }
        if from < 1 || from > Swift.max(1, ticks) { found.append(ScenarioError("\(path).from", "must be in 1…\(Swift.max(1, ticks)) (the scenario's ticks), got \(from)")) }
        return found + Self.fields.compactMap { $0.problem(in: self, at: path) }
    }

    /// The settings of an institution besides its name, members and start, declared once (the
    /// scenario decoder and encoder, validation and the schema read them).
    public static let fields: [SettingField<Self>] = [
            .number("delta", \.delta, .closed(0, 1), "distinguishability among members: max(system delta, this)"),
            .number("noise", \.noise, .leftOpen(0, 1), "members' observation noise is sigma times this"),
            .number("defectionCost", \.defectionCost, .closed(0, 1), "share of its wealth a member pays to attack a fellow member, weighed before attacking"),
    ]
}
