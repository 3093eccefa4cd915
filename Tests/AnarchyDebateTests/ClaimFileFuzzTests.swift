import AnarchyCore
import AnarchyScenarioFiles
import AnarchyTestSupport
import Testing

@testable import AnarchyDebate

/// Fuzzing claim files (issue 19): mutated built-in claims never crash or hang the reader; each
/// is refused with readable problems or read into a claim whose first levels can be planned (or
/// are refused with a message).
@Suite(.timeLimit(.minutes(10)))
struct ClaimFileFuzzTests {
    static let fragments = ByteMutator.yamlFragments + [
        "expect: sideways", "expect: lower", "smallestEffect: -1", "margin: 0", "metric: nothing", "control: nobody",
        "treatment: {label: x, set: {system.beta: -1}}", "set: {'states[99].doctrine': deterrer}", "set: {nothing.here: 1}",
        "across: [{path: system.delta, values: []}]", "replications: 0", "quick: 100001", "base: nowhere", "school: third",
        "claim: -4", "placebo: {label: p}", "revisions: [{date: yesterday}]",
    ]

    @Test func mutatedClaimFilesNeverCrashTheReader() throws {
        var mutator = ByteMutator(seed: 1978, fragments: Self.fragments)
        var unplanned: [String] = []
        let fuzz = ReaderFuzz(
            rounds: 2_200, corpus: BuiltinClaims.texts, mutator: &mutator,
            read: { ClaimFile.read($0, loadScenario: BuiltinClaims.builtinScenario) },
            use: { claim in
                do throws(ScenarioFileError) {
                    for level in try ClaimPlan.levels(claim).prefix(2) { _ = try ClaimPlan.conditions(claim, at: level) }
                    return true
                } catch {
                    if error.message.isEmpty { unplanned.append("a plan refused without a message") }
                    return false
                }
            })
        #expect(fuzz.broken.isEmpty && unplanned.isEmpty, "\(fuzz.broken.prefix(5)) \(unplanned.prefix(5))")
        #expect(fuzz.refused > 400 && fuzz.read > 400 && fuzz.used > 300, "\(fuzz.refused) refused, \(fuzz.read) read, \(fuzz.used) planned")
    }
}
