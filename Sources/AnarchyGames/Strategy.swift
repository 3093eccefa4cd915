import AnarchyCore

/// A strategy for iterated 2×2 games: a fresh value per match, asked for one move per turn.
///
/// Implementations are value types whose initial value is the strategy's initial state, so a
/// "reset" is a new value and two instances never share state. `decide` may read only the
/// history (moves of earlier turns) and the match's rules in it, and draw from `random`, the
/// match's seeded stream (deterministic strategies never touch it).
public protocol Strategy: Sendable {
    /// Name, id, citation and the properties tests check.
    static var metadata: StrategyMetadata { get }
    /// The strategy's initial state.
    init()
    /// The move for turn `history.turn`.
    mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move
}

/// A strategy that never draws random numbers: it decides from the history alone.
public protocol DeterministicStrategy: Strategy {
    mutating func decide(_ history: MatchHistory) -> Move
}

extension DeterministicStrategy {
    public mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        decide(history)
    }
}

/// What a strategy is and what it uses, for the registry, the docs and the conformance suite.
public struct StrategyMetadata: Sendable, Hashable {
    /// A short, stable id for the command line (`tit-for-tat`).
    public let id: String
    /// The display name, as the Axelrod library prints it (`Tit For Tat`).
    public let name: String
    /// How many of the last turns the strategy looks at (nil: unbounded).
    public let memoryDepth: Int?
    /// Whether it draws random numbers.
    public let stochastic: Bool
    /// Whether it uses the match length.
    public let usesLength: Bool
    /// Whether it uses the game's payoffs.
    public let usesPayoffs: Bool
    /// Where it comes from.
    public let source: String

    public init(
        id: String, name: String, memoryDepth: Int?, stochastic: Bool = false,
        usesLength: Bool = false, usesPayoffs: Bool = false, source: String
    ) {
        self.id = id
        self.name = name
        self.memoryDepth = memoryDepth
        self.stochastic = stochastic
        self.usesLength = usesLength
        self.usesPayoffs = usesPayoffs
        self.source = source
    }
}

/// Axelrod (1980a), "Effective choice in the Prisoner's Dilemma", J. Conflict Resolution 24(1):3–25.
let axelrodFirstTournament = "Axelrod (1980), J. Conflict Resolution 24(1):3–25; as coded in Axelrod-Python 4.14.0"
