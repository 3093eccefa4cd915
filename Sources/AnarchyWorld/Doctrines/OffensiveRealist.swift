import AnarchyCore

/// An offensive realist (Mearsheimer 2001): security lies in relative power, so it arms at the
/// cap whatever its motive, buys mostly offense (`phiGreedy`), and attacks a weaker neighbour
/// whenever its offense beats the attack threshold — a security seeker that behaves like a
/// greedy state, which is the first essay's point about why reassurance fails.
public struct OffensiveRealist: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "offensive-realist", name: "Offensive realist", school: "offensive realism", stance: .fatalist,
        uses: ["parameters", "offense (own), defense (target)"], stochastic: false, citation: "Mearsheimer 2001")
    public init() {}
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.sMax, offensiveShare: o.parameters.phiGreedy)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool {
        ownOffense > o.parameters.attackRatio * o.parameters.beta * targetDefense
    }
}
