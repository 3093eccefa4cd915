import Foundation
import Testing

@testable import AnarchyDebate

@Suite(.timeLimit(.minutes(10)))
struct VerdictTests {
    /// Student-t 0.975 quantiles.
    @Test func studentQuantiles() {
        let reference: [(Int, Double)] = [  // scipy.stats.t.ppf(0.975, ν)
            (1, 12.706204736174694), (2, 4.302652729749462), (3, 3.1824463052837078), (4, 2.7764451051977934), (5, 2.5705818356363146),
            (7, 2.364624251592784), (9, 2.262157162798205), (19, 2.0930240544083087), (30, 2.0422724563012378),
            (31, 2.039513446396408), (39, 2.022690920036761), (199, 1.9719565442517533),
        ]
        for (ν, t) in reference {
            #expect(abs(PairedEffect.studentT975(degrees: ν) - t) < (ν <= 30 ? 1e-9 : 1e-5), "ν = \(ν): \(PairedEffect.studentT975(degrees: ν)) vs \(t)")
        }
        #expect(PairedEffect.studentT975(degrees: 0).isNaN)
    }

    @Test func pairedEffectsByHand() {
        // Differences 1, 2, 3, 6: mean 3, sd √(14/3), n 4 → half-width t(3)·sd/2.
        let e = PairedEffect(control: [1, 1, 2, 0], treatment: [2, 3, 5, 6])
        let half = 3.1824463052837078 * (14.0 / 3).squareRoot() / 2
        #expect(e.n == 4 && e.effect == 3 && e.controlMean == 1 && e.treatmentMean == 4)
        #expect(abs(e.low - (3 - half)) < 1e-9 && abs(e.high - (3 + half)) < 1e-9)
        // A pair with a NaN is left out; without a control the effect is the treatment's mean.
        let dropped = PairedEffect(control: [1, .nan, 2], treatment: [2, 5, .nan])
        #expect(dropped.n == 1 && dropped.effect == 1 && dropped.low.isNaN)
        let alone = PairedEffect(control: nil, treatment: [0.2, 0.4])
        #expect(alone.n == 2 && abs(alone.effect - 0.3) < 1e-15 && alone.controlMean.isNaN)
    }

    @Test func outcomesAgainstTheRegion() {
        #expect(Expectation(.lower).outcome(low: -2, high: -0.1) == .holds)
        #expect(Expectation(.lower).outcome(low: -2, high: 0.1) == .inconclusive)
        #expect(Expectation(.lower).outcome(low: 0, high: 1) == .fails)
        #expect(Expectation(.lower, margin: 0.5).outcome(low: -2, high: -0.4) == .inconclusive)
        #expect(Expectation(.higher).outcome(low: 0.01, high: 1) == .holds)
        #expect(Expectation(.same, margin: 0.1).outcome(low: -0.05, high: 0.08) == .holds)
        #expect(Expectation(.same, margin: 0.1).outcome(low: 0.1, high: 0.3) == .fails)
        #expect(Expectation(.same, margin: 0.1).outcome(low: 0.05, high: 0.3) == .inconclusive)
        #expect(Expectation(.notLower, margin: 1).outcome(low: -0.5, high: 3) == .holds)
        #expect(Expectation(.notLower, margin: 1).outcome(low: -3, high: -1) == .fails)
        #expect(Expectation(.notHigher, margin: 1).outcome(low: -3, high: 0.5) == .holds)
        #expect(Expectation(.higher).outcome(low: .nan, high: .nan) == .inconclusive)
    }

    @Test func verdictsAndBoundaries() {
        #expect(Verdict.of([.holds, .holds]) == .supported)
        #expect(Verdict.of([.holds, .untestable]) == .supported)  // an untestable level does not vote
        #expect(Verdict.of([.fails, .fails]) == .contradicted)
        #expect(Verdict.of([.inconclusive, .inconclusive, .untestable]) == .inconclusive)
        #expect(Verdict.of([.untestable, .untestable]) == .untestable)
        #expect(Verdict.of([.fails, .inconclusive]) == .depends)
        #expect(Verdict.of([.holds, .fails]) == .depends)
        #expect(Verdict.combining([.supported, .supported]) == .supported)
        #expect(Verdict.combining([.contradicted, .contradicted]) == .contradicted)
        #expect(Verdict.combining([.supported, .contradicted]) == .depends)
        #expect(Verdict.combining([.untestable, .inconclusive]) == .depends)
        #expect(Boundary.describe(path: "system.beta", [(1, .holds), (0.5, .holds), (2.5, .fails)]) == "holds for system.beta ≤ 1, not from 2.5 (fails there)")
        #expect(Boundary.describe(path: "system.delta", [(0.9, .holds), (0.1, .inconclusive), (0.3, .holds)]) == "holds for system.delta ≥ 0.3, not at 0.1 and below (inconclusive there)")
        #expect(Boundary.describe(path: "x", [(1, .holds), (2, .fails), (3, .holds)]) == "x: 1 holds, 2 fails, 3 holds")
        #expect(Boundary.describe(path: "x", [(1, .holds), (2, .holds)]) == "holds across x ∈ [1, 2]")
        #expect(Boundary.describe(path: "x", [(1, .inconclusive), (2, .inconclusive)]) == "holds nowhere in x ∈ [1, 2] (inconclusive)")
        #expect(Boundary.describe(path: "x", [(1, .untestable), (2, .untestable)]) == "holds nowhere in x ∈ [1, 2] (untestable everywhere: the metric undefined in most runs)")
        #expect(Boundary.describe(path: "x", [(1, .fails), (2, .fails)]) == "holds nowhere in x ∈ [1, 2] (contradicted everywhere)")
    }

    /// One-sided p-values from Student's t: reference values from standard tables (scipy.stats.t.sf),
    /// and agreement with the interval rule at 2.5%.
    @Test func pValuesFromStudentsT() {
        // Differences 1, 2, 3, 6: mean 3, se √(14/3)/2 = 1.0801; ν = 3.
        let e = PairedEffect(control: [1, 1, 2, 0], treatment: [2, 3, 5, 6])
        // scipy.stats.t.sf(3 / 1.0801234497346435, 3) = 0.034568434632214366
        #expect(abs(Expectation(.higher).pValues(e).holds - 0.034568434632214366) < 1e-12)
        // With margin 1: scipy.stats.t.sf(2 / 1.0801234497346435, 3) = 0.08058092360675975
        #expect(abs(Expectation(.higher, margin: 1).pValues(e).holds - 0.08058092360675975) < 1e-12)
        #expect(abs(Expectation(.higher).pValues(e).fails - (1 - 0.034568434632214366)) < 1e-12)
        // ν = 99: scipy.stats.t.sf(2.0, 99) = 0.02411984668631648 (the finite series is exact for any ν).
        let many = PairedEffect(control: nil, treatment: (0..<100).map { $0 % 2 == 0 ? 0.2 + 1.0 : 0.2 - 1.0 })
        let t = many.effect / many.standardError
        #expect(abs(Expectation(.higher).pValues(many).holds - 0.5 * (1 - PairedEffect.centralProbability(t, degrees: 99))) < 1e-12)
        #expect(abs(PairedEffect.centralProbability(2.0, degrees: 99) - (1 - 2 * 0.02411984668631648)) < 1e-12)
        // The interval rule and p < 0.025 agree, for every kind of expectation.
        for kind in Expectation.Kind.allCases {
            for shift in stride(from: -3.0, through: 3.0, by: 0.25) {
                let x = PairedEffect(control: [0, 0, 0, 0, 0], treatment: [shift - 1, shift, shift + 0.5, shift + 1.5, shift - 0.2])
                let expectation = Expectation(kind, margin: 0.5)
                let outcome = expectation.outcome(low: x.low, high: x.high), p = expectation.pValues(x)
                #expect((outcome == .holds) == (p.holds < 0.025), "\(kind) shift \(shift)")
                #expect((outcome == .fails) == (p.fails < 0.025), "\(kind) shift \(shift)")
            }
        }
        // Every pair the same: certain on the side it lies.
        let flat = PairedEffect(control: [0, 0, 0], treatment: [0, 0, 0])
        #expect(Expectation(.same, margin: 0.02).pValues(flat).holds == 0 && Expectation(.lower, margin: 0.02).pValues(flat).fails == 0)
    }

    /// Holm's step-down procedure by hand: p = 0.01, 0.04, 0.03, 0.005 at α = 0.05 compares the
    /// sorted values with 0.0125, 0.0167, 0.025, 0.05: rejects 0.005 and 0.01, stops at 0.03.
    @Test func holmStepsDown() {
        #expect(Holm.rejected([0.01, 0.04, 0.03, 0.005], alpha: 0.05) == [true, false, false, true])
        #expect(Holm.rejected([0.001, 0.002], alpha: 0.05) == [true, true])
        #expect(Holm.rejected([0.03, .nan], alpha: 0.05) == [false, false])  // 0.03 > 0.05/2
        // Outcomes: untestable levels take no part in the correction.
        let outcomes = Holm.outcomes([(0.001, 0.99), (0.9, 0.001), (0.02, 0.5), (0.0001, 0.9)], testable: [true, true, false, true])
        #expect(outcomes == [.holds, .fails, .untestable, .holds])
        // Uncorrected, 0.02 would hold at 2.5%; among three testable levels it does not.
        #expect(Holm.outcomes([(0.02, 0.9), (0.9, 0.9), (0.9, 0.9)], testable: [true, true, true]) == [.inconclusive, .inconclusive, .inconclusive])
        #expect(Holm.minimumPairs(replications: 20) == 10 && Holm.minimumPairs(replications: 3) == 2)
    }

    /// The robustness summary by hand: four points, two hold (the two with the lower β).
    @Test func robustnessByHand() throws {
        func point(_ beta: Double, _ delta: Double, _ outcome: Outcome) -> (settings: [Level.Setting], outcome: Outcome) {
            ([Level.Setting(path: "system.beta", value: beta), Level.Setting(path: "system.delta", value: delta)], outcome)
        }
        let r = try #require(Robustness.of([point(0.5, 0.2, .holds), point(0.7, 0.9, .holds), point(2, 0.3, .fails), point(2.5, 0.8, .inconclusive), point(1, 0.5, .untestable)]))
        #expect(r.points == 5 && r.testable == 4 && r.holds == 2 && r.share == 0.5)
        // β: values 0.5, 0.7, 2, 2.5 (mean 1.425, sd √(1.8825/3)); holding mean 0.6, not 2.25: d = −1.65 / 0.79215 = −2.0830.
        let sd = ((pow(0.5 - 1.425, 2) + pow(0.7 - 1.425, 2) + pow(2 - 1.425, 2) + pow(2.5 - 1.425, 2)) / 3).squareRoot()
        #expect(r.separatedBy.first?.path == "system.beta" && abs(r.separatedBy[0].difference - (0.6 - 2.25) / sd) < 1e-12)
        #expect(r.separatedBy.count == 2 && r.sentence.contains("holds at 50% of the 4 testable points") && r.sentence.contains("system.beta (holds at lower values"))
        #expect(Robustness.of([point(1, 1, .untestable)])?.sentence.hasPrefix("untestable at every point") == true && Robustness.of([]) == nil)
    }
}
