import AnarchyCore

/// The memory's calibration on the training years (`anarchy backtest --memory`; docs/DATA.md):
/// the simulated method of moments again, on the facts of ``Calibration`` plus one the memory is
/// about — **recurrence**, the onset rate of dyad-years with a dispute in the previous ten years
/// over that of dyad-years without one (disputes recur in the same dyads: Hensel 1994; Diehl &
/// Goertz 2000) — at the base calibration's nearest `candidates` points, each without memory
/// and with every memory of ``DisputeMemory/grid``. The point nearest the observed facts wins
/// (ties: the smaller parameters, a point without memory before one with), so a memory that does
/// not bring the simulated facts nearer is not used.
public struct MemoryCalibration: Sendable {
    /// Recurrence as the training years show it and as the winning point simulates it.
    public let observedRecurrence: Double
    public let simulatedRecurrence: Double
    /// The winning point (its `memory` nil when no memory brought the facts nearer) and its facts.
    public let best: ModelParameters
    public let simulated: StylisedFacts
    /// Every point tried, nearest first, with its distance (the base facts' plus recurrence's term).
    public let ranking: [(parameters: ModelParameters, distance: Double)]

    /// The window of recurrence: a dispute in the previous this many years.
    public static let recurrenceYears = 10

    /// The name of the recurrence fact, for tables.
    public static let recurrenceName = "recurrence relative risk (dispute in the previous 10 years)"

    /// Onset among dyad-years with a dispute in the previous ``recurrenceYears`` over onset among
    /// those without; NaN where either class is empty or both rates are 0, +∞ where only the
    /// second is.
    public static func recurrence(dyads: [DyadYear], onset: [Double]) -> Double {
        var recent = (total: 0.0, n: 0), quiet = (total: 0.0, n: 0)
        for (d, x) in zip(dyads, onset) {
            if let last = d.past.first, last.yearsAgo <= recurrenceYears { recent.total += x; recent.n += 1 } else { quiet.total += x; quiet.n += 1 }
        }
        guard recent.n > 0, quiet.n > 0 else { return .nan }
        let (a, b) = (recent.total / Double(recent.n), quiet.total / Double(quiet.n))
        return b > 0 ? a / b : a > 0 ? .infinity : .nan
    }

    /// The base facts' distance plus recurrence's term `((s − o)/o)²` (infinite when the
    /// simulation leaves recurrence undefined).
    static func distance(_ simulated: StylisedFacts, _ recurrence: Double, observed: StylisedFacts, observedRecurrence: Double) -> Double {
        let base = StylisedFacts.distance(simulated, observed)
        guard observedRecurrence.isFinite, observedRecurrence != 0 else { return base }
        guard recurrence.isFinite else { return .infinity }
        let r = (recurrence - observedRecurrence) / observedRecurrence
        return base + r * r
    }

    /// - Parameters:
    ///   - base: the calibration without memory, on the same training years.
    ///   - history: the Correlates of War states, capabilities, contiguity and alliances.
    ///   - onsets: the dyadic dispute onsets.
    ///   - candidates: how many of the base calibration's nearest points are tried with memory.
    ///   - grid: the memories tried at each candidate.
    ///   - threads: worker threads (the result does not depend on them).
    ///   - progress: called as points finish.
    public static func run(
        base: Calibration, history: COWHistory, onsets: DisputeOnsets, candidates: Int = 5, grid: [DisputeMemory] = DisputeMemory.grid,
        threads: Int = 1, progress: (Milestone) -> Void = { _ in }
    ) throws(DataError) -> MemoryCalibration {
        let all = try Calibration.observedFacts(history: history, onsets: onsets, training: base.training).years
        let observedDyads = all.flatMap(\.dyads)
        let observedRecurrence = recurrence(dyads: observedDyads, onset: observedDyads.map { $0.onset ? 1 : 0 })
        let sampled = Set(base.sampled)
        let years = all.filter { sampled.contains($0.year) }
        let dyads = years.flatMap(\.dyads)
        let points = base.ranking.prefix(Swift.max(1, candidates)).flatMap { entry -> [ModelParameters] in
            [entry.parameters] + grid.map { memory in
                var p = entry.parameters
                p.memory = memory
                return p
            }
        }
        let simulated = try Calibration.inParallel(points, threads: threads, progress: { done in
            progress(Milestone(work: "memory", done: done, total: points.count, unit: "parameter points"))
        }) { (point: ModelParameters) throws(DataError) -> (StylisedFacts, Double) in
            var onset: [Double] = [], war: [Double] = []
            for year in years {
                let forecast = try Calibration.forecast(year, point, seeds: base.seeds)
                onset += forecast.onset
                war += forecast.war
            }
            return (StylisedFacts(dyads: dyads, onset: onset, war: war), recurrence(dyads: dyads, onset: onset))
        }
        var ranking = zip(points, simulated).map { point, facts in
            (parameters: point, distance: distance(facts.0, facts.1, observed: base.observed, observedRecurrence: observedRecurrence))
        }
        func key(_ p: ModelParameters) -> [Double] { p.fields.map(\.value) }
        ranking.sort { $0.distance != $1.distance ? $0.distance < $1.distance : key($0.parameters).lexicographicallyPrecedes(key($1.parameters)) }
        let best = ranking[0].parameters
        let winner = simulated[points.firstIndex(of: best)!]
        return MemoryCalibration(
            observedRecurrence: observedRecurrence, simulatedRecurrence: winner.1, best: best, simulated: winner.0, ranking: ranking)
    }
}


