import AnarchyCore
import Dispatch
import AnarchyWorld

/// Where a run sits: its design point and replication.
public struct RunKey: Hashable, Sendable, Comparable {
    public let point: Int
    public let replication: Int
    public init(point: Int, replication: Int) {
        self.point = point
        self.replication = replication
    }
    public static func < (a: RunKey, b: RunKey) -> Bool { (a.point, a.replication) < (b.point, b.replication) }
}

/// One of N shards of a sweep (`--shard I/N`, I in 0..<N). Without a stopping rule shard I runs
/// the runs whose index in point-major order is I modulo N; with one, the design points whose
/// index is I modulo N (a stopping rule needs all of a point's runs in one place).
public struct Shard: Sendable, Equatable {
    public let index: Int
    public let count: Int
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Whether this shard runs `run` of `experiment` (by run index, or by point with a stopping rule).
    public func owns(_ run: RunKey, of experiment: Experiment) -> Bool {
        let key = experiment.stop == nil ? run.point * experiment.replications + run.replication : run.point
        return key % count == index
    }
}

/// Runs an experiment's design on all cores (Swift concurrency, at most `threads` runs in
/// flight), streaming results out in batches so memory stays flat however many runs there are.
/// Each run's seed comes from `SeedDerivation.run` (AnarchyCore) alone, so results do not depend on threads, shards or
/// completion order. Runs already done (resuming) are skipped.
public final class ExperimentRunner {
    public let experiment: Experiment
    public let points: [DesignPoint]
    public let threads: Int
    public let shard: Shard?
    /// Results already in the store (resuming): their keys are skipped; with a stopping rule
    /// their values count toward the rule.
    private var known: [RunKey: [Double]]
    /// Results are handed out in batches of at most this many (and at least once a second).
    public var batchSize = 256

    public struct Outcome: Sendable {
        /// Runs made now (not counting those already done).
        public let ran: Int
        /// Whether the run was stopped early (`shouldStop`) with runs left to do.
        public let interrupted: Bool
    }

    public init(experiment: Experiment, points: [DesignPoint], threads: Int, shard: Shard? = nil, known: [RunResult] = []) {
        self.experiment = experiment
        self.points = points
        self.threads = Swift.max(1, threads)
        self.shard = shard
        self.known = Dictionary(known.map { (RunKey(point: $0.point, replication: $0.replication), $0.values) }, uniquingKeysWith: { a, _ in a })
    }

    /// The number of runs this shard will make without a stopping rule, counting those already
    /// done (nil with a stopping rule: it depends on the results).
    public var plannedRuns: Int? {
        guard experiment.stop == nil else { return nil }
        let all = points.count * experiment.replications
        guard let shard else { return all }
        return all / shard.count + (all % shard.count > shard.index ? 1 : 0)
    }

    /// Runs what is left. `onBatch` receives finished runs (any order within a batch) and is
    /// the place to store them; `progress` gets the count of runs made so far (this call);
    /// `shouldStop` is polled before each new run is started (Ctrl-C): runs in flight finish.
    public func run(
        onBatch: ([RunResult]) throws -> Void, progress: (Int) -> Void = { _ in }, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> Outcome {
        var source = JobSource(experiment: experiment, pointCount: points.count, shard: shard, known: known)
        let metrics = experiment.metrics, focal = experiment.focalIndex
        let points = self.points
        var ran = 0
        var buffer: [RunResult] = []
        var lastFlush = MonotonicClock.seconds()
        try await withThrowingTaskGroup(of: RunResult.self) { group in
            var inFlight = 0
            func refill() {
                while inFlight < threads, !shouldStop(), let key = source.next() {
                    let scenario = points[key.point].scenario
                    let seed = SeedDerivation.run(master: experiment.seed, point: key.point, replication: key.replication)
                    group.addTask {
                        try await Self.offThePool {
                            try RunResult.run(scenario, point: key.point, replication: key.replication, seed: seed, metrics: metrics, focal: focal)
                        }
                    }
                    inFlight += 1
                }
            }
            refill()
            while let result = try await group.next() {
                inFlight -= 1
                ran += 1
                buffer.append(result)
                source.completed(result)
                refill()  // before storing, so the workers stay busy while a batch is written
                let now = MonotonicClock.seconds()
                if buffer.count >= batchSize || now - lastFlush >= 1 {
                    try onBatch(buffer)
                    buffer.removeAll(keepingCapacity: true)
                    lastFlush = now
                }
                progress(ran)
            }
        }
        if !buffer.isEmpty { try onBatch(buffer) }
        return Outcome(ran: ran, interrupted: shouldStop() && !source.finished)
    }
}

extension ExperimentRunner {
    /// Runs CPU-bound `work` on a dispatch thread while the calling task waits suspended, so a
    /// sweep never holds Swift's cooperative threads (one per core): a web app serving requests
    /// beside a sweep keeps answering (the project's rule; the debate does the same).
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// Which run comes next: point-major order, this shard's share, skipping runs already done;
/// with a stopping rule, a point's next round opens only when its current round is complete
/// and its interval is still too wide (so the rounds run do not depend on completion order).
struct JobSource {
    let experiment: Experiment
    let pointCount: Int
    let shard: Shard?
    var known: [RunKey: [Double]]
    // Without a stopping rule: the next run index in point-major order.
    private var nextIndex = 0
    // With one: per point, the replications opened so far and the queue of runs to hand out.
    private var opened: [Int: Int] = [:]
    private var queue: [RunKey] = []
    private var pending: [Int: Int] = [:]
    private var activePoints: [Int] = []

    init(experiment: Experiment, pointCount: Int, shard: Shard?, known: [RunKey: [Double]]) {
        self.experiment = experiment
        self.pointCount = pointCount
        self.shard = shard
        self.known = known
        if experiment.stop != nil {
            activePoints = (0..<pointCount).filter { p in shard?.owns(RunKey(point: p, replication: 0), of: experiment) ?? true }
            for p in activePoints { openRounds(p) }
        }
    }

    /// Whether no run is left to hand out or wait for.
    var finished: Bool {
        experiment.stop == nil ? nextIndex >= pointCount * experiment.replications : queue.isEmpty && pending.values.allSatisfy { $0 == 0 }
    }

    mutating func next() -> RunKey? {
        if experiment.stop != nil {
            guard !queue.isEmpty else { return nil }
            return queue.removeFirst()
        }
        let total = pointCount * experiment.replications
        while nextIndex < total {
            let index = nextIndex
            nextIndex += 1
            let key = RunKey(point: index / experiment.replications, replication: index % experiment.replications)
            if shard?.owns(key, of: experiment) ?? true, known[key] == nil { return key }
        }
        return nil
    }

    mutating func completed(_ result: RunResult) {
        guard experiment.stop != nil else { return }
        known[RunKey(point: result.point, replication: result.replication)] = result.values
        pending[result.point, default: 0] -= 1
        if pending[result.point] == 0 { openRounds(result.point) }
    }

    /// Opens point p's rounds while each completed round leaves the interval too wide; queues
    /// the missing runs of the first incomplete round.
    private mutating func openRounds(_ p: Int) {
        guard let rule = experiment.stop, let metricIndex = experiment.metrics.firstIndex(of: rule.metric) else { return }
        let round = experiment.replications
        var reps = opened[p] ?? 0
        while true {
            if reps > 0 {
                let values = (0..<reps).compactMap { known[RunKey(point: p, replication: $0)]?[metricIndex] }
                if values.count < reps { break }  // the current round is still running
                let summary = (Statistics.standardDeviation(values, mean: Statistics.mean(values)), Double(values.count))
                let width = 2 * SampleSummary.z95 * summary.0 / summary.1.squareRoot()
                if (values.count > 1 && width < rule.width) || reps >= rule.maxReplications { return }
            }
            let upto = Swift.min(reps + round, rule.maxReplications)
            let missing = (reps..<upto).map { RunKey(point: p, replication: $0) }.filter { known[$0] == nil }
            reps = upto
            opened[p] = reps
            if !missing.isEmpty {
                queue.append(contentsOf: missing)
                pending[p, default: 0] += missing.count
                return
            }
        }
    }
}
