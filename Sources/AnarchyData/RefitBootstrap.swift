import AnarchyCore
import AnarchyExperiments

/// The hybrid (and the placebo) against the baseline with the fits' own uncertainty: each
/// resample draws whole training dyads with replacement and refits the three regressions on them
/// (the baseline, the baseline plus a covariate, the baseline plus the placebo's), then draws
/// whole forecast dyads with replacement and scores the refitted forecasts on them (Efron &
/// Tibshirani 1993, ch. 6 and 13: the bootstrap of a whole procedure, here the fit and the score;
/// dyads as clusters because a dyad's years are not independent). ``PairedBootstrap`` holds the
/// fits fixed and so understates the uncertainty of a gain: the placebo's refitted interval is
/// the check that this one does not. The model's forecasts themselves (the simulation and the
/// calibration's choice) are held fixed. The resamples' seeds come from `seed` and the resample's
/// number alone, so the intervals do not depend on threads.
public struct RefitBootstrap: Sendable, Equatable {
    /// The covariate against the baseline, and the placebo's against the baseline: the
    /// differences of the fits on the data (second − first; AUC up and Brier down are better),
    /// with the 2.5th and 97.5th percentiles of the refitted resamples.
    public let auc: PairedBootstrap.Interval
    public let brier: PairedBootstrap.Interval
    public let placeboAUC: PairedBootstrap.Interval
    public let placeboBrier: PairedBootstrap.Interval
    public let resamples: Int

    /// Rows for the three regressions: the baseline's covariates, and the extra covariate of the
    /// hybrid and of the placebo, with outcomes and each row's dyad.
    public struct Sample: Sendable {
        public let rows: [[Double]]
        public let covariate: [Double]
        public let placebo: [Double]
        public let outcomes: [Bool]
        public let clusters: [Int]

        public init(rows: [[Double]], covariate: [Double], placebo: [Double], outcomes: [Bool], clusters: [Int]) {
            precondition(rows.count == covariate.count && rows.count == placebo.count && rows.count == outcomes.count && rows.count == clusters.count)
            self.rows = rows
            self.covariate = covariate
            self.placebo = placebo
            self.outcomes = outcomes
            self.clusters = clusters
        }

        /// The three regressions fitted on the rows `picked` (with repeats).
        func fit(_ picked: [Int]) -> (baseline: LogisticRegression, hybrid: LogisticRegression, placebo: LogisticRegression) {
            let x = picked.map { rows[$0] }, y = picked.map { outcomes[$0] }
            return (
                LogisticRegression.fit(x, y), LogisticRegression.fit(zip(x, picked).map { $0 + [covariate[$1]] }, y),
                LogisticRegression.fit(zip(x, picked).map { $0 + [placebo[$1]] }, y)
            )
        }
    }

    /// - Parameters:
    ///   - training: the rows the regressions are fitted on.
    ///   - forecast: the rows they are scored on.
    ///   - resamples: how many resamples (each three fits).
    ///   - seed: the master seed of the resamples' streams (`SeedDerivation.run`).
    ///   - threads: threads to run resamples on (the result does not depend on them).
    public init(training: Sample, forecast: Sample, resamples: Int = 200, seed: UInt64 = 0x7265_6669_74, threads: Int = 1) {
        self.resamples = resamples
        let trainingGroups = PairedBootstrap.groups(training.clusters), forecastGroups = PairedBootstrap.groups(forecast.clusters)
        let draws = ParallelMap.ordered(count: resamples, threads: threads) { (b: Int) -> [Double] in
            var stream = SplitMix64(seed: SeedDerivation.run(master: seed, point: b, replication: 0))
            let fits = training.fit(PairedBootstrap.draw(trainingGroups, &stream))
            return Self.differences(fits, forecast, PairedBootstrap.draw(forecastGroups, &stream))
        }
        let observed = Self.differences(training.fit(Array(training.rows.indices)), forecast, Array(forecast.rows.indices))
        func interval(_ m: Int) -> PairedBootstrap.Interval {
            let sorted = draws.map { $0[m] }.filter { !$0.isNaN }.sorted()
            return PairedBootstrap.Interval(difference: observed[m], low: Statistics.quantile(sorted, 0.025), high: Statistics.quantile(sorted, 0.975))
        }
        auc = interval(0)
        brier = interval(1)
        placeboAUC = interval(2)
        placeboBrier = interval(3)
    }

    /// The hybrid's and the placebo's AUC and Brier score minus the baseline's, on `forecast`'s
    /// rows `picked`, with `fits`.
    static func differences(
        _ fits: (baseline: LogisticRegression, hybrid: LogisticRegression, placebo: LogisticRegression), _ forecast: Sample, _ picked: [Int]
    ) -> [Double] {
        let y = picked.map { forecast.outcomes[$0] }
        let base = picked.map { fits.baseline.probability(forecast.rows[$0]) }
        let hybrid = picked.map { fits.hybrid.probability(forecast.rows[$0] + [forecast.covariate[$0]]) }
        let placebo = picked.map { fits.placebo.probability(forecast.rows[$0] + [forecast.placebo[$0]]) }
        let (auc, brier) = (ForecastScores.auc(base, y), ForecastScores.brier(base, y))
        return [
            ForecastScores.auc(hybrid, y) - auc, ForecastScores.brier(hybrid, y) - brier, ForecastScores.auc(placebo, y) - auc,
            ForecastScores.brier(placebo, y) - brier,
        ]
    }
}
