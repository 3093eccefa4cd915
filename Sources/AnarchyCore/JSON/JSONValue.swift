/// A JSON document in memory: what `JSONParser` reads and `text` writes.
///
/// Objects keep their members in input order (RFC 8259 leaves order free; people read outputs in
/// the order a catalogue lists them). Integers written without a fraction or exponent stay
/// integers, so a parameter that must be "a JSON integer" can be told from `3.0`.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number token without fraction or exponent that fits `Int`.
    case integer(Int)
    /// A whole number above `Int.max` (a 64-bit seed), written exactly. Only built, never parsed
    /// (the parser gives `.number` for it); build it with ``whole(_:)``, which keeps smaller ones
    /// `.integer`, so that a value equals its parsed copy whenever the copy is exact.
    case unsigned(UInt64)
    /// Any other number; `NaN` and `±Infinity` tokens (Python's extension) parse to non-finite values.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in order; keys are unique (the parser rejects duplicates).
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.unsigned(a), .unsigned(b)): a == b
        case let (.number(a), .number(b)): a == b || (a.isNaN && b.isNaN)
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The number this value denotes, if it is a number (integers included).
    public var numberValue: Double? {
        switch self {
        case let .integer(i): Double(i)
        case let .unsigned(u): Double(u)
        case let .number(x): x
        default: nil
        }
    }

    /// The member named `key`, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Whether every number in the value (recursively) is finite.
    public var numbersAreFinite: Bool {
        switch self {
        case let .number(x): x.isFinite
        case let .array(items): items.allSatisfy(\.numbersAreFinite)
        case let .object(members): members.allSatisfy { $0.value.numbersAreFinite }
        default: true
        }
    }

    /// A short name of the value's kind for error messages ("a string", "an array", …).
    public var kindPhrase: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .unsigned, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as compact JSON. Non-finite numbers, which JSON cannot carry, are written `null`.
    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// The value as indented JSON, for files people read and diff: one member or item a line,
    /// two spaces a level, `"key": value` (the layout of Python's `json.dumps(indent=2)`).
    public var indentedText: String {
        var out = ""
        write(to: &out, indent: "")
        return out
    }

    private func write(to out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case let .array(items) where !items.isEmpty:
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case let .object(members) where !members.isEmpty:
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += inner + Self.quote(member.key) + ": "
                member.value.write(to: &out, indent: inner)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        default: write(to: &out)
        }
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .integer(i): out += String(i)
        case let .unsigned(u): out += String(u)
        case let .number(x): out += Self.numberText(x)
        case let .string(s): out += Self.quote(s)
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                out += Self.quote(member.key)
                out += ":"
                member.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// A finite number in shortest round-trip form, otherwise `null`.
    public static func numberText(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }

    /// A JSON string literal for `s`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
}

extension JSONValue {
    /// A number, or `null` when absent.
    public init(_ x: Double?) { self = x.map(JSONValue.number) ?? .null }
    /// A list of numbers.
    public init(_ xs: [Double]) { self = .array(xs.map(JSONValue.number)) }
    /// A list of numbers, or `null` when absent.
    public init(_ xs: [Double]?) { self = xs.map { JSONValue($0) } ?? .null }
    /// A string, or `null` when absent.
    public init(_ s: String?) { self = s.map(JSONValue.string) ?? .null }
    /// A whole number: `.integer` when it fits `Int`, else `.unsigned`.
    public static func whole(_ u: UInt64) -> JSONValue { u <= UInt64(Int.max) ? .integer(Int(u)) : .unsigned(u) }

    /// An ordered object from key–value pairs written as a literal.
    public static func members(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { (key: $0.key, value: $0.value) })
    }
}
