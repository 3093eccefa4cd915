import AnarchyCore

/// The Moran process with frequency-dependent fitness (Moran 1958; Nowak, Sasaki, Taylor &
/// Fudenberg 2004, Nature 428:646–650): a population of N individuals of two types, a mutant A
/// and a resident B, with game payoffs a = A v A, b = A v B, c = B v A, d = B v B and intensity of
/// selection w ∈ [0, 1]; an individual's fitness is 1 − w + w × its mean payoff against the others.
/// Each step one individual reproduces with probability proportional to fitness and its offspring
/// replaces another (on a graph: a uniformly chosen neighbour).
public struct MoranProcess: Sendable {
    public let a: Double, b: Double, c: Double, d: Double
    public let population: Int
    public let selection: Double

    public struct InputError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(a: Double, b: Double, c: Double, d: Double, population: Int, selection: Double = 1) throws(InputError) {
        guard [a, b, c, d].allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw InputError(description: "payoffs must be finite and non-negative")
        }
        guard (2...100_000).contains(population) else { throw InputError(description: "population must be in 2…100000, got \(population)") }
        guard selection.isFinite, selection >= 0, selection <= 1 else {
            throw InputError(description: "selection intensity must be in 0…1, got \(selection)")
        }
        self.a = a; self.b = b; self.c = c; self.d = d
        self.population = population
        self.selection = selection
    }

    /// Fitness of a mutant and of a resident when there are `mutants` mutants (complete graph).
    func fitness(mutants i: Int) -> (mutant: Double, resident: Double) {
        let n = Double(population), k = Double(i)
        let f = (a * (k - 1) + b * (n - k)) / (n - 1)
        let g = (c * k + d * (n - k - 1)) / (n - 1)
        return (1 - selection + selection * f, 1 - selection + selection * g)
    }

    /// The probability that one mutant takes over a well-mixed population (complete graph):
    /// ρ = 1 / (1 + Σ_{k=1}^{N−1} Π_{i=1}^{k} g_i / f_i). Neutral drift gives 1/N.
    public var fixationProbability: Double {
        var sum = 0.0
        var product = 1.0
        for i in 1..<population {
            let (f, g) = fitness(mutants: i)
            guard f > 0 else { return 0 }
            product *= g / f
            sum += product
        }
        return 1 / (1 + sum)
    }

    /// The fraction of `runs` simulated processes, each started from one mutant at a uniformly
    /// chosen vertex of `graph` (neighbour lists; nil: the complete graph), that end with the
    /// mutant fixed. Seeded: the same arguments give the same estimate.
    public func simulatedFixation(graph: [[Int]]? = nil, runs: Int, seed: UInt64) throws(InputError) -> Double {
        let n = population
        if let graph {
            guard graph.count == n, graph.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0..<n).contains($0) } }) else {
                throw InputError(description: "the graph needs \(n) non-empty neighbour lists of vertices 0..<\(n)")
            }
        }
        var rng = SplitMix64(seed: seed)
        var fixed = 0
        var mutant = Array(repeating: false, count: n)
        for _ in 0..<Swift.max(runs, 0) {
            for v in 0..<n { mutant[v] = false }
            mutant[Int(rng.next() % UInt64(n))] = true
            var count = 1
            while count > 0 && count < n {
                // Fitness of each individual against its neighbours (or everyone else).
                var weights = [Double](repeating: 0, count: n)
                var total = 0.0
                for v in 0..<n {
                    let neighbours = graph?[v]
                    var payoff = 0.0
                    let others = neighbours?.count ?? (n - 1)
                    if let neighbours {
                        for u in neighbours { payoff += pay(mutant[v], mutant[u]) }
                    } else {
                        let mutantOthers = count - (mutant[v] ? 1 : 0)
                        payoff = Double(mutantOthers) * pay(mutant[v], true) + Double(n - 1 - mutantOthers) * pay(mutant[v], false)
                    }
                    let w = 1 - selection + selection * payoff / Double(others)
                    weights[v] = w
                    total += w
                }
                var target = rng.uniform() * total
                var parent = n - 1
                for v in 0..<n {
                    target -= weights[v]
                    if target < 0 { parent = v; break }
                }
                let child: Int
                if let neighbours = graph?[parent] {
                    child = neighbours[Int(rng.next() % UInt64(neighbours.count))]
                } else {
                    let pick = Int(rng.next() % UInt64(n - 1))
                    child = pick >= parent ? pick + 1 : pick
                }
                if mutant[child] != mutant[parent] {
                    count += mutant[parent] ? 1 : -1
                    mutant[child] = mutant[parent]
                }
            }
            if count == n { fixed += 1 }
        }
        return Double(fixed) / Double(Swift.max(runs, 1))
    }

    private func pay(_ isMutant: Bool, _ againstMutant: Bool) -> Double {
        switch (isMutant, againstMutant) {
        case (true, true): a
        case (true, false): b
        case (false, true): c
        case (false, false): d
        }
    }
}
