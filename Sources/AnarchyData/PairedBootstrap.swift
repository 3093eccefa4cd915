import AnarchyCore
import AnarchyExperiments

/// How much a second forecaster improves on a first over the same dyad-years — the difference in
/// AUC (second − first) and in Brier score (second − first: negative is better) — with 95%
/// intervals from a paired bootstrap over dyads (Efron & Tibshirani 1993, ch. 13): whole dyads,
/// every forecast year of a pair together, are drawn with replacement, because a dyad's years are
/// not independent of one another, and both forecasters are scored on each resample; the interval
/// is the 2.5th and 97.5th percentiles (type 7) of the resampled differences. The resamples' seeds
/// come from `seed` and the resample's number alone, so the interval does not depend on threads.
public struct PairedBootstrap: Sendable, Equatable {
    /// A difference of two scores with its interval.
    public struct Interval: Sendable, Equatable {
        public let difference: Double
        public let low: Double
        public let high: Double

        /// The interval as JSON: `[low, high]`.
        public var bounds: JSONValue { .array([.number(low), .number(high)]) }
        /// "[low, high]" as tables show numbers (`Calibration.shown`).
        public var boundsText: String { "[\(Calibration.shown(low)), \(Calibration.shown(high))]" }
        /// "difference [low, high]".
        public var text: String { "\(Calibration.shown(difference)) \(boundsText)" }
    }

    public let auc: Interval
    public let brier: Interval
    public let resamples: Int

    /// - Parameters:
    ///   - first: the first forecaster's probabilities, one per dyad-year (the baseline).
    ///   - second: the second forecaster's, in the same order (the challenger).
    ///   - outcomes: whether the event happened in each dyad-year.
    ///   - clusters: each dyad-year's dyad (any number that is equal for a dyad's years).
    ///   - resamples: how many bootstrap resamples.
    ///   - seed: the master seed of the resamples' streams (`SeedDerivation.run`).
    ///   - threads: threads to draw resamples on (the result does not depend on them).
    public init(first: [Double], second: [Double], outcomes: [Bool], clusters: [Int], resamples: Int = 1000, seed: UInt64 = 0x626F_6F74, threads: Int = 1) {
        precondition(first.count == second.count && first.count == outcomes.count && first.count == clusters.count)
        self.resamples = resamples
        let groups = Self.groups(clusters)
        let differences = ParallelMap.ordered(count: resamples, threads: threads) { (b: Int) -> (Double, Double) in
            var stream = SplitMix64(seed: SeedDerivation.run(master: seed, point: b, replication: 0))
            var a: [Double] = [], s: [Double] = [], y: [Bool] = []
            a.reserveCapacity(first.count)
            s.reserveCapacity(first.count)
            y.reserveCapacity(first.count)
            for row in Self.draw(groups, &stream) {
                a.append(first[row])
                s.append(second[row])
                y.append(outcomes[row])
            }
            return (ForecastScores.auc(s, y) - ForecastScores.auc(a, y), ForecastScores.brier(s, y) - ForecastScores.brier(a, y))
        }
        func interval(_ difference: Double, _ draws: [Double]) -> Interval {
            let sorted = draws.filter { !$0.isNaN }.sorted()
            return Interval(difference: difference, low: Statistics.quantile(sorted, 0.025), high: Statistics.quantile(sorted, 0.975))
        }
        auc = interval(ForecastScores.auc(second, outcomes) - ForecastScores.auc(first, outcomes), differences.map(\.0))
        brier = interval(ForecastScores.brier(second, outcomes) - ForecastScores.brier(first, outcomes), differences.map(\.1))
    }

    /// Each cluster's rows, clusters in ascending order: the units a resample draws.
    static func groups(_ clusters: [Int]) -> [[Int]] {
        var rowsOf: [Int: [Int]] = [:]
        for (row, cluster) in clusters.enumerated() { rowsOf[cluster, default: []].append(row) }
        return rowsOf.keys.sorted().map { rowsOf[$0]! }
    }

    /// Whole clusters drawn with replacement, as many as there are: their rows, in the order drawn.
    static func draw(_ groups: [[Int]], _ stream: inout SplitMix64) -> [Int] {
        var picked: [Int] = []
        for _ in groups.indices { picked += groups[Int(Double(stream.next() >> 11) * 0x1p-53 * Double(groups.count))] }
        return picked
    }
}
