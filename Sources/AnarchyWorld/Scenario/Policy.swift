/// A policy lever a scenario scripts at a tick, so that choices such as "expand the alliance" and
/// "keep a neutral buffer" can be compared in the same world: extend a guarantee (an alliance tie
/// between two neighbours that holds whatever they come to believe, until withdrawn), withdraw
/// it, or declare a state neutral (it leaves its alliances and neither allies nor joins wars
/// again) — these three need the alliances mechanism and apply at the start of the alliance step
/// of their tick, in the order given — or begin a war: one state attacks a neighbour at the start
/// of the war phase of its tick, whatever the attack rule says (a war under way before the run,
/// as a history scenario carries it over, or a what-if); allies and joiners decide as for any war.
public struct Policy: Sendable, Equatable {
    public var tick: Int
    public var action: Action

    public enum Action: Sendable, Equatable {
        /// A guaranteed alliance between neighbours a and b (admitting a state to an alliance).
        case ally(Int, Int)
        /// The tie between a and b ends (a guarantee withdrawn).
        case withdraw(Int, Int)
        /// The state leaves its alliances and stays out of alliances and others' wars.
        case neutral(Int)
        /// The first state attacks the second, a neighbour (``War/Cause/scripted``).
        case war(Int, Int)
    }

    public init(tick: Int, action: Action) {
        self.tick = tick
        self.action = action
    }

    /// The states the policy names.
    var states: [Int] {
        switch action {
        case let .ally(a, b), let .withdraw(a, b), let .war(a, b): [a, b]
        case let .neutral(a): [a]
        }
    }

    func problems(at path: String, stateCount n: Int, ticks: Int, alliancesOn: Bool) -> [ScenarioError] {
        var found: [ScenarioError] = []
        if case .war = action {} else if !alliancesOn { found.append(ScenarioError(path, "policies need mechanisms.alliances to be on")) }
        if tick < 1 || tick > Swift.max(1, ticks) { found.append(ScenarioError("\(path).tick", "must be in 1…\(Swift.max(1, ticks)) (the scenario's ticks), got \(tick)")) }
        for s in states where s < 0 || s >= n { found.append(ScenarioError(path, "names a state outside 0…\(n - 1)")) }
        if case let .ally(a, b) = action, a == b { found.append(ScenarioError(path, "allies a state with itself")) }
        if case let .withdraw(a, b) = action, a == b { found.append(ScenarioError(path, "names one state twice")) }
        if case let .war(a, b) = action, a == b { found.append(ScenarioError(path, "a state cannot attack itself")) }
        return found
    }
}
