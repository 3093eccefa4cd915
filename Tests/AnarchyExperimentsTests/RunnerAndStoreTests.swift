import AnarchyCore
import AnarchyWorld
import Foundation
import Synchronization
import Testing

@testable import AnarchyExperiments
@testable import AnarchyStore

func temporaryStorePath(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
}

/// Runs an experiment (or a shard of it) and returns its results sorted by point and replication.
func sweep(_ e: Experiment, threads: Int, shard: Shard? = nil, known: [RunResult] = [], stopAfter: Int? = nil) async throws -> [RunResult] {
    let points = try e.points()
    let runner = ExperimentRunner(experiment: e, points: points, threads: threads, shard: shard, known: known)
    runner.batchSize = 3
    let collected = Collected()
    _ = try await runner.run(onBatch: { collected.results += $0 }, shouldStop: { stopAfter.map { collected.count >= $0 } ?? false })
    return collected.results.sorted { RunKey(point: $0.point, replication: $0.replication) < RunKey(point: $1.point, replication: $1.replication) }
}

final class Collected: @unchecked Sendable {
    var results: [RunResult] = []
    var count: Int { results.count }
}

/// The stores of `count` shards of `e`, each registered and holding its shard's runs.
func shardStores(_ e: Experiment, count: Int) async throws -> [ResultsStore] {
    var shards: [ResultsStore] = []
    for i in 0..<count {
        let store = try ResultsStore(path: temporaryStorePath("shard-\(i).sqlite"))
        try store.register(e, points: try e.points(), version: "test")
        try store.insert(try await sweep(e, threads: 1, shard: Shard(index: i, count: count)), experiment: ExperimentEncoder.id(e))
        shards.append(store)
    }
    return shards
}

func withoutTimings(_ results: [RunResult]) -> [RunResult] {
    results.map { RunResult(point: $0.point, replication: $0.replication, seed: $0.seed, digest: $0.digest, values: $0.values, seconds: 0) }
}

@Suite(.timeLimit(.minutes(10)))
struct RunnerTests {
    @Test func resultsDoNotDependOnThreadsShardsOrResuming() async throws {
        let e = try shortened(experiment(smallExperiment))
        let one = try await sweep(e, threads: 1)
        #expect(one.count == 24)
        #expect(withoutTimings(try await sweep(e, threads: 4)) == withoutTimings(one))
        var sharded: [RunResult] = []
        for i in 0..<3 { sharded += try await sweep(e, threads: 2, shard: Shard(index: i, count: 3)) }
        sharded.sort { RunKey(point: $0.point, replication: $0.replication) < RunKey(point: $1.point, replication: $1.replication) }
        #expect(withoutTimings(sharded) == withoutTimings(one))
        // Interrupted after some runs, then resumed with what was stored.
        let first = try await sweep(e, threads: 2, stopAfter: 7)
        #expect(first.count >= 7 && first.count < 24)
        let rest = try await sweep(e, threads: 2, known: first)
        #expect(withoutTimings((first + rest).sorted { RunKey(point: $0.point, replication: $0.replication) < RunKey(point: $1.point, replication: $1.replication) }) == withoutTimings(one))
        // Each run is what a direct run with its seed gives.
        let r = one[13]
        let direct = try RunResult.run(try e.points()[r.point].scenario, point: r.point, replication: r.replication, seed: SeedDerivation.run(master: 7, point: r.point, replication: r.replication), metrics: e.metrics)
        #expect(direct.values == r.values && direct.digest == r.digest)
    }

    @Test func stoppingRulesStopWhereTheIntervalIsNarrowAndIgnoreThreads() async throws {
        var e = try shortened(experiment(smallExperiment))
        e.factors = [Experiment.Factor(path: "system.beta", values: [0.5, 2.5])]
        e.replications = 5
        e.stop = Experiment.StoppingRule(metric: .spiral, width: 0.08, maxReplications: 60)
        let one = try await sweep(e, threads: 1), two = try await sweep(e, threads: 3)
        #expect(withoutTimings(one) == withoutTimings(two))
        for p in 0..<2 {
            let values = one.filter { $0.point == p }.map { $0.values[1] }
            #expect(values.count % 5 == 0 && values.count <= 60)
            let width = 2 * SampleSummary.z95 * Statistics.standardDeviation(values, mean: Statistics.mean(values)) / Double(values.count).squareRoot()
            #expect(width < 0.08 || values.count == 60)
            if values.count > 5 {  // the round before did not yet satisfy the rule
                let before = Array(values.prefix(values.count - 5))
                let w = 2 * SampleSummary.z95 * Statistics.standardDeviation(before, mean: Statistics.mean(before)) / Double(before.count).squareRoot()
                #expect(w >= 0.08)
            }
        }
    }
}

@Suite(.timeLimit(.minutes(10)))
struct StoreTests {
    @Test func runsRoundTripExactly() async throws {
        let e = try shortened(experiment(smallExperiment))
        let store = try ResultsStore(path: temporaryStorePath("a.sqlite"))
        try store.register(e, points: try e.points(), version: "test")
        let results = try await sweep(e, threads: 2)
        try store.insert(results, experiment: ExperimentEncoder.id(e))
        #expect(try store.results(of: ExperimentEncoder.id(e)) == results)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.pointValues(of: ExperimentEncoder.id(e)) == (try e.points()).map(\.values))
        // One version's results per experiment.
        #expect(throws: StoreError.self) { try store.register(e, points: try e.points(), version: "other") }
        // A run stored twice is refused by the schema.
        #expect(throws: (any Error).self) { try store.insert([results[0]], experiment: ExperimentEncoder.id(e)) }
    }

    @Test func mergingShardsChecksWhatItMerges() async throws {
        let e = try shortened(experiment(smallExperiment))
        let id = ExperimentEncoder.id(e)
        let shards = try await shardStores(e, count: 3)
        let merged = try ResultsStore(path: temporaryStorePath("merged.sqlite"))
        #expect(try merged.merge(shards).runs == 24)
        #expect(withoutTimings(try merged.results(of: id)) == withoutTimings(try await sweep(e, threads: 2)))
        #expect(try merged.integrityCheck() == "ok")
        // Missing: two shards of three.
        let partial = try ResultsStore(path: temporaryStorePath("partial.sqlite"))
        #expect(throws: StoreError.self) { try partial.merge(Array(shards.prefix(2))) }
        // Duplicate: a shard given twice.
        let doubled = try ResultsStore(path: temporaryStorePath("doubled.sqlite"))
        #expect(throws: StoreError.self) { try doubled.merge([shards[0], shards[0], shards[1], shards[2]]) }
        // Another experiment.
        var other = e
        other.seed = 8
        let stranger = try ResultsStore(path: temporaryStorePath("other.sqlite"))
        try stranger.register(other, points: try other.points(), version: "test")
        #expect(throws: StoreError.self) { try doubled.merge([shards[0], stranger]) }
    }
}

/// Several openers of one new store at the same moment (two sweeps, or a sweep and the web app,
/// each its own connection pool) all get a complete schema: before ResultsStore.open retried, one
/// in six simultaneous pairs failed with "database is locked" or "table experiment already exists".
@Suite(.timeLimit(.minutes(10)))
struct StoreOpeningRaceTests {
    @Test func simultaneousOpeningsOfANewStoreAllSucceed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-race-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let openers = 6, rounds = 25
        let failures = Mutex<[String]>([])
        for round in 0..<rounds {
            let path = directory.appendingPathComponent("round-\(round).sqlite").path
            DispatchQueue.concurrentPerform(iterations: openers) { _ in
                do {
                    let store = try ResultsStore(path: path)
                    _ = try store.experiments()
                } catch {
                    failures.withLock { $0.append("round \(round): \(error)") }
                }
            }
        }
        let found = failures.withLock { $0 }
        #expect(found.isEmpty, "\(found.count) of \(openers * rounds) openings failed: \(found.prefix(3))")
    }
}
