import AnarchyCore
import GRDB

/// The store's results as a data frame reads them, with no string parsing (docs/EXPERIMENTS.md,
/// "Tidy views"):
///
/// - `runs_long`: one row per run and metric — `experiment, point, replication, seed`, one column
///   per factor path, `metric, value` (issue 22's columns; nothing else, as every text column
///   costs a data-frame reader a string per row: docs/PERFORMANCE.md).
/// - `runs_wide`: one row per run — `experiment, point, replication, seed, digest`, one column per
///   factor path, one column per metric.
///
/// Both are ordered by experiment, point and replication (the run table's key, so no sort), the
/// long view's metrics within a run in the experiment's order (the metric table's key).
///
/// A factor column holds the point's value where the run's experiment varies that factor and
/// NULL elsewhere; a metric is NULL where the run's experiment did not record it or its value is
/// missing (NaN). `seed` is the 64-bit seed as unsigned decimal text (R's doubles and Stata lose
/// seeds above 2^53): SQLite keeps the bit pattern as a signed INTEGER, and the view writes it
/// back in decimal — for a negative pattern s, with q = (s ≫ 1) ∧ (2^63 − 1) (the unsigned value
/// halved), the seed is ⌊q/5⌋ followed by the digit 2(q − 5⌊q/5⌋) + (s ∧ 1).
///
/// The columns follow what the store holds, so the views are made again whenever an experiment
/// is registered or merged in (``ResultsStore/recreateViews(_:)``), in the same transaction.
/// Their rows come from three tables kept beside the original ones since migration v3: `factor
/// (experiment, position, path)`, `metric_name(experiment, position, name)` and `point_factor
/// (experiment, point, position, value)`.
extension ResultsStore {
    /// Migration v3: the factors', metric names' and factor values' tables, filled from what the
    /// store already holds (the comma-joined lists and JSON arrays of v1), and the views.
    static func addTidyTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE factor (
                experiment TEXT NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                path TEXT NOT NULL,
                PRIMARY KEY (experiment, position));
            CREATE TABLE metric_name (
                experiment TEXT NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                name TEXT NOT NULL,
                PRIMARY KEY (experiment, position));
            CREATE TABLE point_factor (
                experiment TEXT NOT NULL,
                point INTEGER NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 0),
                value REAL,
                PRIMARY KEY (experiment, point, position),
                FOREIGN KEY (experiment, point) REFERENCES point(experiment, point) ON DELETE CASCADE);
            """)
        for row in try Row.fetchAll(db, sql: "SELECT id, metrics, factors FROM experiment") {
            let id: String = row["id"]
            try addColumns(db, experiment: id, factors: Self.listed(row["factors"]), metrics: Self.listed(row["metrics"]))
            for point in try Row.fetchAll(db, sql: "SELECT point, factor_values FROM point WHERE experiment = ?", arguments: [id]) {
                try addFactorValues(db, experiment: id, point: point["point"], values: Self.factorValues(point["factor_values"]))
            }
        }
        try recreateViews(db)
    }

    /// A comma-joined list of v1's `experiment` table as its items.
    static func listed(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }

    /// A point's `factor_values` (a JSON array of numbers) as numbers; an item that is not a
    /// number (none is written so) reads as NaN, stored as NULL.
    static func factorValues(_ text: String) -> [Double] {
        guard case let .array(items)? = try? JSONParser.parse(text) else { return [] }
        return items.map { $0.numberValue ?? .nan }
    }

    /// Records an experiment's factor paths and metric names by position.
    static func addColumns(_ db: Database, experiment id: String, factors: [String], metrics: [String]) throws {
        for (position, path) in factors.enumerated() {
            try db.execute(sql: "INSERT INTO factor (experiment, position, path) VALUES (?, ?, ?)", arguments: [id, position, path])
        }
        for (position, name) in metrics.enumerated() {
            try db.execute(sql: "INSERT INTO metric_name (experiment, position, name) VALUES (?, ?, ?)", arguments: [id, position, name])
        }
    }

    /// Records one design point's factor values by position.
    static func addFactorValues(_ db: Database, experiment id: String, point: Int, values: [Double]) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO point_factor (experiment, point, position, value) VALUES (?, ?, ?, ?)")
        for (position, value) in values.enumerated() {
            try statement.execute(arguments: [id, point, position, value.isNaN ? nil : value])
        }
    }

    /// The columns `runs_long` gives each run before its factors, in order; `runs_wide` adds
    /// `digest` after them.
    public static let runColumns = ["experiment", "point", "replication", "seed"]

    /// The views' factor and metric columns: every factor path and every metric name the store
    /// holds, each once, in the order of the experiments (by name, then id) and of their lists.
    /// A metric named like a factor or a run column (none is today) is given as `metric_NAME`.
    static func viewColumns(_ db: Database) throws -> (factors: [String], metrics: [(name: String, column: String)]) {
        let order = "JOIN experiment e ON e.id = c.experiment ORDER BY e.name, e.id, c.position"
        let factors = try String.fetchAll(db, sql: "SELECT c.path FROM factor c \(order)").uniqued()
        let taken = Set(factors + runColumns + ["digest", "metric", "value"])
        let metrics = try String.fetchAll(db, sql: "SELECT c.name FROM metric_name c \(order)").uniqued().map { name in
            (name: name, column: taken.contains(name) ? "metric_\(name)" : name)
        }
        return (factors, metrics)
    }

    /// Drops and makes `runs_long` and `runs_wide` (and the helper view `point_factors`, one row
    /// per design point with a column per factor path) for what the store holds now. The long
    /// view's CROSS JOIN fixes SQLite's join order: runs scanned by their key, each run's metrics
    /// found by theirs, so its rows come out in order without a sort (measured on a million rows:
    /// 1.9 s into pandas, against 2.4 s when SQLite scanned the metrics and looked each run up).
    static func recreateViews(_ db: Database) throws {
        let (factors, metrics) = try viewColumns(db)
        let pivot = factors.map { "MAX(CASE WHEN f.path = \(literal($0)) THEN pf.value END) AS \(identifier($0))" }
        let seed = "CASE WHEN r.seed >= 0 THEN CAST(r.seed AS TEXT) ELSE CAST(((r.seed >> 1) & 9223372036854775807) / 5 AS TEXT) || CAST(2 * (((r.seed >> 1) & 9223372036854775807) % 5) + (r.seed & 1) AS TEXT) END"
        let run = ["r.experiment", "r.point", "r.replication", "\(seed) AS seed"]
        let factorColumns = factors.map { "p.\(identifier($0))" }
        let joins = """
            FROM run r
            LEFT JOIN point_factors p ON p.experiment = r.experiment AND p.point = r.point
            """
        let wideMetrics = metrics.map { "MAX(CASE WHEN mn.name = \(literal($0.name)) THEN m.value END) AS \(identifier($0.column))" }
        try db.execute(sql: """
            DROP VIEW IF EXISTS runs_long;
            DROP VIEW IF EXISTS runs_wide;
            DROP VIEW IF EXISTS point_factors;
            CREATE VIEW point_factors AS
            SELECT \((["pf.experiment", "pf.point"] + pivot).joined(separator: ", "))
            FROM point_factor pf JOIN factor f ON f.experiment = pf.experiment AND f.position = pf.position
            GROUP BY pf.experiment, pf.point;
            CREATE VIEW runs_long AS
            SELECT \((run + factorColumns + ["mn.name AS metric", "m.value"]).joined(separator: ", "))
            \(joins)
            CROSS JOIN metric m ON m.experiment = r.experiment AND m.point = r.point AND m.replication = r.replication
            JOIN metric_name mn ON mn.experiment = m.experiment AND mn.position = m.position
            ORDER BY r.experiment, r.point, r.replication, m.position;
            CREATE VIEW runs_wide AS
            SELECT \((run + ["r.digest"] + factorColumns + wideMetrics).joined(separator: ", "))
            \(joins)
            LEFT JOIN metric m ON m.experiment = r.experiment AND m.point = r.point AND m.replication = r.replication
            LEFT JOIN metric_name mn ON mn.experiment = m.experiment AND mn.position = m.position
            GROUP BY r.experiment, r.point, r.replication
            ORDER BY r.experiment, r.point, r.replication;
            """)
    }

    /// `text` as an SQL string literal.
    static func literal(_ text: String) -> String { "'" + text.replacingAll("'", with: "''") + "'" }

    /// `name` as a quoted SQL identifier.
    static func identifier(_ name: String) -> String { "\"" + name.replacingAll("\"", with: "\"\"") + "\"" }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept at its first appearance.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
