import AnarchyRecords
import AnarchyCore
import AnarchyDebate

/// A debate's results named on the command line: `debate.json`, or the directory holding it.
enum DebateSource {
    /// The results, or nil when `argument` is neither a `.json` file nor a directory with a
    /// `debate.json` (then it is taken for a results store).
    static func results(_ argument: String) throws -> DebateResults? {
        let path: String
        if argument.hasSuffix(".json") {
            path = argument
        } else if TextFile.exists(argument + "/debate.json") {
            path = argument + "/debate.json"
        } else {
            return nil
        }
        let text = try TextFile.read(path, flag: "results")
        do {
            return try DebateResults(json: try JSONParser.parse(text))
        } catch let error as JSONParser.Failure {
            throw UsageError("\(path): not JSON: \(error.description)")
        } catch {
            throw UsageError("\(path): not a debate's results: \(error)")
        }
    }
}
