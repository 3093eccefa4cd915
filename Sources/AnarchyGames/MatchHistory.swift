/// What a player may know when it decides turn `turn`: the moves of turns 1…turn−1 (its own
/// and its opponent's), running counts of the opponent's moves, and the match's rules.
public struct MatchHistory: Sendable {
    /// The player's own moves so far.
    public internal(set) var own: [Move] = []
    /// The opponent's moves so far.
    public internal(set) var opponent: [Move] = []
    /// How many times the opponent has defected / cooperated so far.
    public internal(set) var opponentDefections = 0
    public internal(set) var opponentCooperations = 0
    /// The match length if the players know it (nil: unknown, e.g. a continuation probability).
    public let length: Int?
    /// The game's payoffs (some strategies keep score).
    public let game: Game

    public init(length: Int?, game: Game) {
        self.length = length
        self.game = game
        if let length {
            own.reserveCapacity(length)
            opponent.reserveCapacity(length)
        }
    }

    /// The turn being decided (1-based).
    public var turn: Int { own.count + 1 }
    /// The opponent's previous move, if any.
    public var lastOpponent: Move? { opponent.last }
    /// The player's own previous move, if any.
    public var lastOwn: Move? { own.last }

    /// The opponent's move `back` turns ago (1: the previous turn), if it exists.
    public func opponent(back: Int) -> Move? {
        let index = opponent.count - back
        return index >= 0 ? opponent[index] : nil
    }

    /// Records a turn (the tournament does this; tests and tools driving a strategy by hand too).
    public mutating func record(own move: Move, opponent reply: Move) {
        own.append(move)
        opponent.append(reply)
        if reply == .defect { opponentDefections += 1 } else { opponentCooperations += 1 }
    }
}
