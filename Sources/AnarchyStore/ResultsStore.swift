import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The results store: an SQLite file (GRDB) holding experiments, their design points, and one
/// row per run with its metrics. Write-ahead logging and one transaction per batch make it
/// crash-safe: a `kill -9` loses at most the runs not yet written, never the file, and
/// `completedRuns(of:)` tells a resumed sweep what is left. The schema is built by named,
/// frozen migrations (`migrator`) — never edit one, add the next.
///
/// Seeds are stored as SQLite INTEGERs (signed 64-bit): the seed's bit pattern.
public final class ResultsStore: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        pool = try Self.open(path)
    }

    /// Opens the pool and migrates, safely when several processes open one new store at once (two
    /// sweeps, or a sweep and the web app). Two steps are not safe across processes on their own:
    /// switching a new file to WAL needs a lock the busy timeout does not wait for ("database is
    /// locked"), and GRDB's migrator reads which migrations are applied outside its transactions,
    /// so two processes can both run one ("table experiment already exists"). Either error is
    /// retried, with a growing pause, until the schema is complete (seen: 5 failures in 30
    /// simultaneous openings before; 0 in 200 after).
    static func open(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        var attempt = 0
        while true {
            var opened: DatabasePool?
            do {
                let pool = try DatabasePool(path: path, configuration: config)
                opened = pool
                try migrator.migrate(pool)
                return pool
            } catch {
                if let pool = opened, (try? pool.read { try migrator.hasCompletedMigrations($0) }) == true { return pool }
                attempt += 1
                guard attempt < 20 else { throw error }
                usleep(useconds_t(10_000 * attempt))
            }
        }
    }

    /// The schema's history, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: experiments, design points, runs, metrics") { db in
            try db.execute(sql: """
                CREATE TABLE experiment (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    version TEXT NOT NULL,
                    definition TEXT NOT NULL,
                    metrics TEXT NOT NULL,
                    factors TEXT NOT NULL,
                    point_count INTEGER NOT NULL CHECK (point_count >= 0));
                CREATE TABLE point (
                    experiment TEXT NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
                    point INTEGER NOT NULL CHECK (point >= 0),
                    factor_values TEXT NOT NULL,
                    scenario_hash TEXT NOT NULL,
                    PRIMARY KEY (experiment, point));
                CREATE TABLE run (
                    experiment TEXT NOT NULL,
                    point INTEGER NOT NULL,
                    replication INTEGER NOT NULL CHECK (replication >= 0),
                    seed INTEGER NOT NULL,
                    digest TEXT NOT NULL,
                    seconds REAL NOT NULL CHECK (seconds >= 0),
                    PRIMARY KEY (experiment, point, replication),
                    FOREIGN KEY (experiment, point) REFERENCES point(experiment, point) ON DELETE CASCADE);
                CREATE TABLE metric (
                    experiment TEXT NOT NULL,
                    point INTEGER NOT NULL,
                    replication INTEGER NOT NULL,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    value REAL,
                    PRIMARY KEY (experiment, point, replication, position),
                    FOREIGN KEY (experiment, point, replication) REFERENCES run(experiment, point, replication) ON DELETE CASCADE);
                """)
        }
        migrator.registerMigration("v2: the build manifest of the experiment's registration") { db in
            try db.execute(sql: "ALTER TABLE experiment ADD COLUMN manifest TEXT")
        }
        migrator.registerMigration("v3: factors, metric names and factor values as rows; the tidy views runs_long and runs_wide") { db in
            try addTidyTables(db)
        }
        return migrator
    }

    /// An experiment as the store holds it.
    public struct StoredExperiment: Sendable, Equatable {
        public let id: String
        public let name: String
        public let version: String
        /// The experiment file (JSON) that repeats it.
        public let definition: String
        public let metrics: [String]
        public let factors: [String]
        public let pointCount: Int
        /// The build and machine that registered it (`BuildManifest` as JSON text, with the
        /// command line and threads), or nil for stores written before version 0.5.0.
        public var manifest: String? = nil
    }

    /// Records the experiment and its design points, unless already there. A store holds one
    /// version's results of an experiment: another version's are refused.
    public func register(_ experiment: Experiment, points: [DesignPoint], version: String, manifest: JSONValue? = nil) throws {
        let id = ExperimentEncoder.id(experiment)
        try pool.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT version FROM experiment WHERE id = ?", arguments: [id]) {
                guard stored == version else {
                    throw StoreError("\(path) holds experiment \(id) from version \(stored); this is version \(version) — use another store")
                }
                return
            }
            let stored = StoredExperiment(
                id: id, name: experiment.name, version: version, definition: ExperimentEncoder.json(experiment).text,
                metrics: experiment.metrics.map(\.rawValue), factors: experiment.factors.map(\.path), pointCount: points.count,
                manifest: manifest?.text)
            try Self.add(stored, points: points.map { p in
                PointRow(
                    point: p.index, values: p.values, hash: Hex.sixteenDigits(FNV1a64.hash(ScenarioEncoder.json(p.scenario).text)))
            }, to: db)
        }
    }

    /// Writes an experiment and its design points (the original tables and v3's), and makes the
    /// tidy views again to take in its factors and metrics.
    static func add(_ experiment: StoredExperiment, points: [PointRow], to db: Database) throws {
        try db.execute(
            sql: "INSERT INTO experiment (id, name, version, definition, metrics, factors, point_count, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                experiment.id, experiment.name, experiment.version, experiment.definition, experiment.metrics.joined(separator: ","),
                experiment.factors.joined(separator: ","), experiment.pointCount, experiment.manifest,
            ])
        try addColumns(db, experiment: experiment.id, factors: experiment.factors, metrics: experiment.metrics)
        let statement = try db.makeStatement(sql: "INSERT INTO point (experiment, point, factor_values, scenario_hash) VALUES (?, ?, ?, ?)")
        for p in points {
            try statement.execute(arguments: [experiment.id, p.point, JSONValue.array(p.values.map(JSONValue.number)).text, p.hash])
            try addFactorValues(db, experiment: experiment.id, point: p.point, values: p.values)
        }
        try recreateViews(db)
    }

    /// Stores a batch of runs in one transaction (all or none).
    public func insert(_ results: [RunResult], experiment id: String) throws {
        guard !results.isEmpty else { return }
        try pool.write { db in
            let run = try db.makeStatement(
                sql: "INSERT INTO run (experiment, point, replication, seed, digest, seconds) VALUES (?, ?, ?, ?, ?, ?)")
            let metric = try db.makeStatement(sql: "INSERT INTO metric (experiment, point, replication, position, value) VALUES (?, ?, ?, ?, ?)")
            for r in results {
                try run.execute(arguments: [id, r.point, r.replication, Int64(bitPattern: r.seed), r.digest, r.seconds])
                for (position, value) in r.values.enumerated() {
                    try metric.execute(arguments: [id, r.point, r.replication, position, value.isNaN ? nil : value])
                }
            }
        }
    }

    public func experiments() throws -> [StoredExperiment] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, version, definition, metrics, factors, point_count, manifest FROM experiment ORDER BY name, id").map { row in
                StoredExperiment(
                    id: row["id"], name: row["name"], version: row["version"], definition: row["definition"],
                    metrics: (row["metrics"] as String).split(separator: ",").map(String.init),
                    factors: (row["factors"] as String).split(separator: ",").map(String.init), pointCount: row["point_count"],
                    manifest: row["manifest"])
            }
        }
    }

    /// Each design point's factor values, by point index.
    public func pointValues(of id: String) throws -> [[Double]] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT factor_values FROM point WHERE experiment = ? ORDER BY point", arguments: [id]).map { row in
                Self.factorValues(row["factor_values"])
            }
        }
    }

    /// Every run of an experiment, ordered by point then replication, with its metrics.
    public func results(of id: String) throws -> [RunResult] {
        try pool.read { db in
            var values: [RunKey: [Double]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT point, replication, value FROM metric WHERE experiment = ? ORDER BY point, replication, position", arguments: [id])
            while let row = try rows.next() {
                let key = RunKey(point: row["point"], replication: row["replication"])
                values[key, default: []].append((row["value"] as Double?) ?? .nan)
            }
            return try Row.fetchAll(
                db, sql: "SELECT point, replication, seed, digest, seconds FROM run WHERE experiment = ? ORDER BY point, replication", arguments: [id]
            ).map { row in
                let key = RunKey(point: row["point"], replication: row["replication"])
                return RunResult(
                    point: key.point, replication: key.replication, seed: UInt64(bitPattern: row["seed"] as Int64), digest: row["digest"],
                    values: values[key] ?? [], seconds: row["seconds"])
            }
        }
    }

    /// SQLite's `PRAGMA integrity_check` and `foreign_key_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return integrity == ["ok"] && foreign.isEmpty ? "ok" : (integrity + foreign.map { "foreign key: \($0)" }).joined(separator: "; ")
        }
    }
}

/// A problem with a store: wrong version, mismatched shards, missing or duplicate runs.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
