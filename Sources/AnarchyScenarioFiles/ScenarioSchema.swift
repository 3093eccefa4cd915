import AnarchyCore
import AnarchyWorld

/// The JSON Schema of scenario files, `docs/scenario.schema.json`, made from the declarations the
/// decoder reads: SDW-1's parameters (`SDW1Parameters.Field`), each mechanism's settings
/// (`Mechanisms.declarations`), an institution's settings and the doctrines' parameters
/// (`DoctrineRegistry`). The shape of the rest — states, geography, policies — is written here,
/// beside the decoder that reads it. `anarchy scenarios --schema` prints it, and a test checks
/// that the committed file is this document.
public enum ScenarioSchema {
    /// The schema as the committed file holds it (indented JSON and a final newline).
    public static var text: String { document.indentedText + "\n" }

    /// The schema.
    public static var document: JSONValue {
        let top: JSONValue = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://anarchy.invalid/scenario.schema.json",
            "title": "Anarchy scenario",
            "description": "A world to run: states, geography, system parameters, horizon and seed. Field by field: docs/SCENARIOS.md. YAML and JSON files share this schema.",
            "type": "object",
            "additionalProperties": false,
        ]
        let properties: [(key: String, value: JSONValue)] = [
            ("name", ["type": "string", "description": "a short identifier", "default": "scenario"]),
            ("description", ["type": "string", "description": "what the scenario shows"]),
            ("seed", [
                "type": "integer", "minimum": 0, "maximum": .unsigned(UInt64.max), "default": 1,
                "description": "seed of the run's SplitMix64 stream",
            ]),
            ("ticks", ["type": "integer", "minimum": 0, "maximum": 10_000_000, "default": 200, "description": "number of ticks"]),
            ("system", system),
            ("states", states),
            ("geography", geography),
            ("mechanisms", mechanisms),
            ("policies", policies),
            ("institutions", institutions),
            ("beliefs", beliefs),
        ]
        guard case let .object(members) = top else { return top }
        return wholeNumbersAsIntegers(.object(members + [("properties", .object(properties))]))
    }

    /// SDW-1's parameters but those a scenario sets otherwise (n, k, ticks, seed), with the
    /// spec's defaults and domains.
    static var system: JSONValue {
        let defaults = SDW1Parameters()
        let fields = SDW1Parameters.Field.allCases.filter { !$0.isWhole }
        return .object([
            ("type", "object"), ("additionalProperties", false),
            ("description", "SDW-1's system parameters (shared/specs/sdw1.md); each defaults to the spec's value"),
            ("properties", .object(fields.map { field in
                (field.name, .object(
                    [("type", "number"), ("description", .string(description(field))), ("default", .number(field.value(in: defaults)))]
                        + bounds(field)))
            })),
        ])
    }

    /// An SDW-1 parameter's description: its meaning, what a scenario file adds to it, and its
    /// domain as the spec states it.
    static func description(_ field: SDW1Parameters.Field) -> String {
        let remark: String? = switch field {
        case .pGreedy: "the default motive"
        case .beta: "Glaser & Kaufmann's cost ratio"
        case .growth: "a state's own growth overrides it"
        case .burden: "burden·sMax < 1 + growth"
        default: nil
        }
        return "\(field.meaning)\(remark.map { " (\($0))" } ?? ""); \(field.domain)"
    }

    /// The JSON Schema bounds of an SDW-1 parameter: its domain (`SDW1Parameters.Field.domain`)
    /// as far as a schema can say it (the cross-field rules, s0 ≤ sMax and the like, it cannot).
    static func bounds(_ field: SDW1Parameters.Field) -> [(key: String, value: JSONValue)] {
        switch field {
        case .pGreedy, .sMax: [("exclusiveMinimum", 0), ("exclusiveMaximum", 1)]
        case .beta, .attackRatio, .s0, .sGreedy: [("exclusiveMinimum", 0)]
        case .sigma: [("minimum", 1e-6)]
        case .burden, .kappa: [("minimum", 0)]
        case .delta, .growth, .phiGreedy, .rho, .spoils, .attrition, .conquest: [("minimum", 0), ("maximum", 1)]
        case .n, .k, .ticks, .seed: []
        }
    }

    /// One declared setting: its kind, domain, default (when it has one) and meaning.
    static func setting<T>(_ field: SettingField<T>, defaults: T) -> JSONValue {
        var members: [(key: String, value: JSONValue)]
        switch field.kind {
        case .number: members = [("type", "number")]
        case .whole: members = [("type", "integer")]
        case .flag: members = [("type", "boolean")]
        case let .choice(names): members = [("enum", .array(names.map(JSONValue.string)))]
        }
        members += field.domain.schemaBounds
        if let value = field.read(defaults) { members.append(("default", value.json)) }
        members.append(("description", .string(field.meaning)))
        return .object(members)
    }

    /// Every mechanism, its settings as declared.
    static var mechanisms: JSONValue {
        .object([
            ("type", "object"), ("additionalProperties", false),
            ("description", "optional mechanisms, all off by default (off = SDW-1's rules)"),
            ("properties", .object(Mechanisms.declarations.map { declaration in
                let defaults = declaration.defaults
                var members: [(key: String, value: JSONValue)] = [("type", "object"), ("additionalProperties", false)]
                if !declaration.required.isEmpty { members.append(("required", .array(declaration.required.map(JSONValue.string)))) }
                members.append(("description", .string(declaration.summary)))
                members.append(("properties", .object(declaration.fields.map { ($0.key, setting($0, defaults: defaults)) })))
                return (declaration.key, .object(members))
            })),
        ])
    }

    /// A state given by name or index.
    static let stateReference: JSONValue = ["oneOf": [["type": "string"], ["type": "integer", "minimum": 0]]]

    static var states: JSONValue {
        let properties: [(key: String, value: JSONValue)] = [
            ("name", ["type": "string", "minLength": 1, "description": "a unique name (default S and the index)"]),
            ("motive", [
                "description": "security, greedy, or a probability of greed drawn at initialisation (default: greedy with probability pGreedy)",
                "oneOf": [["enum": ["security", "greedy"]], ["type": "number", "minimum": 0, "maximum": 1]],
            ]),
            ("wealth", ["type": "number", "exclusiveMinimum": 0, "description": "starting wealth (default: drawn as SDW-1 does, 100 × (0.5 + u))"]),
            ("offense", ["type": "number", "minimum": 0, "default": 0, "description": "starting offense stock"]),
            ("defense", ["type": "number", "minimum": 0, "default": 0, "description": "starting defense stock"]),
            ("retaliation", [
                "type": "number", "minimum": 0, "default": 0, "description": "starting retaliation (punishment) stock; needs mechanisms.deterrence",
            ]),
            ("growth", ["type": "number", "minimum": 0, "maximum": 1, "description": "this state's growth per tick (default: system.growth)"]),
            ("skill", [
                "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 1,
                "description": "force-employment skill (Biddle 2004): combat strength = stock × skill; invisible to observers",
            ]),
            ("doctrine", doctrine),
            ("major", [
                "type": "boolean", "default": false,
                "description": "a major power (COW's Major Powers list in scenarios built from history); recorded for analysis, the rules treat it like any state",
            ]),
        ]
        return [
            "description": "a count of default states, or the states one by one (at least 2; 3 on a ring)",
            "default": ["count": 12],
            "oneOf": [
                [
                    "type": "object", "additionalProperties": false, "required": ["count"],
                    "properties": ["count": ["type": "integer", "minimum": 2, "maximum": .integer(Scenario.maximumStates)]],
                ],
                ["type": "array", "minItems": 2, "items": .object([("type", "object"), ("additionalProperties", false), ("properties", .object(properties))])],
            ],
        ]
    }

    /// A doctrine by id, or `{id, parameters}` with the parameters its type declares.
    static var doctrine: JSONValue {
        let byId: JSONValue = [
            "enum": .array(DoctrineRegistry.types.map { .string($0.metadata.id) }), "description": "a doctrine by id, with its default parameters",
        ]
        let withParameters: [JSONValue] = DoctrineRegistry.types.map { type in
            let parameters: [(key: String, value: JSONValue)] = type.parameters.map { parameter in
                (parameter.name, [
                    "type": "number", "minimum": .number(parameter.range.lowerBound), "maximum": .number(parameter.range.upperBound),
                    "default": .number(parameter.defaultValue), "description": .string(parameter.meaning),
                ])
            }
            return .object([
                ("type", "object"), ("additionalProperties", false), ("required", ["id"]),
                ("properties", .object([("id", ["const": .string(type.metadata.id)])] + parameters)),
            ])
        }
        return [
            "description": "how the state arms, when it attacks and which side it joins (default: SDW-1's rule for its motive): an id, or {id, parameters}",
            "oneOf": .array([byId] + withParameters),
        ]
    }

    static let geography: JSONValue = [
        "description": "exactly one of ring, grid, randomGeometric, edges (default ring k = 2)",
        "type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": false,
        "properties": [
            "ring": [
                "type": "object", "additionalProperties": false, "required": ["k"],
                "properties": ["k": ["type": "integer", "minimum": 1, "description": "neighbours on each side (2k < number of states)"]],
            ],
            "grid": [
                "type": "object", "additionalProperties": false, "required": ["rows", "columns"],
                "properties": [
                    "rows": ["type": "integer", "minimum": 1],
                    "columns": ["type": "integer", "minimum": 1],
                    "wrap": ["type": "boolean", "default": false, "description": "join opposite edges (a torus; rows, columns ≥ 3)"],
                ],
                "description": "rows × columns must equal the number of states; four orthogonal neighbours",
            ],
            "randomGeometric": [
                "type": "object", "additionalProperties": false, "required": ["radius"],
                "properties": [
                    "radius": [
                        "type": "number", "exclusiveMinimum": 0, "maximum": .number(2.0.squareRoot()),
                        "description": "states at uniform points of the unit square neighbour within this distance",
                    ],
                ],
            ],
            "edges": [
                "type": "array",
                "description": "undirected borders: [a, b] pairs of state names or indices, or [a, b, distance] triples (distance > 0, default 1; it matters to the loss-of-strength mechanism)",
                "items": [
                    "type": "array", "minItems": 2, "maxItems": 3,
                    "prefixItems": [["type": ["string", "integer"]], ["type": ["string", "integer"]], ["type": "number", "exclusiveMinimum": 0]],
                ],
            ],
        ],
    ]

    static var policies: JSONValue {
        let pair: JSONValue = ["type": "array", "minItems": 2, "maxItems": 2, "items": stateReference]
        func with(_ value: JSONValue, description: String) -> JSONValue {
            guard case let .object(members) = value else { return value }
            return .object(members + [("description", .string(description))])
        }
        return [
            "type": "array",
            "description": "scripted policy levers at a tick: extend a guarantee, withdraw it, declare a state neutral (these three need mechanisms.alliances), or begin a war",
            "items": [
                "type": "object", "additionalProperties": false, "required": ["tick"],
                "properties": [
                    "tick": ["type": "integer", "minimum": 1, "description": "the tick it takes effect (at the start of that tick's alliance step)"],
                    "ally": with(pair, description: "a guaranteed alliance between two neighbours, holding until withdrawn"),
                    "withdraw": with(pair, description: "end the tie between two states"),
                    "neutral": with(stateReference, description: "the state leaves its alliances and stays out of alliances and others' wars"),
                    "war": with(pair, description: "the first state attacks the second, a neighbour, at the start of the war phase, whatever the attack rule says (a war under way before the run, or a what-if)"),
                ],
                "oneOf": [["required": ["ally"]], ["required": ["withdraw"]], ["required": ["neutral"]], ["required": ["war"]]],
            ],
        ]
    }

    static var beliefs: JSONValue {
        [
            "type": "array",
            "description": "beliefs the world starts from in place of the prior pGreedy: the observer's probability, at tick 1, that a neighbour is greedy (a history scenario's memory of past disputes)",
            "items": [
                "type": "object", "additionalProperties": false, "required": ["observer", "neighbour", "belief"],
                "properties": [
                    "observer": stateReference, "neighbour": stateReference,
                    "belief": ["type": "number", "minimum": .number(1e-9), "maximum": .number(1 - 1e-9), "description": "the probability that the neighbour is greedy"],
                ],
            ],
        ]
    }

    static var institutions: JSONValue {
        let defaults = Institution(name: "", members: [])
        let properties: [(key: String, value: JSONValue)] = [
            ("name", ["type": "string", "minLength": 1, "description": "its name, unique"]),
            ("members", ["type": "array", "minItems": 2, "items": stateReference, "description": "member states by name or index"]),
            ("from", ["type": "integer", "minimum": 1, "default": 1, "description": "the first tick it acts in"]),
        ] + Institution.fields.map { ($0.key, setting($0, defaults: defaults)) }
        return [
            "type": "array",
            "description": "institutions (Keohane 1984): from a tick on, members read each other at a higher distinguishability and lower noise, see real purchases, and pay to attack each other",
            "items": .object([("type", "object"), ("additionalProperties", false), ("required", ["name", "members"]), ("properties", .object(properties))]),
        ]
    }

    /// Every mechanism's settings as Markdown tables — value, default and meaning of each — for
    /// `docs/SCENARIOS.md` (`anarchy scenarios --settings`; a test keeps the two equal).
    public static var settingsTables: String {
        Mechanisms.declarations.map { declaration in
            let defaults = declaration.defaults
            let rows = declaration.fields.map { field in
                let given = declaration.required.contains(field.key) ? " (required)" : ""
                return "| `\(field.key)`\(given) | \(valuePhrase(field)) | \(field.read(defaults).map(defaultPhrase) ?? "—") | \(field.meaning) |"
            }
            return (["#### `\(declaration.key)`", "| setting | value | default | meaning |", "|---|---|---|---|"] + rows).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The values a setting takes, in words.
    static func valuePhrase<T>(_ field: SettingField<T>) -> String {
        switch field.kind {
        case .number: field.domain.phrase.hasPrefix("a ") ? field.domain.phrase : "a number \(field.domain.phrase)"
        case .whole: "a whole number \(field.domain.phrase)"
        case .flag: "true or false"
        case let .choice(names): names.map { "`\($0)`" }.joined(separator: " or ")
        }
    }

    static func defaultPhrase(_ value: SettingValue) -> String {
        switch value {
        case let .number(x): SettingDomain.bound(x)
        case let .whole(i): String(i)
        case let .flag(b): String(b)
        case let .choice(name): "`\(name)`"
        }
    }

    /// Whole numbers written without a fraction (`0`, not `0.0`), as people write bounds.
    static func wholeNumbersAsIntegers(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .number(x) where x == x.rounded() && abs(x) < 1e15: .integer(Int(x))
        case let .array(items): .array(items.map(wholeNumbersAsIntegers))
        case let .object(members): .object(members.map { ($0.key, wholeNumbersAsIntegers($0.value)) })
        default: value
        }
    }
}
