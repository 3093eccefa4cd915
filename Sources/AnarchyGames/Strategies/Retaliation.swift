/// A retaliation counter shared by Shubik and Tideman–Chieruzzi: the k-th retaliation is a run of
/// k D's. `trigger` starts one (and counts its first D); `step` consumes one D of a running one.
struct Retaliation: Sendable {
    private(set) var active = false
    private var length = 0
    private var remaining = 0

    /// Starts a retaliation one longer than the last, and spends its first D.
    mutating func trigger() {
        active = true
        length += 1
        remaining = length
        step()
    }

    /// Spends one D of the running retaliation.
    mutating func step() {
        guard active else { return }
        remaining -= 1
        if remaining == 0 { active = false }
    }
}

/// Shubik (first tournament; spec §3 index 17): retaliate with ever longer runs of D, triggered
/// only when it cooperated and the opponent defected on the previous turn.
public struct FirstByShubik: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "first-by-shubik", name: "First by Shubik", memoryDepth: nil, source: axelrodFirstTournament)
    private var retaliation = Retaliation()
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        guard history.turn >= 2 else { return .cooperate }
        if retaliation.active {
            retaliation.step()
            return .defect
        }
        if history.lastOpponent == .defect && history.lastOwn == .cooperate {
            retaliation.trigger()
            return .defect
        }
        return .cooperate
    }
}
