import AnarchyReports
import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import AnarchyStore
import ArgumentParser

/// `anarchy results STORE`: an experiment's results, per design point or per run, as a table,
/// CSV or JSON; with `--compare A,B` the difference between two points; with `--sensitivity`
/// which factor moves which metric. Columns: docs/EXPERIMENTS.md.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Summarise an experiment in a results store: per design point (mean, sd, 95% intervals, quantiles) or per run.",
        discussion: """
            CSV is long and tidy: one row per design point and metric (or per run with --runs), \
            columns documented in docs/EXPERIMENTS.md and stable; a missing value is an empty \
            field, as readr, pandas and Stata read it. Timings are left out unless \
            --timings is given, so two stores of the same experiment export identical bytes.
            """)

    @Argument(help: ArgumentHelp("The results store (SQLite).", valueName: "store"))
    var store: String

    @Option(name: .customLong("experiment"), help: ArgumentHelp("The experiment's id or name (needed when the store holds several).", valueName: "id"))
    var experiment: String?

    @Option(name: .customLong("format"), help: ArgumentHelp("table (default), csv or json.", valueName: "format"))
    var format: String = "table"

    @Flag(name: .customLong("runs"), help: "One row per run instead of per design point.")
    var runs = false

    @Flag(name: .customLong("timings"), help: "Include each run's seconds (with --runs).")
    var timings = false

    @Option(name: .customLong("names"), help: ArgumentHelp("Column names: paths (default; factor columns like system.beta, metrics like spiralMean) or snake (system_beta, spiral_mean: names Stata takes).", valueName: "style"))
    var names: String = "paths"

    @Option(name: .customLong("compare"), help: ArgumentHelp("The difference of two design points' means, B minus A (column b_minus_a), with 95% normal and bootstrap intervals.", valueName: "A,B"))
    var compare: String?

    @Flag(name: .customLong("sensitivity"), help: "Rank the factors by their correlation with each metric.")
    var sensitivity = false

    func run() throws {
        guard ["table", "csv", "json"].contains(format) else { throw UsageError("--format \(format): must be table, csv or json") }
        guard ["paths", "snake"].contains(names) else { throw UsageError("--names \(names): must be paths or snake") }
        let (results, chosen) = try ResultsTable.open(store, experiment: experiment)
        let table = ResultsTable(experiment: chosen, points: try results.pointValues(of: chosen.id), runs: try results.results(of: chosen.id))
        var output: [[String]]
        if let compare {
            let parts = compare.split(separator: ",").map { Int($0) }
            guard parts.count == 2, let a = parts[0], let b = parts[1], table.points.indices.contains(a), table.points.indices.contains(b) else {
                throw UsageError("--compare \(compare): give two design points A,B in 0…\(table.points.count - 1)")
            }
            output = table.differences(a, b)
        } else if sensitivity {
            output = table.sensitivity()
        } else {
            output = runs ? table.perRun(timings: timings) : table.perPoint()
        }
        if names == "snake" { output = ResultsTable.snakeNamed(output) }
        switch format {
        case "csv": Console.out(ResultsTable.csv(output))
        case "json": Console.out(ResultsTable.json(output) + "\n")
        default: Console.out(ResultsTable.aligned(output, title: "\(chosen.name) (\(chosen.id)), version \(chosen.version): \(table.runs.count) runs"))
        }
    }
}
