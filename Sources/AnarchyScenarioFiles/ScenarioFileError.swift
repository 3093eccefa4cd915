import AnarchyWorld

/// Why a scenario file was refused: where (a field path such as `states[3].defense`, and the line
/// and column in the file when known) and why. Printed as
/// `states[3].defense: must be ≥ 0, got -2 (line 14, column 9)`.
public struct ScenarioFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public let line: Int?
    public let column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        let place = line.map { " (line \($0)\(column.map { ", column \($0)" } ?? ""))" } ?? ""
        return (path.isEmpty ? message : "\(path): \(message)") + place
    }
}
