/// Strategies of the security-dilemma debate, Anarchy's own (not in the Axelrod library).

/// The reassurer: tit for tat that breaks spirals and echoes with a costly unilateral gesture.
/// After `spiral` (2) consecutive rounds of conflict (a defection by either side) it cooperates
/// whatever the opponent did — accepting the sucker's payoff S as the cost that makes the signal
/// credible — at most once every `spiral` + 1 turns, and otherwise copies the opponent
/// (Osgood 1962's GRIT; Kydd 2005, *Trust and Mistrust in International Relations*, ch. 7: costly
/// reassurance). Against a steady defector that costs one sucker's payoff every third turn.
public struct Reassurer: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "reassurer", name: "Reassurer (GRIT)", memoryDepth: nil,
        source: "Osgood (1962), An Alternative to War or Surrender; Kydd (2005), Trust and Mistrust in IR, ch. 7")
    /// Rounds of conflict in a row that call for a gesture.
    public static let spiral = 2
    private var lastGesture = 0
    public init() {}
    public mutating func decide(_ history: MatchHistory) -> Move {
        guard let last = history.lastOpponent else { return .cooperate }
        let t = history.turn, n = history.own.count
        if n >= Self.spiral, t - lastGesture > Self.spiral,
           (1...Self.spiral).allSatisfy({ history.own[n - $0] == .defect || history.opponent[n - $0] == .defect }) {
            lastGesture = t
            return .cooperate
        }
        return last
    }
}

/// The deterrer: deterrence by punishment (Schelling 1966; Snyder 1961). Every opponent
/// defection is answered by ⌈(T − R)/(R − P)⌉ defections (at least one): a punishment the
/// opponent cannot profit from — even if it keeps cooperating it loses at least R − P per
/// punishment round against a gain of T − R. Defections during a punishment add to it.
/// In the standard Prisoner's Dilemma (T − R = 2, R − P = 2) it is tit for tat.
public struct Deterrer: DeterministicStrategy {
    public static let metadata = StrategyMetadata(
        id: "deterrer", name: "Deterrer", memoryDepth: nil, usesPayoffs: true,
        source: "Schelling (1966), Arms and Influence; Snyder (1961), Deterrence and Defense")
    private var owed = 0
    public init() {}

    /// Punishment rounds per defection in `game` (at least 1; 1 if R ≤ P).
    public static func punishment(in game: Game) -> Int {
        let gain = game.t - game.r, cost = game.r - game.p
        guard gain > 0, cost > 0 else { return 1 }
        let rounds = (gain / cost).rounded(.up)
        return rounds < 1 ? 1 : (rounds > 1_000 ? 1_000 : Int(rounds))
    }

    public mutating func decide(_ history: MatchHistory) -> Move {
        if history.lastOpponent == .defect { owed += Self.punishment(in: history.game) }
        if owed > 0 {
            owed -= 1
            return .defect
        }
        return .cooperate
    }
}
