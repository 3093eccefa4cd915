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

    /// - Parameters:
    ///   - evaluation: the years forecast; they must follow the training years and lie within the
    ///     dispute data.
    ///   - trainingStart: the first training year (the data's first year by default); training
    ///     ends the year before `evaluation`.
    public static func run(
        history: COWHistory, onsets: DisputeOnsets, evaluation: ClosedRange<Int>, trainingStart: Int? = nil, seeds: Int = 100,
        calibrationSeeds: Int = 20, step: Int = 5, grid: [ModelParameters] = ModelParameters.grid, progress: (String) -> Void = { _ in }
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
            history: history, onsets: onsets, training: training, step: step, seeds: calibrationSeeds, grid: grid, progress: progress)
        let trainingDyads = try Calibration.observedFacts(history: history, onsets: onsets, training: training).years.flatMap(\.dyads)
        let baseline = LogisticRegression.fit(trainingDyads.map(\.covariates), trainingDyads.map(\.onset))
        var forecasts: [Double] = [], baselineForecasts: [Double] = [], outcomes: [Bool] = []
        for y in evaluation {
            let year = try history.historicalYear(y, onsets: onsets)
            let forecast = try Calibration.forecast(year, calibration.best, seeds: seeds, offset: 1_000_000)
            forecasts += forecast.onset
            baselineForecasts += year.dyads.map { baseline.probability($0.covariates) }
            outcomes += year.dyads.map(\.onset)
            progress("backtest: \(y) forecast (\(y - evaluation.lowerBound + 1) of \(evaluation.count) years)")
        }
        return Backtest(
            evaluation: evaluation, calibration: calibration, baseline: baseline, model: ForecastScores(forecasts: forecasts, outcomes: outcomes),
            baselineScores: ForecastScores(forecasts: baselineForecasts, outcomes: outcomes), dyadYears: outcomes.count, seeds: seeds)
    }
}
