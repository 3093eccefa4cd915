import AnarchyCore

/// Summaries of a sample, computed in a fixed order (callers sort by replication), so the same
/// runs give the same bits however they were produced.
public struct SampleSummary: Sendable, Equatable {
    public let count: Int
    public let mean: Double
    /// Sample standard deviation (n − 1); 0 for one value.
    public let sd: Double
    /// 95% normal interval `mean ± 1.959964·sd/√n`.
    public let normalLow: Double, normalHigh: Double
    /// 95% bootstrap percentile interval (Efron & Tibshirani 1993): ``bootstrapResamples`` resamples.
    public let bootstrapLow: Double, bootstrapHigh: Double
    /// Quantiles 5, 25, 50, 75, 95% (Hyndman & Fan 1996 type 7, R's default).
    public let q05: Double, q25: Double, median: Double, q75: Double, q95: Double

    public static let z95 = 1.959963984540054
    public static let bootstrapResamples = 1_000

    /// The summary of `values`; `seed` drives the bootstrap's resampling (callers derive it from
    /// the design point and the metric, so it is reproducible).
    public init(_ values: [Double], seed: UInt64) {
        count = values.count
        let n = Double(values.count)
        mean = Statistics.mean(values)
        sd = Statistics.standardDeviation(values, mean: mean)
        let half = values.isEmpty ? .nan : Self.z95 * sd / n.squareRoot()
        normalLow = mean - half
        normalHigh = mean + half
        let sorted = values.sorted()
        q05 = Statistics.quantile(sorted, 0.05)
        q25 = Statistics.quantile(sorted, 0.25)
        median = Statistics.quantile(sorted, 0.5)
        q75 = Statistics.quantile(sorted, 0.75)
        q95 = Statistics.quantile(sorted, 0.95)
        (bootstrapLow, bootstrapHigh) = Statistics.bootstrapInterval(values, seed: seed) { Statistics.mean($0) }
    }
}

/// The difference of two samples' means (b − a), with a 95% Welch normal interval and a 95%
/// bootstrap percentile interval (each sample resampled separately).
public struct Difference: Sendable, Equatable {
    public let difference: Double
    public let normalLow: Double, normalHigh: Double
    public let bootstrapLow: Double, bootstrapHigh: Double

    public init(_ a: [Double], _ b: [Double], seed: UInt64) {
        let ma = Statistics.mean(a), mb = Statistics.mean(b)
        difference = mb - ma
        let va = Statistics.standardDeviation(a, mean: ma), vb = Statistics.standardDeviation(b, mean: mb)
        let se = (va * va / Double(a.count) + vb * vb / Double(b.count)).squareRoot()
        normalLow = difference - SampleSummary.z95 * se
        normalHigh = difference + SampleSummary.z95 * se
        var random = SplitMix64(seed: seed)
        var diffs: [Double] = []
        diffs.reserveCapacity(SampleSummary.bootstrapResamples)
        if !a.isEmpty && !b.isEmpty {
            for _ in 0..<SampleSummary.bootstrapResamples {
                diffs.append(Statistics.mean(Statistics.resample(b, &random)) - Statistics.mean(Statistics.resample(a, &random)))
            }
        }
        diffs.sort()
        bootstrapLow = Statistics.quantile(diffs, 0.025)
        bootstrapHigh = Statistics.quantile(diffs, 0.975)
    }
}

/// Plain, ordered statistics.
public enum Statistics {
    /// The 95% Wilson score interval for a proportion `p` of `n` (Wilson 1927); NaNs for none.
    public static func wilsonInterval(_ p: Double, _ n: Int) -> (low: Double, high: Double) {
        guard n > 0, p.isFinite else { return (.nan, .nan) }
        let z = SampleSummary.z95, nn = Double(n)
        let centre = (p + z * z / (2 * nn)) / (1 + z * z / nn)
        let half = z * (p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot() / (1 + z * z / nn)
        return (centre - half, centre + half)
    }

    /// The mean, summed in order (NaN for none).
    public static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        var sum = 0.0
        for v in values { sum = sum + v }
        return sum / Double(values.count)
    }

    public static func standardDeviation(_ values: [Double], mean: Double) -> Double {
        guard values.count > 1 else { return values.isEmpty ? .nan : 0 }
        var sum = 0.0
        for v in values { sum = sum + (v - mean) * (v - mean) }
        return (sum / Double(values.count - 1)).squareRoot()
    }

    /// Type-7 quantile of ascending `sorted`: `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`, h = (n − 1)p.
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = Swift.min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }

    static func resample(_ values: [Double], _ random: inout SplitMix64) -> [Double] {
        values.indices.map { _ in values[Int(random.next() % UInt64(values.count))] }
    }

    /// The 2.5% and 97.5% quantiles of `statistic` over bootstrap resamples of `values`.
    static func bootstrapInterval(_ values: [Double], seed: UInt64, _ statistic: ([Double]) -> Double) -> (Double, Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        var random = SplitMix64(seed: seed)
        var stats: [Double] = []
        stats.reserveCapacity(SampleSummary.bootstrapResamples)
        for _ in 0..<SampleSummary.bootstrapResamples { stats.append(statistic(resample(values, &random))) }
        stats.sort()
        return (quantile(stats, 0.025), quantile(stats, 0.975))
    }

    /// Pearson's correlation of two equal-length samples (NaN if either is constant).
    public static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = mean(x), my = mean(y)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy = sxy + (a - mx) * (b - my)
            sxx = sxx + (a - mx) * (a - mx)
            syy = syy + (b - my) * (b - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan
    }
}
