import AnarchyCore

/// An offensive realist (Mearsheimer 2001): security lies in relative power, so it arms at the
/// cap whatever its motive, buys mostly offense (`phiGreedy`), and attacks a weaker neighbour
/// whenever its offense beats the attack threshold — a security seeker that behaves like a
/// greedy state, which is the first essay's point about why reassurance fails.
///
/// Bait and bleed (Mearsheimer 2001, ch. 5), when it pays: it never joins other states' wars
/// (rivals fighting each other bleed for free), and it pounces on a neighbour already at war,
/// attacking it as soon as its offense beats `bleedMargin × β × defense` (bleedMargin 1 by
/// default: the exchange rate alone, without the margin `attackRatio` it asks of a fresh target).
public struct OffensiveRealist: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "offensive-realist", name: "Offensive realist", school: "offensive realism", stance: .fatalist,
        uses: ["parameters", "offense (own), defense (target)", "targetEngaged"], stochastic: false, citation: "Mearsheimer 2001")
    public static let parameters = [
        DoctrineParameter("bleedMargin", default: 1, range: 0...100, "the edge it wants over a neighbour already at war, in units of β × defense")
    ]
    public let bleedMargin: Double
    public init(settings: [String: Double] = [:]) { bleedMargin = Self.value("bleedMargin", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.sMax, offensiveShare: o.parameters.phiGreedy)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool {
        o.beats(targetDefense, with: ownOffense, margin: o.targetEngaged ? bleedMargin : o.parameters.attackRatio)
    }
    public func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide? { nil }
}
