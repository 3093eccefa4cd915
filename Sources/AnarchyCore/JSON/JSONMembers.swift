/// A JSON object built member by member, in order, for outputs assembled field by field (the
/// command line's `--json` answers, a run's `run.json`): each `add` turns a Swift value into a
/// ``JSONValue``, and ``text`` is written by `JSONValue`'s one writer (shortest round-trip numbers;
/// a non-finite number, which JSON cannot carry, as `null`).
public struct JSONMembers: Sendable {
    public private(set) var members: [(key: String, value: JSONValue)] = []

    public init() {}

    public mutating func add(_ key: String, _ value: JSONValue) { members.append((key, value)) }
    public mutating func add(_ key: String, _ value: JSONMembers) { add(key, value.value) }
    public mutating func add(_ key: String, _ value: String) { add(key, .string(value)) }
    public mutating func add(_ key: String, _ value: Int) { add(key, .integer(value)) }
    public mutating func add(_ key: String, _ value: UInt64) { add(key, .whole(value)) }
    public mutating func add(_ key: String, _ value: Bool) { add(key, .bool(value)) }
    public mutating func add(_ key: String, _ value: Double) { add(key, .number(value)) }
    public mutating func add(_ key: String, _ values: [String]) { add(key, .array(values.map(JSONValue.string))) }
    public mutating func add(_ key: String, _ values: [Int]) { add(key, .array(values.map(JSONValue.integer))) }
    public mutating func add(_ key: String, _ values: [Double]) { add(key, .array(values.map(JSONValue.number))) }
    public mutating func add(_ key: String, _ rows: [[Double]]) { add(key, .array(rows.map { .array($0.map(JSONValue.number)) })) }
    public mutating func add(_ key: String, _ rows: [[Int]]) { add(key, .array(rows.map { .array($0.map(JSONValue.integer)) })) }

    /// The object.
    public var value: JSONValue { .object(members) }
    /// The object as one line of JSON.
    public var text: String { value.text }
}
