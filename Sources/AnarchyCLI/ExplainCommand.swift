import AnarchyCore
import AnarchyRecords
import ArgumentParser

/// `anarchy explain DIR --event ID`: why an event happened, in prose, from a run's record.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an event of a recorded run (anarchy run … --out DIR) from its cause ledger.",
        discussion: """
            With --event, tells why that event happened: who decided, by which rule, with which \
            numbers, what the alternatives were and how the draw fell. Without it, lists the \
            run's events one per line.
            """)

    @Argument(help: ArgumentHelp("The directory written by 'anarchy run … --out DIR'.", valueName: "dir"))
    var directory: String

    @Option(name: .customLong("event"), help: ArgumentHelp("The event's number (the first column of events.csv).", valueName: "id"))
    var event: String?

    func run() throws {
        let record = try RecordedRun.read(directory: directory)
        let wars = record.wars
        guard let event else {
            if wars.isEmpty { Console.out("no events in this run\n") }
            Console.out(wars.map(\.oneLine).joined(separator: "\n") + (wars.isEmpty ? "" : "\n"))
            return
        }
        let id = try FlagValue.whole(event, flag: "--event", default: 1, range: 1...Swift.max(1, wars.count))
        guard wars.count >= id else {
            throw UsageError("--event \(event): this run has \(wars.count) event\(wars.count == 1 ? "" : "s")")
        }
        Console.out(wars[id - 1].prose(run: record.run))
    }
}
