/// A belief a world starts from in place of the prior: the observer's probability that a
/// neighbour is greedy at tick 1. Beliefs are per directed pair (the observer's slot), as the
/// engine keeps them; without any, every belief starts at `pGreedy` (SDW-1). A history scenario
/// with memory sets them from the dyad's dispute record (`AnarchyData.DisputeMemory`: past
/// conflict leaves each side readier to read the other as greedy — Jervis 1976, ch. 3; Diehl &
/// Goertz 2000 on rivalries).
public struct InitialBelief: Sendable, Equatable {
    /// The state that holds the belief, and the neighbour it is about (scenario indices).
    public var observer: Int
    public var neighbour: Int
    /// The probability that `neighbour` is greedy, in [1e-9, 1 − 1e-9] (the engine's bounds).
    public var belief: Double

    public init(observer: Int, neighbour: Int, belief: Double) {
        self.observer = observer
        self.neighbour = neighbour
        self.belief = belief
    }

    /// The bounds every belief keeps (`WorldState.beliefFloor`, `beliefCeiling`).
    public static let bounds: ClosedRange<Double> = WorldState.beliefFloor...WorldState.beliefCeiling

    func problems(at path: String, stateCount n: Int) -> [ScenarioError] {
        var found: [ScenarioError] = []
        for s in [observer, neighbour] where s < 0 || s >= n { found.append(ScenarioError(path, "names a state outside 0…\(n - 1)")) }
        if observer == neighbour { found.append(ScenarioError(path, "a state holds no belief about itself")) }
        if !Self.bounds.contains(belief) {
            found.append(ScenarioError("\(path).belief", "must be in [1e-9, 1 − 1e-9], got \(Scenario.show(belief))"))
        }
        return found
    }
}
