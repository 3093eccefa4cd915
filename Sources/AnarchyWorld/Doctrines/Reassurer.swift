/// A reassurer (Osgood 1962's GRIT; Kydd 2005): holds its spending at `spending × s0` (the baseline by default, at most sMax) whatever
/// the threat, buys defense only, and never attacks — restraint that refuses to feed the spiral.
public struct Reassurer: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "reassurer", name: "Reassurer", school: "reassurance (liberal institutionalism)", stance: .transcender,
        uses: ["parameters"], stochastic: false, citation: "Osgood 1962; Kydd 2005")
    public static let parameters = [DoctrineParameter.spending]
    public let spending: Double
    public init(settings: [String: Double] = [:]) { spending = Self.value("spending", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation { o.restrained(spending: spending) }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
}
