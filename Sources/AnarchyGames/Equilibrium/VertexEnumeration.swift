/// All extreme Nash equilibria by vertex enumeration (Mangasarian 1964; Avis, Rosenberg, Savani &
/// von Stengel 2010): the equilibria are the completely labelled pairs (x, y) ≠ (0, 0) of vertices
/// of the two best-response polytopes, normalised. In a nondegenerate game these are all the
/// equilibria; in a degenerate one they are the extreme points of the equilibrium components.
enum VertexEnumeration {
    static func equilibria(_ game: Bimatrix, _ p: BestResponsePolytope, _ q: BestResponsePolytope) -> [NashEquilibrium] {
        let all: UInt64 = game.rows + game.columns == 64 ? ~0 : (1 << UInt64(game.rows + game.columns)) - 1
        var found: [NashEquilibrium] = []
        let qByLabels = Dictionary(q.vertices.map { ($0.labels, $0) }, uniquingKeysWith: { first, _ in first })
        for x in p.vertices.dropFirst() {
            let missing = all & ~x.labels
            if !p.isDegenerate && !q.isDegenerate {
                // Nondegenerate: each vertex has exactly its dimension of labels, so the partner
                // must carry exactly the missing ones.
                if let y = qByLabels[missing], y.labels != 0, y.point.contains(where: { $0 > 0 }) {
                    found.append(NashEquilibrium(game: game, rowWeights: x.point, columnWeights: y.point))
                }
                continue
            }
            for y in q.vertices.dropFirst() where y.labels & missing == missing {
                found.append(NashEquilibrium(game: game, rowWeights: x.point, columnWeights: y.point))
            }
        }
        return found
    }
}
