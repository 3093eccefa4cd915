import AnarchyCore

/// Landscape theory of aggregation (Axelrod & Bennett 1993): states of sizes `s_i` with
/// symmetric pairwise propensities `p_ij` (positive: would rather be together) split into two
/// sides; a configuration X has energy `E(X) = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij(X)` (ordered pairs,
/// so each pair counts twice, as A&B write it), d_ij = 1 when i and j are on opposite sides, else
/// 0. Myopic states move to lower frustration, so the system settles in a *local minimum*: a
/// configuration no single state can leave by switching sides and lower the energy. In spin form
/// (σ_i = ±1) switching i changes E by `2·σ_i·h_i`, `h_i = Σ_j s_i s_j p_ij σ_j`, so X is a local
/// minimum iff `σ_i·h_i ≥ 0` for every i [standard].
///
/// Configurations are bipartitions: X and its mirror are one (the first state is on the first
/// side), and one side may be empty (everyone together). Exhaustive search for n ≤ 20 visits
/// all 2^(n−1) in Gray-code order, updating h in O(n) per step; beyond, a documented heuristic.
public enum LandscapeTheory {
    public static let exhaustiveLimit = 20

    public struct Alignment: Sendable, Equatable {
        public let energy: Double
        /// `side[i]` = 0 for the first state's side, 1 for the other.
        public let side: [Int]
    }

    public struct Outcome: Sendable, Equatable {
        /// Local minima sorted by energy (ties: by sides), the global minimum first.
        public let minima: [Alignment]
        /// Whether every configuration was examined (else: the heuristic's finds).
        public let exhaustive: Bool
    }

    /// The energy of a configuration, from scratch, summed in index order.
    public static func energy(sizes s: [Double], propensity p: [[Double]], side: [Int]) -> Double {
        var e = 0.0
        for i in s.indices {
            for j in s.indices where j != i && side[i] != side[j] { e = e + s[i] * s[j] * p[i][j] }
        }
        return e
    }

    /// Whether no single state can switch sides and lower the energy (computed from scratch).
    public static func isLocalMinimum(sizes s: [Double], propensity p: [[Double]], side: [Int]) -> Bool {
        let e = energy(sizes: s, propensity: p, side: side)
        var flipped = side
        for i in s.indices {
            flipped[i] = 1 - flipped[i]
            defer { flipped[i] = side[i] }
            if energy(sizes: s, propensity: p, side: flipped) < e { return false }
        }
        return true
    }

    /// Every local minimum (n ≤ ``exhaustiveLimit``: exhaustively), else the heuristic's: from
    /// `starts` random configurations (SplitMix64(`seed`)), repeatedly switch the state whose
    /// switch lowers the energy most until none does; distinct minima are kept. The heuristic
    /// finds local minima but may miss some and cannot certify the global one.
    public static func minima(sizes s: [Double], propensity p: [[Double]], starts: Int = 2_000, seed: UInt64 = 1) -> Outcome {
        let n = s.count
        guard n > 0 else { return Outcome(minima: [], exhaustive: true) }
        var r = p
        for i in 0..<n { for j in 0..<n { r[i][j] = i == j ? 0 : s[i] * s[j] * p[i][j] } }
        // Tolerance for the incremental screen; candidates are confirmed from scratch.
        let scale = r.joined().map(abs).max() ?? 0
        let slack = 1e-9 * Swift.max(scale, 1e-300) * Double(n)
        var found: [[Int]] = []
        if n <= exhaustiveLimit {
            var sigma = [Double](repeating: 1, count: n)
            var h = (0..<n).map { i in (0..<n).reduce(0.0) { $0 + r[i][$1] * sigma[$1] } }
            let count = 1 << (n - 1)
            for step in 0..<count {
                if step > 0 {
                    // Gray code: flip state 1 + (index of the lowest set bit of step); state 0 stays on side 0.
                    let k = 1 + step.trailingZeroBitCount
                    sigma[k] = -sigma[k]
                    for i in 0..<n where i != k { h[i] = h[i] + 2 * r[i][k] * sigma[k] }
                }
                if (0..<n).allSatisfy({ sigma[$0] * h[$0] >= -slack }) {
                    let side = sigma.map { $0 == sigma[0] ? 0 : 1 }
                    if isLocalMinimum(sizes: s, propensity: p, side: side) { found.append(side) }
                }
            }
        } else {
            var random = SplitMix64(seed: seed)
            var seen = Set<[Int]>()
            for _ in 0..<starts {
                var sigma = (0..<n).map { _ in random.next() & 1 == 0 ? 1.0 : -1.0 }
                var h = (0..<n).map { i in (0..<n).reduce(0.0) { $0 + r[i][$1] * sigma[$1] } }
                while true {
                    // The switch that lowers the energy most: the most negative 2·σ_i·h_i.
                    var best = -1, gain = -slack
                    for i in 0..<n where sigma[i] * h[i] < gain {
                        best = i
                        gain = sigma[i] * h[i]
                    }
                    guard best >= 0 else { break }
                    sigma[best] = -sigma[best]
                    for i in 0..<n where i != best { h[i] = h[i] + 2 * r[i][best] * sigma[best] }
                }
                let side = sigma.map { $0 == sigma[0] ? 0 : 1 }
                if seen.insert(side).inserted && isLocalMinimum(sizes: s, propensity: p, side: side) { found.append(side) }
            }
        }
        let alignments = found.map { Alignment(energy: energy(sizes: s, propensity: p, side: $0), side: $0) }
            .sorted { $0.energy != $1.energy ? $0.energy < $1.energy : $0.side.lexicographicallyPrecedes($1.side) }
        return Outcome(minima: alignments, exhaustive: n <= exhaustiveLimit)
    }
}
