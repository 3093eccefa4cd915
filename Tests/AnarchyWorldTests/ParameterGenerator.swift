import AnarchyCore
import AnarchyWorld

/// Random *valid* SDW-1 parameter sets for property tests, drawn from a seeded stream so every
/// failure names the seed that reproduces it. Covers the domain's edges (δ = 0 and 1, growth 0
/// and 1, ρ = 1, attrition 0 and 1, the widest ring 2k = n − 1, seeds 0 and 2^64 − 1).
struct ParameterGenerator {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func uniform(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * rng.uniform() }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }
    mutating func pick<T>(_ options: [T]) -> T { options[int(0...(options.count - 1))] }

    /// One valid parameter set with at most `maxStates` states and `maxTicks` ticks.
    mutating func next(maxStates: Int = 40, maxTicks: Int = 120) -> SDW1Parameters {
        var p = SDW1Parameters()
        p.n = int(3...maxStates)
        p.k = pick([1, (p.n - 1) / 2, int(1...((p.n - 1) / 2))])
        p.ticks = pick([0, 1, int(0...maxTicks), maxTicks])
        p.seed = pick([0, .max, rng.next(), UInt64(int(0...1000))])
        p.pGreedy = pick([uniform(0.01, 0.99), 0.5, 0.9])
        p.beta = pick([uniform(0.05, 5), 0.3, 3])
        p.delta = pick([0, 1, uniform(0, 1)])
        p.sigma = pick([uniform(1e-6, 0.2), 1e-6, 0.5])
        p.growth = pick([0, 1, uniform(0, 0.1)])
        p.sMax = uniform(0.01, 0.99)
        p.burden = uniform(0, 1)
        p.s0 = p.sMax * uniform(0.001, 1)
        p.sGreedy = pick([p.sMax, p.sMax * uniform(0.001, 1)])
        p.kappa = pick([0, uniform(0, 20)])
        p.phiGreedy = pick([0, 1, uniform(0, 1)])
        p.rho = pick([0, 1, uniform(0, 0.3)])
        p.attackRatio = pick([uniform(0.01, 3), 1000, 0.1])
        p.spoils = pick([0, 1, uniform(0, 1)])
        p.attrition = pick([0, 1, uniform(0, 1)])
        p.conquest = pick([0, 1, uniform(0, 1)])
        return p
    }
}
