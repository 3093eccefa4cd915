/// Gradual (Beaufils, Delahaye & Mathieu 1997), in the CRISTAL-SMAC 2018 variant that
/// Axelrod-Python 4.14.0 names "Gradual" (tournament spec §3, index 15): after the n-th trigger,
/// with k opponent defections so far, k D's then two C's.
public struct Gradual: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "gradual", name: "Gradual", memoryDepth: nil,
        source: "Beaufils, Delahaye & Mathieu (1997), ALIFE V; variant of Axelrod-Python 4.14.0")
    private var punish = 0
    private var calm = 0
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        guard history.turn >= 2 else { return .cooperate }
        if punish > 0 {
            punish -= 1
            return .defect
        }
        if calm > 0 {
            calm -= 1
            return .cooperate
        }
        if history.lastOpponent == .defect {
            punish = history.opponentDefections - 1
            calm = 2
            return .defect
        }
        return .cooperate
    }
}
