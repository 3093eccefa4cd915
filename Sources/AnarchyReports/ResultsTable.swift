import AnarchyCore
import AnarchyExperiments
import AnarchyRecords
import AnarchyStore

/// An experiment's stored runs as rows of text (header first) for `anarchy results`: per design
/// point and metric, per run, differences between two points, and factor sensitivity.
public struct ResultsTable {
    public let experiment: ResultsStore.StoredExperiment
    public let points: [[Double]]
    public let runs: [RunResult]

    public init(experiment: ResultsStore.StoredExperiment, points: [[Double]], runs: [RunResult]) {
        self.experiment = experiment
        self.points = points
        self.runs = runs
    }

    /// The experiment `experiment` (its id or name; nil: the only one) of the store at `path`,
    /// with its points and runs.
    /// - Throws: `UsageError` saying why: no such file, not a store, no such experiment (naming
    ///   those it holds), or several to choose from.
    public static func load(store path: String, experiment: String?) throws -> ResultsTable {
        let (results, chosen) = try open(path, experiment: experiment)
        return ResultsTable(experiment: chosen, points: try results.pointValues(of: chosen.id), runs: try results.results(of: chosen.id))
    }

    /// The store at `path` and its experiment `experiment` (id or name; nil: the only one).
    public static func open(_ path: String, experiment: String?) throws -> (ResultsStore, ResultsStore.StoredExperiment) {
        guard TextFile.exists(path) else { throw UsageError("\(path): no such results store") }
        let results: ResultsStore
        do { results = try ResultsStore(path: path) } catch { throw UsageError("\(path): not a results store: \(error)") }
        let stored = try results.experiments()
        if let experiment {
            guard let match = stored.first(where: { $0.id == experiment || $0.name == experiment }) else {
                throw UsageError("--experiment \(experiment): not in \(path) (it holds: \(stored.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")))")
            }
            return (results, match)
        }
        guard stored.count == 1, let only = stored.first else {
            throw UsageError(stored.isEmpty ? "\(path) holds no experiment" : "\(path) holds \(stored.count) experiments; choose one with --experiment (\(stored.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")))")
        }
        return (results, only)
    }

    /// Runs grouped by point, in replication order.
    public var byPoint: [Int: [RunResult]] { Dictionary(grouping: runs, by: \.point) }

    public static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : (x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf")) }

    /// A finite number rounded to four decimals, for reading (stores and CSV keep every digit); nil otherwise.

    /// The bootstrap's seed for one point and metric (fixed, so summaries are reproducible).
    static func bootstrapSeed(point: Int, metric: Int) -> UInt64 { SeedDerivation.run(master: 0x626F_6F74, point: point, replication: metric) }

    public func perPoint() -> [[String]] {
        var rows = [["experiment", "point"] + experiment.factors + [
            "metric", "n", "mean", "sd", "ci_low", "ci_high", "boot_low", "boot_high", "q05", "q25", "median", "q75", "q95",
        ]]
        let grouped = byPoint
        for (p, values) in points.enumerated() {
            let runs = grouped[p] ?? []
            for (m, metric) in experiment.metrics.enumerated() {
                let sample = runs.map { m < $0.values.count ? $0.values[m] : .nan }
                let s = SampleSummary(sample, seed: Self.bootstrapSeed(point: p, metric: m))
                rows.append([experiment.id, String(p)] + values.map(Self.number) + [metric, String(s.count)] + [
                    s.mean, s.sd, s.normalLow, s.normalHigh, s.bootstrapLow, s.bootstrapHigh, s.q05, s.q25, s.median, s.q75, s.q95,
                ].map(Self.number))
            }
        }
        return rows
    }

    public func perRun(timings: Bool) -> [[String]] {
        var rows = [["experiment", "point"] + experiment.factors + ["replication", "seed", "digest"] + experiment.metrics + (timings ? ["seconds"] : [])]
        for r in runs {
            let factors = r.point < points.count ? points[r.point].map(Self.number) : []
            rows.append([experiment.id, String(r.point)] + factors + [String(r.replication), String(r.seed), r.digest] + r.values.map(Self.number)
                + (timings ? [Self.number(r.seconds)] : []))
        }
        return rows
    }

    public func differences(_ a: Int, _ b: Int) -> [[String]] {
        var rows = [["experiment", "point_a", "point_b", "metric", "n_a", "n_b", "b_minus_a", "ci_low", "ci_high", "boot_low", "boot_high"]]
        let grouped = byPoint
        let ra = grouped[a] ?? [], rb = grouped[b] ?? []
        for (m, metric) in experiment.metrics.enumerated() {
            let sa = ra.map { $0.values[m] }, sb = rb.map { $0.values[m] }
            let d = Difference(sa, sb, seed: Self.bootstrapSeed(point: a * 1_000_003 + b, metric: m))
            rows.append([experiment.id, String(a), String(b), metric, String(sa.count), String(sb.count)]
                + [d.difference, d.normalLow, d.normalHigh, d.bootstrapLow, d.bootstrapHigh].map(Self.number))
        }
        return rows
    }

    /// For each metric, the factors ranked by |Pearson r| between the factor's value and the
    /// metric over all runs; r² is the share of the metric's variance a straight line in that
    /// factor explains.
    public func sensitivity() -> [[String]] {
        var rows = [["experiment", "metric", "rank", "factor", "correlation", "r2"]]
        for (m, metric) in experiment.metrics.enumerated() {
            let y = runs.map { $0.values[m] }
            let ranked = experiment.factors.enumerated().map { (k, factor) -> (String, Double) in
                let x = runs.map { points[$0.point][k] }
                return (factor, Statistics.correlation(x, y))
            }.sorted { abs($0.1.isNaN ? 0 : $0.1) > abs($1.1.isNaN ? 0 : $1.1) }
            for (rank, (factor, r)) in ranked.enumerated() {
                rows.append([experiment.id, metric, String(rank + 1), factor, Self.number(r), Self.number(r * r)])
            }
        }
        return rows
    }

    /// Rows as CSV (RFC 4180), for data-frame readers: a missing value (`nan` in the rows) as an
    /// empty field and ±infinity as `Inf`/`-Inf` (`CSV.number`); every other field as it is.
    public static func csv(_ rows: [[String]]) -> String {
        rows.enumerated().map { i, row in
            row.map { text in
                guard i > 0 else { return CSV.quote(text) }
                switch text {
                case "nan": return CSV.number(.nan)
                case "inf": return CSV.number(.infinity)
                case "-inf": return CSV.number(-.infinity)
                default: return CSV.quote(text)
                }
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// The rows with the header's names as `String.snakeIdentifier` makes them (`--names
    /// snake`: factor paths and metric names as Stata takes them).
    public static func snakeNamed(_ rows: [[String]]) -> [[String]] {
        guard let header = rows.first else { return rows }
        return [header.map(\.snakeIdentifier)] + rows.dropFirst()
    }

    /// Rows as a JSON array of objects keyed by the header (numbers as numbers).
    public static func json(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "[]" }
        let objects = rows.dropFirst().map { row -> JSONValue in
            .object(zip(header, row).map { key, text in
                if let x = Double(text), key != "experiment", key != "digest", key != "seed" { return (key, x == x.rounded() && abs(x) < 9e15 && !text.contains(".") && !text.contains("e") ? .integer(Int(x)) : .number(x)) }
                if text == "nan" { return (key, .null) }
                return (key, .string(text))
            })
        }
        return JSONValue.array(Array(objects)).text
    }

    /// Rows as aligned columns under a title, numbers shortened to 4 significant decimals.
    public static func aligned(_ rows: [[String]], title: String) -> String {
        let shown = rows.enumerated().map { i, row in
            i == 0 ? row : row.map { text -> String in
                guard let x = Double(text), text.contains(".") || text.contains("e") else { return text }
                return PlainNumber.text((x * 1e4).rounded() / 1e4)
            }
        }
        let widths = (0..<(shown.first?.count ?? 0)).map { c in shown.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return title + "\n" + shown.map { row in
            row.enumerated().map { c, text in text.padded(to: widths[c]) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
