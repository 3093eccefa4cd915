/// Discrete-time replicator dynamics (Taylor & Jonker 1978; Hofbauer & Sigmund 1998, ch. 7) over a
/// payoff matrix: a strategy's share grows in proportion to its payoff against the population,
/// `x_i ← x_i · f_i / f̄` with `f_i = Σ_j A[i][j] x_j` and `f̄ = Σ_i x_i f_i`.
/// Payoffs must be non-negative (tournament payoffs per turn are); if the mean fitness is 0 the
/// population stays where it is.
public struct ReplicatorDynamics: Sendable {
    public let payoffs: [[Double]]

    public struct InputError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(payoffs: [[Double]]) throws(InputError) {
        let n = payoffs.count
        guard n > 0, payoffs.allSatisfy({ $0.count == n }) else {
            throw InputError(description: "the payoff matrix must be square and non-empty")
        }
        guard payoffs.joined().allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw InputError(description: "payoffs must be finite and non-negative")
        }
        self.payoffs = payoffs
    }

    /// One generation.
    public func step(_ shares: [Double]) -> [Double] {
        let fitness = payoffs.map { row in zip(row, shares).reduce(0.0) { $0 + $1.0 * $1.1 } }
        let mean = zip(shares, fitness).reduce(0.0) { $0 + $1.0 * $1.1 }
        guard mean > 0 else { return shares }
        return zip(shares, fitness).map { $0 * $1 / mean }
    }

    /// The shares after each of `generations` generations, starting from `initial` (default:
    /// equal shares), the start included.
    public func trajectory(from initial: [Double]? = nil, generations: Int) -> [[Double]] {
        var shares = initial ?? Array(repeating: 1.0 / Double(payoffs.count), count: payoffs.count)
        var path = [shares]
        for _ in 0..<Swift.max(generations, 0) {
            shares = step(shares)
            path.append(shares)
        }
        return path
    }
}
