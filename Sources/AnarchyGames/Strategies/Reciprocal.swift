/// Reciprocators that look at the opponent's recent or total moves (tournament spec §3,
/// indices 2–7, 11–14, 16): the family Axelrod (1984) showed grows cooperation under anarchy.

/// C first, then copy the opponent's previous move (Rapoport; Axelrod 1980).
public struct TitForTat: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "tit-for-tat", name: "Tit For Tat", memoryDepth: 1, source: axelrodFirstTournament)
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move { history.lastOpponent ?? .cooperate }
}

/// C until the opponent's first D, then D for ever.
public struct Grudger: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "grudger", name: "Grudger", memoryDepth: nil, source: "Axelrod (1980), Friedman's trigger strategy")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.opponentDefections >= 1 ? .defect : .cooperate
    }
}

/// D only after two consecutive opponent D's.
public struct TitFor2Tats: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "tit-for-2-tats", name: "Tit For 2 Tats", memoryDepth: 2, source: "Axelrod (1984), The Evolution of Cooperation")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.opponent(back: 1) == .defect && history.opponent(back: 2) == .defect ? .defect : .cooperate
    }
}

/// D if either of the opponent's last two moves was D.
public struct TwoTitsForTat: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "two-tits-for-tat", name: "Two Tits For Tat", memoryDepth: 2, source: "Axelrod (1984), The Evolution of Cooperation")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.opponent(back: 1) == .defect || history.opponent(back: 2) == .defect ? .defect : .cooperate
    }
}

/// D first, then copy.
public struct SuspiciousTitForTat: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "suspicious-tit-for-tat", name: "Suspicious Tit For Tat", memoryDepth: 1,
        source: "Hilbe, Nowak & Traulsen (2013), PLoS ONE 8(2)")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move { history.lastOpponent ?? .defect }
}

/// Pavlov: C first; then C iff both played the same move last turn (Nowak & Sigmund 1993).
public struct WinStayLoseShift: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "win-stay-lose-shift", name: "Win-Stay Lose-Shift", memoryDepth: 1,
        source: "Nowak & Sigmund (1993), Nature 364:56–58")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        guard let own = history.lastOwn, let opponent = history.lastOpponent else { return .cooperate }
        return own == opponent ? .cooperate : .defect
    }
}

/// Soft majority over the opponent's whole history: D iff more D's than C's (ties: C).
public struct GoByMajority: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "soft-go-by-majority", name: "Soft Go By Majority", memoryDepth: nil,
        source: "Axelrod (1984), The Evolution of Cooperation")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.opponentDefections > history.opponentCooperations ? .defect : .cooperate
    }
}

/// Reverse tit for tat: D first, then the opposite of the opponent's previous move.
public struct Bully: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "bully", name: "Bully", memoryDepth: 1, source: "Nachbar (1992), J. Econ. Behav. Organ. 19(3)")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        history.lastOpponent.map(\.flipped) ?? .defect
    }
}

/// D, C, C; then D for ever if the opponent answered turns 2 and 3 with C, else tit for tat.
public struct Prober: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "prober", name: "Prober", memoryDepth: nil, source: "Li & Kendall (2009), IEEE CIG")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        switch history.turn {
        case 1: return .defect
        case 2, 3: return .cooperate
        default:
            if history.opponent[1] == .cooperate && history.opponent[2] == .cooperate { return .defect }
            return history.lastOpponent ?? .cooperate
        }
    }
}

/// D if any of the opponent's last three moves was D.
public struct HardTitForTat: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "hard-tit-for-tat", name: "Hard Tit For Tat", memoryDepth: 3, source: "Stewart & Plotkin (2012), PNAS 109(26)")
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        (1...3).contains { history.opponent(back: $0) == .defect } ? .defect : .cooperate
    }
}

/// Davis (first tournament): C for 10 turns, then grudger (earlier D's count).
public struct FirstByDavis: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "first-by-davis", name: "First by Davis: 10", memoryDepth: nil, source: axelrodFirstTournament)
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        if history.turn <= 10 { return .cooperate }
        return history.opponentDefections >= 1 ? .defect : .cooperate
    }
}
