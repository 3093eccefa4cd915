import AnarchyCore

/// Memory-one strategies (Nowak & Sigmund 1990; Press & Dyson 2012): cooperate with a
/// probability that depends only on the previous round — p(CC), p(CD), p(DC), p(DD), own move
/// first — and with probability `initial` on the first turn. A cooperation draw is one uniform
/// u from the match's stream: C iff u < p (no draw when p is 0 or 1, as in Axelrod-Python).
public struct MemoryOneRule: Sendable, Hashable {
    public let cc: Double, cd: Double, dc: Double, dd: Double, initial: Double

    public init(cc: Double, cd: Double, dc: Double, dd: Double, initial: Double = 1) {
        self.cc = cc; self.cd = cd; self.dc = dc; self.dd = dd; self.initial = initial
    }

    func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        let p: Double
        switch (history.lastOwn, history.lastOpponent) {
        case (.cooperate?, .cooperate?): p = cc
        case (.cooperate?, .defect?): p = cd
        case (.defect?, .cooperate?): p = dc
        case (.defect?, .defect?): p = dd
        default: p = initial
        }
        if p >= 1 { return .cooperate }
        if p <= 0 { return .defect }
        return random.uniform() < p ? .cooperate : .defect
    }
}

/// A memory-one strategy given by its five probabilities (``MemoryOneRule``); made through
/// ``StrategyRegistry/entry(named:)`` as `memory-one:pCC,pCD,pDC,pDD[,pFirst]`. Its default
/// value (`init()`) is tit for tat, (1, 0, 1, 0), first move C.
public struct MemoryOne: Strategy {
    public static let metadata = StrategyMetadata(
        id: "memory-one", name: "Memory One", memoryDepth: 1, stochastic: true,
        source: "Nowak & Sigmund (1990), Acta Appl. Math. 20:247–265")
    public let rule: MemoryOneRule
    public init() { rule = MemoryOneRule(cc: 1, cd: 0, dc: 1, dd: 0) }
    public init(rule: MemoryOneRule) { self.rule = rule }
    public mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        rule.decide(history, random: &random)
    }
}

/// Cooperates with probability ½ every turn, whatever happened.
public struct RandomStrategy: Strategy {
    public static let metadata = StrategyMetadata(
        id: "random", name: "Random: 0.5", memoryDepth: 0, stochastic: true, source: "Axelrod (1980), the RANDOM entry")
    public init() {}
    public mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        random.uniform() < 0.5 ? .cooperate : .defect
    }
}

/// Joss (first tournament): tit for tat that defects unprovoked 10% of the time after a C —
/// memory-one (0.9, 0, 0.9, 0).
public struct Joss: Strategy {
    public static let metadata = StrategyMetadata(
        id: "joss", name: "First by Joss: 0.9", memoryDepth: 1, stochastic: true, source: axelrodFirstTournament)
    static let rule = MemoryOneRule(cc: 0.9, cd: 0, dc: 0.9, dd: 0)
    public init() {}
    public mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        Self.rule.decide(history, random: &random)
    }
}

/// Generous tit for tat (Nowak & Sigmund 1992, Nature 355:250–253): forgives a defection with
/// probability min(1 − (T − R)/(R − S), (R − P)/(T − P)), computed from the match's payoffs
/// (1/3 in the standard Prisoner's Dilemma).
public struct GenerousTitForTat: Strategy {
    public static let metadata = StrategyMetadata(
        id: "generous-tit-for-tat", name: "GTFT", memoryDepth: 1, stochastic: true, usesPayoffs: true,
        source: "Nowak & Sigmund (1992), Nature 355:250–253")
    public init() {}

    /// The forgiveness probability for `game` (clamped to 0…1).
    public static func forgiveness(in game: Game) -> Double {
        let g = Swift.min(1 - (game.t - game.r) / (game.r - game.s), (game.r - game.p) / (game.t - game.p))
        return g.isFinite ? Swift.min(Swift.max(g, 0), 1) : 0
    }

    public mutating func decide(_ history: MatchHistory, random: inout SplitMix64) -> Move {
        let g = Self.forgiveness(in: history.game)
        return MemoryOneRule(cc: 1, cd: g, dc: 1, dd: g).decide(history, random: &random)
    }
}
