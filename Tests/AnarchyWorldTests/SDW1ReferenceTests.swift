import AnarchyCore
import AnarchyWorld
import Testing

extension TickMetrics {
    /// Equality of every field's bit pattern: NaN equals NaN of the same bits (the spec's domain
    /// admits conquest = 0, where a state can keep zero wealth and its signal becomes 0/0).
    func hasSameBits(as other: TickMetrics) -> Bool {
        tick == other.tick && alive == other.alive && wars == other.wars
            && [meanShare, spiral, offense, defense, wealth].map(\.bitPattern)
                == [other.meanShare, other.spiral, other.offense, other.defense, other.wealth].map(\.bitPattern)
    }
}

/// The engine against the naive transcription of the spec (``ReferenceSDW1``): digests and
/// every column of the series, compared with `==`, over random valid parameter sets.
@Suite("SDW-1 engine versus the naive reference", .timeLimit(.minutes(10)))
struct SDW1ReferenceTests {
    @Test("digests and series agree bit for bit", arguments: 0..<8)
    func agree(batch: Int) throws {
        var generator = ParameterGenerator(seed: UInt64(1000 + batch))
        for _ in 0..<25 {
            let parameters = generator.next()
            var reference = ReferenceSDW1(parameters)
            reference.run()
            let world = try World(parameters: parameters, threads: 1)
            var series: [TickMetrics] = []
            world.run(ticks: parameters.ticks) { series.append($0.metrics()) }
            #expect(world.digest == reference.digest, "\(parameters)")
            #expect(series.count == reference.series.count)
            for (mine, theirs) in zip(series, reference.series) where !mine.hasSameBits(as: theirs) {
                Issue.record("tick \(mine.tick): \(mine) != \(theirs) for \(parameters)")
                break
            }
        }
    }

    @Test("the first tick of n = 3 worked by hand from the initial state")
    func firstTickByHand() throws {
        var p = SDW1Parameters()
        p.n = 3; p.k = 1; p.ticks = 1; p.attackRatio = 1000  // no war, so phases 1–3 alone decide
        let world = try World(parameters: p, threads: 1)
        let start = world.snapshot()
        // Before the first tick no one has arms: threat is 0 and seekers spend exactly s0.
        #expect(start.offense == [0, 0, 0] && start.defense == [0, 0, 0])
        #expect(start.belief == Array(repeating: p.pGreedy, count: 6))
        world.step()
        let after = world.snapshot()
        for i in 0..<3 {
            let s = start.greedy[i] ? p.sGreedy : p.s0
            let phi = start.greedy[i] ? p.phiGreedy : 1.0 / (1.0 + p.beta)
            let spend = s * start.wealth[i]
            #expect(after.share[i] == s)
            #expect(after.offense[i] == (1.0 - p.rho) * 0.0 + spend * phi)
            #expect(after.defense[i] == (1.0 - p.rho) * 0.0 + spend * (1.0 - phi))
            #expect(after.wealth[i] == start.wealth[i] * (1.0 + p.growth - p.burden * s))
        }
        // Observer 0 watches 1 then 2, observer 1 watches 0 then 2, …: six normals in that order,
        // each two uniforms, after the 2n = 6 initial draws.
        #expect(world.rng == SplitMix64(seed: p.seed, skipping: 6 + 6 * 2))
        #expect(after.beliefs(of: 0).map(\.neighbour) == [1, 2])
        #expect(after.beliefs(of: 2).map(\.neighbour) == [0, 1])
        for belief in after.belief { #expect(belief >= 1e-9 && belief <= 1.0 - 1e-9) }
    }
}
