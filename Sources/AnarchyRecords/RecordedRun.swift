import AnarchyCore
import AnarchyWorld

/// A run's record read back (`anarchy run … --out DIR`, ``RunRecord``): its `run.json` and the
/// wars of its `events.csv` (``WarAccount``), each of which can say in prose why it happened
/// (`anarchy explain`).
public struct RecordedRun: Sendable {
    /// `run.json`: the scenario, its parameters and mechanisms' settings, the digest.
    public let run: JSONValue
    /// The wars of `events.csv`, in order (event 1 first).
    public let wars: [WarAccount]

    /// Reads the record in `directory`.
    /// - Throws: `UsageError` naming the file: missing or unreadable, `run.json` not JSON,
    ///   `events.csv` not CSV, not of this version's columns, a row of another length, or a field
    ///   not of its column's kind (a number, a whole number, true or false).
    public static func read(directory: String) throws -> RecordedRun {
        let runText = try TextFile.read(directory + "/run.json", flag: "explain")
        let run: JSONValue
        do { run = try JSONParser.parse(runText) } catch { throw UsageError("explain: \(directory)/run.json is not JSON: \(error.description)") }
        let eventsText = try TextFile.read(directory + "/events.csv", flag: "explain")
        let table: CSVTable
        do { table = try CSVTable.parse(Array(eventsText.utf8), file: directory + "/events.csv") } catch { throw UsageError("explain: \(error.description)") }
        guard table.header.joined(separator: ",") == RunRecord.eventsHeader else {
            throw UsageError("explain: \(directory)/events.csv does not start with the events header of this version")
        }
        var wars: [WarAccount] = []
        for (row, line) in zip(table.rows, table.lines) {
            do { wars.append(try WarAccount(row: row)) } catch {
                throw UsageError("explain: \(directory)/events.csv, line \(line): \(error.column) is \"\(error.text)\", not a value of that column")
            }
        }
        return RecordedRun(run: run, wars: wars)
    }
}
