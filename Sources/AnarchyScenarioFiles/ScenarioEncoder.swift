import AnarchyCore
import AnarchyWorld

/// Writes a `Scenario` as a document of the scenario-file schema (`docs/scenario.schema.json`),
/// in JSON — which is YAML too, so ``ScenarioFile/parse(_:)`` reads it back to the same scenario
/// (a test checks the round trip). Run records keep it, so a run can always be repeated.
public enum ScenarioEncoder {
    public static func json(_ scenario: Scenario) -> JSONValue {
        var top: [(key: String, value: JSONValue)] = [
            ("name", .string(scenario.name)), ("description", .string(scenario.summary)),
            ("seed", scenario.seed <= UInt64(Int.max) ? .integer(Int(scenario.seed)) : .string(String(scenario.seed))),
            ("ticks", .integer(scenario.ticks)),
            ("system", .object(ScenarioDecoder.systemFields.map { ($0.name, .number($0.value(in: scenario.system))) })),
            ("states", .array(scenario.states.map(state))),
            ("geography", geography(scenario.geography)),
        ]
        let mechanisms = self.mechanisms(scenario.mechanisms)
        if !mechanisms.isEmpty { top.append(("mechanisms", .object(mechanisms))) }
        if !scenario.policies.isEmpty {
            top.append(("policies", .array(scenario.policies.map { p in
                switch p.action {
                case let .ally(a, b): .members(["tick": .integer(p.tick), "ally": .array([.integer(a), .integer(b)])])
                case let .withdraw(a, b): .members(["tick": .integer(p.tick), "withdraw": .array([.integer(a), .integer(b)])])
                case let .neutral(a): .members(["tick": .integer(p.tick), "neutral": .integer(a)])
                case let .war(a, b): .members(["tick": .integer(p.tick), "war": .array([.integer(a), .integer(b)])])
                }
            })))
        }
        if !scenario.institutions.isEmpty {
            top.append(("institutions", .array(scenario.institutions.map { institution in
                .object([
                    ("name", .string(institution.name)), ("members", .array(institution.members.map { .integer($0) })),
                    ("from", .integer(institution.from)),
                ] + settings(institution, Institution.fields, defaults: Institution(name: "", members: [])))
            })))
        }
        if !scenario.beliefs.isEmpty {
            top.append(("beliefs", .array(scenario.beliefs.map { b in
                .object([("observer", .integer(b.observer)), ("neighbour", .integer(b.neighbour)), ("belief", .number(b.belief))])
            })))
        }
        return .object(top)
    }

    static func state(_ spec: StateSpec) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = []
        if let name = spec.name { fields.append(("name", .string(name))) }
        switch spec.motive {
        case .security?: fields.append(("motive", .string("security")))
        case .greedy?: fields.append(("motive", .string("greedy")))
        case let .probability(p)?: fields.append(("motive", .number(p)))
        case nil: break
        }
        if let wealth = spec.wealth { fields.append(("wealth", .number(wealth))) }
        fields.append(("offense", .number(spec.offense)))
        fields.append(("defense", .number(spec.defense)))
        if spec.retaliation != 0 { fields.append(("retaliation", .number(spec.retaliation))) }
        if let growth = spec.growth { fields.append(("growth", .number(growth))) }
        if let skill = spec.skill { fields.append(("skill", .number(skill))) }
        if spec.major { fields.append(("major", .bool(true))) }
        if let id = spec.doctrine {
            if spec.doctrineSettings.isEmpty {
                fields.append(("doctrine", .string(id)))
            } else {
                let settings = spec.doctrineSettings.sorted { $0.key < $1.key }.map { (key: $0.key, value: JSONValue.number($0.value)) }
                fields.append(("doctrine", .object([("id", .string(id))] + settings)))
            }
        }
        return .object(fields)
    }

    static func geography(_ geography: Geography) -> JSONValue {
        switch geography {
        case let .ring(k): .members(["ring": .members(["k": .integer(k)])])
        case let .grid(rows, columns, wrap):
            .members(["grid": .members(["rows": .integer(rows), "columns": .integer(columns), "wrap": .bool(wrap)])])
        case let .randomGeometric(radius): .members(["randomGeometric": .members(["radius": .number(radius)])])
        case let .edges(edges):
            .members(["edges": .array(edges.map { e in
                .array([.integer(e.a), .integer(e.b)] + (e.distance == 1 ? [] : [.number(e.distance)]))
            })])
        }
    }

    /// The mechanisms switched on, each with its settings, in the order of `Mechanisms.declarations`.
    static func mechanisms(_ m: Mechanisms) -> [(key: String, value: JSONValue)] {
        Mechanisms.declarations.filter { $0.isOn(m) }.map { ($0.key, .object(settings(m, $0.fields, defaults: $0.defaults))) }
    }

    /// The settings of `value` as a document writes them: in declaration order, without absent
    /// optional ones or those written only away from their default (`defaults` holds it).
    public static func settings<T>(_ value: T, _ fields: [SettingField<T>], defaults: T) -> [(key: String, value: JSONValue)] {
        fields.compactMap { field in
            guard let setting = field.read(value), field.writtenAtDefault || setting != field.read(defaults) else { return nil }
            return (field.key, setting.json)
        }
    }
}
