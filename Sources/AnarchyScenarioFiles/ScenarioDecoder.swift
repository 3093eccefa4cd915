import AnarchyWorld
import Yams

/// Turns a YAML node tree into a ``Scenario``, recording where each field was written so that
/// validation errors can point at a line and column. Structure errors (wrong types, unknown keys,
/// missing required fields) are thrown here; domain errors come from ``Scenario/validate()``.
struct ScenarioDecoder {
    /// Where each field path was written.
    private(set) var marks: [String: Mark] = [:]
    /// Unknown and repeated keys: reported together (they do not stop the reading).
    private(set) var keyProblems: [ScenarioFileError] = []
    private var nodes = 0

    static let topKeys = ["name", "description", "seed", "ticks", "system", "states", "geography", "mechanisms"]
    static let mechanismKeys = ["perspectiveTaking", "preventiveWar", "signalling", "deterrence", "lanchester", "crisis", "protractedWar", "joiningSides", "perception", "lossOfStrength"]
    static var crisisFields: [(String, WritableKeyPath<Mechanisms.CrisisBargaining, Double>)] {
        [("costChallenger", \.costChallenger), ("costLow", \.costLow), ("costHigh", \.costHigh)]
    }
    static var crisisKeys: [String] { crisisFields.map(\.0) }
    static let lanchesterKeys = ["dt", "steps"]
    static var perceptionFields: [(String, WritableKeyPath<Mechanisms.Perception, Double>)] {
        [("shield", \.shield), ("concealment", \.concealment), ("concealmentCost", \.concealmentCost), ("lull", \.lull), ("bluff", \.bluff)]
    }
    static var perceptionKeys: [String] { perceptionFields.map(\.0) }
    static var joiningSidesKeys: [String] { joiningSidesFields.map(\.0) }
    static let protractedWarKeys = ["decisiveness", "maxRounds"]
    static var joiningSidesFields: [(String, WritableKeyPath<Mechanisms.JoiningSides, Double>)] {
        [("belief", \.belief), ("share", \.share)]
    }
    static var deterrenceFields: [(String, WritableKeyPath<Mechanisms.Deterrence, Double>)] {
        [
        ("punishmentShare", \.punishmentShare), ("efficiency", \.efficiency), ("retaliationProbability", \.retaliationProbability),
        ]
    }
    static var deterrenceKeys: [String] { deterrenceFields.map(\.0) }
    static var signallingFields: [(String, WritableKeyPath<Mechanisms.Signalling, Double>)] {
        [
        ("cut", \.cut), ("benefitSeeker", \.benefitSeeker), ("benefitGreedy", \.benefitGreedy),
        ("costSeeker", \.costSeeker), ("costGreedy", \.costGreedy),
        ]
    }
    static var signallingKeys: [String] { signallingFields.map(\.0) + ["form"] }
    static let preventiveWarKeys = ["horizon", "costDeclining", "costRising", "delta"]
    static let stateKeys = ["name", "motive", "wealth", "offense", "defense", "retaliation", "growth", "skill", "doctrine"]
    static let systemFields = SDW1Parameters.Field.allCases.filter { !$0.isWhole }

    private func fail(_ path: String, _ node: Node?, _ message: String) -> ScenarioFileError {
        ScenarioFileError(path: path, message: message, line: node?.mark?.line, column: node?.mark?.column)
    }

    private mutating func note(_ path: String, _ node: Node) throws(ScenarioFileError) {
        nodes += 1
        guard nodes <= ScenarioFile.maximumNodes else {
            throw fail(path, node, "the document expands to more than \(ScenarioFile.maximumNodes) nodes (nested aliases?)")
        }
        if let mark = node.mark { marks[path] = mark }
    }

    private static func kind(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case let .scalar(s): s.string.isEmpty ? "an empty value" : "\"\(s.string)\""
        }
    }

    /// The members of a mapping with string keys, refusing keys not in `allowed`.
    private mutating func mapping(_ node: Node, _ path: String, allowed: [String]) throws(ScenarioFileError) -> [(String, Node)] {
        try note(path, node)
        guard case let .mapping(mapping) = node else {
            throw fail(path, node, "must be a mapping of \(allowed.joined(separator: ", ")), got \(Self.kind(node))")
        }
        var members: [(String, Node)] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let at = path.isEmpty ? name : "\(path).\(name)"
            guard case .scalar = key, allowed.contains(name) else {
                let hint = Self.closest(name, allowed).map { " (did you mean \($0)?)" } ?? ""
                keyProblems.append(fail(at, key, "unknown key\(hint); allowed here: \(allowed.joined(separator: ", "))"))
                continue
            }
            guard seen.insert(name).inserted else {
                keyProblems.append(fail(at, key, "given twice"))
                continue
            }
            try note(at, value)
            members.append((name, value))
        }
        return members
    }

    /// A suggestion for a mistyped key: an allowed key equal up to case, or one edit away.
    static func closest(_ name: String, _ allowed: [String]) -> String? {
        if let same = allowed.first(where: { $0.lowercased() == name.lowercased() }) { return same }
        return allowed.first { editDistance(Array(name), Array($0)) <= 2 }
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    private func number(_ node: Node, _ path: String) throws(ScenarioFileError) -> Double {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any,
            let x = node.float ?? node.int.map(Double.init)
        else { throw fail(path, node, "must be a number, got \(Self.kind(node))") }
        guard x.isFinite else { throw fail(path, node, "must be a finite number, got \(scalar.string)") }
        return x
    }

    private func whole(_ node: Node, _ path: String) throws(ScenarioFileError) -> Int {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any, let i = Int(scalar.string) else {
            throw fail(path, node, "must be a whole number, got \(Self.kind(node))")
        }
        return i
    }

    private func text(_ node: Node, _ path: String) throws(ScenarioFileError) -> String {
        guard case let .scalar(scalar) = node else { throw fail(path, node, "must be text, got \(Self.kind(node))") }
        return scalar.string
    }

    mutating func scenario(_ root: Node) throws(ScenarioFileError) -> Scenario {
        var scenario = Scenario()
        var stateCount: Int? = nil
        var geographyNode: Node? = nil
        for (key, value) in try mapping(root, "", allowed: Self.topKeys) {
            switch key {
            case "name": scenario.name = try text(value, key)
            case "description": scenario.summary = try text(value, key)
            case "seed":
                guard case let .scalar(s) = value, let seed = UInt64(s.string) else {
                    throw fail(key, value, "must be a whole number in 0…18446744073709551615, got \(Self.kind(value))")
                }
                scenario.seed = seed
            case "ticks": scenario.ticks = try whole(value, key)
            case "system":
                for (field, node) in try mapping(value, key, allowed: Self.systemFields.map(\.name)) {
                    let x = try number(node, "system.\(field)")
                    SDW1Parameters.Field(rawValue: field)?.set(x, in: &scenario.system)
                }
            case "states":
                if case .sequence = value {
                    scenario.states = try states(value)
                } else {
                    let members = try mapping(value, key, allowed: ["count"])
                    guard let count = members.first else { throw fail(key, value, "give count, or a list of states") }
                    let n = try whole(count.1, "states.count")
                    guard n >= 2 && n <= Scenario.maximumStates else {
                        throw fail("states.count", count.1, "must be in 2…\(Scenario.maximumStates), got \(n)")
                    }
                    stateCount = n
                }
            case "geography": geographyNode = value
            default:
                for (mechanism, settings) in try mapping(value, key, allowed: Self.mechanismKeys) {
                    let path = "mechanisms.\(mechanism)"
                    switch mechanism {
                    case "perspectiveTaking":
                        let fields = try mapping(settings, path, allowed: ["weight"])
                        guard let weight = fields.first else { throw fail(path, settings, "give weight, in 0…1") }
                        scenario.mechanisms.perspectiveTaking = try number(weight.1, "\(path).weight")
                    case "crisis":
                        var crisis = Mechanisms.CrisisBargaining()
                        try numbers(settings, path, Self.crisisFields, into: &crisis)
                        scenario.mechanisms.crisis = crisis
                    case "deterrence":
                        var deterrence = Mechanisms.Deterrence()
                        try numbers(settings, path, Self.deterrenceFields, into: &deterrence)
                        scenario.mechanisms.deterrence = deterrence
                    case "signalling":
                        var signal = Mechanisms.Signalling()
                        for (key, node) in try mapping(settings, path, allowed: Self.signallingKeys) {
                            if key == "form" {
                                guard case let .scalar(text) = node, let form = Mechanisms.Signalling.Form(rawValue: text.string) else {
                                    throw fail("\(path).form", node, "must be sinkCosts or tieHands, got \(Self.kind(node))")
                                }
                                signal.form = form
                            } else if let field = Self.signallingFields.first(where: { $0.0 == key })?.1 {
                                signal[keyPath: field] = try number(node, "\(path).\(key)")
                            }
                        }
                        scenario.mechanisms.signalling = signal
                    case "lanchester":
                        var battle = Mechanisms.LanchesterWar()
                        for (field, node) in try mapping(settings, path, allowed: Self.lanchesterKeys) {
                            if field == "dt" { battle.dt = try number(node, "\(path).dt") } else { battle.steps = try whole(node, "\(path).steps") }
                        }
                        scenario.mechanisms.lanchester = battle
                    case "protractedWar":
                        var war = Mechanisms.ProtractedWar()
                        for (field, node) in try mapping(settings, path, allowed: Self.protractedWarKeys) {
                            if field == "decisiveness" {
                                war.decisiveness = try number(node, "\(path).decisiveness")
                            } else {
                                war.maxRounds = try whole(node, "\(path).maxRounds")
                            }
                        }
                        scenario.mechanisms.protractedWar = war
                    case "lossOfStrength":
                        var loss = Mechanisms.LossOfStrength()
                        for (_, node) in try mapping(settings, path, allowed: ["reach"]) { loss.reach = try number(node, "\(path).reach") }
                        scenario.mechanisms.lossOfStrength = loss
                    case "perception":
                        var lens = Mechanisms.Perception()
                        try numbers(settings, path, Self.perceptionFields, into: &lens)
                        scenario.mechanisms.perception = lens
                    case "joiningSides":
                        var joining = Mechanisms.JoiningSides()
                        try numbers(settings, path, Self.joiningSidesFields, into: &joining)
                        scenario.mechanisms.joiningSides = joining
                    default:
                        var war = Mechanisms.PreventiveWar()
                        for (field, node) in try mapping(settings, path, allowed: Self.preventiveWarKeys) {
                            switch field {
                            case "horizon": war.horizon = try whole(node, "\(path).horizon")
                            case "costDeclining": war.costDeclining = try number(node, "\(path).costDeclining")
                            case "costRising": war.costRising = try number(node, "\(path).costRising")
                            default: war.delta = try number(node, "\(path).delta")
                            }
                        }
                        scenario.mechanisms.preventiveWar = war
                    }
                }
            }
        }
        if let stateCount { scenario.states = Array(repeating: StateSpec(), count: stateCount) }
        if let geographyNode { scenario.geography = try geography(geographyNode, names: scenario.states.map(\.name)) }
        return scenario
    }

    /// Reads a mapping of numeric settings into `value` through a table of keys and key paths.
    private mutating func numbers<T>(
        _ node: Node, _ path: String, _ fields: [(String, WritableKeyPath<T, Double>)], into value: inout T
    ) throws(ScenarioFileError) {
        for (key, field) in try mapping(node, path, allowed: fields.map(\.0)) {
            guard let keyPath = fields.first(where: { $0.0 == key })?.1 else { continue }
            value[keyPath: keyPath] = try number(field, "\(path).\(key)")
        }
    }

    private mutating func states(_ node: Node) throws(ScenarioFileError) -> [StateSpec] {
        try note("states", node)
        guard case let .sequence(items) = node else { throw fail("states", node, "must be a list") }
        var specs: [StateSpec] = []
        for (i, item) in items.enumerated() {
            let at = "states[\(i)]"
            var spec = StateSpec()
            for (key, value) in try mapping(item, at, allowed: Self.stateKeys) {
                let path = "\(at).\(key)"
                switch key {
                case "name": spec.name = try text(value, path)
                case "motive":
                    if case let .scalar(s) = value, s.string == "security" || s.string == "greedy" {
                        spec.motive = s.string == "security" ? .security : .greedy
                    } else if case let .scalar(s) = value, s.style == .plain, let p = value.float ?? value.int.map(Double.init) {
                        spec.motive = .probability(p)
                    } else {
                        throw fail(path, value, "must be security, greedy or a probability of greed, got \(Self.kind(value))")
                    }
                case "wealth": spec.wealth = try number(value, path)
                case "offense": spec.offense = try number(value, path)
                case "defense": spec.defense = try number(value, path)
                case "retaliation": spec.retaliation = try number(value, path)
                case "skill": spec.skill = try number(value, path)
                case "doctrine":
                    if case .mapping = value {
                        let ids = DoctrineRegistry.ids
                        let idType = DoctrineRegistry.types.first { type in
                            if case let .mapping(m) = value, let id = m["id"]?.string { return type.metadata.id == id }
                            return false
                        }
                        let allowed = ["id"] + (idType?.parameters.map(\.name) ?? [])
                        for (key, field) in try mapping(value, path, allowed: allowed) {
                            if key == "id" {
                                spec.doctrine = try text(field, "\(path).id")
                            } else {
                                spec.doctrineSettings[key] = try number(field, "\(path).\(key)")
                            }
                        }
                        guard spec.doctrine != nil else { throw fail(path, value, "give id, one of \(ids.joined(separator: ", "))") }
                    } else {
                        spec.doctrine = try text(value, path)
                    }
                default: spec.growth = try number(value, path)
                }
            }
            specs.append(spec)
        }
        return specs
    }

    private mutating func geography(_ node: Node, names: [String?]) throws(ScenarioFileError) -> Geography {
        let kinds = ["ring", "grid", "randomGeometric", "edges"]
        let members = try mapping(node, "geography", allowed: kinds)
        guard members.count == 1, let (kind, value) = members.first else {
            throw fail("geography", node, "give exactly one of \(kinds.joined(separator: ", "))")
        }
        let path = "geography.\(kind)"
        switch kind {
        case "ring":
            let fields = try mapping(value, path, allowed: ["k"])
            guard let k = fields.first else { throw fail(path, value, "give k, the neighbours on each side") }
            return .ring(k: try whole(k.1, "\(path).k"))
        case "grid":
            var rows: Int?, columns: Int?, wrap = false
            for (key, field) in try mapping(value, path, allowed: ["rows", "columns", "wrap"]) {
                switch key {
                case "rows": rows = try whole(field, "\(path).rows")
                case "columns": columns = try whole(field, "\(path).columns")
                default:
                    guard let b = field.bool else { throw fail("\(path).wrap", field, "must be true or false, got \(Self.kind(field))") }
                    wrap = b
                }
            }
            guard let rows, let columns else { throw fail(path, value, "give rows and columns") }
            return .grid(rows: rows, columns: columns, wrap: wrap)
        case "randomGeometric":
            let fields = try mapping(value, path, allowed: ["radius"])
            guard let radius = fields.first else { throw fail(path, value, "give radius, the distance within which states neighbour") }
            return .randomGeometric(radius: try number(radius.1, "\(path).radius"))
        default:
            try note(path, value)
            guard case let .sequence(items) = value else { throw fail(path, value, "must be a list of [a, b] pairs (state names or indices)") }
            var index: [String: Int] = [:]
            for (i, name) in names.enumerated() { if let name { index[name] = i } }
            var edges: [Geography.Edge] = []
            for (i, item) in items.enumerated() {
                let at = "\(path)[\(i)]"
                try note(at, item)
                guard case let .sequence(pair) = item, pair.count == 2 || pair.count == 3 else {
                    throw fail(at, item, "must be a pair [a, b] or [a, b, distance]")
                }
                var ends: [Int] = []
                for end in pair.prefix(2) {
                    guard case let .scalar(s) = end else { throw fail(at, end, "must name two states") }
                    if s.style == .plain, let i = Int(s.string) {
                        ends.append(i)
                    } else if let i = index[s.string] {
                        ends.append(i)
                    } else {
                        throw fail(at, end, "no state is named \"\(s.string)\"")
                    }
                }
                let distance = pair.count == 3 ? try number(pair[2], "\(at)[2]") : 1
                edges.append(Geography.Edge(ends[0], ends[1], distance: distance))
            }
            return .edges(edges)
        }
    }
}
