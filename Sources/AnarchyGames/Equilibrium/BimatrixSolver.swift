/// Nash equilibria of a bimatrix game by the method asked for.
///
/// Degenerate games (some mixed strategy with support size k has more than k pure best responses,
/// von Stengel 2002 Def. 3.2; detected exactly as a vertex of a best-response polytope with more
/// labels than its dimension) can have infinitely many equilibria and equilibria with unequal
/// supports, which support enumeration misses. For them `support` and `vertex` both return the
/// **extreme equilibria** (the vertices of the equilibrium components) found by vertex
/// enumeration, with `degenerate = true`; `lemke-howson` returns the one equilibrium its
/// lexicographic path reaches.
public enum EquilibriumMethod: String, Sendable, CaseIterable {
    case support
    case vertex
    case lemkeHowson = "lemke-howson"
}

/// The equilibria found and whether the game is degenerate.
public struct BimatrixSolution: Sendable, Equatable {
    /// Sorted lexicographically by (row, column), without duplicates.
    public let equilibria: [NashEquilibrium]
    public let degenerate: Bool
}

extension Bimatrix {
    /// The Nash equilibria by `method` (see ``EquilibriumMethod``); Lemke–Howson drops
    /// `initialLabel` (0..<rows are row strategies, rows..<rows+columns column strategies).
    ///
    /// Arithmetic is `Double` with tolerance 1e-9 on payoffs rescaled into [1, 2]; equilibria are
    /// deduplicated and compared at 1e-9. Complexity: C(m+n, m) small linear solves per polytope.
    public func equilibria(method: EquilibriumMethod, initialLabel: Int = 0) -> BimatrixSolution {
        let (na, nb) = normalised
        let m = rows, n = columns
        let p = BestResponsePolytope(own: m, other: n, ownLabelOffset: 0, otherLabelOffset: m) { i, j in nb[i * n + j] }
        let q = BestResponsePolytope(own: n, other: m, ownLabelOffset: m, otherLabelOffset: 0) { j, i in na[i * n + j] }
        let degenerate = p.isDegenerate || q.isDegenerate
        let found: [NashEquilibrium] = switch method {
        case .support where !degenerate: SupportEnumeration.equilibria(self)
        case .support, .vertex: VertexEnumeration.equilibria(self, p, q)
        case .lemkeHowson:
            LemkeHowson.equilibrium(self, initialLabel: min(max(initialLabel, 0), m + n - 1)).map { [$0] } ?? []
        }
        return BimatrixSolution(equilibria: Self.sortedUnique(found), degenerate: degenerate)
    }

    static func sortedUnique(_ equilibria: [NashEquilibrium]) -> [NashEquilibrium] {
        let tolerance = 1e-9
        let sorted = equilibria.sorted { NashEquilibrium.precedes($0, $1, tolerance: tolerance) }
        var unique: [NashEquilibrium] = []
        for e in sorted where !unique.contains(where: { $0.matches(e, tolerance: tolerance) }) { unique.append(e) }
        return unique
    }
}
