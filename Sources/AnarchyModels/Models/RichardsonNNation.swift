#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Richardson's model for n nations (catalogue §1.2): `ẋ = (K − diag(a))·x + g`. `M = K − diag(a)`
/// is a Metzler matrix, Hurwitz (the equilibrium stable) iff every leading principal minor of −M is
/// positive — the M-matrix test [standard] (Berman & Plemmons 1994), which needs no eigenvalues.
public enum RichardsonNNation {
    public struct Parameters: Sendable, Equatable {
        /// Reactions, n×n: zero diagonal, off-diagonal ≥ 0 (K[i][j] = reaction of i to j), n ≥ 2.
        public let reactions: [[Double]]
        /// Fatigue coefficients, n entries > 0.
        public let fatigue: [Double]
        /// Grievances, n entries.
        public let grievance: [Double]

        public init(_ r: ParameterReader) throws(FormalModelError) {
            let k = try r.squareMatrix("K", minimumSize: 2)
            for i in k.indices {
                for j in k.indices {
                    if i == j {
                        try r.require(k[i][j] == 0, "K", "diagonal entry [\(i)][\(i)] must be 0 (got \(k[i][j].formatted))")
                    } else {
                        try r.require(k[i][j] >= 0, "K", "entry [\(i)][\(j)] must be ≥ 0 (got \(k[i][j].formatted))")
                    }
                }
            }
            reactions = k
            fatigue = try r.realList("a", .positive, count: k.count)
            grievance = try r.realList("g", .any, count: k.count)
        }
    }

    /// `richardson.n_nation`.
    public struct Result: FormalResult, Equatable {
        /// All leading principal minors of −M are > 0.
        public let stable: Bool
        /// `x* = −M⁻¹·g`, or nil when `|det M| ≤ 1e-12·max(1, max|M_ij|)^n`.
        public let xStar: [Double]?
        /// The determinants of −M's leading 1×1 … n×n blocks.
        public let leadingMinors: [Double]
        public var json: JSONValue {
            .members(["stable": .bool(stable), "x_star": JSONValue(xStar), "leading_minors": JSONValue(leadingMinors)])
        }
    }

    public static func analyse(_ p: Parameters) -> Result {
        let n = p.fatigue.count
        var m = p.reactions
        for i in 0..<n { m[i][i] = -p.fatigue[i] }
        let negated = m.map { $0.map { -$0 } }
        let minors = (1...n).map { size in LinearAlgebra.determinant(Array(negated.prefix(size).map { Array($0.prefix(size)) })) }
        let scale = max(1, m.flatMap { $0 }.map(abs).max() ?? 0)
        let detM = n % 2 == 0 ? minors[n - 1] : -minors[n - 1]
        var xStar: [Double]? = nil
        if abs(detM) > 1e-12 * pow(scale, Double(n)) {
            // −M·x* = g.
            xStar = LinearAlgebra.solve(negated, p.grievance)
        }
        return Result(stable: minors.allSatisfy { $0 > 0 }, xStar: xStar, leadingMinors: minors)
    }
}

/// Small dense linear algebra by Gaussian elimination with partial pivoting.
enum LinearAlgebra {
    /// The determinant of a square matrix.
    static func determinant(_ matrix: [[Double]]) -> Double {
        var a = matrix
        let n = a.count
        var det = 1.0
        for col in 0..<n {
            var pivot = col
            for row in col + 1..<max(n, col + 1) where abs(a[row][col]) > abs(a[pivot][col]) { pivot = row }
            if a[pivot][col] == 0 { return 0 }
            if pivot != col {
                a.swapAt(pivot, col)
                det = -det
            }
            det *= a[col][col]
            for row in col + 1..<max(n, col + 1) {
                let factor = a[row][col] / a[col][col]
                for k in col..<n { a[row][k] -= factor * a[col][k] }
            }
        }
        return det
    }

    /// The solution x of `matrix·x = rhs`, or nil when a pivot is exactly zero.
    static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double]? {
        var a = matrix
        var b = rhs
        let n = a.count
        for col in 0..<n {
            var pivot = col
            for row in col + 1..<max(n, col + 1) where abs(a[row][col]) > abs(a[pivot][col]) { pivot = row }
            if a[pivot][col] == 0 { return nil }
            a.swapAt(pivot, col)
            b.swapAt(pivot, col)
            for row in col + 1..<max(n, col + 1) {
                let factor = a[row][col] / a[col][col]
                for k in col..<n { a[row][k] -= factor * a[col][k] }
                b[row] -= factor * b[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in row + 1..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}

// MARK: In the formal-models catalogue

extension RichardsonNNation {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "richardson.n_nation", "Richardson's n-nation model: M-matrix stability test and equilibrium",
            .standard, citation: "Richardson 1960; Berman & Plemmons 1994; catalogue §1.2",
            parameters: [
                ParameterDoc("K", "reaction matrix, K[i][j] = reaction of i to j", "n×n, n ≥ 2, zero diagonal, off-diagonal ≥ 0"),
                ParameterDoc("a", "fatigue coefficients", "n numbers > 0"),
                ParameterDoc("g", "grievances", "n numbers"),
            ]
        ) { r throws(FormalModelError) in RichardsonNNation.analyse(try RichardsonNNation.Parameters(r)) },
    ]
}
