import AnarchyCore
import AnarchyExperiments
import ArgumentParser

/// `anarchy experiments [--export NAME]`: the built-in experiments.
struct ExperimentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiments",
        abstract: "List the built-in experiments (name, then what it does), or print one as a file to start from.")

    @Option(name: .customLong("export"), help: ArgumentHelp("Print this built-in experiment's file (YAML).", valueName: "name"))
    var export: String?

    func run() throws {
        if let export {
            guard let entry = BuiltinExperiments.entry(export) else {
                throw UsageError("--export \(export): no built-in experiment of that name (built-ins: \(BuiltinExperiments.all.map(\.name).joined(separator: ", ")))")
            }
            Console.out(entry.yaml)
            return
        }
        let width = BuiltinExperiments.all.map(\.name.count).max() ?? 0
        Console.out(BuiltinExperiments.all.map { $0.name.padded(to: width) + "  " + $0.summary }.joined(separator: "\n") + "\n")
    }
}
