import AnarchyRecords
import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld

/// A scenario named on the command line: a built-in's name or a file's path.
enum ScenarioSource {
    /// The text of `argument`: a file when it looks like a path or exists, else a built-in.
    static func text(_ argument: String) throws -> String {
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.hasSuffix(".json")
        if !looksLikePath, let entry = BuiltinScenarios.entry(argument) { return entry.yaml }
        if looksLikePath || TextFile.exists(argument) { return try TextFile.read(argument, flag: "scenario") }
        let names = BuiltinScenarios.all.map(\.name).joined(separator: ", ")
        throw UsageError("no built-in scenario or file named '\(argument)' (built-ins: \(names); see 'anarchy scenarios')")
    }

    /// The scenario `argument` names, validated; problems become one-line usage errors.
    static func scenario(_ argument: String) throws -> Scenario {
        let text = try text(argument)
        do {
            return try ScenarioFile.parse(text)
        } catch {
            throw UsageError("\(argument): \(error.description)")
        }
    }
}
