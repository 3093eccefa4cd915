/// A reassurer (Osgood 1962's GRIT; Kydd 2005): holds its spending at the baseline `s0` whatever
/// the threat, buys defense only, and never attacks — restraint that refuses to feed the spiral.
public struct Reassurer: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "reassurer", name: "Reassurer", school: "reassurance (liberal institutionalism)", stance: .transcender,
        uses: ["parameters"], stochastic: false, citation: "Osgood 1962; Kydd 2005")
    public init() {}
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.s0, offensiveShare: 0)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
}
