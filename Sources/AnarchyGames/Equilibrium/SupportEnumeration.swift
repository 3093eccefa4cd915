/// All Nash equilibria of a nondegenerate game by support enumeration (Dickhaut & Kaplan 1991;
/// Nisan et al. 2007, ch. 3; von Stengel 2002 §2): for every pair of equally large supports
/// (I, J), solve the indifference conditions `A[I,J]·y = u·1`, `Σy = 1` and `B[I,J]ᵀ·x = v·1`,
/// `Σx = 1`; keep the solutions that are positive on their supports and against which no strategy
/// outside the support does better. In a nondegenerate game every equilibrium has equal-size
/// supports and is found exactly once.
enum SupportEnumeration {
    static func equilibria(_ game: Bimatrix) -> [NashEquilibrium] {
        let (a, b) = game.normalised
        let m = game.rows, n = game.columns
        let tolerance = BestResponsePolytope.tolerance
        var system = SmallLinearSystem(capacity: min(m, n) + 1)
        var found: [NashEquilibrium] = []
        var y = [Double](repeating: 0, count: n), x = [Double](repeating: 0, count: m)
        for k in 1...min(m, n) {
            for rowSupport in Combinations(m, choose: k) {
                for columnSupport in Combinations(n, choose: k) {
                    // Column mix y on J making every row in I indifferent at value u.
                    guard
                        let u = indifference(
                            &system, k, payoff: { r, c in a[rowSupport[r] * n + columnSupport[c]] }, into: &y,
                            support: columnSupport),
                        isBestResponse(
                            rows: m, support: rowSupport, value: u, tolerance: tolerance,
                            payoff: { i in columnSupport.reduce(0) { $0 + a[i * n + $1] * y[$1] } })
                    else { continue }
                    guard
                        let v = indifference(
                            &system, k, payoff: { r, c in b[rowSupport[c] * n + columnSupport[r]] }, into: &x,
                            support: rowSupport),
                        isBestResponse(
                            rows: n, support: columnSupport, value: v, tolerance: tolerance,
                            payoff: { j in rowSupport.reduce(0) { $0 + b[$1 * n + j] * x[$1] } })
                    else { continue }
                    found.append(NashEquilibrium(game: game, rowWeights: x, columnWeights: y))
                }
            }
        }
        return found
    }

    /// Solves `Σ_c payoff(r, c)·w_c = value` for every r, `Σ w = 1`; writes w onto `support` of
    /// `weights` (zero elsewhere) and returns the value, or nil when singular or not positive.
    private static func indifference(
        _ system: inout SmallLinearSystem, _ k: Int, payoff: (Int, Int) -> Double, into weights: inout [Double],
        support: [Int]
    ) -> Double? {
        let size = k + 1
        system.reset(size: size)
        for r in 0..<k {
            for c in 0..<k { system.matrix[r * size + c] = payoff(r, c) }
            system.matrix[r * size + k] = -1
            system.rhs[r] = 0
        }
        for c in 0..<k { system.matrix[k * size + c] = 1 }
        system.matrix[k * size + k] = 0
        system.rhs[k] = 1
        guard system.solve(singularTolerance: 1e-12) else { return nil }
        for c in 0..<k where system.rhs[c] <= BestResponsePolytope.tolerance { return nil }
        for i in weights.indices { weights[i] = 0 }
        for (c, s) in support.enumerated() { weights[s] = system.rhs[c] }
        return system.rhs[k]
    }

    /// No strategy does better than `value` (within tolerance) against the opponent's mix.
    private static func isBestResponse(
        rows: Int, support: [Int], value: Double, tolerance: Double, payoff: (Int) -> Double
    ) -> Bool {
        var s = 0
        for i in 0..<rows {
            if s < support.count && support[s] == i {
                s += 1
                continue
            }
            if payoff(i) > value + tolerance { return false }
        }
        return true
    }
}
