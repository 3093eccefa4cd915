import AnarchyCore
/// An out-of-sample backtest (Ward, Greenhill & Bakke 2010's case for prediction): calibrate the
/// model on the training years, then forecast dispute onset in every relevant dyad of each
/// evaluation year from that year's historical scenario, and score the forecasts against the
/// disputes that began — beside a logistic regression on contiguity, capability ratio, alliance
/// and major-power status fitted on the same training years (Bremer 1992's dangerous dyads).
public struct Backtest: Sendable {
    public let evaluation: ClosedRange<Int>
    public let calibration: Calibration
    public let baseline: LogisticRegression
    public let model: ForecastScores
    public let baselineScores: ForecastScores
    public let dyadYears: Int
    public let seeds: Int
    /// Every forecast dyad-year with both forecasts, in the order scored (year, then the year's
    /// dyads): `anarchy backtest --panel` writes it (`panelCSV`).
    public let panel: [DyadForecast]

    /// One dyad-year of the forecast years: its covariates and outcome, the calibrated model's
    /// probability of a dispute onset and the baseline's.
    public struct DyadForecast: Sendable, Equatable {
        public let dyad: DyadYear
        public let model: Double
        public let baseline: Double
    }

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
    ///   - threads: worker threads (the result does not depend on them).
    ///   - progress: called as calibration points and forecast years finish.
    public static func run(
        history: COWHistory, onsets: DisputeOnsets, evaluation: ClosedRange<Int>, trainingStart: Int? = nil, seeds: Int = 100,
        calibrationSeeds: Int = 20, step: Int = 5, grid: [ModelParameters] = ModelParameters.grid, threads: Int = 1,
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
        let trainingDyads = try Calibration.observedFacts(history: history, onsets: onsets, training: training).years.flatMap(\.dyads)
        let baseline = LogisticRegression.fit(trainingDyads.map(\.covariates), trainingDyads.map(\.onset))
        var forecastYears: [HistoricalYear] = []
        for y in evaluation { forecastYears.append(try history.historicalYear(y, onsets: onsets)) }
        let best = calibration.best
        let modelForecasts = try Calibration.inParallel(forecastYears, threads: threads, progress: { done in
            progress(Milestone(work: "backtest", done: done, total: forecastYears.count, unit: "years forecast"))
        }) { (year: HistoricalYear) throws(DataError) -> [Double] in
            try Calibration.forecast(year, best, seeds: seeds, offset: 1_000_000).onset
        }
        var panel: [DyadForecast] = []
        for (year, forecast) in zip(forecastYears, modelForecasts) {
            for (dyad, model) in zip(year.dyads, forecast) {
                panel.append(DyadForecast(dyad: dyad, model: model, baseline: baseline.probability(dyad.covariates)))
            }
        }
        let outcomes = panel.map(\.dyad.onset)
        return Backtest(
            evaluation: evaluation, calibration: calibration, baseline: baseline, model: ForecastScores(forecasts: panel.map(\.model), outcomes: outcomes),
            baselineScores: ForecastScores(forecasts: panel.map(\.baseline), outcomes: outcomes), dyadYears: outcomes.count, seeds: seeds,
            panel: panel)
    }
}
