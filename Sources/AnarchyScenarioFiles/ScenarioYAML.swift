import AnarchyCore
import AnarchyWorld

/// A scenario as a readable YAML file (block mappings; each state, edge, policy and institution on
/// one line in flow style), with comment lines on top. ``ScenarioFile/parse(_:)`` reads it back to
/// the same scenario (tested).
public enum ScenarioYAML {
    /// States are named in borders, policies and institutions when every state has a unique name.
    public static func text(_ scenario: Scenario, comments: [String] = []) -> String {
        var out = comments.map { "# " + $0 + "\n" }.joined()
        guard case let .object(members) = ScenarioEncoder.json(scenario) else { return out }
        let names = scenario.states.compactMap(\.name)
        let named = names.count == scenario.states.count && Set(names).count == names.count
        for (key, value) in members { block(key, named ? byName(key, value, names) : value, indent: "", into: &out) }
        return out
    }

    /// A top-level field with state indices replaced by names.
    private static func byName(_ key: String, _ value: JSONValue, _ names: [String]) -> JSONValue {
        func name(_ v: JSONValue) -> JSONValue {
            if case let .integer(i) = v, names.indices.contains(i) { return .string(names[i]) }
            return v
        }
        func renameEnds(_ v: JSONValue) -> JSONValue {
            guard case let .array(items) = v else { return v }
            return .array(items.enumerated().map { $0.offset < 2 ? name($0.element) : $0.element })
        }
        switch (key, value) {
        case let ("geography", .object(g)):
            return .object(g.map { member in
                guard member.key == "edges", case let .array(edges) = member.value else { return member }
                return (member.key, .array(edges.map(renameEnds)))
            })
        case let ("policies", .array(items)), let ("institutions", .array(items)), let ("beliefs", .array(items)):
            return .array(items.map { item in
                guard case let .object(fields) = item else { return item }
                return .object(fields.map { field in
                    switch field.key {
                    case "ally", "withdraw", "war": (field.key, renameEnds(field.value))
                    case "neutral", "observer", "neighbour": (field.key, name(field.value))
                    case "members": if case let .array(m) = field.value { (field.key, .array(m.map(name))) } else { field }
                    default: field
                    }
                })
            })
        default: return value
        }
    }

    private static func block(_ key: String, _ value: JSONValue, indent: String, into out: inout String) {
        switch value {
        case let .object(members) where !members.isEmpty && members.contains(where: { if case .object = $0.value { true } else if case .array = $0.value { true } else { false } }):
            out += "\(indent)\(key):\n"
            for (k, v) in members { block(k, v, indent: indent + "  ", into: &out) }
        case let .array(items) where !items.isEmpty:
            out += "\(indent)\(key):\n"
            for item in items { out += "\(indent)  - \(flow(item))\n" }
        default:
            out += "\(indent)\(key): \(flow(value))\n"
        }
    }

    /// A value in YAML flow style: bare keys, JSON-quoted strings (valid YAML double-quoted scalars).
    static func flow(_ value: JSONValue) -> String {
        switch value {
        case let .object(members): "{" + members.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
        case let .array(items): "[" + items.map(flow).joined(separator: ", ") + "]"
        default: value.text
        }
    }
}
