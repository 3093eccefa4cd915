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
    /// How many of the base calibration's nearest points were tried.
    public let candidates: Int
    /// The winning point (its `memory` nil when no memory brought the facts nearer) and its facts.
    public let best: ModelParameters
    public let simulated: StylisedFacts
    /// Every point tried, nearest first, with its distance (the base facts' plus recurrence's
    /// term), its simulated facts and its recurrence.
    public let ranking: [(parameters: ModelParameters, distance: Double, facts: StylisedFacts, recurrence: Double)]

    /// Each fact's smallest and largest simulated value over every point tried (recurrence last):
    /// what the memory can reach at all, whichever point wins.
    public var reach: [(low: Double, high: Double)] {
        (StylisedFacts.names.indices.map { m in ranking.map { $0.facts.values[m] } } + [ranking.map(\.recurrence)]).map { values in
            let finite = values.filter(\.isFinite)
            return (finite.min() ?? .nan, finite.max() ?? .nan)
        }
    }

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
        let built = Dictionary(uniqueKeysWithValues: all.map { ($0.year, $0) })
        let sampled = Set(base.sampled)
        let years = all.filter { sampled.contains($0.year) }
        let dyads = years.flatMap(\.dyads)
        let tried = Array(base.ranking.prefix(Swift.max(1, candidates)))
        let points = tried.flatMap { entry -> [ModelParameters] in
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
                let forecast = try Calibration.forecast(year, point, seeds: base.seeds, built: built)
                onset += forecast.onset
                war += forecast.war
            }
            return (StylisedFacts(dyads: dyads, onset: onset, war: war), recurrence(dyads: dyads, onset: onset))
        }
        var ranking = zip(points, simulated).map { point, facts in
            (parameters: point, distance: distance(facts.0, facts.1, observed: base.observed, observedRecurrence: observedRecurrence), facts: facts.0, recurrence: facts.1)
        }
        func key(_ p: ModelParameters) -> [Double] { p.fields.map(\.value) }
        ranking.sort { $0.distance != $1.distance ? $0.distance < $1.distance : key($0.parameters).lexicographicallyPrecedes(key($1.parameters)) }
        return MemoryCalibration(
            observedRecurrence: observedRecurrence, simulatedRecurrence: ranking[0].recurrence, candidates: tried.count, best: ranking[0].parameters,
            simulated: ranking[0].facts,
            ranking: ranking)
    }

    /// The fit as JSON (`--json`'s `memory`): whether a memory is used, the winning point, its
    /// distance, recurrence observed and simulated, every fact simulated with its range over the
    /// points tried, and every point tried, nearest first, with its distance, recurrence and facts
    /// (in ``StylisedFacts/names``' order).
    public var json: JSONValue {
        let reach = self.reach
        return .members([
            "used": .bool(best.memory != nil), "parameters": best.json, "distance": .number(ranking[0].distance), "points": .integer(ranking.count),
            "observed_recurrence": .number(observedRecurrence), "simulated_recurrence": .number(simulatedRecurrence),
            "simulated_facts": .array(StylisedFacts.names.indices.map { m in
                .members([
                    "fact": .string(StylisedFacts.names[m]), "simulated": .number(simulated.values[m]),
                    "lowest_tried": .number(reach[m].low), "highest_tried": .number(reach[m].high),
                ])
            }),
            "recurrence_lowest_tried": .number(reach[StylisedFacts.names.count].low),
            "recurrence_highest_tried": .number(reach[StylisedFacts.names.count].high),
            "ranking": .array(ranking.map { entry in
                .members([
                    "parameters": entry.parameters.json, "distance": .number(entry.distance), "recurrence": .number(entry.recurrence),
                    "facts": .array(entry.facts.values.map(JSONValue.number)),
                ])
            }),
        ])
    }

    /// The fit as text lines after the base calibration's table.
    public func table(observed: StylisedFacts) -> String {
        var out = "memory fit (\(ranking.count) points, with recurrence): \(best.summary)\(best.memory == nil ? " — no memory brought the facts nearer" : "") (distance \(Calibration.shown(ranking[0].distance)))\n"
        out += "  fact                                            observed    simulated   lowest–highest tried\n"
        let reach = self.reach
        func line(_ name: String, _ o: Double, _ s: Double, _ r: (low: Double, high: Double)) -> String {
            "  " + name.padded(to: 46) + "  \(Calibration.shown(o).rightAligned(to: 10))  \(Calibration.shown(s).rightAligned(to: 10))   \(Calibration.shown(r.low))–\(Calibration.shown(r.high))\n"
        }
        out += line(Self.recurrenceName, observedRecurrence, simulatedRecurrence, reach[StylisedFacts.names.count])
        for m in StylisedFacts.names.indices where observed.values[m].isFinite {
            out += line(StylisedFacts.names[m], observed.values[m], simulated.values[m], reach[m])
        }
        return out
    }
}
