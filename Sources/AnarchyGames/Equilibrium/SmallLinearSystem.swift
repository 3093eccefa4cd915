/// Solves small dense square systems in place by Gaussian elimination with partial pivoting,
/// reusing its storage (the enumerations solve millions of them).
struct SmallLinearSystem {
    /// Row-major (size × size) matrix, then the right-hand side.
    var matrix: [Double]
    var rhs: [Double]
    private(set) var size = 0

    init(capacity: Int) {
        matrix = [Double](repeating: 0, count: capacity * capacity)
        rhs = [Double](repeating: 0, count: capacity)
    }

    /// Prepares a size × size system; the caller then fills `matrix` and `rhs`.
    mutating func reset(size: Int) { self.size = size }

    /// Solves in place (the solution is left in `rhs`); false when a pivot is below `singularTolerance`.
    mutating func solve(singularTolerance: Double) -> Bool {
        let n = size
        return matrix.withUnsafeMutableBufferPointer { m in
            rhs.withUnsafeMutableBufferPointer { b in
                for col in 0..<n {
                    var pivot = col
                    var best = abs(m[col * n + col])
                    for row in col + 1..<max(n, col + 1) where abs(m[row * n + col]) > best {
                        best = abs(m[row * n + col])
                        pivot = row
                    }
                    if best <= singularTolerance { return false }
                    if pivot != col {
                        for k in col..<n { m.swapAt(pivot * n + k, col * n + k) }
                        b.swapAt(pivot, col)
                    }
                    let diagonal = m[col * n + col]
                    for row in col + 1..<max(n, col + 1) {
                        let factor = m[row * n + col] / diagonal
                        if factor == 0 { continue }
                        for k in col..<n { m[row * n + k] -= factor * m[col * n + k] }
                        b[row] -= factor * b[col]
                    }
                }
                for row in stride(from: n - 1, through: 0, by: -1) {
                    var sum = b[row]
                    for k in row + 1..<max(n, row + 1) { sum -= m[row * n + k] * b[k] }
                    b[row] = sum / m[row * n + row]
                }
                return true
            }
        }
    }
}

/// All k-subsets of 0..<n in lexicographic order, as index arrays.
struct Combinations: Sequence, IteratorProtocol {
    private var current: [Int]
    private let n: Int
    private var started = false

    init(_ n: Int, choose k: Int) {
        self.n = n
        current = k <= n ? Array(0..<k) : []
        if k > n { started = true; done = true }
    }

    private var done = false

    mutating func next() -> [Int]? {
        if done { return nil }
        if !started {
            started = true
            return current
        }
        let k = current.count
        var i = k - 1
        while i >= 0 && current[i] == n - k + i { i -= 1 }
        if i < 0 {
            done = true
            return nil
        }
        current[i] += 1
        for j in i + 1..<k { current[j] = current[j - 1] + 1 }
        return current
    }
}
