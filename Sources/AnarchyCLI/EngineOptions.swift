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
        guard let threads else { return Console.processorCount }
        let domain = "an integer in 1…\(EngineOptions.maximumThreads)"
        switch PlainNumber.whole(threads) {
        case .success(let value) where value >= 1 && value <= UInt64(EngineOptions.maximumThreads):
            return Int(value)
        case .success:
            throw UsageError("--threads: got '\(threads)' (out of range); must be \(domain)")
        case .failure(let problem):
            throw UsageError("--threads: got '\(threads)' (\(problem.phrase)); must be \(domain)")
        }
    }
}
