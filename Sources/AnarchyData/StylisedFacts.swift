import AnarchyCore
/// The stylised facts of interstate conflict that calibration matches (Bremer 1992; Jones, Bremer
/// & Singer 1996): dispute onset per relevant dyad-year by era, contiguity's relative risk, the
/// capability-ratio gradient, the share of disputes that reach war, and war onsets per 1,000
/// dyad-years — computed the same way from the data (onsets 0 or 1) and from simulations (the
/// share of seeded runs with an onset).
public struct StylisedFacts: Sendable, Equatable {
    public static let names = [
        "onset per dyad-year, 1816–1870", "onset per dyad-year, 1871–1913", "onset per dyad-year, 1914 on",
        "contiguity relative risk", "capability-ratio gradient (ratio < 3 vs ≥ 3)", "share of disputes reaching war",
        "war onsets per 1,000 dyad-years",
    ]
    /// In ``names``' order; NaN where the dyads give no answer (an empty era, no onset on either
    /// side of a ratio), +∞ for a ratio over a class without onsets.
    public let values: [Double]

    public init(dyads: [DyadYear], onset: [Double], war: [Double]) {
        func mean(_ keep: (DyadYear) -> Bool, _ x: [Double]) -> Double {
            var total = 0.0, n = 0
            for (k, d) in dyads.enumerated() where keep(d) {
                total += x[k]
                n += 1
            }
            return n > 0 ? total / Double(n) : .nan
        }
        func ratio(_ a: Double, _ b: Double) -> Double { !a.isFinite || !b.isFinite ? .nan : b > 0 ? a / b : a > 0 ? .infinity : .nan }
        let ln3 = 1.0986122886681098
        let disputes = onset.reduce(0, +), wars = war.reduce(0, +)
        values = [
            mean({ $0.year <= 1870 }, onset), mean({ $0.year >= 1871 && $0.year <= 1913 }, onset), mean({ $0.year >= 1914 }, onset),
            ratio(mean({ $0.contiguous }, onset), mean({ !$0.contiguous }, onset)),
            ratio(mean({ $0.logCapabilityRatio < ln3 }, onset), mean({ $0.logCapabilityRatio >= ln3 }, onset)),
            disputes > 0 ? wars / disputes : .nan, 1000 * mean({ _ in true }, war),
        ]
    }

    /// Σ ((simulated − observed)/observed)² over the facts the data give (observed finite, ≠ 0);
    /// infinite when the simulations leave one of them undefined or infinite (e.g. no dispute at
    /// all between non-contiguous states), so a fit cannot dodge a fact.
    public static func distance(_ simulated: StylisedFacts, _ observed: StylisedFacts) -> Double {
        var d = 0.0
        for (s, o) in zip(simulated.values, observed.values) where o.isFinite && o != 0 {
            guard s.isFinite else { return .infinity }
            d += ((s - o) / o) * ((s - o) / o)
        }
        return d
    }

    /// The stated tolerance: a simulated fact reproduces an observed one within half of it.
    public static let tolerance = 0.5
}
