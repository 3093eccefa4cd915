/// Strategies that ignore the opponent: Cooperator, Defector, Alternator and the cyclers
/// (tournament spec §3, indices 0, 1, 8, 9, 10).

/// Always C.
public struct Cooperator: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "cooperator", name: "Cooperator", memoryDepth: 0, source: "Axelrod (1984), The Evolution of Cooperation")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move { .cooperate }
}

/// Always D.
public struct Defector: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "defector", name: "Defector", memoryDepth: 0, source: "Axelrod (1984), The Evolution of Cooperation")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move { .defect }
}

/// C, D, C, D, …: C on odd turns.
public struct Alternator: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "alternator", name: "Alternator", memoryDepth: 1, source: "Axelrod (1987), in Davis (ed.), Genetic Algorithms and Simulated Annealing")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.turn % 2 == 1 ? .cooperate : .defect
    }
}

/// C, C, D repeated: D iff turn mod 3 = 0.
public struct CyclerCCD: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "cycler-ccd", name: "Cycler CCD", memoryDepth: 2, source: "Mittal & Deb (2009), IEEE Trans. Evol. Comp. 13(3)")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.turn % 3 == 0 ? .defect : .cooperate
    }
}

/// D, D, C repeated: C iff turn mod 3 = 0.
public struct CyclerDDC: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "cycler-ddc", name: "Cycler DDC", memoryDepth: 2, source: "Mittal & Deb (2009), IEEE Trans. Evol. Comp. 13(3)")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.turn % 3 == 0 ? .cooperate : .defect
    }
}
