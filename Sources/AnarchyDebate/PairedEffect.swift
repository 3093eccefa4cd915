import AnarchyExperiments
import Foundation

/// The effect of a treatment, run by run: replication r of the control and of the treatment share
/// their seed (common random numbers), so the effect is the mean of the paired differences
/// d_r = treatment_r − control_r (or of the treatment's values when there is no control), with
/// a 95% Student-t interval `mean ± t(0.975, n − 1)·sd/√n`. Pairs where either value is NaN (a
/// metric undefined in that run) are left out and `n` counts the rest.
public struct PairedEffect: Sendable, Equatable {
    public let n: Int
    public let controlMean: Double
    public let treatmentMean: Double
    public let effect: Double
    public let low: Double
    public let high: Double
    /// The standard error of the mean difference, sd/√n (NaN below two pairs).
    public let standardError: Double

    public init(control: [Double]?, treatment: [Double]) {
        var c: [Double] = [], t: [Double] = [], d: [Double] = []
        for r in treatment.indices {
            let b = treatment[r], a = control.map { $0[r] } ?? 0
            guard !a.isNaN, !b.isNaN else { continue }
            c.append(a)
            t.append(b)
            d.append(b - a)
        }
        n = d.count
        controlMean = control == nil ? .nan : Statistics.mean(c)
        treatmentMean = Statistics.mean(t)
        effect = Statistics.mean(d)
        if n >= 2 {
            standardError = Statistics.standardDeviation(d, mean: effect) / Double(n).squareRoot()
            let half = Self.studentT975(degrees: n - 1) * standardError
            low = effect - half
            high = effect + half
        } else {
            standardError = .nan
            low = .nan
            high = .nan
        }
    }

    /// An effect as written in `debate.json` (the standard error is recovered from the interval).
    public init(n: Int, controlMean: Double, treatmentMean: Double, effect: Double, low: Double, high: Double) {
        self.n = n
        self.controlMean = controlMean
        self.treatmentMean = treatmentMean
        self.effect = effect
        self.low = low
        self.high = high
        standardError = n >= 2 ? (high - low) / (2 * Self.studentT975(degrees: n - 1)) : .nan
    }

    /// Equal when what `debate.json` records is equal (the standard error is derived from it).
    public static func == (a: PairedEffect, b: PairedEffect) -> Bool {
        func same(_ x: Double, _ y: Double) -> Bool { x == y || (x.isNaN && y.isNaN) }
        return a.n == b.n && same(a.controlMean, b.controlMean) && same(a.treatmentMean, b.treatmentMean) && same(a.effect, b.effect)
            && same(a.low, b.low) && same(a.high, b.high)
    }

    /// P(T ≤ t) for Student's t with ν = n − 1 degrees of freedom of this effect's interval
    /// (``centralProbability(_:degrees:)``, exact for every integer ν).
    func tDistribution(_ t: Double) -> Double {
        if t == .infinity { return 1 }
        if t == -.infinity { return 0 }
        let central = Self.centralProbability(abs(t), degrees: n - 1)
        return t >= 0 ? 0.5 + central / 2 : 0.5 - central / 2
    }

    /// The one-sided p-value that the mean difference lies beyond `edge` on the side `above`
    /// (H0: it does not): `1 − F((effect − edge)/se)` above, `F((effect − edge)/se)` below. A zero
    /// standard error (every pair the same) gives 0 when the effect is strictly on that side, else 1.
    func pBeyond(_ edge: Double, above: Bool) -> Double {
        guard n >= 2, effect.isFinite, standardError.isFinite else { return .nan }
        if standardError == 0 { return (above ? effect > edge : effect < edge) ? 0 : 1 }
        let t = (effect - edge) / standardError
        return above ? 1 - tDistribution(t) : tDistribution(t)
    }

    /// The 0.975 quantile of Student's t with ν degrees of freedom. For ν ≤ 30, exact (to 1e-12):
    /// the root of P(|T| ≤ t) = 0.95 by bisection, with P from the finite series for integer ν
    /// (Abramowitz & Stegun 1964, 26.7.3–4). Above, the Cornish–Fisher expansion around the
    /// normal quantile (A&S 26.7.5; error below 10⁻⁵ there).
    public static func studentT975(degrees ν: Int) -> Double {
        guard ν >= 1 else { return .nan }
        if ν <= 30 {
            var low = 0.0, high = 20.0
            for _ in 0..<200 where high - low > 1e-13 {
                let mid = (low + high) / 2
                if centralProbability(mid, degrees: ν) < 0.95 { low = mid } else { high = mid }
            }
            return (low + high) / 2
        }
        let z = SampleSummary.z95, v = Double(ν)
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z
        let g1 = (z3 + z) / 4
        let g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
        let g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
        let g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160
        return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v)
    }

    /// P(|T| ≤ t) for Student's t with integer ν (A&S 26.7.3 for odd ν, 26.7.4 for even).
    static func centralProbability(_ t: Double, degrees ν: Int) -> Double {
        let θ = atan(t / Double(ν).squareRoot())
        guard ν > 1 else { return 2 * θ / Double.pi }
        // 1 + Σ_k (k/(k+1)) · … · cos²θ: k = 2, 4, …, ν − 3 (odd ν) or 1, 3, …, ν − 3 (even ν).
        let c2 = cos(θ) * cos(θ)
        var term = 1.0, sum = 1.0
        for k in stride(from: ν % 2 == 1 ? 2 : 1, through: ν - 3, by: 2) {
            term *= Double(k) / Double(k + 1) * c2
            sum += term
        }
        return ν % 2 == 1 ? 2 / Double.pi * (θ + sin(θ) * cos(θ) * sum) : sin(θ) * sum
    }
}
