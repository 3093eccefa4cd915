import AnarchyCore
import AnarchyScenarioFiles
import ArgumentParser

/// `anarchy scenarios`: the built-in scenarios, and their files to start from.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios, or print one as a scenario file to start from.",
        discussion: """
            One line per scenario: its name, then what it shows. Run one with 'anarchy run NAME'; \
            'anarchy scenarios --export NAME > mine.yaml' gives its file (YAML, with comments) to edit \
            and run with 'anarchy run mine.yaml'. Fields: docs/SCENARIOS.md.
            """)

    @Option(name: .customLong("export"), help: ArgumentHelp("Print this built-in scenario's file.", valueName: "name"))
    var export: String?

    func run() throws {
        if let export {
            guard let entry = BuiltinScenarios.entry(export) else {
                throw UsageError("--export \(export): no built-in scenario of that name (see 'anarchy scenarios')")
            }
            Console.out(entry.yaml)
            return
        }
        let width = BuiltinScenarios.all.map(\.name.count).max() ?? 0
        Console.out(BuiltinScenarios.all.map { $0.name.padded(to: width) + "  " + $0.summary }.joined(separator: "\n") + "\n")
    }
}
