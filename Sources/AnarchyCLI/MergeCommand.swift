import AnarchyRecords
import AnarchyCore
import AnarchyStore
import ArgumentParser

/// `anarchy merge SHARD… --into STORE`: one store from a sharded sweep's stores.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the stores of a sharded sweep (anarchy sweep … --shard I/N) into one.",
        discussion: """
            Refuses shards of different experiments or versions, and reports runs that are \
            missing (a shard that did not finish) or present twice. All or nothing.
            """)

    @Argument(help: ArgumentHelp("The shards' stores.", valueName: "shard"))
    var shards: [String]

    @Option(name: .customLong("into"), help: ArgumentHelp("The store to merge into (created if absent).", valueName: "store"))
    var into: String

    func run() throws {
        guard !shards.isEmpty else { throw UsageError("give the shards' stores to merge") }
        guard !shards.contains(into) else { throw UsageError("--into \(into): is also one of the shards") }
        var stores: [ResultsStore] = []
        for path in shards {
            guard TextFile.exists(path) else { throw UsageError("\(path): no such store") }
            do { stores.append(try ResultsStore(path: path)) } catch { throw UsageError("\(path): not a results store: \(error)") }
        }
        let target: ResultsStore
        do { target = try ResultsStore(path: into) } catch { throw UsageError("--into \(into): cannot open: \(error)") }
        do {
            let report = try target.merge(stores)
            Console.out("merged \(report.runs) runs of experiment \(report.experiment) from \(report.shards) shard\(report.shards == 1 ? "" : "s") into \(into)\n")
        } catch let error as StoreError {
            throw UsageError(error.description)
        }
    }
}
