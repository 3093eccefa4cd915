import AnarchyCore
import Foundation
import Testing

@testable import AnarchyData

/// The refitting bootstrap on made-up dyad-years whose truth is known: the outcome depends on one
/// baseline covariate and on a signal; the hybrid's covariate is the signal itself, the placebo's
/// the signal shuffled across dyad-years (no information).
@Suite(.timeLimit(.minutes(10)))
struct RefitBootstrapTests {
    /// `dyads` dyads × 4 years: x uniform in [−1, 1], signal s uniform in [−2, 2], and
    /// P(onset) = logistic(−3 + x + 1.5 s), all drawn from one SplitMix64 stream.
    static func sample(dyads: Int, seed: UInt64) -> RefitBootstrap.Sample {
        var rng = SplitMix64(seed: seed)
        var rows: [[Double]] = [], signal: [Double] = [], outcomes: [Bool] = [], clusters: [Int] = []
        for d in 0..<dyads {
            for _ in 0..<4 {
                let x = 2 * rng.uniform() - 1, s = 4 * rng.uniform() - 2
                rows.append([x])
                signal.append(s)
                outcomes.append(rng.uniform() < 1 / (1 + exp(3 - x - 1.5 * s)))
                clusters.append(d)
            }
        }
        var placebo = signal
        rng.shuffle(&placebo, placebo.indices)
        return RefitBootstrap.Sample(rows: rows, covariate: signal, placebo: placebo, outcomes: outcomes, clusters: clusters)
    }

    @Test func informationShowsAndThePlaceboDoesNot() {
        let training = Self.sample(dyads: 300, seed: 1), forecast = Self.sample(dyads: 300, seed: 2)
        let refit = RefitBootstrap(training: training, forecast: forecast, resamples: 100, threads: 2)
        // The differences on the data are those of the three regressions fitted once, here by hand.
        let baseline = LogisticRegression.fit(training.rows, training.outcomes)
        let hybrid = LogisticRegression.fit(zip(training.rows, training.covariate).map { $0 + [$1] }, training.outcomes)
        let base = forecast.rows.map(baseline.probability), with = zip(forecast.rows, forecast.covariate).map { hybrid.probability($0 + [$1]) }
        #expect(refit.auc.difference == ForecastScores.auc(with, forecast.outcomes) - ForecastScores.auc(base, forecast.outcomes))
        #expect(refit.brier.difference == ForecastScores.brier(with, forecast.outcomes) - ForecastScores.brier(base, forecast.outcomes))
        // A strong signal: its gain's whole interval lies above zero (AUC) and below it (Brier).
        #expect(refit.auc.low > 0 && refit.brier.high < 0)
        // No information: the placebo's intervals hold zero.
        #expect(refit.placeboAUC.low < 0 && refit.placeboAUC.high > 0)
        #expect(refit.placeboBrier.low < 0 && refit.placeboBrier.high > 0)
        #expect(refit.auc.low <= refit.auc.difference && refit.auc.difference <= refit.auc.high)
        // Threads change nothing.
        #expect(RefitBootstrap(training: training, forecast: forecast, resamples: 100, threads: 1) == refit)
    }

    /// Whole dyads are drawn: every drawn dyad brings all its rows, together, and as many dyads
    /// are drawn as there are.
    @Test func wholeDyadsAreDrawn() {
        let groups = [[0, 1, 2], [3], [4, 5]]
        var stream = SplitMix64(seed: 9)
        let picked = PairedBootstrap.draw(groups, &stream)
        var k = 0, drawn = 0
        while k < picked.count {
            let group = groups.first { $0.first == picked[k] }
            #expect(group != nil && Array(picked[k..<(k + (group?.count ?? 1))]) == group)
            k += group?.count ?? 1
            drawn += 1
        }
        #expect(drawn == groups.count)
    }
}
