import AnarchyCore
import AnarchyWorld
import Yams

/// Reading and writing scenario files: YAML or JSON (JSON is read as YAML's flow style; one
/// schema, `docs/scenario.schema.json`). Every problem names the field path, the reason, and the
/// line and column; unknown keys are errors, so a typo is never silently ignored.
public enum ScenarioFile {
    /// The largest scenario text accepted (characters).
    public static let maximumLength = 16 << 20
    /// The most nodes a document may expand to (YAML aliases can multiply a small file).
    public static let maximumNodes = NodeReader.maximumNodes

    /// The scenario a file's text describes, validated.
    public static func parse(_ text: String) throws(ScenarioFileError) -> Scenario {
        let (scenario, marks, keyProblems) = try decode(text)
        if let first = keyProblems.first { throw first }
        do throws(ScenarioError) {
            try scenario.validate()
        } catch {
            throw located(error, marks)
        }
        return scenario
    }

    /// Every problem of a file (`anarchy validate`): the syntax or structure error if there is
    /// one, otherwise every field outside its domain.
    public static func problems(_ text: String) -> [ScenarioFileError] {
        do throws(ScenarioFileError) {
            let (scenario, marks, keyProblems) = try decode(text)
            return keyProblems + scenario.problems().map { located($0, marks) }
        } catch {
            return [error]
        }
    }

    public static func located(_ error: ScenarioError, _ marks: [String: Mark]) -> ScenarioFileError {
        // The field's own position, else the nearest enclosing one that was written.
        var path = error.path
        while !path.isEmpty && marks[path] == nil {
            if let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) {
                path = String(path[..<cut])
            } else {
                path = ""
            }
        }
        // A field left to its default has no place in the file.
        let mark = path.isEmpty ? nil : marks[path]
        return ScenarioFileError(path: error.path, message: error.message, line: mark?.line, column: mark?.column)
    }

    /// The node tree of a YAML or JSON document of at most ``maximumLength`` characters, with
    /// syntax errors located; `kind` names the document for the empty-file message ("a scenario").
    public static func compose(_ text: String, kind: String) throws(ScenarioFileError) -> Node {
        guard text.count <= maximumLength else {
            throw ScenarioFileError(path: "", message: "the file is larger than \(maximumLength >> 20) MiB of text")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error)
        } catch {
            throw ScenarioFileError(path: "", message: "not YAML or JSON: \(error)")
        }
        guard let root else { throw ScenarioFileError(path: "", message: "the file is empty; \(kind) is a mapping of fields") }
        return root
    }

    static func decode(_ text: String) throws(ScenarioFileError) -> (Scenario, [String: Mark], [ScenarioFileError]) {
        let root = try compose(text, kind: "a scenario")
        var decoder = ScenarioDecoder()
        let scenario = try decoder.scenario(root)
        return (scenario, decoder.marks, decoder.keyProblems)
    }

    private static func syntaxError(_ error: YamlError) -> ScenarioFileError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let what = context.map { "\($0.text) " } ?? ""
            return ScenarioFileError(path: "", message: "not valid YAML or JSON: \(what)\(problem)", line: mark.line, column: mark.column)
        case let .reader(problem, offset, _, _):
            return ScenarioFileError(path: "", message: "unreadable text: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams reports the mapping that holds them.
            return ScenarioFileError(
                path: duplicates.joined(separator: ", "), message: "given twice in the mapping that starts here",
                line: context.mark.line, column: context.mark.column)
        default:
            return ScenarioFileError(path: "", message: "not valid YAML or JSON: \(error)")
        }
    }
}
