import AnarchyCore
import AnarchyExperiments

/// One sweep into a results store, as `anarchy sweep` and the web app both run it: the experiment
/// and its design points registered in the store with this build's version and manifest, the runs
/// the store already holds learnt (they are skipped), then the rest run in batches, each batch
/// stored in one transaction (``ResultsStore``). Where the set-up fails says ``SetupError``, so each
/// caller words it for its own user (a flag for the command line, a status for the web app).
public struct StoredSweep: Sendable {
    public let experiment: Experiment
    public let points: [DesignPoint]
    /// The experiment's id in the store (`ExperimentEncoder.id`).
    public let id: String
    public let store: ResultsStore
    /// The runs of this experiment the store held when the sweep was set up.
    public let known: [RunResult]

    /// A step of the set-up that failed, with the store's error.
    public enum SetupError: Error {
        /// Registering the experiment (and its points and the manifest) failed.
        case register(any Error)
        /// Reading the runs the store already holds failed.
        case read(any Error)
    }

    /// Registers `experiment` in `store` (idempotent: an experiment registered before is kept;
    /// one registered by another version is refused, as ``ResultsStore`` refuses it) with the
    /// manifest of this build on `threads` threads, and reads the runs already there.
    public init(_ experiment: Experiment, points: [DesignPoint], in store: ResultsStore, threads: Int) throws(SetupError) {
        self.experiment = experiment
        self.points = points
        self.store = store
        id = ExperimentEncoder.id(experiment)
        do {
            try store.register(experiment, points: points, version: AnarchyVersion.string, manifest: BuildManifest.current.json(threads: threads))
        } catch { throw .register(error) }
        do { known = try store.results(of: id) } catch { throw .read(error) }
    }

    /// The runs already stored that `shard` owns (all of them without a shard).
    public func knownRuns(in shard: Shard?) -> Int {
        known.filter { shard?.owns(RunKey(point: $0.point, replication: $0.replication), of: experiment) ?? true }.count
    }

    /// The runner for what is left (`threads` runs in flight; only `shard`'s runs).
    public func runner(threads: Int, shard: Shard? = nil) -> ExperimentRunner {
        ExperimentRunner(experiment: experiment, points: points, threads: threads, shard: shard, known: known)
    }

    /// Runs what is left into the store. `storing` wraps each batch's write (to time it);
    /// `progress` and `shouldStop` as `ExperimentRunner.run(onBatch:progress:shouldStop:)`.
    public func run(
        threads: Int, shard: Shard? = nil, storing: (() throws -> Void) throws -> Void = { try $0() },
        progress: (Int) -> Void = { _ in }, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> ExperimentRunner.Outcome {
        let store = self.store, id = self.id
        return try await runner(threads: threads, shard: shard).run(
            onBatch: { batch in try storing { try store.insert(batch, experiment: id) } }, progress: progress, shouldStop: shouldStop)
    }
}
