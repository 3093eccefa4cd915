import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Every mechanism at once: determinism across thread counts (phases 2 and 3 run in parallel
/// chunks; the mechanisms' per-state and per-observer work must not depend on how they split).
@Suite(.timeLimit(.minutes(10)))
struct AllMechanismsTests {
    @Test func threadsDoNotChangeTheRun() throws {
        var (p, scenario) = ScenarioWorlds.sdw1Ring(states: 3_000, ticks: 40)
        scenario.mechanisms = Mechanisms(
            perspectiveTaking: 0.5, preventiveWar: Mechanisms.PreventiveWar(horizon: 10),
            signalling: Mechanisms.Signalling(cut: 0.01, costGreedy: 300), deterrence: Mechanisms.Deterrence())
        let one = try World(scenario: scenario, threads: 1), two = try World(scenario: scenario, threads: 2)
        one.run(ticks: p.ticks)
        two.run(ticks: p.ticks)
        #expect(two.threads == 2)
        #expect(one.digestHex == two.digestHex)
        #expect(one.totalWars == two.totalWars)
    }

    /// Random geometric graphs: every edge joins states within the radius, and every such pair
    /// is an edge (checked against brute force on the same points).
    @Test func randomGeometricEdgesAreExactlyThePairsWithinTheRadius() throws {
        for (n, radius, seed) in [(300, 0.1, 1 as UInt64), (50, 0.5, 2), (1_000, 0.03, 3)] {
            let neighbourhood = Geography.randomGeometric(radius: radius).neighbourhood(count: n, seed: seed)
            var random = SplitMix64(seed: seed ^ Geography.geometryStreamKey)
            var points: [(Double, Double)] = []
            for _ in 0..<n { points.append((random.uniform(), random.uniform())) }
            for i in 0..<n {
                let expected = (0..<n).filter { j in
                    j != i && (points[i].0 - points[j].0) * (points[i].0 - points[j].0) + (points[i].1 - points[j].1) * (points[i].1 - points[j].1) <= radius * radius
                }
                #expect(neighbourhood.neighbours(of: i).map(Int.init) == expected)
            }
        }
    }
}
