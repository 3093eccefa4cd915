/// One registered strategy: its metadata and a maker of fresh instances.
public struct StrategyEntry: Sendable {
    public let metadata: StrategyMetadata
    public let make: @Sendable () -> any Strategy

    public init<S: Strategy>(_ type: S.Type) {
        metadata = S.metadata
        make = { S() }
    }
}

/// Every strategy Anarchy knows, and look-up by id or display name.
public enum StrategyRegistry {
    /// The 21 deterministic strategies of `shared/specs/tournament.md`, in its index order.
    public static let reference: [StrategyEntry] = [
        StrategyEntry(Cooperator.self), StrategyEntry(Defector.self), StrategyEntry(TitForTat.self),
        StrategyEntry(Grudger.self), StrategyEntry(TitFor2Tats.self), StrategyEntry(TwoTitsForTat.self),
        StrategyEntry(SuspiciousTitForTat.self), StrategyEntry(WinStayLoseShift.self), StrategyEntry(Alternator.self),
        StrategyEntry(CyclerCCD.self), StrategyEntry(CyclerDDC.self), StrategyEntry(GoByMajority.self),
        StrategyEntry(Bully.self), StrategyEntry(Prober.self), StrategyEntry(HardTitForTat.self),
        StrategyEntry(Gradual.self), StrategyEntry(FirstByDavis.self), StrategyEntry(FirstByShubik.self),
        StrategyEntry(FirstByTidemanAndChieruzzi.self), StrategyEntry(FirstByNydegger.self),
        StrategyEntry(FirstBySteinAndRapoport.self),
    ]

    /// Stochastic classics.
    public static let stochastic: [StrategyEntry] = [
        StrategyEntry(RandomStrategy.self), StrategyEntry(Joss.self), StrategyEntry(GenerousTitForTat.self),
    ]

    /// Anarchy's own strategies of the security-dilemma debate.
    public static let securityDilemma: [StrategyEntry] = [StrategyEntry(Reassurer.self), StrategyEntry(Deterrer.self)]

    /// All registered strategies: the reference 21, the stochastic classics, then our own.
    public static let all: [StrategyEntry] = reference + stochastic + securityDilemma

    /// The strategy whose id or display name is `name` (case-insensitive).
    public static func entry(named name: String) -> StrategyEntry? {
        let key = name.lowercased()
        return all.first { $0.metadata.id == key || $0.metadata.name.lowercased() == key }
    }
}
