/// A bandwagoner (Walt 1987; Schweller 1994): a weak state's alternative to balancing. It does
/// not arm against threats — it holds spending at the baseline `s0` with SDW-1's seeker split —
/// never starts a war, and in a neighbour's war joins whichever side it expects to win (the
/// attacker when the attacker's visible chance is at least ½), defending or sharing the spoils.
public struct Bandwagoner: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "bandwagoner", name: "Bandwagoner", school: "neorealism (alliance choice)", stance: .fatalist,
        uses: ["parameters", "war (attacker's chance)"], stochastic: false, citation: "Walt 1987; Schweller 1994")
    public init() {}
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        DoctrineAllocation(share: o.parameters.s0, offensiveShare: o.phiSeeker)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
    public func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide? {
        war.attackerWinProbability >= 0.5 ? .attacker : .defender
    }
}
