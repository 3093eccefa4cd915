import AnarchyCore

/// A deterrer (Snyder 1961; the first essay): answers threat twice as hard as a defensive realist,
/// `s = min(sMax, s0·(1 + r·κ·threat))` with responsiveness r = 2 by default, keeps SDW-1's seeker split of offense and defense, and
/// never starts a war — deterrence over reassurance. With the `deterrence` mechanism on, part of
/// its defensive purchases becomes a retaliation stock like any seeker's.
public struct Deterrer: Doctrine {
    public static let metadata = DoctrineMetadata(
        id: "deterrer", name: "Deterrer", school: "deterrence theory", stance: .fatalist,
        uses: ["threat", "parameters"], stochastic: false, citation: "Snyder 1961")
    public static let parameters = [DoctrineParameter.responsiveness(default: 2)]
    public let responsiveness: Double
    public init(settings: [String: Double] = [:]) { responsiveness = Self.value("responsiveness", in: settings) }
    public func allocation(_ o: DoctrineObservation) -> DoctrineAllocation { o.answeringThreat(responsiveness: responsiveness) }
    public func attacks(_ o: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool { false }
}
