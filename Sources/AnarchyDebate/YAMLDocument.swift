import AnarchyCore
import Yams

/// A YAML node as a document value (``JSONValue``), for the scenario edits of claim files:
/// plain scalars read as null, booleans, whole numbers or numbers where YAML 1.2's core schema
/// says so; quoted scalars are always text.
enum YAMLDocument {
    static func value(_ node: Node) -> JSONValue {
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
