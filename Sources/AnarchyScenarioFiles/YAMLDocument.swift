import AnarchyCore
import Yams

/// A YAML node as a document value (`JSONValue`), for scenario edits (claim files' `set:`,
/// `anarchy run --set`, the web app's `set=`): plain scalars read as null, booleans, whole numbers
/// or numbers where YAML 1.2's core schema says so; quoted scalars are always text.
public enum YAMLDocument {
    /// The value a short YAML text (`2.5`, `reassurer`, `{cost: 0.2}`, `null`) denotes.
    /// - Throws: a ``ScenarioFileError`` for text that is not YAML.
    public static func value(text: String) throws(ScenarioFileError) -> JSONValue {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw ScenarioFileError(path: "", message: "'\(text)' is not a YAML value (a number, a name, {key: value}, [a, b] or null)")
        }
        return node.map(value) ?? .null
    }

    public static func value(_ node: Node) -> JSONValue {
        switch node {
        case let .scalar(scalar):
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            let text = scalar.string
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let whole = Int(text) { return .integer(whole) }
            if case let .success(number) = PlainNumber.real(text) { return .number(number) }
            return .string(text)
        case let .mapping(mapping):
            return .object(mapping.map { (key: $0.key.string ?? "", value: value($0.value)) })
        case let .sequence(sequence):
            return .array(sequence.map(value))
        case let .alias(alias):
            return .string(alias.anchor.rawValue)
        }
    }
}
