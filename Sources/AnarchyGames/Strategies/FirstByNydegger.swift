/// Nydegger (first tournament; spec §3 index 19): a lookup on the last three rounds, weighting
/// the most recent by 16 (as Axelrod-Python 4.14.0 codes it).
public struct FirstByNydegger: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "first-by-nydegger", name: "First by Nydegger", memoryDepth: 3, source: axelrodFirstTournament)
    /// Values of A that call for D.
    private static let defectOn: Set<Int> = [1, 6, 7, 17, 22, 23, 26, 29, 30, 31, 33, 38, 39, 45, 49, 54, 55, 58, 61]

    public init() {}

    public mutating func decide(_ history: MatchHistory) -> Move {
        switch history.turn {
        case 1: return .cooperate
        case 2: return history.opponent[0]
        case 3: return history.opponent[0] == .defect && history.opponent[1] == .cooperate ? .defect : history.opponent[1]
        default:
            func score(back: Int) -> Int {
                let own = history.own[history.own.count - back], opponent = history.opponent[history.opponent.count - back]
                switch (own, opponent) {
                case (.cooperate, .cooperate): return 0
                case (.cooperate, .defect): return 2
                case (.defect, .cooperate): return 1
                case (.defect, .defect): return 3
                }
            }
            let a = 16 * score(back: 1) + 4 * score(back: 2) + score(back: 3)
            return Self.defectOn.contains(a) ? .defect : .cooperate
        }
    }
}
