import Testing

@testable import AnarchyDebate

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
        #expect(Verdict.of([.fails, .inconclusive]) == .notSupported)
        #expect(Verdict.of([.holds, .fails]) == .depends)
        #expect(Verdict.combining([.supported, .supported]) == .supported)
        #expect(Verdict.combining([.notSupported, .notSupported]) == .notSupported)
        #expect(Verdict.combining([.supported, .notSupported]) == .depends)
        #expect(Boundary.describe(path: "system.beta", [(1, .holds), (0.5, .holds), (2.5, .fails)]) == "holds for system.beta ≤ 1, not from 2.5 (fails there)")
        #expect(Boundary.describe(path: "system.delta", [(0.9, .holds), (0.1, .inconclusive), (0.3, .holds)]) == "holds for system.delta ≥ 0.3, not at 0.1 and below (inconclusive there)")
        #expect(Boundary.describe(path: "x", [(1, .holds), (2, .fails), (3, .holds)]) == "x: 1 holds, 2 fails, 3 holds")
        #expect(Boundary.describe(path: "x", [(1, .holds), (2, .holds)]) == "holds across x ∈ [1, 2]")
        #expect(Boundary.describe(path: "x", [(1, .inconclusive), (2, .inconclusive)]) == "holds nowhere in x ∈ [1, 2] (no effect detected)")
        #expect(Boundary.describe(path: "x", [(1, .fails), (2, .fails)]) == "holds nowhere in x ∈ [1, 2] (contradicted everywhere)")
    }
}
