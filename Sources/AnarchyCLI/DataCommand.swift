import AnarchyCore
import AnarchyData
import ArgumentParser

/// `anarchy data --data DIR [--json]`: which COW datasets a directory holds, each checked.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "List and check the Correlates of War files in a directory.",
        discussion: """
            For each dataset Anarchy reads (docs/DATA.md): the file found, its rows, years, line \
            endings and encoding — or why it could not be read, with the line and the column. Exit \
            status 2 if any file found is invalid.
            """)

    @Option(name: .customLong("data"), help: ArgumentHelp("The directory of COW files.", valueName: "dir"))
    var data: String

    @Flag(name: .customLong("json"), help: "Print one JSON object: {\"datasets\": [{\"dataset\", \"file\", \"rows\", \"years\", \"error\"}, …]}.")
    var json = false

    func run() throws {
        var items: [JSONValue] = []
        var lines: [String] = []
        var invalid = 0
        for dataset in COWDataset.allCases {
            var members: [(key: String, value: JSONValue)] = [("dataset", .string(dataset.rawValue)), ("title", .string(dataset.title))]
            do {
                let file = try COWFile.load(dataset, from: data)
                let years = file.yearRange
                members += [
                    ("file", .string(file.table.file)), ("rows", .integer(file.count)),
                    ("years", years.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null),
                    ("line_endings", .string(file.table.lineEnding == .lf ? "LF" : file.table.lineEnding == .crlf ? "CRLF" : "CR")),
                    ("encoding", .string(file.table.encoding.rawValue)),
                ]
                let span = years.map { ", \($0.lowerBound)–\($0.upperBound)" } ?? ""
                lines.append("  \(dataset.title): \(file.table.file), \(file.count) rows\(span)")
            } catch {
                let missing = error.file == data
                if !missing { invalid += 1 }
                members.append(("error", .string(error.description)))
                lines.append("  \(dataset.title): \(missing ? "not found" : "INVALID — \(error.description)")")
            }
            items.append(.object(members))
        }
        Console.out(json ? JSONValue.object([("datasets", .array(items))]).text + "\n" : "COW data in \(data):\n" + lines.joined(separator: "\n") + "\n")
        if invalid > 0 { throw ExitCode(2) }
    }
}
