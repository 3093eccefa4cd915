import AnarchyCore

/// SDW-1's security seeker: arms in proportion to the threat it perceives,
/// `s = min(sMax, s0·(1 + r·κ·threat))` (responsiveness r = 1: SDW-1's rule), buys offense at the share `1/(1 + β)` (cheap offense
/// tempts even seekers), never starts a war (Jervis 1978; Glaser 1997).
public struct DefensiveRealist: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "defensive-realist", name: "Defensive realist", school: "defensive realism", stance: .mitigator,
        uses: ["threat", "parameters"], stochastic: false, citation: "Jervis 1978; Glaser 1997; SDW-1's seeker rule")
    public static let parameters = [DoctrineParameter.responsiveness(default: 1)]
    public let responsiveness: Double
    public init(settings: [String: Double] = [:]) { responsiveness = Self.value("responsiveness", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation { o.answeringThreat(responsiveness: responsiveness) }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
}
