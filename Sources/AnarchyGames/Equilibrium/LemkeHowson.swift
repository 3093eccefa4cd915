/// One Nash equilibrium by the Lemke–Howson algorithm (Lemke & Howson 1964; von Stengel 2002 §3.4):
/// complementary pivoting on the two best-response polytopes' tableaux, from the artificial
/// equilibrium (0, 0), dropping `initialLabel` and following the path of almost completely labelled
/// vertex pairs until that label is picked up again. The minimum-ratio test is lexicographic, so
/// the path is well defined in degenerate games too.
enum LemkeHowson {
    /// A tableau `[coefficients | rhs]` with the label of each row's basic variable.
    private struct Tableau {
        var cells: [Double]
        let width: Int
        var basis: [Int]
        /// The columns of the slack variables (the identity at the start), for the lexicographic rule.
        let slackColumns: Range<Int>

        var rowCount: Int { basis.count }
        func cell(_ r: Int, _ c: Int) -> Double { cells[r * width + c] }

        /// Pivots on column `entering`; returns the label that leaves, or nil if no row bounds it.
        mutating func pivot(entering: Int) -> Int? {
            let tolerance = 1e-12
            var chosen: Int? = nil
            for r in 0..<rowCount where cell(r, entering) > tolerance {
                guard let best = chosen else {
                    chosen = r
                    continue
                }
                if lexicographicallySmaller(r, best, entering) { chosen = r }
            }
            guard let row = chosen else { return nil }
            let divisor = cell(row, entering)
            for c in 0..<width { cells[row * width + c] /= divisor }
            for r in 0..<rowCount where r != row {
                let factor = cell(r, entering)
                if factor == 0 { continue }
                for c in 0..<width { cells[r * width + c] -= factor * cells[row * width + c] }
            }
            let leaving = basis[row]
            basis[row] = entering
            return leaving
        }

        /// Compares (rhs, slack columns) / pivot-column entry of two rows lexicographically.
        private func lexicographicallySmaller(_ r: Int, _ s: Int, _ column: Int) -> Bool {
            let pr = cell(r, column), ps = cell(s, column)
            for c in [width - 1] + Array(slackColumns) {
                let x = cell(r, c) / pr, y = cell(s, c) / ps
                let scale = max(1, abs(x), abs(y))
                if abs(x - y) > 1e-12 * scale { return x < y }
            }
            return false
        }
    }

    /// The equilibrium reached by dropping `initialLabel` (0..<m+n), or nil if the pivoting did not
    /// end within the step limit (possible only through rounding).
    static func equilibrium(_ game: Bimatrix, initialLabel: Int) -> NashEquilibrium? {
        let (a, b) = game.normalised
        let m = game.rows, n = game.columns
        let width = m + n + 1
        // P: rows j = Bᵀ_j·x + s_j = 1; columns x (labels 0..<m), s (m..<m+n), rhs.
        var p = Tableau(cells: [Double](repeating: 0, count: n * width), width: width, basis: Array(m..<m + n), slackColumns: m..<m + n)
        for j in 0..<n {
            for i in 0..<m { p.cells[j * width + i] = b[i * n + j] }
            p.cells[j * width + m + j] = 1
            p.cells[j * width + width - 1] = 1
        }
        // Q: rows i = r_i + A_i·y = 1; columns r (labels 0..<m), y (m..<m+n), rhs.
        var q = Tableau(cells: [Double](repeating: 0, count: m * width), width: width, basis: Array(0..<m), slackColumns: 0..<m)
        for i in 0..<m {
            q.cells[i * width + i] = 1
            for j in 0..<n { q.cells[i * width + m + j] = a[i * n + j] }
            q.cells[i * width + width - 1] = 1
        }
        var entering = initialLabel
        var inP = initialLabel < m
        for _ in 0..<100_000 {
            guard let leaving = inP ? p.pivot(entering: entering) : q.pivot(entering: entering) else { return nil }
            if leaving == initialLabel {
                var x = [Double](repeating: 0, count: m), y = [Double](repeating: 0, count: n)
                for (r, label) in p.basis.enumerated() where label < m { x[label] = p.cell(r, width - 1) }
                for (r, label) in q.basis.enumerated() where label >= m { y[label - m] = q.cell(r, width - 1) }
                return NashEquilibrium(game: game, rowWeights: x, columnWeights: y)
            }
            entering = leaving
            inP.toggle()
        }
        return nil
    }
}
