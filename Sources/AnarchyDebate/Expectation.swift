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

/// A test's result at one level of the sweep.
public enum Outcome: String, Sendable, Equatable {
    case holds, fails, inconclusive
}
