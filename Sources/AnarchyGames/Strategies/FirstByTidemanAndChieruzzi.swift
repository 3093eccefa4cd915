#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tideman & Chieruzzi (first tournament; spec §3 index 18), as Axelrod-Python 4.14.0 codes it:
/// ever longer retaliations, a "fresh start" (two C's, counters reset) when it leads by ≥ 10
/// points, ≥ 10 turns remain, at least 20 turns have passed since the last fresh start and the
/// opponent's defection count is ≥ 3 standard deviations from a fair coin's; and D on the last
/// two turns (the inner strategy still runs on them).
public struct FirstByTidemanAndChieruzzi: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "first-by-tideman-and-chieruzzi", name: "First by Tideman and Chieruzzi: (D, D)",
        memoryDepth: nil, usesLength: true, usesPayoffs: true, source: axelrodFirstTournament)
    private var retaliation = Retaliation()
    private var myScore = 0.0
    private var opponentScore = 0.0
    private var lastFreshStart = 0
    private var freshStartFlag = false
    private var rememberedDefections = 0

    public init() {}

    public mutating func decide(_ history: MatchHistory) -> Move {
        let inner = innerMove(history)
        return FinalMoves.override(inner, history: history)
    }

    private mutating func innerMove(_ history: MatchHistory) -> Move {
        let t = history.turn
        guard t >= 2, let own = history.lastOwn, let opponent = history.lastOpponent else { return .cooperate }
        if opponent == .defect { rememberedDefections += 1 }
        myScore += history.game.payoff(own, opponent)
        opponentScore += history.game.payoff(opponent, own)
        if freshStartFlag {
            freshStartFlag = false
            return .cooperate
        }
        let valid = lastFreshStart == 0 || t - lastFreshStart >= 20
        if valid, myScore - opponentScore >= 10, let length = history.length, length - t >= 10,
           opponent == .cooperate {
            let n = Double(t - 1)
            let sd = n.squareRoot() / 2
            let lower = n / 2 - 3 * sd
            let upper = n / 2 + 3 * sd
            let remembered = Double(rememberedDefections)
            if remembered <= lower || remembered >= upper {
                lastFreshStart = t
                retaliation = Retaliation()
                rememberedDefections = 0
                freshStartFlag = true
                return .cooperate
            }
        }
        if retaliation.active {
            retaliation.step()
            return .defect
        }
        if opponent == .defect {
            retaliation.trigger()
            return .defect
        }
        return .cooperate
    }
}

/// Axelrod-Python's `FinalTransformer((D, D))`: D on the last two turns of a match of known
/// length, whatever the inner strategy chose.
enum FinalMoves {
    static func override(_ move: Move, history: MatchHistory) -> Move {
        guard let length = history.length else { return move }
        return length - (history.turn - 1) <= 2 ? .defect : move
    }
}
