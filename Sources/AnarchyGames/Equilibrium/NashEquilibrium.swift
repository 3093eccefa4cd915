/// A mixed-strategy Nash equilibrium of a bimatrix game.
public struct NashEquilibrium: Sendable, Equatable {
    /// The row player's probabilities over its strategies.
    public let row: [Double]
    /// The column player's probabilities.
    public let column: [Double]
    /// Expected payoffs (row player, column player).
    public let payoffs: (row: Double, column: Double)

    public static func == (l: NashEquilibrium, r: NashEquilibrium) -> Bool {
        l.row == r.row && l.column == r.column && l.payoffs == r.payoffs
    }

    /// Builds the equilibrium from unnormalised weights: tiny components (below 1e-12 of the total)
    /// become exact zeros, then each side is scaled to sum to 1.
    init(game: Bimatrix, rowWeights: [Double], columnWeights: [Double]) {
        func clean(_ w: [Double]) -> [Double] {
            let total = w.reduce(0, +)
            let kept = w.map { $0 <= 1e-12 * total ? 0 : $0 }
            let sum = kept.reduce(0, +)
            return kept.map { $0 / sum }
        }
        row = clean(rowWeights)
        column = clean(columnWeights)
        payoffs = game.payoffs(row: row, column: column)
    }

    /// Lexicographic order by (row, column), comparing probabilities within `tolerance`.
    static func precedes(_ l: NashEquilibrium, _ r: NashEquilibrium, tolerance: Double) -> Bool {
        for (x, y) in zip(l.row + l.column, r.row + r.column) where abs(x - y) > tolerance {
            return x < y
        }
        return false
    }

    /// Whether the two are the same profile within `tolerance`.
    func matches(_ other: NashEquilibrium, tolerance: Double) -> Bool {
        zip(row + column, other.row + other.column).allSatisfy { abs($0 - $1) <= tolerance }
    }
}
