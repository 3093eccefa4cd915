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
            let half = Self.studentT975(degrees: n - 1) * Statistics.standardDeviation(d, mean: effect) / Double(n).squareRoot()
            low = effect - half
            high = effect + half
        } else {
            low = .nan
            high = .nan
        }
    }

    /// An effect as written in `debate.json`.
    public init(n: Int, controlMean: Double, treatmentMean: Double, effect: Double, low: Double, high: Double) {
        self.n = n
        self.controlMean = controlMean
        self.treatmentMean = treatmentMean
        self.effect = effect
        self.low = low
        self.high = high
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
