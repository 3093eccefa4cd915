import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld

/// A scenario sent in a request body (YAML or JSON, the scenario-file format), read with the same
/// validator as the command line; `ticks` and `seed` from the query override the file's, and each
/// `set=PATH=VALUE` puts a value at its path in the file (`system.beta=2.5`, `mechanisms.preemption={}`),
/// validated the same way (``ScenarioEdit``, as claim files and `anarchy run --set` do).
enum ScenarioRequest {
    static func read(_ text: String, ticks: String?, seed: String?, settings: [String] = []) throws(APIError) -> Scenario {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(
                status: .badRequest,
                message: "send a scenario file as the body (YAML or JSON, docs/SCENARIOS.md; anarchy scenarios --export NAME writes one, GET /api/scenarios/{name} returns one)")
        }
        var scenario: Scenario
        do { scenario = try ScenarioFile.parse(text) } catch {
            throw APIError(status: .unprocessableContent, message: "the scenario is not valid: \(error.description)", problems: [problem(error)])
        }
        for setting in settings {
            let edit: ScenarioEdit
            do { edit = try ScenarioEdit(assignment: setting) } catch {
                throw APIError(status: .badRequest, message: "set: \(error.description)")
            }
            do { scenario = try edit.applied(to: scenario) } catch {
                throw APIError(status: .unprocessableContent, message: "set \(setting): \(error.description)", problems: [problem(error)])
            }
        }
        if let ticks {
            guard let t = Int(ticks), (1...100_000).contains(t) else { throw APIError(status: .badRequest, message: "ticks: got '\(ticks)'; must be a whole number in 1…100000") }
            scenario.ticks = t
        }
        if let seed {
            guard let s = UInt64(seed) else { throw APIError(status: .badRequest, message: "seed: got '\(seed)'; must be a whole number in 0…18446744073709551615") }
            scenario.seed = s
        }
        return scenario
    }

    /// Every problem of a scenario text (as `anarchy validate` lists them), for live validation.
    static func problems(_ text: String) -> [JSONValue] {
        ScenarioFile.problems(text).map(problem)
    }

    static func problem(_ error: ScenarioFileError) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("path", .string(error.path)), ("message", .string(error.message))]
        if let line = error.line { fields.append(("line", .integer(line))) }
        if let column = error.column { fields.append(("column", .integer(column))) }
        return .object(fields)
    }
}
