import AnarchyCore
import Dispatch
import AnarchyWorld

/// Calibration by the simulated method of moments on a grid (McFadden 1989; Gouriéroux & Monfort
/// 1996): for each parameter point of ``ModelParameters/grid``, one-year runs from the historical
/// scenarios of sampled training years give simulated ``StylisedFacts``; the point whose facts are
/// nearest the observed ones (``StylisedFacts/distance(_:_:)``) wins. Its Monte Carlo uncertainty
/// is the standard error of each simulated fact over ten batches of seeds.
public struct Calibration: Sendable {
    /// The training years (facts observed over all of them) and those simulated (every `step`-th).
    public let training: ClosedRange<Int>
    public let sampled: [Int]
    public let seeds: Int
    public let observed: StylisedFacts
    public let best: ModelParameters
    public let simulated: StylisedFacts
    public let standardErrors: [Double]
    /// The grid's points by distance, nearest first.
    public let ranking: [(parameters: ModelParameters, distance: Double)]

    public static func run(
        history: COWHistory, onsets: DisputeOnsets, training: ClosedRange<Int>, step: Int = 5, seeds: Int = 20,
        grid: [ModelParameters] = ModelParameters.grid, threads: Int = 1, progress: (Milestone) -> Void = { _ in }
    ) throws(DataError) -> Calibration {
        let (observed, _, all) = try observedFacts(history: history, onsets: onsets, training: training)
        let years = all.filter { ($0.year - training.lowerBound) % Swift.max(1, step) == 0 }
        let built = Dictionary(uniqueKeysWithValues: all.map { ($0.year, $0) })  // for a grid point's run-up, if it has one
        let dyads = years.flatMap(\.dyads)
        var ranking: [(parameters: ModelParameters, distance: Double)] = []
        var facts: [ModelParameters: StylisedFacts] = [:]
        // Grid points are independent: they run in parallel, in rounds, each into its own slot,
        // so the result does not depend on the number of threads.
        let simulatedFacts = try Self.inParallel(grid, threads: threads, progress: { done in
            progress(Milestone(work: "calibration", done: done, total: grid.count, unit: "parameter points"))
        }) { (point: ModelParameters) throws(DataError) -> StylisedFacts in
            var onset: [Double] = [], war: [Double] = []
            for year in years {
                let forecast = try Self.forecast(year, point, seeds: seeds, built: built)
                onset += forecast.onset
                war += forecast.war
            }
            return StylisedFacts(dyads: dyads, onset: onset, war: war)
        }
        for (point, simulated) in zip(grid, simulatedFacts) {
            facts[point] = simulated
            ranking.append((point, StylisedFacts.distance(simulated, observed)))
        }
        func key(_ p: ModelParameters) -> [Double] { p.fields.map(\.value) }
        ranking.sort { $0.distance != $1.distance ? $0.distance < $1.distance : key($0.parameters).lexicographicallyPrecedes(key($1.parameters)) }
        let best = ranking[0].parameters
        // Batch means: ten batches of seeds at the best point.
        let batches = 10
        var batchFacts: [[Double]] = []
        for b in 0..<batches {
            var onset: [Double] = [], war: [Double] = []
            for year in years {
                let forecast = try Self.forecast(year, best, seeds: Swift.max(1, seeds / 2), offset: (b + 1) * 100_000, built: built)
                onset += forecast.onset
                war += forecast.war
            }
            batchFacts.append(StylisedFacts(dyads: dyads, onset: onset, war: war).values)
        }
        let standardErrors = (0..<StylisedFacts.names.count).map { m -> Double in
            let xs = batchFacts.map { $0[m] }.filter(\.isFinite)
            guard xs.count > 1 else { return .nan }
            let mean = xs.reduce(0, +) / Double(xs.count)
            let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count - 1)
            return (variance / Double(xs.count)).squareRoot()
        }
        return Calibration(
            training: training, sampled: years.map(\.year), seeds: seeds, observed: observed, best: best, simulated: facts[best]!,
            standardErrors: standardErrors, ranking: ranking)
    }

    /// The facts observed over the training years' relevant dyads, how many dyad-years they
    /// rest on, and the years themselves.
    public static func observedFacts(
        history: COWHistory, onsets: DisputeOnsets, training: ClosedRange<Int>
    ) throws(DataError) -> (facts: StylisedFacts, dyadYears: Int, years: [HistoricalYear]) {
        var years: [HistoricalYear] = []
        for y in training { years.append(try history.historicalYear(y, onsets: onsets)) }
        let all = years.flatMap(\.dyads)
        return (StylisedFacts(dyads: all, onset: all.map { $0.onset ? 1 : 0 }, war: all.map { $0.war ? 1 : 0 }), all.count, years)
    }

    /// `body` over `items` on up to `threads` threads (results in item order; the first error
    /// in item order is thrown), reporting progress after each round of `threads × 4` items.
    static func inParallel<Item: Sendable, Result: Sendable>(
        _ items: [Item], threads: Int, progress: (Int) -> Void, _ body: @Sendable (Item) throws(DataError) -> Result
    ) throws(DataError) -> [Result] {
        // In rounds, so that progress is told on the calling thread as each round ends.
        var results: [Result] = []
        let round = Swift.max(1, threads) * 4
        var start = 0
        while start < items.count {
            let chunk = Array(items[start..<Swift.min(items.count, start + round)])
            results += try ParallelMap.ordered(count: chunk.count, threads: threads) { (k: Int) throws(DataError) -> Result in try body(chunk[k]) }
            start += chunk.count
            progress(start)
        }
        return results
    }

    /// The model's forecast of `year` at `point`; a memory's run-up runs through the years before
    /// `year` that `built` holds (``ModelForecast/runUp(of:length:from:)``).
    static func forecast(
        _ year: HistoricalYear, _ point: ModelParameters, seeds: Int, offset: Int = 0, built: [Int: HistoricalYear]
    ) throws(DataError) -> ModelForecast {
        let runUp = ModelForecast.runUp(of: year.year, length: point.memory?.runUp ?? 0, from: built)
        do {
            return try ModelForecast(year, runUp: runUp, parameters: point, seeds: seeds, offset: offset)
        } catch {
            throw DataError(file: "history \(year.year)", error.description)
        }
    }
}

/// How far a long computation has come (calibration's parameter points, the backtest's years),
/// for a progress line: "calibration: 120 of 480 parameter points".
public struct Milestone: Sendable, Equatable {
    public let work: String
    public let done: Int
    public let total: Int
    public let unit: String

    public var text: String { "\(work): \(done) of \(total) \(unit)" }
}
