import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import AnarchyReports
import AnarchyScenarioFiles
import AnarchyWorld
import AnarchyStore
import ArgumentParser

/// `anarchy report STORE --out FILE`: an experiment's results as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an experiment's results (a store written by 'anarchy sweep') or a debate's (debate.json) as one self-contained HTML page.",
        discussion: """
            For each metric: the mean at every design point with its 95% interval, and — when the \
            design crosses two factors — a phase diagram (heat map) of the mean over them; a table \
            of the summaries; and the exact inputs: the experiment definition (with its master \
            seed), the design points and the version. Inline SVG, no scripts, nothing fetched. \
            Given the debate.json that 'anarchy debate --out DIR' writes (or DIR itself), the \
            debate's report: verdict table, effects, boundaries, phase diagrams, time series, inputs.
            """)

    @Argument(help: ArgumentHelp("The results store (SQLite), or a debate's debate.json (or its directory).", valueName: "results"))
    var store: String

    @Option(name: .customLong("experiment"), help: ArgumentHelp("The experiment's id or name (needed when the store holds several).", valueName: "id"))
    var experiment: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var out: String

    func run() throws {
        if let debate = try DebateSource.results(store) {
            try TextFile.write(DebateReport.html(debate), to: out, flag: "--out")
            Console.out("wrote \(out): the debate, \(debate.claims.count) claim\(debate.claims.count == 1 ? "" : "s")\n")
            return
        }
        let (results, chosen) = try ResultsTable.open(store, experiment: experiment)
        let table = ResultsTable(experiment: chosen, points: try results.pointValues(of: chosen.id), runs: try results.results(of: chosen.id))
        try TextFile.write(ExperimentReport.html(table), to: out, flag: "--out")
        Console.out("wrote \(out): \(chosen.name), \(table.points.count) design points, \(table.runs.count) runs\n")
    }
}
