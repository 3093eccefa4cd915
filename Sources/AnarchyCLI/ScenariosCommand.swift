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
            and run with 'anarchy run mine.yaml'. Fields: docs/SCENARIOS.md. '--schema' prints the \
            JSON Schema of scenario files as this build reads them (docs/scenario.schema.json), for \
            editors and validators; '--settings' every mechanism's settings as Markdown tables.
            """)

    @Option(name: .customLong("export"), help: ArgumentHelp("Print this built-in scenario's file.", valueName: "name"))
    var export: String?

    @Flag(name: .customLong("schema"), help: "Print the JSON Schema of scenario files.")
    var schema = false

    @Flag(name: .customLong("settings"), help: "Print every mechanism's settings as Markdown tables.")
    var settings = false

    func run() throws {
        guard [export != nil, schema, settings].filter({ $0 }).count <= 1 else {
            throw UsageError("give one of --export NAME, --schema and --settings")
        }
        if schema {
            Console.out(ScenarioSchema.text)
            return
        }
        if settings {
            Console.out(ScenarioSchema.settingsTables)
            return
        }
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
