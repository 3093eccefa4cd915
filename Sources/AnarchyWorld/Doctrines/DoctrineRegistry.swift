/// Every doctrine a scenario can name, by id, in a fixed order.
public enum DoctrineRegistry {
    public static let types: [any Doctrine.Type] = [
        DefensiveRealist.self, GreedyOpportunist.self, OffensiveRealist.self, Reassurer.self, Deterrer.self,
        CommunityBuilder.self, Bandwagoner.self,
    ]

    /// Each doctrine with its default parameters.
    public static var all: [any Doctrine] { types.map { $0.init(settings: [:]) } }

    /// The doctrine with this id and these parameter values (defaults for the rest), if the id is
    /// known; values are not checked here (``problems(_:settings:at:)`` does).
    public static func doctrine(_ id: String, settings: [String: Double] = [:]) -> (any Doctrine)? {
        types.first { $0.metadata.id == id }.map { $0.init(settings: settings) }
    }

    /// The ids, for messages and documentation.
    public static var ids: [String] { types.map { $0.metadata.id } }

    /// What is wrong with naming doctrine `id` with `settings` at `path` (`states[3].doctrine`).
    public static func problems(_ id: String, settings: [String: Double], at path: String) -> [ScenarioError] {
        guard let type = types.first(where: { $0.metadata.id == id }) else {
            return [ScenarioError(path, "no doctrine \"\(id)\"; known: \(ids.joined(separator: ", "))")]
        }
        var found: [ScenarioError] = []
        for (name, value) in settings.sorted(by: { $0.key < $1.key }) {
            guard let parameter = type.parameters.first(where: { $0.name == name }) else {
                let known = type.parameters.map(\.name)
                found.append(ScenarioError("\(path).\(name)", "\(id) has no parameter \(name)\(known.isEmpty ? "" : "; it has \(known.joined(separator: ", "))")"))
                continue
            }
            if !parameter.range.contains(value) {
                found.append(ScenarioError("\(path).\(name)", "must be in \(Scenario.show(parameter.range.lowerBound))…\(Scenario.show(parameter.range.upperBound)), got \(Scenario.show(value))"))
            }
        }
        return found
    }
}
