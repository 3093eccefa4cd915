/// How one state sees a neighbour in Wendt's (1999) cultures of anarchy: an enemy (Hobbesian:
/// a threat to be destroyed), a rival (Lockean: a competitor whose existence is accepted) or a
/// friend (Kantian: disputes settled without force). Identity mechanism only.
public enum Relation: Int8, Sendable, Equatable, CaseIterable {
    case enemy = -1
    case rival = 0
    case friend = 1

    /// The identity an amity makes under `settings`' thresholds.
    static func of(amity: Double, _ settings: Mechanisms.Identity) -> Relation {
        amity >= settings.friendAbove ? .friend : amity <= settings.enemyBelow ? .enemy : .rival
    }

    public var name: String {
        switch self {
        case .enemy: "enemy"
        case .rival: "rival"
        case .friend: "friend"
        }
    }
}
