import AnarchyWorld
import Yams

/// Reads a YAML node tree field by field for a decoder (scenario and experiment files): notes
/// where each field path was written (for line and column in errors), collects unknown and
/// repeated keys (with a suggestion for a typo) instead of stopping at the first, and refuses
/// documents that expand beyond ``maximumNodes`` (YAML aliases can multiply a small file).
public struct NodeReader {
    /// The most nodes a document may expand to.
    public static let maximumNodes = 4_000_000
    /// Where each field path was written.
    public private(set) var marks: [String: Mark] = [:]
    /// Unknown and repeated keys, and unknown state names: reported together (they do not stop the reading).
    public private(set) var keyProblems: [ScenarioFileError] = []
    private var nodes = 0

    public init() {}

    /// Records a problem that does not stop the reading (an unknown state's name in a border,
    /// a policy or an institution: the rest of the file is still checked), reported with the
    /// key problems.
    public mutating func record(_ problem: ScenarioFileError) {
        keyProblems.append(problem)
    }

    /// Reads a whole file with `read`, collecting its problems rather than stopping at the first
    /// (claim and experiment files; `anarchy validate`): `read` records what it can read past in
    /// `found` and throws what it cannot. Unknown keys come first (they name a misspelling), then
    /// the rest in the order found, each once; the value only when there is no problem.
    public static func collecting<T>(
        _ read: (inout NodeReader, inout [ScenarioFileError]) throws(ScenarioFileError) -> T?
    ) -> (value: T?, problems: [ScenarioFileError]) {
        var reader = NodeReader()
        var found: [ScenarioFileError] = []
        var value: T?
        do throws(ScenarioFileError) { value = try read(&reader, &found) } catch { found.append(error) }
        var seen = Set<String>(), problems: [ScenarioFileError] = []
        for p in reader.keyProblems + found where seen.insert(p.description).inserted { problems.append(p) }
        return (problems.isEmpty ? value : nil, problems)
    }

    public func fail(_ path: String, _ node: Node?, _ message: String) -> ScenarioFileError {
        ScenarioFileError(path: path, message: message, line: node?.mark?.line, column: node?.mark?.column)
    }

    /// An error at a field already read, located where the file wrote it.
    public func fail(noted path: String, _ message: String) -> ScenarioFileError {
        ScenarioFileError(path: path, message: message, line: marks[path]?.line, column: marks[path]?.column)
    }

    public mutating func note(_ path: String, _ node: Node) throws(ScenarioFileError) {
        nodes += 1
        guard nodes <= Self.maximumNodes else {
            throw fail(path, node, "the document expands to more than \(Self.maximumNodes) nodes (nested aliases?)")
        }
        if let mark = node.mark { marks[path] = mark }
    }

    public static func kind(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case let .scalar(s): s.string.isEmpty ? "an empty value" : "\"\(s.string)\""
        }
    }

    /// The members of a mapping with string keys, refusing keys not in `allowed`.
    public mutating func mapping(_ node: Node, _ path: String, allowed: [String]) throws(ScenarioFileError) -> [(String, Node)] {
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
    public static func closest(_ name: String, _ allowed: [String]) -> String? {
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

    public func number(_ node: Node, _ path: String) throws(ScenarioFileError) -> Double {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any,
            let x = node.float ?? node.int.map(Double.init)
        else { throw fail(path, node, "must be a number, got \(Self.kind(node))") }
        guard x.isFinite else { throw fail(path, node, "must be a finite number, got \(scalar.string)") }
        return x
    }

    public func whole(_ node: Node, _ path: String) throws(ScenarioFileError) -> Int {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any, let i = Int(scalar.string) else {
            throw fail(path, node, "must be a whole number, got \(Self.kind(node))")
        }
        return i
    }

    public func text(_ node: Node, _ path: String) throws(ScenarioFileError) -> String {
        guard case let .scalar(scalar) = node else { throw fail(path, node, "must be text, got \(Self.kind(node))") }
        return scalar.string
    }

    /// A value of a declared setting's kind: a number, a whole number, true or false, or one of
    /// the setting's names.
    public func value(_ node: Node, _ path: String, kind: SettingKind) throws(ScenarioFileError) -> SettingValue {
        switch kind {
        case .number: return .number(try number(node, path))
        case .whole: return .whole(try whole(node, path))
        case .flag:
            guard case let .scalar(text) = node, let flag = Bool(text.string) else {
                throw fail(path, node, "must be true or false, got \(Self.kind(node))")
            }
            return .flag(flag)
        case let .choice(names):
            guard case let .scalar(text) = node, names.contains(text.string) else {
                throw fail(path, node, "must be \(names.joined(separator: " or ")), got \(Self.kind(node))")
            }
            return .choice(text.string)
        }
    }

    /// Reads a mapping of declared settings into `value`, refusing keys the declaration does not
    /// list (its order is the order of messages) and asking for each `required` one that is missing.
    public mutating func settings<T>(
        _ value: inout T, _ node: Node, _ path: String, fields: [SettingField<T>], required: [String] = []
    ) throws(ScenarioFileError) {
        let members = try mapping(node, path, allowed: fields.map(\.key))
        for key in required where !members.contains(where: { $0.0 == key }) {
            let domain = fields.first { $0.key == key }.map { ", \($0.domain.phrase)" } ?? ""
            throw fail(path, node, "give \(key)\(domain)")
        }
        for (key, node) in members {
            guard let field = fields.first(where: { $0.key == key }) else { continue }
            field.write(&value, try self.value(node, "\(path).\(key)", kind: field.kind))
        }
    }
}
