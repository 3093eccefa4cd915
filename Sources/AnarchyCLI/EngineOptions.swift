import AnarchyCore
import ArgumentParser

/// How to run the engine (never what it computes: results do not depend on these).
struct EngineOptions: ParsableArguments {
    @Option(
        name: .customLong("threads"), parsing: .unconditional,
        help: ArgumentHelp(
            "Workers for the per-state phases (results are bit-identical for every value). Domain: 1…\(EngineOptions.maximumThreads). Default: all cores.",
            valueName: "int"))
    var threads: String?

    static let maximumThreads = 1_024

    /// The number of workers: the flag's value, or every online core.
    func workerCount() throws(UsageError) -> Int { try Self.workerCount(threads) }

    /// The number of workers `text` asks for (nil: every online core).
    static func workerCount(_ threads: String?) throws(UsageError) -> Int {
        try FlagValue.whole(threads, flag: "--threads", default: Console.processorCount, range: 1...maximumThreads)
    }
}
