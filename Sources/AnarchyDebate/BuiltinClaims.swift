import AnarchyScenarioFiles
import AnarchyWorld

/// The debate's claims (issue: "the debate"), each a claim file kept in its own source file
/// under `Claims/` — readable as it stands, exported by `anarchy debate --export N`, and run by
/// `anarchy debate [--claim N|FILE]`. Operationalisations and limits: `docs/DEBATE.md`.
public enum BuiltinClaims {
    /// The claim files' texts, in claim order.
    public static let texts: [String] = [
        distinguishability, reassuranceAndDeterrence, punishmentAndDenial, misrepresentation, allianceExpansion,
        defenseDominance, costlySignals, securityCommunities, perspectiveTaking, spiralModel, deterrenceModel,
    ]

    /// Built-in claim n's file as `anarchy debate --export n` prints it (ending in a newline): the
    /// text its hash is taken of.
    public static func file(_ n: Int) -> String { texts[n - 1] + "\n" }

    /// The built-in claims, read from their files' texts (built-in scenarios as bases).
    public static func all() throws(ScenarioFileError) -> [ClaimSource] {
        try texts.indices.map { i throws(ScenarioFileError) in
            let text = file(i + 1)
            do throws(ScenarioFileError) {
                return ClaimSource(claim: try ClaimFile.parse(text, loadScenario: builtinScenario), text: text)
            } catch {
                throw ScenarioFileError(path: error.path, message: "built-in claim \(i + 1): \(error.message)", line: error.line, column: error.column)
            }
        }
    }

    /// A built-in scenario by name (claim files' `base:` when they are built in).
    public static func builtinScenario(_ name: String) throws(ScenarioFileError) -> Scenario {
        guard let found = BuiltinScenarios.scenario(name) else {
            throw ScenarioFileError(path: "base", message: "no built-in scenario \"\(name)\" (anarchy scenarios lists them)")
        }
        return found
    }
}
