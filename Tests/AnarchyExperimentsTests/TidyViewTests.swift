import AnarchyCore
import Foundation
import GRDB
import Testing

@testable import AnarchyExperiments
@testable import AnarchyStore

/// The store's views `runs_long` and `runs_wide` (docs/EXPERIMENTS.md, "Tidy views"): checked
/// against what `ResultsStore.results(of:)` and `pointValues(of:)` read from the original tables,
/// and seeds against Swift's own decimal text of each `UInt64`.
@Suite(.timeLimit(.minutes(10)))
struct TidyViewTests {
    static func rows(_ store: ResultsStore, _ sql: String) throws -> [Row] {
        try store.pool.read { try Row.fetchAll($0, sql: sql) }
    }

    static func count(_ store: ResultsStore, _ view: String) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(view)") ?? -1 }
    }

    static func columns(_ store: ResultsStore, _ view: String) throws -> [String] {
        try store.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(\(view))").map { $0["name"] as String } }
    }

    @Test func theViewsHoldEveryRunWithItsFactorsAndMetrics() async throws {
        let e = try shortened(experiment(smallExperiment))
        let id = ExperimentEncoder.id(e)
        let store = try ResultsStore(path: temporaryStorePath("views.sqlite"))
        try store.register(e, points: try e.points(), version: "test")
        var results = try await sweep(e, threads: 2)
        // A missing value (NaN) must read as NULL in both views.
        results[5] = RunResult(point: results[5].point, replication: results[5].replication, seed: results[5].seed, digest: results[5].digest,
                               values: [.nan] + results[5].values.dropFirst(), seconds: results[5].seconds)
        try store.insert(results, experiment: id)
        let points = try store.pointValues(of: id)

        #expect(try Self.columns(store, "runs_long") == ResultsStore.runColumns + ["system.beta", "mechanisms.perspectiveTaking.weight", "metric", "value"])
        #expect(try Self.columns(store, "runs_wide") == ResultsStore.runColumns + ["digest", "system.beta", "mechanisms.perspectiveTaking.weight", "wars", "spiral", "spiralMean", "conquered"])

        let long = try Self.rows(store, "SELECT * FROM runs_long")
        // In the run table's key order (point, then replication), each run's metrics in the experiment's order.
        #expect(long.map { [$0["point"], $0["replication"]] as [Int] } == results.flatMap { r in e.metrics.map { _ in [r.point, r.replication] } })
        #expect(long.count == results.count * e.metrics.count)
        for row in long {
            let p: Int = row["point"], r: Int = row["replication"]
            let run = try #require(results.first { $0.point == p && $0.replication == r })
            #expect(row["experiment"] as String == id && row["seed"] as String == String(run.seed))
            #expect(row["system.beta"] as Double == points[p][0] && row["mechanisms.perspectiveTaking.weight"] as Double == points[p][1])
            let m = try #require(e.metrics.firstIndex { $0.rawValue == row["metric"] as String })
            let value: Double? = row["value"]
            #expect(run.values[m].isNaN ? value == nil : value == run.values[m])
        }
        let wide = try Self.rows(store, "SELECT * FROM runs_wide")
        #expect(wide.count == results.count)
        for (row, run) in zip(wide, results) {
            #expect(row["point"] as Int == run.point && row["replication"] as Int == run.replication && row["seed"] as String == String(run.seed))
            #expect(row["digest"] as String == run.digest)
            for (m, metric) in e.metrics.enumerated() {
                let value: Double? = row[metric.rawValue]
                #expect(run.values[m].isNaN ? value == nil : value == run.values[m])
            }
        }
    }

    /// Seeds at and around the signed 64-bit boundary, where SQLite's INTEGER turns negative.
    @Test func seedsReadBackAsUnsignedDecimalText() throws {
        let e = try shortened(experiment(smallExperiment))
        let id = ExperimentEncoder.id(e)
        let store = try ResultsStore(path: temporaryStorePath("seeds.sqlite"))
        try store.register(e, points: try e.points(), version: "test")
        let seeds: [UInt64] = [0, 1, 9, 10, (1 << 53) + 1, UInt64(Int64.max), 1 << 63, (1 << 63) + 1, (1 << 63) + 9, (1 << 63) + 10,
                               10_000_000_000_000_000_000, 12_345_678_901_234_567_899, .max - 1, .max]
        var generator = SplitMix64(seed: 2024)
        let drawn = (0..<200).map { _ in generator.next() }
        let all = seeds + drawn
        try store.insert(all.enumerated().map { k, seed in
            RunResult(point: k % 6, replication: k / 6, seed: seed, digest: "d", values: [1, 2, 3, 4], seconds: 0)
        }, experiment: id)
        let read = try Self.rows(store, "SELECT point, replication, seed FROM runs_wide")
        #expect(read.count == all.count)
        for row in read {
            let k = (row["replication"] as Int) * 6 + (row["point"] as Int)
            #expect(row["seed"] as String == String(all[k]), "seed \(all[k])")
        }
    }

    @Test func experimentsWithOtherFactorsGetTheirColumnsAndNullsElsewhere() async throws {
        let a = try shortened(experiment(smallExperiment))
        var b = a
        b.name = "other"
        b.factors = [Experiment.Factor(path: "system.sigma", values: [0.1, 0.2])]
        b.metrics = [.wars, .alive]
        b.replications = 2
        let store = try ResultsStore(path: temporaryStorePath("two.sqlite"))
        for e in [a, b] {
            try store.register(e, points: try e.points(), version: "test")
            try store.insert(try await sweep(e, threads: 2), experiment: ExperimentEncoder.id(e))
        }
        // Experiments by name (other, small): their factors, then their metrics, each once.
        #expect(try Self.columns(store, "runs_wide") == ResultsStore.runColumns
            + ["digest", "system.sigma", "system.beta", "mechanisms.perspectiveTaking.weight", "wars", "alive", "spiral", "spiralMean", "conquered"])
        let counts = try Self.rows(store, """
            SELECT e.name, COUNT(*) AS n, COUNT("system.sigma") AS sigma, COUNT("system.beta") AS beta, COUNT(alive) AS alive, COUNT(spiral) AS spiral
            FROM runs_wide w JOIN experiment e ON e.id = w.experiment GROUP BY e.name ORDER BY e.name
            """)
        let counted: [[Int]] = counts.map { row in ["n", "sigma", "beta", "alive", "spiral"].map { row[$0] as Int } }
        #expect(counted == [[4, 4, 0, 4, 0], [24, 0, 24, 0, 24]])
        #expect(try Self.count(store, "runs_long") == 4 * 2 + 24 * 4)
    }

    /// A store written before the views (schema v2) opens, gains them, and they hold its runs.
    @Test func anOlderStoreGainsTheViews() async throws {
        let e = try shortened(experiment(smallExperiment))
        let id = ExperimentEncoder.id(e)
        let path = temporaryStorePath("v2.sqlite")
        let results = try await sweep(e, threads: 2)
        let points = try e.points().map(\.values)
        try Self.writeVersion2Store(at: path, id: id, points: points, results: results)
        let store = try ResultsStore(path: path)
        #expect(try store.integrityCheck() == "ok")
        let wide = try Self.rows(store, "SELECT * FROM runs_wide ORDER BY point, replication")
        #expect(wide.count == results.count)
        for (row, run) in zip(wide, results) {
            #expect(row["seed"] as String == String(run.seed))
            #expect(row["system.beta"] as Double == points[run.point][0])
            #expect(row["conquered"] as Double? == (run.values[3].isNaN ? nil : run.values[3]))
        }
    }

    /// A store at schema v2 holding `results`, as version 0.5 wrote it: comma-joined lists,
    /// factor values as JSON arrays.
    static func writeVersion2Store(at path: String, id: String, points: [[Double]], results: [RunResult]) throws {
        let queue = try DatabaseQueue(path: path)
        try ResultsStore.migrator.migrate(queue, upTo: "v2: the build manifest of the experiment's registration")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO experiment VALUES (?, 'small', 'old', '{}', 'wars,spiral,spiralMean,conquered', 'system.beta,mechanisms.perspectiveTaking.weight', 6, NULL)", arguments: [id])
            for (p, values) in points.enumerated() {
                try db.execute(sql: "INSERT INTO point VALUES (?, ?, ?, 'h')", arguments: [id, p, "[\(values.map { "\($0)" }.joined(separator: ","))]"])
            }
            for r in results {
                try db.execute(sql: "INSERT INTO run VALUES (?, ?, ?, ?, ?, 0)", arguments: [id, r.point, r.replication, Int64(bitPattern: r.seed), r.digest])
                for (m, value) in r.values.enumerated() {
                    try db.execute(sql: "INSERT INTO metric VALUES (?, ?, ?, ?, ?)", arguments: [id, r.point, r.replication, m, value.isNaN ? nil : value])
                }
            }
        }
    }

    @Test func aMergedStoreHasTheViews() async throws {
        let e = try shortened(experiment(smallExperiment))
        let id = ExperimentEncoder.id(e)
        let shards = try await shardStores(e, count: 2)
        let merged = try ResultsStore(path: temporaryStorePath("merged.sqlite"))
        _ = try merged.merge(shards)
        #expect(try Self.columns(merged, "runs_wide") == ResultsStore.runColumns + ["digest", "system.beta", "mechanisms.perspectiveTaking.weight", "wars", "spiral", "spiralMean", "conquered"])
        #expect(try Self.count(merged, "runs_wide") == 24)
        #expect(try Self.count(merged, "runs_long") == 24 * 4)
        #expect(try merged.pointValues(of: id) == (try e.points()).map(\.values))
    }
}
