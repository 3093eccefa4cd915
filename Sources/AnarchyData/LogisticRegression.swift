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

    /// Fits `y` on rows `x` (each the same length); stops when no coefficient moves more than 1e-10.
    public static func fit(_ x: [[Double]], _ y: [Bool], maxIterations: Int = 100) -> LogisticRegression {
        let k = (x.first?.count ?? 0) + 1
        var beta = [Double](repeating: 0, count: k)
        var done = 0
        for iteration in 1...maxIterations {
            done = iteration
            var gradient = [Double](repeating: 0, count: k)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
            for (row, outcome) in zip(x, y) {
                let z = [1.0] + row
                var eta = 0.0
                for j in 0..<k { eta += beta[j] * z[j] }
                let p = 1 / (1 + exp(-eta))
                let w = p * (1 - p)
                for j in 0..<k {
                    gradient[j] += ((outcome ? 1 : 0) - p) * z[j]
                    for l in 0..<k { hessian[j][l] += w * z[j] * z[l] }
                }
            }
            for j in 0..<k { hessian[j][j] += 1e-6 }
            guard let step = solve(hessian, gradient) else { break }
            var largest = 0.0
            for j in 0..<k {
                beta[j] += step[j]
                largest = Swift.max(largest, abs(step[j]))
            }
            if largest < 1e-10 { break }
        }
        return LogisticRegression(coefficients: beta, iterations: done)
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
