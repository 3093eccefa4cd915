import AnarchyCore
import AnarchyModels
import AnarchyTestSupport
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Costly reassurance (mechanism `signalling`): costly signals raise trust among security seekers,
/// cheap ones do not (Kydd 2000; the Spence lemma of catalogue §4.5).
@Suite(.timeLimit(.minutes(10)))
struct SignallingTests {
    /// Mean final spiral index (seekers' belief that seeker neighbours are greedy) over 20 seeds.
    static func spiral(_ signalling: Mechanisms.Signalling?) throws -> Double {
        var scenario = try #require(BuiltinScenarios.scenario("spiral"))
        scenario.mechanisms.signalling = signalling
        var total = 0.0
        for seed in 1...20 as ClosedRange<UInt64> {
            scenario.seed = seed
            let world = try World(scenario: scenario)
            world.run(ticks: scenario.ticks)
            total += world.metrics().spiral
        }
        return total / 20
    }

    /// The same small physical signal (destroying 1% of one's offense each tick) in the spiral
    /// scenario (seekers only). When forgoing offense costs greedy states far more (s_min =
    /// 2/300 ≤ 0.01) the signal separates and trust follows; as money-burning (equal unit costs)
    /// greedy states would mimic it, so it pools and moves no belief. Measured (20 seeds): no
    /// signal 0.771, pooling 0.760, separating 0.000. Larger cuts damp the spiral by themselves
    /// (cut 0.2 pooling: 0.006) — less offense is less threat and less fear-driven arming — so the
    /// informational effect is measured with a cut too small to matter physically.
    @Test func costlySignalsReassureCheapOnesDoNot() throws {
        let none = try Self.spiral(nil)
        let pooling = try Self.spiral(Mechanisms.Signalling(cut: 0.01, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: 1))
        let separating = try Self.spiral(Mechanisms.Signalling(cut: 0.01, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: 300))
        #expect(separating < 0.05, "separating \(separating)")
        #expect(abs(pooling - none) < 0.1 * none && pooling > 0.5, "pooling \(pooling), none \(none)")
    }

    @Test func theRegimeFollowsTheSpenceLemma() {
        func regime(_ cut: Double, _ costGreedy: Double) -> (Bool, Bool) {
            let r = WorldState.SignallingRegime(Mechanisms.Signalling(cut: cut, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: costGreedy))
            return (r.seekersSignal, r.greedyMimic)
        }
        #expect(regime(0.2, 1) == (true, true))       // pooling: uninformative
        #expect(regime(0.7, 3) == (true, false))      // separating
        #expect(regime(0.6, 3) == (true, true))       // below s_min = 2/3: greedy mimic
        #expect(regime(1.0, 0.5) == (true, true))     // s_min = 4 > 1: every affordable signal is mimicked
    }
}
