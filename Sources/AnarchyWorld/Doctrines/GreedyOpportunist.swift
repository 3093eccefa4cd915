/// SDW-1's greedy state: spends `sGreedy`, buys offense at `phiGreedy`, and attacks its weakest
/// neighbour when its offense beats `margin × attackRatio × β ×` that neighbour's defense (margin 1: SDW-1's rule) — a revisionist
/// that expands when it can (Schweller 1994).
public struct GreedyOpportunist: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "greedy-opportunist", name: "Greedy opportunist", school: "revisionism", stance: .fatalist,
        uses: ["parameters", "offense (own), defense (target)"], stochastic: false,
        citation: "Schweller 1994; SDW-1's greedy rule")
    public static let parameters = [
        DoctrineParameter("margin", default: 1, range: 0...100, "multiplies attackRatio: the edge it wants before attacking")
    ]
    public let margin: Double
    public init(settings: [String: Double] = [:]) { margin = Self.value("margin", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.sGreedy, offensiveShare: o.parameters.phiGreedy)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool {
        o.beats(targetDefense, with: ownOffense, margin: margin * o.parameters.attackRatio)
    }
}
