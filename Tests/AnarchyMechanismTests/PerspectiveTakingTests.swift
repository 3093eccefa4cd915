import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Perspective taking (mechanism `perspectiveTaking`): its equations' limiting case and the
/// direction the literature predicts.
@Suite(.timeLimit(.minutes(10)))
struct PerspectiveTakingTests {
    static func spiral(weight: Double, seed: UInt64) throws -> Double {
        var scenario = try #require(BuiltinScenarios.scenario("spiral"))
        scenario.seed = seed
        scenario.mechanisms.perspectiveTaking = weight
        let world = try World(scenario: scenario)
        world.run(ticks: scenario.ticks)
        return world.metrics().spiral
    }

    /// Among security seekers only, accounting for the fear one causes damps the spiral: over 30
    /// seeds the mean final spiral index falls, by more than four standard errors of the paired
    /// difference (measured: about 0.77 → 0.21).
    @Test func perspectiveTakingDampsTheSpiral() throws {
        var differences: [Double] = []
        for seed in 1...30 as ClosedRange<UInt64> {
            differences.append(try Self.spiral(weight: 0, seed: seed) - Self.spiral(weight: 1, seed: seed))
        }
        let mean = differences.reduce(0, +) / Double(differences.count)
        let variance = differences.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(differences.count - 1)
        let standardError = (variance / Double(differences.count)).squareRoot()
        #expect(mean > 4 * standardError && mean > 0.1, "mean drop \(mean), s.e. \(standardError)")
    }

    /// Weight 0 is SDW-1's phase 3 exactly; any weight gives the same run on 1 and 2 threads.
    @Test func offIsSDW1AndThreadsDoNotMatter() throws {
        var (p, scenario) = ScenarioWorlds.sdw1Ring(states: 3_000, ticks: 30)
        let reference = try World(parameters: p)
        reference.run(ticks: p.ticks)
        let off = try World(scenario: scenario)
        off.run(ticks: p.ticks)
        #expect(off.digestHex == reference.digestHex)
        scenario.mechanisms.perspectiveTaking = 0.6
        let one = try World(scenario: scenario, threads: 1), two = try World(scenario: scenario, threads: 2)
        one.run(ticks: p.ticks)
        two.run(ticks: p.ticks)
        #expect(two.threads == 2)
        #expect(one.digestHex == two.digestHex && one.digestHex != reference.digestHex)
    }
}
