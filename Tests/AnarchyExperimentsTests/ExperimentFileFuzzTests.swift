import AnarchyCore
import AnarchyScenarioFiles
import AnarchyTestSupport
import Testing

@testable import AnarchyExperiments

/// Fuzzing experiment files (issue 19): mutated built-in experiments never crash or hang the
/// reader; each is refused with located, readable problems or read into an experiment whose
/// design points can be built (or are refused with a message).
@Suite(.timeLimit(.minutes(10)))
struct ExperimentFileFuzzTests {
    static let fragments = ByteMutator.yamlFragments + [
        "design: grid", "design: {kind: random, points: 3}", "design: {kind: latinHypercube, points: 0}", "design: {kind: oneAtATime}",
        "replications: 0", "replications: 1000001", "factors: []", "\n  - {path: system.beta, values: []}",
        "\n  - {path: system.beta, min: 2, max: 1}", "\n  - {path: nothing.here, values: [1]}", "\n  - {path: 'states[99].motive', values: [1]}",
        "metrics: [nothing]", "metrics: []", "stop: {metric: wars, halfWidth: 0}", "focal: 99", "base: nothing", "seed: -3",
        "scenario: {ticks: -1}",
    ]

    @Test func mutatedExperimentFilesNeverCrashTheReader() throws {
        var mutator = ByteMutator(seed: 20261205, fragments: Self.fragments)
        let fuzz = ReaderFuzz(
            rounds: 3_000, corpus: BuiltinExperiments.all.map(\.yaml), mutator: &mutator,
            read: { ExperimentFile.read($0, loadScenario: loadBuiltin) },
            use: { experiment in
                // The reader bounds a design's size (maximumPoints); the small ones are built.
                var one = experiment
                one.replications = 1
                return Self.pointCount(one) <= 2_000 && (try? one.points()) != nil
            })
        #expect(fuzz.broken.isEmpty, "\(fuzz.broken.prefix(5))")
        #expect(fuzz.refused > 500 && fuzz.read > 500 && fuzz.used > 300, "\(fuzz.refused) refused, \(fuzz.read) read, \(fuzz.used) designed")
    }

    /// How many points `experiment`'s design makes (without building them).
    static func pointCount(_ experiment: Experiment) -> Int {
        switch experiment.design {
        case .grid: experiment.factors.reduce(1) { $0.multipliedReportingOverflow(by: Swift.max(1, $1.values.count)).partialValue }
        case let .random(count), let .latinHypercube(count): count
        case .oneAtATime: experiment.factors.reduce(1) { $0 + $1.values.count }
        }
    }
}
