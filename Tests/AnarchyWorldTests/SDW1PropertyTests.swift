import AnarchyWorld
import Testing

/// Invariants over random valid parameter sets (seeded; a failure message names the parameters).
@Suite("SDW-1 properties", .timeLimit(.minutes(10)))
struct SDW1PropertyTests {
    @Test("beliefs stay in [1e-9, 1 − 1e-9]; forces and wealth finite and ≥ 0; the dead stay dead and disarmed",
          arguments: 0..<6)
    func invariants(batch: Int) throws {
        var generator = ParameterGenerator(seed: UInt64(batch))
        for _ in 0..<20 {
            var parameters = generator.next(maxStates: 60, maxTicks: 150)
            // The invariants need conquest > 0: with conquest = 0 (inside the spec's domain) a
            // state can be stripped of all wealth and stay alive; its observed spending rate is
            // then 0/0 and beliefs about it NaN. docs/MODEL.md records this gap in the spec.
            if parameters.conquest == 0 { parameters.conquest = 0.05 }
            let world = try World(parameters: parameters, threads: 1)
            var dead = Set<Int>()
            var failed = false
            world.run(ticks: parameters.ticks) { world in
                guard !failed else { return }
                let s = world.snapshot()
                for b in s.belief where !(b >= 1e-9 && b <= 1.0 - 1e-9) {
                    Issue.record("belief \(b) at tick \(world.tick) for \(parameters)"); failed = true; return
                }
                for i in 0..<s.alive.count {
                    let values = [s.wealth[i], s.offense[i], s.defense[i]]
                    if !values.allSatisfy({ $0.isFinite && $0 >= 0 }) {
                        Issue.record("state \(i) has \(values) at tick \(world.tick) for \(parameters)"); failed = true; return
                    }
                    if dead.contains(i) && (s.alive[i] || values != [0, 0, 0]) {
                        Issue.record("dead state \(i) revived or armed at tick \(world.tick) for \(parameters)"); failed = true; return
                    }
                    if !s.alive[i] { dead.insert(i) }
                }
            }
        }
    }

    @Test("same seed, same digest; another seed, another digest", arguments: 0..<4)
    func determinism(batch: Int) throws {
        var generator = ParameterGenerator(seed: UInt64(500 + batch))
        for _ in 0..<10 {
            var parameters = generator.next()
            parameters.ticks = max(parameters.ticks, 5)
            let a = try World(parameters: parameters), b = try World(parameters: parameters)
            a.run(ticks: parameters.ticks); b.run(ticks: parameters.ticks)
            #expect(a.digest == b.digest)
            parameters.seed = parameters.seed &+ 1
            let c = try World(parameters: parameters)
            c.run(ticks: parameters.ticks)
            #expect(c.digest != a.digest, "\(parameters)")
        }
    }

    @Test("digests do not depend on the thread count", arguments: [2, 3, 7, 64])
    func threadInvariance(threads: Int) throws {
        for (n, k, attackRatio) in [(5_000, 2, 1.2), (301, 150, 1000.0), (20_000, 1, 0.5)] {
            var parameters = SDW1Parameters()
            parameters.n = n; parameters.k = k; parameters.ticks = 12; parameters.attackRatio = attackRatio
            let serial = try World(parameters: parameters, threads: 1)
            let parallel = try World(parameters: parameters, threads: threads)
            #expect(parallel.threads > 1)
            serial.run(ticks: parameters.ticks)
            var rows: [TickMetrics] = []
            parallel.run(ticks: parameters.ticks) { rows.append($0.metrics()) }
            #expect(parallel.digest == serial.digest, "n \(n) k \(k)")
            #expect(parallel.rng == serial.rng)
            #expect(rows.last == serial.metrics())
        }
    }
}

@Suite("SDW-1 at the spec's edges", .timeLimit(.minutes(10)))
struct SDW1EdgeTests {
    @Test("conquest = 0 with total spoils: a state keeps zero wealth alive, and the run stays defined")
    func zeroWealthSurvivor() throws {
        var p = SDW1Parameters()
        p.n = 35; p.k = 17; p.ticks = 5; p.seed = 2_416_149_675_586_374_706; p.pGreedy = 0.9
        p.beta = 2.0573628309174024; p.delta = 1; p.sigma = 1e-6; p.growth = 0; p.burden = 0.217448030537429
        p.s0 = 0.0174156540005906; p.sGreedy = 0.20279059797144405; p.sMax = 0.2835710255167069; p.kappa = 0
        p.phiGreedy = 0.6098225420829794; p.rho = 0; p.attackRatio = 1.7152783608419373; p.spoils = 1
        p.attrition = 1; p.conquest = 0
        let world = try World(parameters: p)
        var reference = ReferenceSDW1(p)
        reference.run()
        world.run(ticks: p.ticks)
        let s = world.snapshot()
        #expect(zip(s.alive, s.wealth).contains { $0 && $1 == 0 })
        #expect(s.belief.contains { $0.isNaN })
        #expect(world.digest == reference.digest)
    }
}

@Suite("Worker team lifetime", .timeLimit(.minutes(10)))
struct WorkerTeamLifetimeTests {
    @Test("worlds with threads can be built and dropped at once, many times (threads may start late)")
    func createAndDrop() throws {
        var parameters = SDW1Parameters()
        parameters.n = 5_000
        parameters.ticks = 1
        for round in 0..<200 {
            let world = try World(parameters: parameters, threads: 2 + round % 3)
            if round % 2 == 0 { world.step() }
        }
    }
}
