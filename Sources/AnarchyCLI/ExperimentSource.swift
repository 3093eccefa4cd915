import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld

/// An experiment named on the command line: a built-in's name or a file's path. A file's
/// `base:` is a built-in scenario's name or a scenario file, relative to the experiment file.
enum ExperimentSource {
    static func experiment(_ argument: String) throws -> Experiment {
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.hasSuffix(".json")
        let text: String
        var directory = ""
        if !looksLikePath, let entry = BuiltinExperiments.entry(argument) {
            text = entry.yaml
        } else if looksLikePath || TextFile.exists(argument) {
            text = try TextFile.read(argument, flag: "experiment")
            if let slash = argument.lastIndex(of: "/") { directory = String(argument[...slash]) }
        } else {
            let names = BuiltinExperiments.all.map(\.name).joined(separator: ", ")
            throw UsageError("no built-in experiment or file named '\(argument)' (built-ins: \(names); see 'anarchy experiments')")
        }
        do {
            return try ExperimentFile.parse(text, loadScenario: baseLoader(directory: directory))
        } catch {
            throw UsageError("\(argument): \(error.description)")
        }
    }

    /// Reads a file's `base:`: a built-in scenario's name, or a scenario file's path relative to
    /// `directory` (the experiment or claim file's own).
    static func baseLoader(directory: String) -> (String) throws(ScenarioFileError) -> Scenario {
        { (name: String) throws(ScenarioFileError) -> Scenario in
            let path = name.hasPrefix("/") || BuiltinScenarios.entry(name) != nil ? name : directory + name
            let scenarioText: String
            if let entry = BuiltinScenarios.entry(name) {
                scenarioText = entry.yaml
            } else {
                do { scenarioText = try TextFile.read(path, flag: "base") } catch {
                    throw ScenarioFileError(path: "", message: "no built-in scenario or readable file named '\(name)'")
                }
            }
            return try ScenarioFile.parse(scenarioText)
        }
    }
}
