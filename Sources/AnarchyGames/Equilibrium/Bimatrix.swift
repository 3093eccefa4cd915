/// A two-player normal-form game: `a[i][j]` is the row player's payoff and `b[i][j]` the column
/// player's when row strategy i meets column strategy j.
///
/// Payoffs are stored flat, row-major. The solvers work on a positive affine rescaling of each
/// matrix into [1, 2] (which changes no equilibrium, von Stengel 2002 §3), so their tolerance is
/// relative to each player's payoff range.
public struct Bimatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Row player's payoffs, row-major.
    public let a: [Double]
    /// Column player's payoffs, row-major.
    public let b: [Double]

    /// Why matrices do not make a game.
    public struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The largest C(m+n, m) the vertex enumeration accepts (about a second of work).
    public static let maximumVertexCandidates = 5_000_000

    /// A game from two matrices given as lists of rows; they must be non-empty, rectangular, of the
    /// same shape and finite, and small enough for exhaustive enumeration.
    public init(a: [[Double]], b: [[Double]]) throws(Invalid) {
        guard let width = a.first?.count, width > 0 else { throw Invalid(description: "A must have at least one row and one column") }
        for (name, matrix) in [("A", a), ("B", b)] {
            for (i, row) in matrix.enumerated() {
                guard row.count == width else {
                    throw Invalid(description: "\(name) row \(i) has \(row.count) entries, expected \(width) (the matrix must be rectangular)")
                }
                if let j = row.firstIndex(where: { !$0.isFinite }) {
                    throw Invalid(description: "\(name)[\(i)][\(j)] must be a finite number (got \(row[j]))")
                }
            }
        }
        guard b.count == a.count else {
            throw Invalid(description: "B has \(b.count) rows but A has \(a.count): both must be \(a.count)×\(width)")
        }
        let candidates = Self.binomial(a.count + width, min(a.count, width))
        guard a.count + width <= 64, candidates <= Double(Self.maximumVertexCandidates) else {
            throw Invalid(
                description: "a \(a.count)×\(width) game is too large for exhaustive enumeration (C(m+n, m) = \(candidates) > \(Self.maximumVertexCandidates))")
        }
        rows = a.count
        columns = width
        self.a = a.flatMap { $0 }
        self.b = b.flatMap { $0 }
    }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        var result = 1.0
        for i in 0..<k { result = result * Double(n - i) / Double(i + 1) }
        return result.rounded()
    }

    /// Row player's payoff.
    @inline(__always) public func a(_ i: Int, _ j: Int) -> Double { a[i * columns + j] }
    /// Column player's payoff.
    @inline(__always) public func b(_ i: Int, _ j: Int) -> Double { b[i * columns + j] }

    /// Expected payoffs (row, column) of the mixed profile.
    public func payoffs(row x: [Double], column y: [Double]) -> (row: Double, column: Double) {
        var u = 0.0, v = 0.0
        for i in 0..<rows where x[i] != 0 {
            for j in 0..<columns where y[j] != 0 {
                u += x[i] * y[j] * a(i, j)
                v += x[i] * y[j] * b(i, j)
            }
        }
        return (u, v)
    }

    /// Both matrices rescaled into [1, 2] (a constant matrix becomes all ones).
    var normalised: (a: [Double], b: [Double]) {
        func rescale(_ m: [Double]) -> [Double] {
            let low = m.min() ?? 0, high = m.max() ?? 0
            let range = high - low
            return range > 0 ? m.map { 1 + ($0 - low) / range } : m.map { _ in 1 }
        }
        return (rescale(a), rescale(b))
    }
}
