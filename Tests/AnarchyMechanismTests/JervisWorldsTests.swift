import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// The Jervis built-ins show what they document: offence dominance raises war frequency (SDW-1's
/// "lowering β raises wars"), whether or not postures can be told apart. Over 8 seeds the
/// offence-dominant world must have more than three times the defence-dominant world's wars
/// (measured over 15 seeds: 5,191 vs 469 and 5,367 vs 434).
@Suite(.timeLimit(.minutes(10)))
struct JervisWorldsTests {
    static func wars(_ name: String) throws -> Int {
        var total = 0
        for seed in 1...8 as ClosedRange<UInt64> {
            var scenario = try #require(BuiltinScenarios.scenario(name))
            scenario.seed = seed
            let world = try World(scenario: scenario)
            world.run(ticks: scenario.ticks)
            total += world.totalWars
        }
        return total
    }

    @Test func offenceDominanceRaisesWars() throws {
        #expect(try Self.wars("jervis-1-doubly-dangerous") > 3 * Self.wars("jervis-2-dilemma-compatible"))
        #expect(try Self.wars("jervis-3-aggression-possible") > 3 * Self.wars("jervis-4-doubly-stable"))
    }
}
