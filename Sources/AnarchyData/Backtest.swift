import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An out-of-sample backtest (Ward, Greenhill & Bakke 2010's case for prediction): calibrate the
/// model on the training years, then forecast dispute onset in every relevant dyad of each
/// evaluation year from that year's historical scenario, and score the forecasts against the
/// disputes that began — beside the field's baseline, a logistic regression on contiguity,
/// capability ratio, alliance and major-power status (Bremer 1992's dangerous dyads) and the
/// years since the dyad's last dispute (Beck, Katz & Tucker 1998; ``PeaceYears``), and a hybrid:
/// the baseline with the model's forecast (its empirical log-odds) as one more covariate. Both
/// regressions are fitted on the training years alone, the hybrid on the model's forecasts of
/// those years made exactly as the forecast years' are; whether the hybrid beats the baseline out
/// of sample is measured with intervals (``PairedBootstrap``).
public struct Backtest: Sendable {
    public let evaluation: ClosedRange<Int>
    public let calibration: Calibration
    /// The memory's calibration (`memory: true`), nil without.
    public let memoryCalibration: MemoryCalibration?
    /// The point the model forecasts with: the calibration's best, or the memory calibration's.
    public var point: ModelParameters { memoryCalibration?.best ?? calibration.best }
    public let baseline: LogisticRegression
    /// The baseline's covariates plus the model's empirical log-odds (`modelLogOdds`), last.
    public let hybrid: LogisticRegression
    public let model: ForecastScores
    public let baselineScores: ForecastScores
    public let hybridScores: ForecastScores
    /// Log-likelihoods of the forecast years' outcomes: the model's (its shares with half a run
    /// added to each side, so none is 0 or 1), the baseline's and the hybrid's.
    public let logLikelihood: (model: Double, baseline: Double, hybrid: Double)
    /// The hybrid against the baseline: its AUC minus theirs, its Brier score minus theirs.
    public let hybridOverBaseline: PairedBootstrap
    /// The placebo: the hybrid refitted with the model's
    /// log-odds shuffled among each year's dyads, against the baseline. A gain that the placebo
    /// shows too is no evidence of the model's information.
    public let placeboOverBaseline: PairedBootstrap
    /// The hybrid and the placebo against the baseline with every regression refitted on each
    /// resample of training dyads: intervals that carry the fits' own uncertainty.
    public let refit: RefitBootstrap
    /// The channel switched off (with memory only, when the fit chose one): the model's AUC and
    /// the hybrid's, refitted, from the same point without its memory; and the hybrid with memory
    /// against that hybrid (its AUC and Brier score minus the other's).
    public let withoutMemory: (modelAUC: Double, hybridAUC: Double, memoryOverNone: PairedBootstrap)?
    public let dyadYears: Int
    public let seeds: Int
    /// Every forecast dyad-year with both forecasts, in the order scored (year, then the year's
    /// dyads): `anarchy backtest --panel` writes it (`panelCSV`).
    public let panel: [DyadForecast]

    /// One dyad-year of the forecast years: its covariates and outcome, its years of peace, and
    /// the three forecasts of a dispute onset.
    public struct DyadForecast: Sendable, Equatable {
        public let dyad: DyadYear
        public let peaceYears: Int
        public let model: Double
        public let baseline: Double
        public let hybrid: Double
    }

    /// The names of the baseline's coefficients, intercept first (`baseline.coefficients`).
    public static let baselineTerms = ["intercept", "contiguous", "log_capability_ratio", "allied", "major"] + PeaceYears.termNames

    /// The names of the hybrid's coefficients (`hybrid.coefficients`).
    public static let hybridTerms = baselineTerms + ["model_log_odds"]

    /// A dyad-year's covariates in the baseline: the dangerous dyads' four and the peace years'
    /// cubic polynomial.
    static func baselineCovariates(_ dyad: DyadYear, peaceYears: Int) -> [Double] {
        dyad.covariates + PeaceYears.terms(peaceYears)
    }

    /// The offset of the model's forecast seeds (`ModelForecast`), for training and forecast
    /// years alike; the calibration's runs use others.
    static let forecastOffset = 1_000_000

    /// The model's forecasts at `point` of the training years and of the forecast years (the same
    /// seeds and offset for both), and the hybrid fitted on the training years' forecasts.
    static func modelAndHybrid(
        _ point: ModelParameters, training: [HistoricalYear], rows: [[Double]], forecastYears: [HistoricalYear], seeds: Int, threads: Int,
        work: (training: String, forecast: String) = ("hybrid", "backtest"), progress: (Milestone) -> Void
    ) throws(DataError) -> (hybrid: LogisticRegression, training: [Double], forecast: [[Double]]) {
        // A run-up runs through the years before: training years for training years, and for
        // forecast years the training years' last and the forecast years before them.
        let built = Dictionary(uniqueKeysWithValues: (training + forecastYears).map { ($0.year, $0) })
        let trainingForecasts = try Calibration.inParallel(training, threads: threads, progress: { done in
            progress(Milestone(work: work.training, done: done, total: training.count, unit: "training years forecast"))
        }) { (year: HistoricalYear) throws(DataError) -> [Double] in
            try Calibration.forecast(year, point, seeds: seeds, offset: Self.forecastOffset, built: built).onset
        }.flatMap { $0 }
        let outcomes = training.flatMap(\.dyads).map(\.onset)
        let hybrid = LogisticRegression.fit(zip(rows, trainingForecasts).map { $0 + [Self.empiricalLogit($1, seeds: seeds)] }, outcomes)
        let forecasts = try Calibration.inParallel(forecastYears, threads: threads, progress: { done in
            progress(Milestone(work: work.forecast, done: done, total: forecastYears.count, unit: "years forecast"))
        }) { (year: HistoricalYear) throws(DataError) -> [Double] in
            try Calibration.forecast(year, point, seeds: seeds, offset: Self.forecastOffset, built: built).onset
        }
        return (hybrid, trainingForecasts, forecasts)
    }

    /// The placebo shuffle's master seed: fixed, so that the placebo is the same in every run.
    static let placeboSeed: UInt64 = 23

    /// The placebo's covariate: the empirical logits of `forecasts` (the model's, in dyad order)
    /// shuffled within each year (`years`, one per forecast), each year by its own SplitMix64
    /// stream seeded `SeedDerivation.run(master: placeboSeed, point: year, replication: 0)`
    /// (`SplitMix64.shuffle`). It keeps the model's distribution of forecasts in every
    /// year and breaks their tie to the dyads.
    static func placeboLogOdds(_ forecasts: [Double], years: [Int], seeds: Int) -> [Double] {
        var result = forecasts.map { empiricalLogit($0, seeds: seeds) }
        var start = 0
        while start < years.count {
            var end = start
            while end < years.count && years[end] == years[start] { end += 1 }
            var rng = SplitMix64(seed: SeedDerivation.run(master: placeboSeed, point: years[start], replication: 0))
            rng.shuffle(&result, start..<end)
            start = end
        }
        return result
    }

    /// A share `p` of `seeds` runs with half a run added to each side: (p·n + ½)/(n + 1).
    public static func smoothedShare(_ p: Double, seeds: Int) -> Double { (p * Double(seeds) + 0.5) / (Double(seeds) + 1) }

    /// The empirical logit of a share `p` of `seeds` runs, log((p·n + ½)/(n − p·n + ½)) (Cox
    /// 1970): finite at shares of 0 and 1, so a regression can take it as a covariate.
    public static func empiricalLogit(_ p: Double, seeds: Int) -> Double {
        let s = smoothedShare(p, seeds: seeds)
        return log(s / (1 - s))
    }

    /// Calibrates on the training years, fits the baseline and the hybrid, and scores all three on `evaluation`.
    /// - Parameters:
    ///   - history: the Correlates of War states, capabilities, contiguity and alliances.
    ///   - onsets: the dyadic dispute onsets the forecasts are scored against.
    ///   - evaluation: the years forecast; they must follow the training years and lie within the
    ///     dispute data.
    ///   - trainingStart: the first training year (the data's first year by default); training
    ///     ends the year before `evaluation`.
    ///   - seeds: simulated worlds per forecast year.
    ///   - calibrationSeeds: simulated worlds per training year and grid point in the calibration.
    ///   - step: the calibration uses every `step`-th training year.
    ///   - grid: the model's parameter points the calibration chooses from.
    ///   - memory: whether the worlds start from the dyads' dispute records (``DisputeMemory``,
    ///     calibrated on the training years by ``MemoryCalibration``).
    ///   - threads: worker threads (the result does not depend on them).
    ///   - progress: called as calibration points and forecast years finish.
    public static func run(
        history: COWHistory, onsets: DisputeOnsets, evaluation: ClosedRange<Int>, trainingStart: Int? = nil, seeds: Int = 100,
        calibrationSeeds: Int = 20, step: Int = 5, grid: [ModelParameters] = ModelParameters.grid, memory: Bool = false, threads: Int = 1,
        progress: (Milestone) -> Void = { _ in }
    ) throws(DataError) -> Backtest {
        guard let years = history.years else { throw DataError(file: "system2016.csv", "no years") }
        let start = trainingStart ?? years.lowerBound
        guard start < evaluation.lowerBound else {
            throw DataError(file: "--years", "training needs at least one year before \(evaluation.lowerBound) (the data begin in \(years.lowerBound))")
        }
        guard let last = onsets.lastYear, evaluation.upperBound <= last else {
            throw DataError(file: "dyadic_mid_4.02.csv", "the disputes in the data end in \(onsets.lastYear.map(String.init) ?? "no year"): cannot score \(evaluation.upperBound)")
        }
        guard evaluation.upperBound <= years.upperBound else {
            throw DataError(file: "system2016.csv", "the system data end in \(years.upperBound): cannot forecast \(evaluation.upperBound)")
        }
        let training = start...(evaluation.lowerBound - 1)
        let calibration = try Calibration.run(
            history: history, onsets: onsets, training: training, step: step, seeds: calibrationSeeds, grid: grid, threads: threads,
            progress: progress)
        let peace = PeaceYears(history: history, onsets: onsets)
        let trainingYears = try Calibration.observedFacts(history: history, onsets: onsets, training: training).years
        let trainingDyads = trainingYears.flatMap(\.dyads)
        let trainingRows = trainingDyads.map { baselineCovariates($0, peaceYears: peace.before($0.year, $0.codeA, $0.codeB)) }
        let baseline = LogisticRegression.fit(trainingRows, trainingDyads.map(\.onset))
        let memoryCalibration = memory ? try MemoryCalibration.run(base: calibration, history: history, onsets: onsets, threads: threads, progress: progress) : nil
        let best = memoryCalibration?.best ?? calibration.best
        var forecastYears: [HistoricalYear] = []
        for y in evaluation { forecastYears.append(try history.historicalYear(y, onsets: onsets)) }
        let (hybrid, trainingForecasts, modelForecasts) = try Self.modelAndHybrid(
            best, training: trainingYears, rows: trainingRows, forecastYears: forecastYears, seeds: seeds, threads: threads, progress: progress)
        let trainingPlacebo = Self.placeboLogOdds(trainingForecasts, years: trainingDyads.map(\.year), seeds: seeds)
        let placebo = LogisticRegression.fit(zip(trainingRows, trainingPlacebo).map { $0 + [$1] }, trainingDyads.map(\.onset))
        var panel: [DyadForecast] = []
        for (year, forecast) in zip(forecastYears, modelForecasts) {
            for (dyad, model) in zip(year.dyads, forecast) {
                let peaceYears = peace.before(dyad.year, dyad.codeA, dyad.codeB)
                let row = baselineCovariates(dyad, peaceYears: peaceYears)
                panel.append(DyadForecast(
                    dyad: dyad, peaceYears: peaceYears, model: model, baseline: baseline.probability(row),
                    hybrid: hybrid.probability(row + [Self.empiricalLogit(model, seeds: seeds)])))
            }
        }
        let outcomes = panel.map(\.dyad.onset)
        let smoothed = panel.map { Self.smoothedShare($0.model, seeds: seeds) }
        let clusters = panel.map(\.dyad.dyadKey)
        let comparison = PairedBootstrap(first: panel.map(\.baseline), second: panel.map(\.hybrid), outcomes: outcomes, clusters: clusters, threads: threads)
        let forecastRows = panel.map { baselineCovariates($0.dyad, peaceYears: $0.peaceYears) }
        let forecastPlacebo = Self.placeboLogOdds(panel.map(\.model), years: panel.map(\.dyad.year), seeds: seeds)
        let placeboForecasts = zip(forecastRows, forecastPlacebo).map { placebo.probability($0 + [$1]) }
        let placeboComparison = PairedBootstrap(first: panel.map(\.baseline), second: placeboForecasts, outcomes: outcomes, clusters: clusters, threads: threads)
        progress(Milestone(work: "refit bootstrap", done: 0, total: 1, unit: "intervals"))
        let refit = RefitBootstrap(
            training: RefitBootstrap.Sample(
                rows: trainingRows, covariate: trainingForecasts.map { Self.empiricalLogit($0, seeds: seeds) }, placebo: trainingPlacebo,
                outcomes: trainingDyads.map(\.onset), clusters: trainingDyads.map(\.dyadKey)),
            forecast: RefitBootstrap.Sample(
                rows: forecastRows, covariate: panel.map { Self.empiricalLogit($0.model, seeds: seeds) }, placebo: forecastPlacebo,
                outcomes: outcomes, clusters: clusters),
            threads: threads)
        progress(Milestone(work: "refit bootstrap", done: 1, total: 1, unit: "intervals"))
        var withoutMemory: (modelAUC: Double, hybridAUC: Double, memoryOverNone: PairedBootstrap)? = nil
        if best.memory != nil {
            var plain = best
            plain.memory = nil
            let (hybridOff, _, forecastsOff) = try Self.modelAndHybrid(
                plain, training: trainingYears, rows: trainingRows, forecastYears: forecastYears, seeds: seeds, threads: threads,
                work: ("ablation: training", "ablation: forecast"), progress: progress)
            let modelOff = forecastsOff.flatMap { $0 }
            let hybridOffForecasts = zip(panel, modelOff).map { row, model in
                hybridOff.probability(baselineCovariates(row.dyad, peaceYears: row.peaceYears) + [Self.empiricalLogit(model, seeds: seeds)])
            }
            withoutMemory = (
                ForecastScores.auc(modelOff, outcomes), ForecastScores.auc(hybridOffForecasts, outcomes),
                PairedBootstrap(first: hybridOffForecasts, second: panel.map(\.hybrid), outcomes: outcomes, clusters: clusters, threads: threads))
        }
        return Backtest(
            evaluation: evaluation, calibration: calibration, memoryCalibration: memoryCalibration, baseline: baseline, hybrid: hybrid,
            model: ForecastScores(forecasts: panel.map(\.model), outcomes: outcomes),
            baselineScores: ForecastScores(forecasts: panel.map(\.baseline), outcomes: outcomes),
            hybridScores: ForecastScores(forecasts: panel.map(\.hybrid), outcomes: outcomes),
            logLikelihood: (
                LogisticRegression.logLikelihood(smoothed, outcomes), LogisticRegression.logLikelihood(panel.map(\.baseline), outcomes),
                LogisticRegression.logLikelihood(panel.map(\.hybrid), outcomes)),
            hybridOverBaseline: comparison, placeboOverBaseline: placeboComparison, refit: refit, withoutMemory: withoutMemory, dyadYears: outcomes.count, seeds: seeds, panel: panel)
    }
}
