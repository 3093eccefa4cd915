import AnarchyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Logistic regression by Newton–Raphson (iteratively reweighted least squares) with an
/// intercept: `P(y = 1) = 1/(1 + exp(−(β₀ + Σ βₖ·xₖ)))`. A small ridge (1e-6) keeps the Hessian
/// invertible under separation. The baseline of the dangerous-dyads literature (Bremer 1992).
public struct LogisticRegression: Sendable, Equatable {
    /// Intercept first, then one coefficient per covariate.
    public let coefficients: [Double]
    public let iterations: Int
    /// The coefficients' standard errors: the square roots of the diagonal of the inverse of the
    /// observed information (the log-likelihood's negative Hessian) at the fit; NaN where it is
    /// singular (a covariate constant or collinear in the data).
    public let standardErrors: [Double]

    /// Fits `y` on rows `x` (each the same length); stops when no coefficient moves more than 1e-10.
    public static func fit(_ x: [[Double]], _ y: [Bool], maxIterations: Int = 100) -> LogisticRegression {
        let k = (x.first?.count ?? 0) + 1
        var beta = [Double](repeating: 0, count: k)
        var done = 0
        for iteration in 1...maxIterations {
            done = iteration
            var (gradient, hessian) = score(x, y, beta)
            for j in 0..<k { hessian[j][j] += 1e-6 }
            guard let step = solve(hessian, gradient) else { break }
            var largest = 0.0
            for j in 0..<k {
                beta[j] += step[j]
                largest = Swift.max(largest, abs(step[j]))
            }
            if largest < 1e-10 { break }
        }
        return LogisticRegression(coefficients: beta, iterations: done, standardErrors: standardErrors(x, beta))
    }

    /// The log-likelihood's gradient at `beta` (zeros without outcomes `y`) and the observed
    /// information Σ p(1 − p)·z·zᵀ, z = (1, row).
    static func score(_ x: [[Double]], _ y: [Bool]?, _ beta: [Double]) -> (gradient: [Double], information: [[Double]]) {
        let k = beta.count
        var gradient = [Double](repeating: 0, count: k)
        // One buffer for z and the information held flat, row-major: the same sums in the same
        // order as (1, row) and a k × k array would give, without an allocation per row.
        var information = [Double](repeating: 0, count: k * k)
        var z = [Double](repeating: 0, count: k)
        z[0] = 1
        for (i, row) in x.enumerated() {
            for (j, v) in row.enumerated() { z[j + 1] = v }
            var eta = 0.0
            for j in 0..<k { eta += beta[j] * z[j] }
            let p = 1 / (1 + exp(-eta))
            let w = p * (1 - p)
            for j in 0..<k {
                if let y { gradient[j] += ((y[i] ? 1 : 0) - p) * z[j] }
                for l in 0..<k { information[j * k + l] += w * z[j] * z[l] }
            }
        }
        return (gradient, (0..<k).map { Array(information[($0 * k)..<($0 * k + k)]) })
    }

    /// The standard errors at `beta` (no ridge: the information as it is).
    static func standardErrors(_ x: [[Double]], _ beta: [Double]) -> [Double] {
        let k = beta.count
        let information = score(x, nil, beta).information
        return (0..<k).map { j in
            var unit = [Double](repeating: 0, count: k)
            unit[j] = 1
            guard let column = solve(information, unit), column[j] > 0, column[j].isFinite, column[j] < 1e12 else { return .nan }
            return column[j].squareRoot()
        }
    }

    /// The two-sided p-value of coefficient `j` against zero (Wald: z = β/se, normal).
    public func pValue(_ j: Int) -> Double { erfc(abs(coefficients[j] / standardErrors[j]) / 2.0.squareRoot()) }

    /// The log-likelihood of `y` under probabilities `p`: Σ log p (events) + log(1 − p) (others).
    public static func logLikelihood(_ p: [Double], _ y: [Bool]) -> Double {
        zip(p, y).reduce(0) { $0 + log($1.1 ? $1.0 : 1 - $1.0) }
    }

    public func probability(_ row: [Double]) -> Double {
        var eta = coefficients[0]
        for (j, v) in row.enumerated() { eta += coefficients[j + 1] * v }
        return 1 / (1 + exp(-eta))
    }

    /// Gaussian elimination with partial pivoting; nil if singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a, v = b
        let n = v.count
        for c in 0..<n {
            guard let pivot = (c..<n).max(by: { abs(m[$0][c]) < abs(m[$1][c]) }), abs(m[pivot][c]) > 1e-300 else { return nil }
            m.swapAt(c, pivot)
            v.swapAt(c, pivot)
            for r in (c + 1)..<n {
                let f = m[r][c] / m[c][c]
                if f == 0 { continue }
                for j in c..<n { m[r][j] -= f * m[c][j] }
                v[r] -= f * v[c]
            }
        }
        var out = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = v[r]
            for j in (r + 1)..<n { s -= m[r][j] * out[j] }
            out[r] = s / m[r][r]
        }
        return out
    }
}
