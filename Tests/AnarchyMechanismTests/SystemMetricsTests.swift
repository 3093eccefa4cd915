import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Misperception, concentration and conquests, checked against a direct computation.
@Suite(.timeLimit(.minutes(10)))
struct SystemMetricsTests {
    @Test func metricsMatchTheState() throws {
        let scenario = try #require(BuiltinScenarios.scenario("europe"))
        let world = try World(scenario: scenario)
        for _ in 0..<40 {
            world.step()
            let m = world.systemMetrics(), s = world.snapshot()
            let alive = s.alive.indices.filter { s.alive[$0] }
            let total = alive.map { s.wealth[$0] }.reduce(0, +)
            let hhi = alive.map { (s.wealth[$0] / total) * (s.wealth[$0] / total) }.reduce(0, +)
            #expect(abs(m.concentration - hhi) < 1e-12 && m.concentration >= 1 / Double(alive.count) - 1e-12)
            #expect(m.conquered == s.alive.count - alive.count)
            var errors: [Double] = []
            for i in alive {
                for (j, belief) in s.beliefs(of: i) where s.alive[j] { errors.append(abs(belief - (s.greedy[j] ? 1 : 0))) }
            }
            #expect(abs(m.misperception - errors.reduce(0, +) / Double(max(1, errors.count))) < 1e-12)
        }
    }
}
