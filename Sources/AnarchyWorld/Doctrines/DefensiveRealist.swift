import AnarchyCore

/// SDW-1's security seeker: arms in proportion to the threat it perceives,
/// `s = min(sMax, s0·(1 + κ·threat))`, buys offense at the share `1/(1 + β)` (cheap offense
/// tempts even seekers), never starts a war (Jervis 1978; Glaser 1997).
public struct DefensiveRealist: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "defensive-realist", name: "Defensive realist", school: "defensive realism", stance: .mitigator,
        uses: ["threat", "parameters"], stochastic: false, citation: "Jervis 1978; Glaser 1997; SDW-1's seeker rule")
    public init() {}
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation {
        let p = o.parameters
        return DoctrineAllocation(share: StrictOrder.min(p.sMax, p.s0 * (1.0 + p.kappa * o.threat)), offensiveShare: o.phiSeeker)
    }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
}
