import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld

/// A number in a scenario addressed by its path in the scenario-file schema — `system.beta`,
/// `ticks`, `states[2].wealth`, `mechanisms.joiningSides.share` — read and set as a file would
/// hold it, so a factor is refused where a file's value would be (with the same message, but for
/// non-finite numbers, which a file cannot hold), and setting a field of a mechanism that is off
/// switches it on with its other defaults. Numbers at declared places (the
/// settings' declarations, SDW-1's fields, states' numbers) are set on the value; anything else
/// — names, mappings, lists, removals — goes through the scenario's file form (`ScenarioEncoder`
/// and the decoder).
public enum ScenarioPath {
    enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    /// The components of `path`, or nil if it is not `key(.key | [index])*`.
    static func components(_ path: String) -> [Component]? {
        var result: [Component] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let open = rest.firstIndex(of: "[") ?? rest.endIndex
            let key = rest[..<open]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
            result.append(.key(String(key)))
            rest = rest[open...]
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"), let i = Int(rest[rest.index(after: rest.startIndex)..<close]), i >= 0 else {
                    return nil
                }
                result.append(.index(i))
                rest = rest[rest.index(after: close)...]
            }
        }
        return result.isEmpty ? nil : result
    }

    /// Whether setting one of the two paths can change what the other addresses: they are the
    /// same field, or one lies inside the other (`mechanisms.signalling` and
    /// `mechanisms.signalling.costGreedy`; `states[0]` and `states[00].wealth`). Compared by
    /// component, so spellings of the same place agree. Paths that do not parse never overlap.
    public static func overlaps(_ a: String, _ b: String) -> Bool {
        guard let x = components(a), let y = components(b) else { return false }
        return x.starts(with: y) || y.starts(with: x)
    }

    /// The number at `path` in `scenario`'s file form, if there is one.
    public static func value(at path: String, in scenario: Scenario) -> Double? {
        guard let parts = components(path) else { return nil }
        var node: JSONValue? = ScenarioEncoder.json(scenario)
        for part in parts {
            switch (part, node) {
            case let (.key(k), .object?): node = node?[k]
            case let (.index(i), .array(items)?): node = i < items.count ? items[i] : nil
            default: return nil
            }
        }
        return node?.numberValue
    }

    /// `scenario` with `value` at `path`, validated as a scenario file is.
    /// - Throws: a `ScenarioFileError` naming the path, for a malformed or unknown path or a
    ///   value outside the field's domain.
    public static func setting(_ value: Double, at path: String, in scenario: Scenario) throws(ScenarioFileError) -> Scenario {
        try setting(document: document(value), at: path, in: scenario)
    }

    /// `scenario` with the document `value` (a number, a name, a mapping such as a mechanism's
    /// settings, a list such as `policies`) at `path`, or with the field removed when `value` is
    /// nil (a mechanism switched off), validated as a scenario file is.
    public static func setting(document value: JSONValue?, at path: String, in scenario: Scenario) throws(ScenarioFileError) -> Scenario {
        guard let parts = components(path) else {
            throw ScenarioFileError(path: path, message: "not a field path (write it as in the scenario file: system.beta, states[0].wealth, mechanisms.crisis.costLow)")
        }
        if case .key(let first) = parts[0], ["seed", "name", "description"].contains(first) {
            throw ScenarioFileError(path: path, message: "cannot be a factor (each run's seed comes from the experiment's seed)")
        }
        if let x = value.flatMap(number) {
            var edited = scenario
            if setDirectly(x, integer: value.map(isInteger) ?? false, parts, in: &edited) {
                do throws(ScenarioError) { try edited.validate() } catch { throw ScenarioFileError(path: error.path, message: error.message) }
                return edited
            }
        }
        return try throughFileForm(value, parts, path, scenario)
    }

    /// The edit made on the scenario's file form and read back, validated as a file is (the one
    /// route for names, mappings, lists and removals; a second route for numbers, which tests
    /// compare with the direct one).
    static func throughFileForm(_ value: JSONValue?, _ parts: [Component], _ path: String, _ scenario: Scenario) throws(ScenarioFileError) -> Scenario {
        var document = ScenarioEncoder.json(scenario)
        guard set(&document, parts[...], to: value) else {
            throw ScenarioFileError(path: path, message: "no such place in the scenario (a list index past its end, or a value where a mapping was expected)")
        }
        // The document is generated: a line and column in it would point nowhere the user wrote.
        do { return try ScenarioFile.parse(document.text) } catch { throw ScenarioFileError(path: error.path, message: error.message) }
    }

    /// `scenario` with every edit made in order and the result validated once, as a file is: the
    /// same scenario as applying them one by one when every step is valid. When every edit is a
    /// number at a declared place they are set on the value; otherwise all are put into the
    /// scenario's file form and read back once (planning a debate or a sweep sets thousands of
    /// fields). Returns nil when the edits do not make a valid scenario together; the caller
    /// then applies them one by one to find and name the edit at fault.
    public static func setting(_ edits: [ScenarioEdit], in scenario: Scenario) -> Scenario? {
        guard !edits.isEmpty else { return scenario }
        var edited = scenario
        if edits.allSatisfy({ edit in
            guard let value = edit.value, let x = number(value), let parts = components(edit.path) else { return false }
            return setDirectly(x, integer: isInteger(value), parts, in: &edited)
        }) {
            return edited.problems().isEmpty ? edited : nil
        }
        var document = ScenarioEncoder.json(scenario)
        for edit in edits {
            guard let parts = components(edit.path), case .key(let first) = parts[0], !["seed", "name", "description"].contains(first),
                  set(&document, parts[...], to: edit.value) else { return nil }
        }
        return try? ScenarioFile.parse(document.text)
    }

    /// Whether a document is a whole number as a file writes it (`3`, not `3.0`).
    static func isInteger(_ value: JSONValue) -> Bool {
        if case .integer = value { true } else { false }
    }

    /// The number a document holds, if it is one that a Double carries exactly.
    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case let .integer(i) where i.magnitude < 1 << 53: Double(i)
        case let .number(x): x
        default: nil
        }
    }

    /// Sets the number `x` at a declared place of `scenario` on the value itself — the ticks, a
    /// system parameter, a mechanism's or an institution's number or whole number, a state's
    /// wealth, forces, growth or skill — as reading the edited file would (a mechanism that is
    /// off comes on with its other settings at their defaults). `integer`: whether the document
    /// wrote a whole number (`3`), the only form a whole-number place accepts, as in a file.
    /// Returns false, leaving the rest to the file form (which also words the errors), for any
    /// other place, an index past the end, or anything but a whole number where one belongs.
    /// Validation is the caller's.
    static func setDirectly(_ x: Double, integer: Bool, _ parts: [Component], in scenario: inout Scenario) -> Bool {
        func whole(_ x: Double) -> Int? { integer && x == x.rounded() && x.magnitude < 9e15 ? Int(x) : nil }
        func declared<T>(_ fields: [SettingField<T>], _ key: String, _ value: inout T) -> Bool {
            guard let field = fields.first(where: { $0.key == key }) else { return false }
            switch field.kind {
            case .number: field.write(&value, .number(x))
            case .whole:
                guard let i = whole(x) else { return false }
                field.write(&value, .whole(i))
            case .flag, .choice: return false
            }
            return true
        }
        switch (parts.count, parts.first) {
        case (1, .key("ticks")?):
            guard let ticks = whole(x) else { return false }
            scenario.ticks = ticks
            return true
        case (2, .key("system")?):
            guard case let .key(name) = parts[1], let field = SDW1Parameters.Field(rawValue: name), !field.isWhole else { return false }
            field.set(x, in: &scenario.system)
            return true
        case (3, .key("mechanisms")?):
            guard case let .key(key) = parts[1], case let .key(name) = parts[2],
                  let declaration = Mechanisms.declarations.first(where: { $0.key == key }) else { return false }
            return declared(declaration.fields, name, &scenario.mechanisms)
        case (3, .key("institutions")?):
            guard case let .index(i) = parts[1], i < scenario.institutions.count, case let .key(name) = parts[2] else { return false }
            if name == "from" {
                guard let from = whole(x) else { return false }
                scenario.institutions[i].from = from
                return true
            }
            return declared(Institution.fields, name, &scenario.institutions[i])
        case (3, .key("states")?):
            guard case let .index(i) = parts[1], i < scenario.states.count, case let .key(name) = parts[2] else { return false }
            switch name {
            case "wealth": scenario.states[i].wealth = x
            case "offense": scenario.states[i].offense = x
            case "defense": scenario.states[i].defense = x
            case "retaliation": scenario.states[i].retaliation = x
            case "growth": scenario.states[i].growth = x
            case "skill": scenario.states[i].skill = x
            default: return false
            }
            return true
        default: return false
        }
    }

    /// The number `value` as a document: a whole number where it is one (as a file writes it).
    public static func document(_ value: Double) -> JSONValue {
        value == value.rounded() && abs(value) < 9e15 ? .integer(Int(value)) : .number(value)
    }

    private static func set(_ node: inout JSONValue, _ parts: ArraySlice<Component>, to value: JSONValue?) -> Bool {
        guard let part = parts.first else {
            node = value ?? .null
            return true
        }
        let removing: Bool  // (not `value == nil`: JSONValue is nil-literal-expressible, which makes that .null)
        if case .none = value { removing = true } else { removing = false }
        switch (part, node) {
        case let (.key(k), .object(members)) where removing && parts.count == 1:
            node = .object(members.filter { $0.key != k })  // removing what is not there is a no-op
            return true
        case let (.key(k), .object(members)):
            var members = members
            if let at = members.firstIndex(where: { $0.key == k }) {
                guard set(&members[at].value, parts.dropFirst(), to: value) else { return false }
            } else {
                var fresh: JSONValue = .object([])
                guard set(&fresh, parts.dropFirst(), to: value) else { return false }
                members.append((k, fresh))
            }
            node = .object(members)
            return true
        case let (.index(i), .array(items)) where i < items.count:
            var items = items
            guard set(&items[i], parts.dropFirst(), to: value) else { return false }
            node = .array(items)
            return true
        default:
            return false
        }
    }
}

/// A change to a scenario by its path in the scenario-file schema: a number, a name, a mapping or
/// a list put at `path`, or (nil) the field removed. Claim files' `set:`, `anarchy run --set` and
/// the web app's `set=` all make and apply edits through this one type.
public struct ScenarioEdit: Sendable, Equatable {
    public var path: String
    public var value: JSONValue?
    public init(path: String, value: JSONValue?) {
        self.path = path
        self.value = value
    }

    /// `PATH=VALUE`, the value read as YAML (`system.beta=0.5`, `states[2].doctrine=reassurer`,
    /// `mechanisms.preemption={}`, `mechanisms.crisis=null` to switch a mechanism off).
    /// - Throws: a `ScenarioFileError` naming the text, for a missing `=`, a malformed path or
    ///   a value that is not YAML.
    public init(assignment: String) throws(ScenarioFileError) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw ScenarioFileError(path: "", message: "'\(assignment)': write PATH=VALUE, e.g. system.beta=0.5 or mechanisms.preemption={}")
        }
        let path = String(assignment[..<equals]), text = String(assignment[assignment.index(after: equals)...])
        guard ScenarioPath.components(path) != nil else {
            throw ScenarioFileError(path: path, message: "not a field path (write it as in the scenario file: system.beta, states[0].wealth, mechanisms.crisis.costLow)")
        }
        let document: JSONValue
        do { document = try YAMLDocument.value(text: text) } catch { throw ScenarioFileError(path: path, message: error.message) }
        self.init(path: path, value: document == .null ? Optional<JSONValue>.none : Optional.some(document))
    }

    /// `scenario` with this edit, validated as a scenario file is (``ScenarioPath/setting(document:at:in:)``).
    public func applied(to scenario: Scenario) throws(ScenarioFileError) -> Scenario {
        try ScenarioPath.setting(document: value, at: path, in: scenario)
    }
}
