/// Stein & Rapoport (first tournament; spec §3 index 20): C for 4 turns, then tit for tat, but
/// every 15 turns a χ² test (1 d.f., α = 0.05) of the opponent's C/D counts against a fair coin;
/// an opponent that looks random is defected against until the next test; D on the last two turns.
public struct FirstBySteinAndRapoport: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "first-by-stein-and-rapoport", name: "First by Stein and Rapoport: 0.05: (D, D)",
        memoryDepth: nil, usesLength: true, source: axelrodFirstTournament)
    /// χ²(1) upper 5% point: `stat ≤ this` ⟺ p ≥ 0.05 (spec §3 index 20).
    static let criticalValue = 3.8414588206941285
    private var opponentIsRandom = false

    public init() {}

    public mutating func decide(_ history: MatchHistory) -> Move {
        FinalMoves.override(innerMove(history), history: history)
    }

    private mutating func innerMove(_ history: MatchHistory) -> Move {
        let t = history.turn
        if t <= 4 { return .cooperate }
        let copy = history.lastOpponent ?? .cooperate
        if t <= 14 { return copy }
        if t % 15 == 0 {
            let n = Double(t - 1)
            let difference = Double(history.opponentCooperations - history.opponentDefections)
            let stat = difference * difference / n
            opponentIsRandom = stat <= Self.criticalValue
        }
        return opponentIsRandom ? .defect : copy
    }
}
