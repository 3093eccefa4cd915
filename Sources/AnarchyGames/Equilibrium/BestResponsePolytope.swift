/// A player's best-response polytope (von Stengel 2002, §3): for the row player
/// `P = {x ∈ ℝᵐ : x ≥ 0, Bᵀx ≤ 1}`, for the column player `Q = {y ∈ ℝⁿ : Ay ≤ 1, y ≥ 0}`, with
/// positive payoffs. Labels 0..<m are the row strategies, m..<m+n the column strategies: a point has
/// label i when row i is unplayed (in P) or a best response (in Q), and label m+j when column j is
/// a best response (in P) or unplayed (in Q).
struct BestResponsePolytope {
    /// A vertex: its coordinates and its labels as a bit mask.
    struct Vertex {
        let point: [Double]
        let labels: UInt64
    }

    let vertices: [Vertex]
    /// Some vertex has more labels than the dimension: the game is degenerate.
    let isDegenerate: Bool

    /// Tolerance for tightness and signs, relative to payoffs rescaled into [1, 2].
    static let tolerance = 1e-9

    /// Enumerates the vertices exhaustively: every vertex other than the origin is the unique
    /// solution of `M[S, T]ᵀ·w_S = 1` for a support S of the player's own strategies and an
    /// equally large set T of the opponent's strategies kept tight (Σₖ C(m,k)·C(n,k) = C(m+n, m)
    /// candidates), which is feasible when w_S > 0 and no other constraint is violated.
    ///
    /// - Parameters:
    ///   - payoff: the opponent's payoffs as seen by this polytope, `payoff(own, other)` ≥ 1
    ///     (Bᵀ for P: payoff(i, j) = b[i][j]; for Q: payoff(j, i) = a[i][j]).
    ///   - own: the number of this player's strategies (the dimension).
    ///   - other: the opponent's number of strategies.
    ///   - ownLabelOffset, otherLabelOffset: where each side's labels start.
    init(own: Int, other: Int, ownLabelOffset: Int, otherLabelOffset: Int, payoff: (Int, Int) -> Double) {
        let tolerance = Self.tolerance
        var vertices: [Vertex] = []
        var degenerate = false
        var seen = Set<UInt64>()
        var system = SmallLinearSystem(capacity: max(own, 1))
        // The origin: every own strategy unplayed.
        let originLabels = (0..<own).reduce(UInt64(0)) { $0 | (1 << UInt64(ownLabelOffset + $1)) }
        vertices.append(Vertex(point: [Double](repeating: 0, count: own), labels: originLabels))
        seen.insert(originLabels)
        var point = [Double](repeating: 0, count: own)
        for k in 1...max(1, min(own, other)) where k <= min(own, other) {
            for support in Combinations(own, choose: k) {
                for tight in Combinations(other, choose: k) {
                    system.reset(size: k)
                    for (r, j) in tight.enumerated() {
                        for (c, i) in support.enumerated() { system.matrix[r * k + c] = payoff(i, j) }
                        system.rhs[r] = 1
                    }
                    guard system.solve(singularTolerance: 1e-12) else { continue }
                    var feasible = true
                    for c in 0..<k where system.rhs[c] <= tolerance {
                        feasible = false
                        break
                    }
                    if !feasible { continue }
                    for i in 0..<own { point[i] = 0 }
                    for (c, i) in support.enumerated() { point[i] = system.rhs[c] }
                    var labels: UInt64 = 0
                    for i in 0..<own where point[i] == 0 { labels |= 1 << UInt64(ownLabelOffset + i) }
                    for j in 0..<other {
                        var load = 0.0
                        for i in support { load += payoff(i, j) * point[i] }
                        if load > 1 + tolerance {
                            feasible = false
                            break
                        }
                        if load >= 1 - tolerance { labels |= 1 << UInt64(otherLabelOffset + j) }
                    }
                    if !feasible || !seen.insert(labels).inserted { continue }
                    if labels.nonzeroBitCount > own { degenerate = true }
                    vertices.append(Vertex(point: point, labels: labels))
                }
            }
        }
        self.vertices = vertices
        isDegenerate = degenerate
    }
}
