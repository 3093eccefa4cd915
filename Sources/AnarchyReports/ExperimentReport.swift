import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import AnarchyStore

/// An experiment's report (`anarchy report STORE`, the web app's /experiments/{id}): for each
/// metric the mean at every design point with its 95% interval and, when the design crosses two
/// factors, a phase diagram; a table of the summaries; the exact inputs.
public enum ExperimentReport {
    public static func html(_ table: ResultsTable) -> String {
        let e = table.experiment
        var report = HTMLReport(title: "Anarchy experiment: \(e.name)")
        let grouped = table.byPoint
        let replications = Set(grouped.values.map(\.count)).sorted().map(String.init).joined(separator: "–")
        report.table(
            ["experiment", "version", "design points", "runs", "runs per point", "factors", "metrics"],
            [[e.id, e.version, String(table.points.count), String(table.runs.count), replications, e.factors.joined(separator: ", "), e.metrics.joined(separator: ", ")]],
            caption: "The experiment")
        let short = e.factors.map { String($0.split(separator: ".").last ?? Substring($0)) }
        func pointLabel(_ p: Int) -> String {
            e.factors.isEmpty ? "base" : zip(short, table.points[p]).map { "\($0)=\(ResultsTable.number($1))" }.joined(separator: ", ")
        }
        for (m, metric) in e.metrics.enumerated() {
            let meaning = Metric(rawValue: metric)?.meaning ?? metric
            report.heading("\(metric): \(meaning)")
            let summaries = table.points.indices.map { p in
                SampleSummary((grouped[p] ?? []).map { m < $0.values.count ? $0.values[m] : .nan }, seed: ResultsTable.bootstrapSeed(point: p, metric: m))
            }
            if e.factors.count == 2 {
                let xs = Array(Set(table.points.map { $0[0] })).sorted(), ys = Array(Set(table.points.map { $0[1] })).sorted()
                var grid = [[Double]](repeating: [Double](repeating: .nan, count: xs.count), count: ys.count)
                for (p, values) in table.points.enumerated() {
                    if let i = xs.firstIndex(of: values[0]), let j = ys.firstIndex(of: values[1]) { grid[j][i] = summaries[p].mean }
                }
                report.chart(HeatMap(title: "Phase diagram: mean \(metric)", xLabel: e.factors[0], yLabel: e.factors[1], valueLabel: "mean \(metric)", xValues: xs, yValues: ys, values: grid).svg)
            }
            report.chart(IntervalChart(
                title: "Mean \(metric) by design point", yLabel: "\(metric) (mean, 95% interval)",
                estimates: summaries.enumerated().map { .init(label: pointLabel($0.offset), mean: $0.element.mean, low: $0.element.normalLow, high: $0.element.normalHigh) }).svg)
            report.table(
                ["point"] + e.factors + ["runs", "mean", "95% interval", "median"],
                summaries.enumerated().map { p, s in
                    [String(p)] + table.points[p].map(ResultsTable.number) + [String(s.count), PlainNumber.fourDecimals(s.mean), "[\(PlainNumber.fourDecimals(s.normalLow)), \(PlainNumber.fourDecimals(s.normalHigh))]", PlainNumber.fourDecimals(s.median)]
                })
        }
        Self.timeSeries(table, into: &report)
        report.heading("Inputs")
        report.paragraph("Written by Anarchy \(AnarchyVersion.string) from results produced by version \(e.version). Running the experiment below with anarchy sweep reproduces every run bit for bit (each run's seed comes from the master seed, the design point and the replication).")
        report.preformatted(e.definition, summary: "experiment definition (JSON)")
        return report.html
    }

    /// The most design points drawn as lines, and the replications per point replayed for them.
    static let maximumSeriesPoints = 8
    static let replayedReplications = 20

    /// Time series with bands across replications: the stored runs of each design point (the first
    /// ``replayedReplications``) are replayed from the stored definition and seeds — each replay's
    /// digest must equal the stored one — and the spiral index and arms burden are drawn per
    /// tick as the mean over replications with its 95% normal interval.
    static func timeSeries(_ table: ResultsTable, into report: inout HTMLReport) {
        let e = table.experiment
        report.heading("Over time, across replications")
        guard table.points.count <= maximumSeriesPoints else {
            report.paragraph("Not drawn: \(table.points.count) design points are too many lines for one chart (at most \(maximumSeriesPoints)).")
            return
        }
        let experiment: Experiment
        do {
            experiment = try ExperimentFile.parse(e.definition) { (name: String) throws(ScenarioFileError) -> Scenario in
                throw ScenarioFileError(path: "base", message: "\(name): the stored definition carries its scenario inline")
            }
        } catch {
            report.paragraph("Not drawn: the stored definition does not read back (\(error.description)).")
            return
        }
        guard let points = try? experiment.points(), points.count == table.points.count else {
            report.paragraph("Not drawn: the stored definition's design points differ from the store's.")
            return
        }
        let grouped = table.byPoint
        var spiral: [LineChart.Series] = [], share: [LineChart.Series] = []
        var replayed = 0, mismatched = 0
        let short = e.factors.map { String($0.split(separator: ".").last ?? Substring($0)) }
        for (p, point) in points.enumerated() {
            var spirals: [[Double]] = [], shares: [[Double]] = []
            for run in (grouped[p] ?? []).sorted(by: { $0.replication < $1.replication }).prefix(replayedReplications) {
                var scenario = point.scenario
                scenario.seed = run.seed
                guard let world = try? World(scenario: scenario, threads: 1) else { continue }
                var a: [Double] = [], b: [Double] = []
                world.run(ticks: scenario.ticks) { w in
                    let m = w.metrics()
                    a.append(m.spiral)
                    b.append(m.meanShare)
                }
                replayed += 1
                if world.digestHex != run.digest { mismatched += 1 }
                spirals.append(a)
                shares.append(b)
            }
            let name = e.factors.isEmpty ? "base" : zip(short, point.values).map { "\($0)=\(ResultsTable.number($1))" }.joined(separator: ", ")
            spiral.append(band(name, spirals))
            share.append(band(name, shares))
        }
        report.chart(LineChart(title: "Spiral index by design point", xLabel: "tick", yLabel: "spiral index (0–1)", series: spiral, yRange: 0...1).svg)
        report.chart(LineChart(title: "Arms burden by design point", xLabel: "tick", yLabel: "mean spending share (of wealth)", series: share).svg)
        report.paragraph("Lines: the mean over replications; bands: its 95% normal interval. \(replayed) stored runs replayed from their seeds; \(mismatched == 0 ? "every replay's digest equals the stored one" : "\(mismatched) replays did NOT match the stored digest (the store was written by another version?)").")
    }

    /// Per-tick mean and 95% normal interval over runs of possibly different lengths.
    static func band(_ name: String, _ runs: [[Double]]) -> LineChart.Series {
        let length = runs.map(\.count).max() ?? 0
        var mean: [Double] = [], low: [Double] = [], high: [Double] = []
        for t in 0..<length {
            let xs = runs.compactMap { t < $0.count ? $0[t] : nil }
            let m = Statistics.mean(xs)
            let half = xs.count > 1 ? SampleSummary.z95 * Statistics.standardDeviation(xs, mean: m) / Double(xs.count).squareRoot() : 0
            mean.append(m)
            low.append(m - half)
            high.append(m + half)
        }
        return LineChart.Series(name: name, values: mean, band: (low: low, high: high))
    }

    /// A number to four decimals for reading (the store and `anarchy results` keep every digit).
}
