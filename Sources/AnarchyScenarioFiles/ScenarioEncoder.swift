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
                }
            })))
        }
        if !scenario.institutions.isEmpty {
            top.append(("institutions", .array(scenario.institutions.map { institution in
                .object([
                    ("name", .string(institution.name)), ("members", .array(institution.members.map { .integer($0) })),
                    ("from", .integer(institution.from)),
                ] + ScenarioDecoder.institutionFields.map { ($0.0, JSONValue.number(institution[keyPath: $0.1])) })
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

    static func mechanisms(_ m: Mechanisms) -> [(key: String, value: JSONValue)] {
        func numbers<T>(_ value: T, _ fields: [(String, WritableKeyPath<T, Double>)]) -> [(key: String, value: JSONValue)] {
            fields.map { ($0.0, JSONValue.number(value[keyPath: $0.1])) }
        }
        var found: [(key: String, value: JSONValue)] = []
        if m.perspectiveTaking != 0 { found.append(("perspectiveTaking", .members(["weight": .number(m.perspectiveTaking)]))) }
        if let war = m.preventiveWar {
            var fields: [(key: String, value: JSONValue)] = [
                ("horizon", .integer(war.horizon)), ("costDeclining", .number(war.costDeclining)), ("costRising", .number(war.costRising)),
                ("delta", .number(war.delta)),
            ]
            if war.weighsBelief { fields.append(("weighsBelief", .bool(true))) }  // written only when on: files and ids stay as they were
            found.append(("preventiveWar", .object(fields)))
        }
        if let mobilisation = m.mobilisation {
            var fields: [(key: String, value: JSONValue)] = [("lag", .integer(mobilisation.lag))]
            if let share = mobilisation.offensiveShare { fields.append(("offensiveShare", .number(share))) }
            found.append(("mobilisation", .object(fields)))
        }
        if let p = m.preemption {
            found.append(("preemption", .object([
                ("cost", .number(p.cost)), ("reciprocalFear", .number(p.reciprocalFear)), ("beliefs", .string(p.beliefs.rawValue)),
            ])))
        }
        if let s = m.signalling {
            found.append(("signalling", .object(numbers(s, ScenarioDecoder.signallingFields) + [("form", .string(s.form.rawValue))])))
        }
        if let d = m.deterrence { found.append(("deterrence", .object(numbers(d, ScenarioDecoder.deterrenceFields)))) }
        if let l = m.lanchester { found.append(("lanchester", .members(["dt": .number(l.dt), "steps": .integer(l.steps)]))) }
        if let c = m.crisis {  // misjudgement and settled only when on, so documents (and experiment ids) without them are unchanged
            found.append(("crisis", .object(numbers(c, ScenarioDecoder.crisisFields).filter { !["misjudgement", "settled"].contains($0.key) || $0.value != .number(0) })))
        }
        if let w = m.protractedWar {
            found.append(("protractedWar", .members(["decisiveness": .number(w.decisiveness), "maxRounds": .integer(w.maxRounds)])))
        }
        if let j = m.joiningSides { found.append(("joiningSides", .object(numbers(j, ScenarioDecoder.joiningSidesFields)))) }
        if let p = m.perception { found.append(("perception", .object(numbers(p, ScenarioDecoder.perceptionFields)))) }
        if let l = m.lossOfStrength { found.append(("lossOfStrength", .members(["reach": .number(l.reach)]))) }
        if let a = m.alliances {
            found.append(("alliances", .object(numbers(a, ScenarioDecoder.allianceFields) + [("maxAllies", .integer(a.maxAllies))])))
        }
        if let i = m.identity { found.append(("identity", .object(numbers(i, ScenarioDecoder.identityFields)))) }
        if let c = m.communities {
            found.append(("communities", .members(["trustBelow": .number(c.trustBelow), "peaceTicks": .integer(c.peaceTicks)])))
        }
        return found
    }
}
