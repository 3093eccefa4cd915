#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Who neighbours whom: the graph on which states observe, fear and fight each other. Neighbours
/// are symmetric (if i sees j, j sees i) and visited in ascending index order, as in SDW-1.
public enum Geography: Sendable, Equatable {
    /// SDW-1's ring: each state's k nearest indices on each side (1 ≤ k, 2k < n).
    case ring(k: Int)
    /// States on a rows × columns grid in row-major order, each with its (up to) four orthogonal
    /// neighbours; `wrap` joins opposite edges (a torus; needs rows, columns ≥ 3).
    case grid(rows: Int, columns: Int, wrap: Bool)
    /// A random geometric graph (Gilbert 1961; Penrose 2003): states at uniform points of the unit
    /// square, neighbours when within `radius`. The points come from their own stream,
    /// `SplitMix64(seed: scenario seed ^ 0x67656f6772617068)`, two draws per state (x then y), so
    /// the world's stream is untouched.
    case randomGeometric(radius: Double)
    /// An explicit list of undirected edges between state indices.
    case edges([Edge])

    /// An undirected edge between two states (by index), with the distance between them (1 unless
    /// given; it matters only to the loss-of-strength mechanism).
    public struct Edge: Sendable, Equatable, Hashable {
        public let a: Int, b: Int
        public let distance: Double
        public init(_ a: Int, _ b: Int, distance: Double = 1) {
            self.a = a
            self.b = b
            self.distance = distance
        }
    }

    /// The constant that separates the geometry's stream from the world's ("geograph" in ASCII).
    public static let geometryStreamKey: UInt64 = 0x6765_6f67_7261_7068

    func problems(stateCount n: Int) -> [ScenarioError] {
        switch self {
        case let .ring(k):
            if n < 3 { return [ScenarioError("geography.ring", "a ring needs at least 3 states, got \(n)")] }
            if k < 1 || 2 * k >= n { return [ScenarioError("geography.ring.k", "must satisfy 1 ≤ k and 2k < \(n) states, got \(k)")] }
            if n * 2 * k > Scenario.maximumSlots { return [ScenarioError("geography.ring.k", "n × 2k = \(n * 2 * k) neighbour slots exceed \(Scenario.maximumSlots)")] }
        case let .grid(rows, columns, wrap):
            if rows < 1 || columns < 1 { return [ScenarioError("geography.grid", "rows and columns must be ≥ 1, got \(rows) × \(columns)")] }
            if rows.multipliedReportingOverflow(by: columns).partialValue != n || rows.multipliedReportingOverflow(by: columns).overflow {
                return [ScenarioError("geography.grid", "rows × columns = \(rows) × \(columns) must equal the \(n) states")]
            }
            if wrap && (rows < 3 || columns < 3) { return [ScenarioError("geography.grid.wrap", "a wrapped grid needs rows and columns ≥ 3")] }
        case let .randomGeometric(radius):
            if !(radius > 0 && radius <= 2.squareRoot()) { return [ScenarioError("geography.randomGeometric.radius", "must be in (0, √2], got \(radius)")] }
            // Expected slots ≈ n² π r²: refuse graphs that cannot fit.
            let expected = Double(n) * Double(n) * Double.pi * radius * radius
            if expected > Double(Scenario.maximumSlots) { return [ScenarioError("geography.randomGeometric.radius", "about \(Int(expected)) neighbour slots expected, more than \(Scenario.maximumSlots)")] }
        case let .edges(edges):
            var seen = Set<Edge>()
            for (i, e) in edges.enumerated() {
                if e.a < 0 || e.a >= n || e.b < 0 || e.b >= n { return [ScenarioError("geography.edges[\(i)]", "names a state outside 0…\(n - 1)")] }
                if e.a == e.b { return [ScenarioError("geography.edges[\(i)]", "joins a state to itself")] }
                if !(e.distance > 0 && e.distance.isFinite) { return [ScenarioError("geography.edges[\(i)]", "distance must be a finite number > 0, got \(Scenario.show(e.distance))")] }
                if !seen.insert(Edge(min(e.a, e.b), max(e.a, e.b), distance: 1)).inserted {
                    return [ScenarioError("geography.edges[\(i)]", "repeats an edge")]
                }
            }
            if edges.count * 2 > Scenario.maximumSlots { return [ScenarioError("geography.edges", "too many edges")] }
        }
        return []
    }

    /// The neighbour lists for `n` states (the geography must be valid for n).
    func neighbourhood(count n: Int, seed: UInt64) -> Neighbourhood {
        switch self {
        case let .ring(k): return .ring(n: n, k: k)
        case let .grid(rows, columns, wrap):
            var lists = [[Int32]](repeating: [], count: n)
            for r in 0..<rows {
                for c in 0..<columns {
                    var around: [(Int, Int)] = [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
                    if wrap { around = around.map { (($0.0 + rows) % rows, ($0.1 + columns) % columns) } }
                    for (rr, cc) in around where rr >= 0 && rr < rows && cc >= 0 && cc < columns {
                        lists[r * columns + c].append(Int32(rr * columns + cc))
                    }
                }
            }
            return Neighbourhood(lists: lists)
        case let .randomGeometric(radius):
            var random = SplitMix64(seed: seed ^ Self.geometryStreamKey)
            var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
            for i in 0..<n {
                x[i] = random.uniform()
                y[i] = random.uniform()
            }
            // Buckets of side ≥ radius: neighbours lie in the same or an adjacent bucket.
            // Never more buckets than states (memory), never smaller than the radius (correctness).
            let side = Swift.max(1, Swift.min(Int(1 / radius), Int(Double(n).squareRoot()) + 1, 4096))
            var buckets = [[Int32]](repeating: [], count: side * side)
            func bucket(_ v: Double) -> Int { Swift.min(side - 1, Int(v * Double(side))) }
            for i in 0..<n { buckets[bucket(x[i]) * side + bucket(y[i])].append(Int32(i)) }
            var lists = [[Int32]](repeating: [], count: n)
            let r2 = radius * radius
            for i in 0..<n {
                let bx = bucket(x[i]), by = bucket(y[i])
                for cx in Swift.max(0, bx - 1)...Swift.min(side - 1, bx + 1) {
                    for cy in Swift.max(0, by - 1)...Swift.min(side - 1, by + 1) {
                        for j in buckets[cx * side + cy] where Int(j) != i {
                            let dx = x[i] - x[Int(j)], dy = y[i] - y[Int(j)]
                            if dx * dx + dy * dy <= r2 { lists[i].append(j) }
                        }
                    }
                }
            }
            return Neighbourhood(lists: lists)
        case let .edges(edges):
            var lists = [[Int32]](repeating: [], count: n)
            for e in edges {
                lists[e.a].append(Int32(e.b))
                lists[e.b].append(Int32(e.a))
            }
            return Neighbourhood(lists: lists)
        }
    }
}

extension Geography {
    /// The distance of every slot of `neighbourhood` (built by ``neighbourhood(count:seed:)`` for
    /// the same `n` and seed): on a ring the number of steps round it, `min(|i − j|, n − |i − j|)`;
    /// on a grid 1; on a random geometric graph the Euclidean distance between the points (drawn
    /// again from the geometry's own stream); for explicit edges the distance each edge gives.
    func distances(of neighbourhood: Neighbourhood, seed: UInt64) -> [Double] {
        let n = neighbourhood.count
        var points: [(Double, Double)] = []
        var given: [Edge: Double] = [:]
        switch self {
        case .randomGeometric:
            var random = SplitMix64(seed: seed ^ Self.geometryStreamKey)
            for _ in 0..<n {
                let x = random.uniform()
                points.append((x, random.uniform()))
            }
        case let .edges(edges):
            for e in edges { given[Edge(Swift.min(e.a, e.b), Swift.max(e.a, e.b), distance: 1)] = e.distance }
        case .ring, .grid: break
        }
        var distances: [Double] = []
        distances.reserveCapacity(neighbourhood.edgeCount)
        for i in 0..<n {
            for target in neighbourhood.neighbours(of: i) {
                let j = Int(target)
                switch self {
                case .ring:
                    let gap = Swift.abs(i - j)
                    distances.append(Double(Swift.min(gap, n - gap)))
                case .grid: distances.append(1)
                case .randomGeometric:
                    let dx = points[i].0 - points[j].0, dy = points[i].1 - points[j].1
                    distances.append((dx * dx + dy * dy).squareRoot())
                case .edges: distances.append(given[Edge(Swift.min(i, j), Swift.max(i, j), distance: 1)] ?? 1)
                }
            }
        }
        return distances
    }
}

extension Neighbourhood {
    /// From per-state neighbour lists (each sorted here; no duplicates, no self-loops).
    init(lists: [[Int32]]) {
        var offsets = [0]
        offsets.reserveCapacity(lists.count + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            targets.append(contentsOf: list.sorted())
            offsets.append(targets.count)
        }
        self.init(offsets: offsets, targets: targets)
    }
}
