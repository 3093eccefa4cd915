import AnarchyWorld
import ArgumentParser

/// `anarchy sdw1`: the reference Security Dilemma World with every parameter on a flag.
struct SDW1Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdw1",
        abstract: "Run SDW-1, the reference Security Dilemma World, and print its digest.",
        discussion: """
            N states on a ring each watch their 2k nearest neighbours. Every tick a state gauges \
            the threat its neighbours pose, spends on offense and defense (security seekers more \
            when afraid, greedy states always), observes its neighbours' arming through noise and \
            updates its belief that each is greedy by Bayes' rule, and greedy states attack weak \
            neighbours. Arms are hard to tell apart when delta is low and offense is cheap when beta \
            is low: Jervis's (1978) security dilemma. The last line of output is the run's digest \
            (16 hex digits), its bit-exact fingerprint (docs/SDW1.md).
            """)

    @OptionGroup(title: "Model parameters") var model: SDW1Options
    @OptionGroup(title: "Execution") var engine: EngineOptions

    @Option(name: .customLong("series"), help: ArgumentHelp(
        "Write the per-tick series to this CSV file (columns: \(TickMetrics.csvHeader)).",
        valueName: "file"))
    var series: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object (summary and digest) instead of the summary.")
    var json = false

    func run() throws {
        try Self.run(given: model.given, threads: engine.threads, series: series, json: json)
    }

    /// Validates and runs an invocation: shared by this command and ``SDW1FastPath``.
    static func run(given: [(SDW1Parameters.Field, String?)], threads: String?, series: String?, json: Bool) throws {
        let parameters = try SDW1Options.parameters(given: given)
        let workers = try EngineOptions.workerCount(threads)
        let outcome = try WorldRun(
            parameters: parameters, threads: workers, seriesPath: series, keepHistory: false
        ).run()
        Console.out(json ? SDW1Report.json(outcome) : SDW1Report.human(outcome))
    }
}
