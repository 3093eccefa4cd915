/// Disjoint sets over 0..<n with path halving; a union links the larger root under the smaller,
/// so every set's root is its lowest member. Used for alliance blocs and security communities.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// Every element in a set of its own again.
    mutating func reset() {
        for i in parent.indices { parent[i] = i }
    }

    /// The set's root: its lowest member.
    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[Swift.max(ra, rb)] = Swift.min(ra, rb) }
    }
}
