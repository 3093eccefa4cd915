import AnarchyDebate
import AnarchyExperiments
import AnarchyWorld
import AnarchyScenarioFiles
import AnarchyCore
import ArgumentParser

/// `anarchy validate FILE`: every problem of a scenario file, or "valid"; claim and experiment
/// files are recognised by their keys and checked as `anarchy debate --claim` and `anarchy sweep`
/// read them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario, experiment or claim file and report the problems found.",
        discussion: """
            Prints one line per problem — the field, the reason, the line and column — and exits \
            with status 2, or prints a one-line summary and exits 0. A file with a claim: key is \
            read as a claim file (docs/DEBATE.md), one with factors:, design:, metrics: or base: \
            as an experiment file (docs/EXPERIMENTS.md), any other as a scenario file \
            (docs/SCENARIOS.md). Every problem found is reported at once (a claim's sweeps and \
            levels, an experiment's design points, once the fields they rest on are sound).
            """)

    @Argument(help: ArgumentHelp("A scenario, experiment or claim file (YAML or JSON), or a built-in scenario's name.", valueName: "file"))
    var file: String

    /// What kind of file `text` is, by its top-level keys (a scenario when it cannot tell).
    static func kind(_ text: String) -> String {
        guard case let .object(members)? = try? YAMLDocument.value(text: text) else { return "scenario" }
        let keys = Set(members.map(\.key))
        if keys.contains("claim") { return "claim" }
        if !keys.isDisjoint(with: ["factors", "design", "metrics", "base", "stop"]) { return "experiment" }
        return "scenario"
    }

    func run() throws {
        let text = try ScenarioSource.text(file)
        let directory = file.lastIndex(of: "/").map { String(file[...$0]) } ?? ""
        switch Self.kind(text) {
        case "claim":
            let problems = ClaimFile.problems(text, loadScenario: ExperimentSource.baseLoader(directory: directory))
            guard problems.isEmpty else {
                for problem in problems { Console.error("\(file): \(problem.description)") }
                throw SilentExit(status: 2)
            }
            let claim = try ClaimFile.parse(text, loadScenario: ExperimentSource.baseLoader(directory: directory))
            Console.out("\(file): valid claim file — claim \(claim.number) (\(claim.school.rawValue)): \(claim.title); \(claim.tests.count) test\(claim.tests.count == 1 ? "" : "s") on \(claim.baseSource)\n")
            return
        case "experiment":
            let problems = ExperimentFile.problems(text, loadScenario: ExperimentSource.baseLoader(directory: directory))
            guard problems.isEmpty else {
                for problem in problems { Console.error("\(file): \(problem.description)") }
                throw SilentExit(status: 2)
            }
            let experiment = try ExperimentSource.experiment(file)
            let points = (try? experiment.points().count) ?? 0
            Console.out("\(file): valid experiment file — \(experiment.name): \(experiment.factors.count) factor\(experiment.factors.count == 1 ? "" : "s"), \(points) design point\(points == 1 ? "" : "s") × \(experiment.replications) replications\n")
            return
        default: break
        }
        let problems = ScenarioFile.problems(text)
        guard problems.isEmpty else {
            for problem in problems { Console.error("\(file): \(problem.description)") }
            throw SilentExit(status: 2)
        }
        let scenario = try ScenarioSource.scenario(file)
        Console.out("\(file): valid — \(scenario.name): \(scenario.states.count) states, \(ScenarioDescription.geography(scenario.geography)), \(scenario.ticks) ticks, seed \(scenario.seed)\n")
    }
}

/// Short descriptions of scenarios for summaries.
enum ScenarioDescription {
    static func geography(_ geography: AnarchyWorld.Geography) -> String {
        switch geography {
        case let .ring(k): "a ring (k = \(k))"
        case let .grid(rows, columns, wrap): "a \(rows) × \(columns) grid\(wrap ? " (wrapped)" : "")"
        case let .randomGeometric(radius): "a random geometric graph (radius \(radius))"
        case let .edges(edges): "\(edges.count) borders"
        }
    }
}
