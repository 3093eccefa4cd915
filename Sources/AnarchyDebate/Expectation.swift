/// What a test predicts for its effect (treatment − control), as a region of the real line with
/// a margin m ≥ 0 (the smallest effect that counts): `lower` (−∞, −m), `higher` (m, ∞),
/// `same` (−m, m), `notLower` (−m, ∞), `notHigher` (−∞, m).
///
/// At one level the 95% interval of the effect decides (``Outcome``): it **holds** when the
/// interval lies inside the region, **fails** when it lies wholly outside, and is
/// **inconclusive** when it straddles the region's edge.
public struct Expectation: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case lower, higher, same, notLower, notHigher
    }
    public var kind: Kind
    public var margin: Double

    public init(_ kind: Kind, margin: Double = 0) {
        self.kind = kind
        self.margin = margin
    }

    /// The predicted region's ends (infinite where open).
    var region: (low: Double, high: Double) {
        switch kind {
        case .lower: (-.infinity, -margin)
        case .higher: (margin, .infinity)
        case .same: (-margin, margin)
        case .notLower: (-margin, .infinity)
        case .notHigher: (-.infinity, margin)
        }
    }

    /// How an interval [low, high] stands against the region.
    public func outcome(low: Double, high: Double) -> Outcome {
        guard low.isFinite, high.isFinite else { return .inconclusive }
        let r = region
        if low > r.low && high < r.high { return .holds }
        if high <= r.low || low >= r.high { return .fails }
        return .inconclusive
    }

    /// One-sided p-values at a level, from the effect's Student-t distribution: that the mean
    /// difference lies inside the region (`holds`; H0: it does not) and wholly outside it
    /// (`fails`). Each equals the interval rule at the 2.5% level: the 95% interval lies inside
    /// the region iff `holds < 0.025`, wholly outside iff `fails < 0.025`. For `same`, the larger
    /// of the two one-sided p-values inside (two one-sided tests) and the smaller outside.
    public func pValues(_ e: PairedEffect) -> (holds: Double, fails: Double) {
        let r = region
        switch kind {
        case .lower, .notHigher: return (e.pBeyond(r.high, above: false), e.pBeyond(r.high, above: true))
        case .higher, .notLower: return (e.pBeyond(r.low, above: true), e.pBeyond(r.low, above: false))
        case .same:
            return (Swift.max(e.pBeyond(r.low, above: true), e.pBeyond(r.high, above: false)),
                    Swift.min(e.pBeyond(r.low, above: false), e.pBeyond(r.high, above: true)))
        }
    }

    /// In words, for tables: "lower by more than 0.02".
    public var phrase: String {
        let m = margin == 0 ? "" : " by more than \(margin)"
        switch kind {
        case .lower: return "lower" + m
        case .higher: return "higher" + m
        case .same: return "the same (within ±\(margin))"
        case .notLower: return margin == 0 ? "not lower" : "not lower by more than \(margin)"
        case .notHigher: return margin == 0 ? "not higher" : "not higher by more than \(margin)"
        }
    }
}

/// A test's result at one level of the sweep: **untestable** when too few runs had the metric
/// defined (``Holm/minimumPairs(replications:)``).
public enum Outcome: String, Sendable, Equatable {
    case holds, fails, inconclusive, untestable
}

/// Holm's (1979) step-down procedure over the levels that decide a verdict: each level's
/// one-sided p-values (``Expectation/pValues(_:)``) are compared, smallest first, with α/m,
/// α/(m − 1), …, stopping at the first that does not pass — so the chance of calling a test
/// holding (or failing) at any level where it does not is at most α over the whole sweep. α is
/// 0.025 (one-sided), the level of the single-level 95% interval rule.
public enum Holm {
    public static let alpha = 0.025

    /// The fewest pairs with the metric defined for a level to be testable: half the runs, and at
    /// least two (an interval needs two).
    public static func minimumPairs(replications: Int) -> Int { Swift.max(2, (replications + 1) / 2) }

    /// Which of the p-values Holm rejects (true: the null is rejected at that index).
    public static func rejected(_ p: [Double], alpha: Double = Holm.alpha) -> [Bool] {
        let order = p.indices.sorted { (p[$0].isNaN ? 2 : p[$0], $0) < (p[$1].isNaN ? 2 : p[$1], $1) }
        var result = [Bool](repeating: false, count: p.count)
        for (rank, i) in order.enumerated() {
            guard p[i] < alpha / Double(p.count - rank) else { break }
            result[i] = true
        }
        return result
    }

    /// Outcomes of the deciding levels: untestable where `testable` is false; among the rest,
    /// holds where Holm rejects "not inside the region", fails where it rejects "not wholly
    /// outside", inconclusive otherwise.
    public static func outcomes(_ p: [(holds: Double, fails: Double)], testable: [Bool]) -> [Outcome] {
        let kept = p.indices.filter { testable[$0] }
        let holds = rejected(kept.map { p[$0].holds }), fails = rejected(kept.map { p[$0].fails })
        var result = [Outcome](repeating: .untestable, count: p.count)
        for (k, i) in kept.enumerated() { result[i] = holds[k] ? .holds : fails[k] ? .fails : .inconclusive }
        return result
    }
}
