import AnarchyCore

/// A minimal, ordered JSON object writer for the CLI's `--json` outputs.
///
/// Numbers are written in shortest round-trip form; non-finite numbers (which valid SDW-1 runs do
/// not produce, but extreme parameters could) are written as `null`, keeping the output valid JSON.
struct JSONObject {
    private var members: [String] = []

    mutating func add(_ key: String, _ value: String) { members.append("\(Self.quote(key)):\(Self.quote(value))") }
    mutating func add(_ key: String, _ value: Int) { members.append("\(Self.quote(key)):\(value)") }
    mutating func add(_ key: String, _ value: UInt64) { members.append("\(Self.quote(key)):\(value)") }
    mutating func add(_ key: String, _ value: Bool) { members.append("\(Self.quote(key)):\(value)") }
    mutating func add(_ key: String, _ value: Double) {
        members.append("\(Self.quote(key)):\(value.isFinite ? "\(value)" : "null")")
    }
    mutating func add(_ key: String, _ value: JSONObject) { members.append("\(Self.quote(key)):\(value.text)") }
    mutating func add(_ key: String, _ value: JSONValue) { members.append("\(Self.quote(key)):\(value.text)") }
    mutating func add(_ key: String, _ values: [String]) { members.append("\(Self.quote(key)):\(Self.array(values.map(Self.quote)))") }
    mutating func add(_ key: String, _ values: [Int]) { members.append("\(Self.quote(key)):\(Self.array(values.map(String.init)))") }
    mutating func add(_ key: String, _ values: [Double]) { members.append("\(Self.quote(key)):\(Self.numbers(values))") }
    mutating func add(_ key: String, _ rows: [[Double]]) {
        members.append("\(Self.quote(key)):\(Self.array(rows.map(Self.numbers)))")
    }
    mutating func add(_ key: String, _ rows: [[Int]]) {
        members.append("\(Self.quote(key)):\(Self.array(rows.map { Self.array($0.map(String.init)) }))")
    }

    private static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
    private static func numbers(_ values: [Double]) -> String { array(values.map { $0.isFinite ? "\($0)" : "null" }) }

    /// The object as one line of JSON.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    /// A JSON string literal.
    static func quote(_ s: String) -> String { JSONValue.quote(s) }
}
