/// Every doctrine a scenario can name, by id, in a fixed order.
public enum DoctrineRegistry {
    public static let all: [any Doctrine] = [
        DefensiveRealist(), GreedyOpportunist(), OffensiveRealist(), Reassurer(), Deterrer(), CommunityBuilder(), Bandwagoner(),
    ]

    /// The doctrine with this id, if any.
    public static func doctrine(_ id: String) -> (any Doctrine)? {
        all.first { type(of: $0).metadata.id == id }
    }

    /// The ids, for messages and documentation.
    public static var ids: [String] { all.map { type(of: $0).metadata.id } }
}
