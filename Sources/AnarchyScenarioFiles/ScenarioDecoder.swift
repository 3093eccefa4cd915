import AnarchyWorld
import Yams

/// Turns a YAML node tree into a ``Scenario``, recording where each field was written so that
/// validation errors can point at a line and column. Structure errors (wrong types, unknown keys,
/// missing required fields) are thrown here; domain errors come from ``Scenario/validate()``.
struct ScenarioDecoder {
    /// Reads nodes, notes where each field was written and collects key problems.
    var reader = NodeReader()
    var marks: [String: Mark] { reader.marks }
    var keyProblems: [ScenarioFileError] { reader.keyProblems }

    static let topKeys = ["name", "description", "seed", "ticks", "system", "states", "geography", "mechanisms", "policies", "institutions", "beliefs"]
    static let stateKeys = ["name", "motive", "wealth", "offense", "defense", "retaliation", "growth", "skill", "doctrine", "major"]
    static let systemFields = SDW1Parameters.Field.allCases.filter { !$0.isWhole }

    mutating func scenario(_ root: Node) throws(ScenarioFileError) -> Scenario {
        var scenario = Scenario()
        var stateCount: Int? = nil
        var geographyNode: Node? = nil
        var policiesNode: Node? = nil
        var institutionsNode: Node? = nil
        var beliefsNode: Node? = nil
        for (key, value) in try reader.mapping(root, "", allowed: Self.topKeys) {
            switch key {
            case "name": scenario.name = try reader.text(value, key)
            case "description": scenario.summary = try reader.text(value, key)
            case "seed":
                guard case let .scalar(s) = value, let seed = UInt64(s.string) else {
                    throw reader.fail(key, value, "must be a whole number in 0…18446744073709551615, got \(NodeReader.kind(value))")
                }
                scenario.seed = seed
            case "ticks": scenario.ticks = try reader.whole(value, key)
            case "system":
                for (field, node) in try reader.mapping(value, key, allowed: Self.systemFields.map(\.name)) {
                    let x = try reader.number(node, "system.\(field)")
                    SDW1Parameters.Field(rawValue: field)?.set(x, in: &scenario.system)
                }
            case "states":
                if case .sequence = value {
                    scenario.states = try states(value)
                } else {
                    let members = try reader.mapping(value, key, allowed: ["count"])
                    guard let count = members.first else { throw reader.fail(key, value, "give count, or a list of states") }
                    let n = try reader.whole(count.1, "states.count")
                    guard n >= 2 && n <= Scenario.maximumStates else {
                        throw reader.fail("states.count", count.1, "must be in 2…\(Scenario.maximumStates), got \(n)")
                    }
                    stateCount = n
                }
            case "geography": geographyNode = value
            case "policies": policiesNode = value
            case "institutions": institutionsNode = value
            case "beliefs": beliefsNode = value
            default: scenario.mechanisms = try mechanisms(value)
            }
        }
        if let stateCount { scenario.states = Array(repeating: StateSpec(), count: stateCount) }
        if let geographyNode { scenario.geography = try geography(geographyNode, names: scenario.states.map(\.name)) }
        if let policiesNode { scenario.policies = try policies(policiesNode, names: scenario.states.map(\.name)) }
        if let institutionsNode { scenario.institutions = try institutions(institutionsNode, names: scenario.states.map(\.name)) }
        if let beliefsNode { scenario.beliefs = try beliefs(beliefsNode, names: scenario.states.map(\.name)) }
        return scenario
    }

    /// `mechanisms:` — each mechanism by its key, with the settings its declaration lists
    /// (`Mechanisms.declarations`); a mechanism named is on, its unnamed settings at their defaults.
    private mutating func mechanisms(_ node: Node) throws(ScenarioFileError) -> Mechanisms {
        var mechanisms = Mechanisms()
        let declarations = Mechanisms.declarations
        for (key, settings) in try reader.mapping(node, "mechanisms", allowed: declarations.map(\.key)) {
            guard let declaration = declarations.first(where: { $0.key == key }) else { continue }
            declaration.switchOn(&mechanisms)
            try reader.settings(&mechanisms, settings, declaration.path, fields: declaration.fields, required: declaration.required)
        }
        return mechanisms
    }

    /// `institutions:` — a list of `{name, members: [a, b, …], from: T, delta, noise,
    /// defectionCost}` (all but name and members optional), states by name or index.
    private mutating func institutions(_ node: Node, names: [String?]) throws(ScenarioFileError) -> [Institution] {
        try reader.note("institutions", node)
        guard case let .sequence(items) = node else { throw reader.fail("institutions", node, "must be a list of {name, members, from, delta, noise, defectionCost}") }
        var result: [Institution] = []
        for (i, item) in items.enumerated() {
            let at = "institutions[\(i)]"
            var institution = Institution(name: "", members: [])
            var named = false, listed = false
            let fields = Institution.fields
            for (key, value) in try reader.mapping(item, at, allowed: ["name", "members", "from"] + fields.map(\.key)) {
                switch key {
                case "name":
                    institution.name = try reader.text(value, "\(at).name")
                    named = true
                case "members":
                    guard case let .sequence(members) = value else { throw reader.fail("\(at).members", value, "must be a list of states") }
                    var found: [Int] = []
                    for (k, member) in members.enumerated() { found.append(try state(member, "\(at).members[\(k)]", names: names)) }
                    institution.members = found
                    listed = true
                case "from": institution.from = try reader.whole(value, "\(at).from")
                default:
                    if let field = fields.first(where: { $0.key == key }) {
                        field.write(&institution, try reader.value(value, "\(at).\(key)", kind: field.kind))
                    }
                }
            }
            guard named, listed else { throw reader.fail(at, item, "give name and members") }
            result.append(institution)
        }
        return result
    }

    /// A state named by its name or its index.
    private func state(_ node: Node, _ at: String, names: [String?]) throws(ScenarioFileError) -> Int {
        guard case let .scalar(s) = node else { throw reader.fail(at, node, "must name a state") }
        if s.style == .plain, let i = Int(s.string) { return i }
        guard let i = names.firstIndex(where: { $0 == s.string }) else { throw reader.fail(at, node, "no state is named \"\(s.string)\"") }
        return i
    }

    private mutating func states(_ node: Node) throws(ScenarioFileError) -> [StateSpec] {
        try reader.note("states", node)
        guard case let .sequence(items) = node else { throw reader.fail("states", node, "must be a list") }
        var specs: [StateSpec] = []
        for (i, item) in items.enumerated() {
            let at = "states[\(i)]"
            var spec = StateSpec()
            for (key, value) in try reader.mapping(item, at, allowed: Self.stateKeys) {
                let path = "\(at).\(key)"
                switch key {
                case "name": spec.name = try reader.text(value, path)
                case "motive":
                    if case let .scalar(s) = value, s.string == "security" || s.string == "greedy" {
                        spec.motive = s.string == "security" ? .security : .greedy
                    } else if case let .scalar(s) = value, s.style == .plain, let p = value.float ?? value.int.map(Double.init) {
                        spec.motive = .probability(p)
                    } else {
                        throw reader.fail(path, value, "must be security, greedy or a probability of greed, got \(NodeReader.kind(value))")
                    }
                case "wealth": spec.wealth = try reader.number(value, path)
                case "offense": spec.offense = try reader.number(value, path)
                case "defense": spec.defense = try reader.number(value, path)
                case "retaliation": spec.retaliation = try reader.number(value, path)
                case "skill": spec.skill = try reader.number(value, path)
                case "major":
                    guard let b = value.bool else { throw reader.fail(path, value, "must be true or false, got \(NodeReader.kind(value))") }
                    spec.major = b
                case "doctrine":
                    if case .mapping = value {
                        let ids = DoctrineRegistry.ids
                        let idType = DoctrineRegistry.types.first { type in
                            if case let .mapping(m) = value, let id = m["id"]?.string { return type.metadata.id == id }
                            return false
                        }
                        let allowed = ["id"] + (idType?.parameters.map(\.name) ?? [])
                        for (key, field) in try reader.mapping(value, path, allowed: allowed) {
                            if key == "id" {
                                spec.doctrine = try reader.text(field, "\(path).id")
                            } else {
                                spec.doctrineSettings[key] = try reader.number(field, "\(path).\(key)")
                            }
                        }
                        guard spec.doctrine != nil else { throw reader.fail(path, value, "give id, one of \(ids.joined(separator: ", "))") }
                    } else {
                        spec.doctrine = try reader.text(value, path)
                    }
                default: spec.growth = try reader.number(value, path)
                }
            }
            specs.append(spec)
        }
        return specs
    }

    private mutating func geography(_ node: Node, names: [String?]) throws(ScenarioFileError) -> Geography {
        let kinds = ["ring", "grid", "randomGeometric", "edges"]
        let members = try reader.mapping(node, "geography", allowed: kinds)
        guard members.count == 1, let (kind, value) = members.first else {
            throw reader.fail("geography", node, "give exactly one of \(kinds.joined(separator: ", "))")
        }
        let path = "geography.\(kind)"
        switch kind {
        case "ring":
            let fields = try reader.mapping(value, path, allowed: ["k"])
            guard let k = fields.first else { throw reader.fail(path, value, "give k, the neighbours on each side") }
            return .ring(k: try reader.whole(k.1, "\(path).k"))
        case "grid":
            var rows: Int?, columns: Int?, wrap = false
            for (key, field) in try reader.mapping(value, path, allowed: ["rows", "columns", "wrap"]) {
                switch key {
                case "rows": rows = try reader.whole(field, "\(path).rows")
                case "columns": columns = try reader.whole(field, "\(path).columns")
                default:
                    guard let b = field.bool else { throw reader.fail("\(path).wrap", field, "must be true or false, got \(NodeReader.kind(field))") }
                    wrap = b
                }
            }
            guard let rows, let columns else { throw reader.fail(path, value, "give rows and columns") }
            return .grid(rows: rows, columns: columns, wrap: wrap)
        case "randomGeometric":
            let fields = try reader.mapping(value, path, allowed: ["radius"])
            guard let radius = fields.first else { throw reader.fail(path, value, "give radius, the distance within which states neighbour") }
            return .randomGeometric(radius: try reader.number(radius.1, "\(path).radius"))
        default:
            try reader.note(path, value)
            guard case let .sequence(items) = value else { throw reader.fail(path, value, "must be a list of [a, b] pairs (state names or indices)") }
            var index: [String: Int] = [:]
            for (i, name) in names.enumerated() { if let name { index[name] = i } }
            var edges: [Geography.Edge] = []
            for (i, item) in items.enumerated() {
                let at = "\(path)[\(i)]"
                try reader.note(at, item)
                guard case let .sequence(pair) = item, pair.count == 2 || pair.count == 3 else {
                    throw reader.fail(at, item, "must be a pair [a, b] or [a, b, distance]")
                }
                var ends: [Int] = []
                for end in pair.prefix(2) {
                    guard case let .scalar(s) = end else { throw reader.fail(at, end, "must name two states") }
                    if s.style == .plain, let i = Int(s.string) {
                        ends.append(i)
                    } else if let i = index[s.string] {
                        ends.append(i)
                    } else {
                        // Recorded, not thrown: the rest of the file is still checked (every problem at once).
                        reader.record(reader.fail(at, end, "no state is named \"\(s.string)\""))
                    }
                }
                let distance = pair.count == 3 ? try reader.number(pair[2], "\(at)[2]") : 1
                if ends.count == 2 { edges.append(Geography.Edge(ends[0], ends[1], distance: distance)) }
            }
            return .edges(edges)
        }
    }

    /// `policies:` — a list of `{tick: T, ally: [a, b]}`, `{tick: T, withdraw: [a, b]}` or
    /// `{tick: T, neutral: a}`, states by name or index.
    private mutating func policies(_ node: Node, names: [String?]) throws(ScenarioFileError) -> [Policy] {
        try reader.note("policies", node)
        guard case let .sequence(items) = node else { throw reader.fail("policies", node, "must be a list of {tick, ally | withdraw | neutral | war}") }
        var result: [Policy] = []
        for (i, item) in items.enumerated() {
            let at = "policies[\(i)]"
            var tick: Int?, action: Policy.Action?
            for (key, value) in try reader.mapping(item, at, allowed: ["tick", "ally", "withdraw", "neutral", "war"]) {
                switch key {
                case "tick": tick = try reader.whole(value, "\(at).tick")
                case "neutral":
                    guard action == nil else { throw reader.fail(at, item, "give one of ally, withdraw, neutral, war") }
                    action = .neutral(try state(value, "\(at).neutral", names: names))
                default:
                    guard action == nil else { throw reader.fail(at, item, "give one of ally, withdraw, neutral, war") }
                    guard case let .sequence(pair) = value, pair.count == 2 else { throw reader.fail("\(at).\(key)", value, "must be a pair [a, b]") }
                    let (a, b) = (try state(pair[0], "\(at).\(key)", names: names), try state(pair[1], "\(at).\(key)", names: names))
                    action = key == "ally" ? .ally(a, b) : key == "war" ? .war(a, b) : .withdraw(a, b)
                }
            }
            guard let tick, let action else { throw reader.fail(at, item, "give tick and one of ally, withdraw, neutral, war") }
            result.append(Policy(tick: tick, action: action))
        }
        return result
    }

    /// `beliefs:` — a list of `{observer, neighbour, belief}`: what the observer believes at tick 1
    /// of the probability that the neighbour is greedy, in place of the prior.
    private mutating func beliefs(_ node: Node, names: [String?]) throws(ScenarioFileError) -> [InitialBelief] {
        try reader.note("beliefs", node)
        guard case let .sequence(items) = node else { throw reader.fail("beliefs", node, "must be a list of {observer, neighbour, belief}") }
        var result: [InitialBelief] = []
        for (i, item) in items.enumerated() {
            let at = "beliefs[\(i)]"
            var observer: Int?, neighbour: Int?, belief: Double?
            for (key, value) in try reader.mapping(item, at, allowed: ["observer", "neighbour", "belief"]) {
                switch key {
                case "observer": observer = try state(value, "\(at).observer", names: names)
                case "neighbour": neighbour = try state(value, "\(at).neighbour", names: names)
                default: belief = try reader.number(value, "\(at).belief")
                }
            }
            guard let observer, let neighbour, let belief else { throw reader.fail(at, item, "give observer, neighbour and belief") }
            result.append(InitialBelief(observer: observer, neighbour: neighbour, belief: belief))
        }
        return result
    }
}
