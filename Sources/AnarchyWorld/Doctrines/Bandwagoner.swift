/// A bandwagoner (Walt 1987; Schweller 1994): a weak state's alternative to balancing. It does
/// not arm against threats — it holds spending at the baseline `s0` with SDW-1's seeker split —
/// never starts a war, and in a neighbour's war joins whichever side it expects to win (the
/// attacker when the attacker's visible chance is at least `joinAbove`, ½ by default), defending or sharing the spoils.
public struct Bandwagoner: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "bandwagoner", name: "Bandwagoner", school: "neorealism (alliance choice)", stance: .fatalist,
        uses: ["parameters", "war (attacker's chance)"], stochastic: false, citation: "Walt 1987; Schweller 1994")
    public static let parameters = [
        DoctrineParameter("joinAbove", default: 0.5, range: 0...1, "the attacker's visible chance from which it joins the attacker rather than the defender")
    ]
    public let joinAbove: Double
    public init(settings: [String: Double] = [:]) { joinAbove = Self.value("joinAbove", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.s0, offensiveShare: o.phiSeeker)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
    public func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide? {
        war.attackerWinProbability >= joinAbove ? .attacker : .defender
    }
}
