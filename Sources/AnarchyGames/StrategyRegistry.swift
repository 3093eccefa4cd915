import AnarchyCore

/// One registered strategy: its metadata and a maker of fresh instances.
public struct StrategyEntry: Sendable {
    public let metadata: StrategyMetadata
    public let make: @Sendable () -> any Strategy

    public init<S: Strategy>(_ type: S.Type) {
        metadata = S.metadata
        make = { S() }
    }

    /// An entry for a parametrised strategy, whose metadata depends on its parameters.
    public init(metadata: StrategyMetadata, make: @escaping @Sendable () -> any Strategy) {
        self.metadata = metadata
        self.make = make
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

    /// The strategy whose id or display name is `name` (case-insensitive), or a memory-one
    /// strategy written `memory-one:pCC,pCD,pDC,pDD[,pFirst]` (probabilities of cooperating after
    /// each previous round, own move first; first move C with probability pFirst, default 1).
    public static func entry(named name: String) -> StrategyEntry? {
        let key = name.lowercased()
        if key.hasPrefix("memory-one:") { return memoryOne(String(key.dropFirst("memory-one:".count))) }
        return all.first { $0.metadata.id == key || $0.metadata.name.lowercased() == key }
    }

    /// Parses the probabilities of a memory-one strategy; nil unless 4 or 5 numbers in 0…1.
    static func memoryOne(_ text: String) -> StrategyEntry? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let values = parts.compactMap { part -> Double? in
            guard case .success(let v) = PlainNumber.real(String(part)), v >= 0, v <= 1 else { return nil }
            return v
        }
        guard (4...5).contains(parts.count), values.count == parts.count else { return nil }
        let rule = MemoryOneRule(cc: values[0], cd: values[1], dc: values[2], dd: values[3], initial: values.count == 5 ? values[4] : 1)
        let shown = values.map { "\($0)" }.joined(separator: ", ")
        let deterministic = values.allSatisfy { $0 == 0 || $0 == 1 }
        let metadata = StrategyMetadata(
            id: "memory-one:" + values.map { "\($0)" }.joined(separator: ","), name: "Memory One: \(shown)",
            memoryDepth: 1, stochastic: !deterministic, source: "Nowak & Sigmund (1990), Acta Appl. Math. 20:247–265")
        return StrategyEntry(metadata: metadata) { MemoryOne(rule: rule) }
    }
}
