import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Lanchester battles: one model, two lenses — every battle the engine fights agrees with the
/// closed-form square law's winner (catalogue §2.1) when the steps are small and the battle ends.
@Suite(.timeLimit(.minutes(10)))
struct LanchesterWarTests {
    @Test func battlesAgreeWithTheClosedFormWinner() throws {
        var scenario = try #require(BuiltinScenarios.scenario("jervis-1-doubly-dangerous"))
        scenario.mechanisms.lanchester = Mechanisms.LanchesterWar(dt: 0.001, steps: 100_000)
        var checked = 0
        for seed in 1...4 as ClosedRange<UInt64> {
            scenario.seed = seed
            let world = try World(scenario: scenario)
            for _ in 0..<60 {
                world.step()
                for case let .war(war) in world.events {
                    let battle = Lanchester.square(try Lanchester.Forces([
                        "red0": .number(war.attackerOffense), "blue0": .number(war.targetDefense), "rho": 1,
                        "beta": .number(scenario.system.beta),
                    ]))
                    // Near-ties and battles too long for the steps are not decided by the closed form here.
                    guard let end = battle.tEnd, end < 90, abs(battle.invariant) > 1e-3 * war.attackerOffense * war.attackerOffense else { continue }
                    #expect(war.attackerWon == (battle.winner == .red), "o \(war.attackerOffense) d \(war.targetDefense)")
                    #expect(war.draw == -1)
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
