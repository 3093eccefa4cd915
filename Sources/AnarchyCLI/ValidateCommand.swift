import AnarchyWorld
import AnarchyScenarioFiles
import ArgumentParser

/// `anarchy validate FILE`: every problem of a scenario file, or "valid".
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and report every problem found.",
        discussion: """
            Prints one line per problem — the field, the reason, the line and column — and exits \
            with status 2, or prints a one-line summary of the scenario and exits 0.
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) or a built-in scenario's name.", valueName: "file"))
    var file: String

    func run() throws {
        let text = try ScenarioSource.text(file)
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
