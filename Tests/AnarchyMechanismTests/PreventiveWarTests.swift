import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Preventive war (mechanism `preventiveWar`): the engine's decisions agree with the formal model,
/// and a rising power draws preventive wars.
@Suite(.timeLimit(.minutes(10)))
struct PreventiveWarTests {
    static func events(_ scenario: Scenario) throws -> [War] {
        let world = try World(scenario: scenario)
        var wars: [War] = []
        for _ in 0..<scenario.ticks {
            world.step()
            for case let .war(war) in world.events { wars.append(war) }
        }
        return wars
    }

    @Test func decisionsAgreeWithTheCommitmentProblemModel() throws {
        var scenario = try #require(BuiltinScenarios.scenario("rising-power"))
        let settings = Mechanisms.PreventiveWar(horizon: 30, costDeclining: 0.05, costRising: 0.05, delta: 1)
        scenario.mechanisms.preventiveWar = settings
        var decisions = 0
        for seed in 1...5 as ClosedRange<UInt64> {
            scenario.seed = seed
            for war in try Self.events(scenario) {
                guard case let .prevention(d) = war.cause else { continue }
                decisions += 1
                // δ = 1, φ = 0, c_R ≤ p2: war iff p2 − p1 > c_D + c_R (catalogue §6's closed form).
                if d.risingLater >= settings.costRising {
                    #expect(d.risingLater - d.risingNow > settings.costDeclining + settings.costRising)
                }
                // D's values by the spec's two-stage formulas (formal-models.md §6.1, φ = 0,
                // max_concession), written out here rather than through the solver the engine calls.
                let warValue = (1 - d.risingNow) * settings.delta - settings.costDeclining
                let peaceValue = settings.delta * min(1, 1 - d.risingLater + settings.costRising)
                #expect(abs(d.warValue - warValue) < 1e-12 && abs(d.peaceValue - peaceValue) < 1e-12)
                #expect(warValue > peaceValue)
                #expect(!scenario.states.indices.contains { i in i == war.attacker && scenario.states[i].motive == .greedy })
            }
        }
        #expect(decisions > 10)
    }

    /// The riser (state 0, growing three times as fast) draws most preventive wars; with the
    /// mechanism off no war is preventive.
    @Test func aRisingPowerDrawsPreventiveWars() throws {
        var scenario = try #require(BuiltinScenarios.scenario("rising-power"))
        #expect(try Self.events(scenario).allSatisfy { $0.cause == .opportunity })
        scenario.mechanisms.preventiveWar = Mechanisms.PreventiveWar(horizon: 30, costDeclining: 0.05, costRising: 0.05)
        var againstRiser = 0, preventive = 0
        for seed in 1...10 as ClosedRange<UInt64> {
            scenario.seed = seed
            for war in try Self.events(scenario) {
                guard case .prevention = war.cause else { continue }
                preventive += 1
                if war.target == 0 { againstRiser += 1 }
            }
        }
        #expect(preventive > 0 && Double(againstRiser) > 0.5 * Double(preventive), "\(againstRiser) of \(preventive)")
    }
}
