import AnarchyCore
import AnarchyExperiments
import AnarchyStore
import ArgumentParser
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `anarchy sweep EXPERIMENT`: runs an experiment's design on all cores into a results store.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run an experiment (a built-in's name or a file) into a results store.",
        discussion: """
            Runs every design point's replications on all cores and stores each run (its seed, \
            digest, metrics and timing) in an SQLite store, in batches: a crash or Ctrl-C loses \
            at most the runs in flight, and --resume finishes the rest. Each run's seed comes \
            from the master seed, the point and the replication alone (docs/EXPERIMENTS.md), so \
            results do not depend on --threads or --shard. 'anarchy experiments' lists the \
            built-ins; 'anarchy results STORE' summarises.
            """)

    @Argument(help: ArgumentHelp("A built-in experiment's name or an experiment file (YAML or JSON).", valueName: "experiment"))
    var experiment: String

    @Option(name: .customLong("store"), help: ArgumentHelp("The results store (SQLite).", valueName: "file"))
    var store: String = "results.sqlite"

    @Option(name: .customLong("replications"), help: ArgumentHelp("Replications per design point (overrides the file's).", valueName: "n"))
    var replications: String?

    @Option(name: .customLong("seed"), help: ArgumentHelp("The master seed (overrides the file's).", valueName: "s"))
    var seed: String?

    @Option(name: .customLong("threads"), help: ArgumentHelp("Runs in flight at once (default: all cores).", valueName: "n"))
    var threads: String?

    @Option(name: .customLong("shard"), help: ArgumentHelp("Run only shard I of N (0 ≤ I < N), for clusters: merge the shards' stores with 'anarchy merge'.", valueName: "I/N"))
    var shard: String?

    @Flag(name: .customLong("resume"), help: "Finish an interrupted sweep in the same store (runs already stored are skipped).")
    var resume = false

    @Flag(name: .customLong("quiet"), help: "No progress line.")
    var quiet = false

    func run() throws {
        Interrupt.install()  // first: a Ctrl-C from now on stops the sweep cleanly
        var experiment = try ExperimentSource.experiment(self.experiment)
        if let replications {
            experiment.replications = try FlagValue.whole(replications, flag: "--replications", default: 1, range: 1...ExperimentFile.maximumReplications)
            if let stop = experiment.stop, stop.maxReplications < experiment.replications {
                throw UsageError("--replications \(replications): more than the stopping rule's maxReplications (\(stop.maxReplications))")
            }
        }
        if let seed {
            guard let value = UInt64(seed) else { throw UsageError("--seed \(seed): must be a whole number in 0…18446744073709551615") }
            experiment.seed = value
        }
        let workers = try threads.map { try FlagValue.whole($0, flag: "--threads", default: 1, range: 1...4096) } ?? Console.processorCount
        let shard = try self.shard.map(Self.shard)
        let results: ResultsStore
        do { results = try ResultsStore(path: store) } catch { throw UsageError("--store \(store): cannot open: \(error)") }
        if resume {
            let asked = experiment
            do {
                experiment = try Resumption.experiment(asked, in: results, replicationsGiven: replications != nil, seedGiven: seed != nil)
            } catch let mismatch as ResumeMismatch {
                throw UsageError(mismatchMessage(mismatch, asked: asked))
            } catch {
                throw UsageError("--store \(store): \(error)")
            }
            if experiment != asked && !quiet {
                Console.error("resuming experiment \(ExperimentEncoder.id(experiment)) as stored: \(experiment.replications) replications, seed \(experiment.seed)\n")
            }
        }
        let points: [DesignPoint]
        do { points = try experiment.points() } catch { throw UsageError("\(self.experiment): \(error.description)") }
        let sweep: StoredSweep
        do { sweep = try StoredSweep(experiment, points: points, in: results, threads: workers) } catch {
            switch error {
            case let .register(reason): throw UsageError("--store \(store): \(reason)")
            case let .read(reason): throw reason
            }
        }
        let id = sweep.id
        if !sweep.known.isEmpty && !resume {
            throw UsageError("--store \(store) already holds \(sweep.known.count) runs of experiment \(id) (\(experiment.name)): add --resume to finish it, or choose another --store")
        }
        let planned = sweep.runner(threads: workers, shard: shard).plannedRuns
        let already = sweep.knownRuns(in: shard)
        let progress = Progress(total: planned.map { $0 - already } ?? 0, unit: "run", quiet: quiet, every: 1)
        let start = MonotonicClock.seconds()
        let storeTime = StopWatch()
        let outcome = try Blocking.wait {
            try await sweep.run(
                threads: workers, shard: shard, storing: { write in try storeTime.time(write) },
                progress: { progress.advance(to: $0) }, shouldStop: { Interrupt.requested })
        }
        progress.finish()
        let seconds = MonotonicClock.seconds() - start
        let rate = seconds > 0 ? Double(outcome.ran) / seconds : 0
        let where_ = shard.map { " (shard \($0.index)/\($0.count))" } ?? ""
        let summary = "\(experiment.name)\(where_): \(outcome.ran) runs stored in \(store) (\(already) already there), "
            + "\(PlainNumber.fixed(rate)) runs/s on \(workers) thread\(workers == 1 ? "" : "s"), \(PlainNumber.fixed(storeTime.seconds)) s in the store; experiment \(id)"
        if outcome.interrupted {
            Console.error("interrupted: " + summary + "\nfinish it with: " + resumeCommand(experiment, shard: shard) + "\n")
            throw SilentExit(status: 130)
        }
        if !quiet { Console.out(summary + "\n") }
    }

    /// The command that finishes `experiment` in this store: the experiment argument as given,
    /// with its replications and seed spelt out (so it names this experiment whatever else the
    /// store holds), the shard, and `--resume`.
    func resumeCommand(_ experiment: Experiment, shard: Shard?) -> String {
        var words = ["anarchy", "sweep", self.experiment, "--store", store, "--replications", String(experiment.replications), "--seed", String(experiment.seed)]
        if let shard { words += ["--shard", "\(shard.index)/\(shard.count)"] }
        return (words + ["--resume"]).map(Self.shellWord).joined(separator: " ")
    }

    /// What `--resume` found instead of the experiment asked for, and the commands that go on.
    func mismatchMessage(_ mismatch: ResumeMismatch, asked: Experiment) -> String {
        var lines: [String] = []
        if mismatch.ambiguous {
            lines.append("--resume: \(store) holds several experiments that are \(self.experiment) with other replications or seeds; say which with --replications and --seed:")
        } else {
            lines.append("--resume: \(store) holds no run of \(self.experiment) with \(asked.replications) replications and seed \(asked.seed), so there is nothing of it to resume. The store holds:")
        }
        for c in mismatch.candidates {
            let settings = [c.replications.map { "\($0) replications" }, c.seed.map { "seed \($0)" }].compactMap { $0 }.joined(separator: ", ")
            lines.append("  \(c.stored.name) (experiment \(c.stored.id)\(settings.isEmpty ? "" : ", " + settings)), which differs from it in")
            lines += c.differences.map { "    \($0)" }
            let onlyRunSettings = c.differences.allSatisfy { $0.hasPrefix("replications:") || $0.hasPrefix("seed:") }
            if onlyRunSettings, let replications = c.replications, let seed = c.seed {
                var stored = asked
                stored.replications = replications
                stored.seed = seed
                lines.append("    finish it with: " + resumeCommand(stored, shard: try? self.shard.map(Self.shard)))
            }
        }
        if !mismatch.ambiguous {
            lines.append("To add \(self.experiment) to the store as a new experiment, drop --resume; 'anarchy results \(Self.shellWord(store)) --experiment ID' shows a stored one.")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as one shell word: as it is when that is safe, else in single quotes.
    static func shellWord(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-")
        return !text.isEmpty && text.allSatisfy(safe.contains) ? text : SlurmCommand.quote(text)
    }

    /// `I/N` with 0 ≤ I < N.
    static func shard(_ text: String) throws -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 1_000_000, i >= 0, i < n,
            parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber)
        else { throw UsageError("--shard \(text): must be I/N with whole numbers 0 ≤ I < N (e.g. 0/4)") }
        return Shard(index: i, count: n)
    }
}

/// Ctrl-C (SIGINT) and SIGTERM during a sweep: the first asks the runner to start no new run
/// and to store those in flight; the handler only sets a flag.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)
    static var requested: Bool { flag.load(ordering: .relaxed) }
    static func install() {
        signal(SIGINT) { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        signal(SIGTERM) { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        // A parent may have started us with these signals blocked (the mask survives exec): unblock them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}

/// Runs async work to completion from synchronous command code (the commands are synchronous;
/// the sweep's runs are spread over Swift concurrency's thread pool).
enum Blocking {
    static func wait<T: Sendable>(_ work: sending @escaping () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// Accumulated seconds spent in `time` (used by one task at a time).
final class StopWatch: @unchecked Sendable {
    private(set) var seconds = 0.0
    func time<T>(_ work: () throws -> T) rethrows -> T {
        let start = MonotonicClock.seconds()
        defer { seconds += MonotonicClock.seconds() - start }
        return try work()
    }
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = Mutex<Result<T, any Error>?>(nil)
    func set(_ result: Result<T, any Error>) { lock.withLock { $0 = result } }
    func get() throws -> T {
        guard let result = lock.withLock({ $0 }) else { throw RuntimeFailure("internal: no result") }
        return try result.get()
    }
}
