import AnarchyCore
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Signalling by tying hands (Fearon 1997): a commitment that costs only if broken.
@Suite(.timeLimit(.minutes(10)))
struct TyingHandsTests {
    @Test func seekersAlwaysTieTheirHands() {
        // cut 0.9 > s_max = benefitSeeker/costSeeker = 0.5: too dear to sink, free to promise.
        let sink = WorldState.SignallingRegime(Mechanisms.Signalling(cut: 0.9, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 2, costGreedy: 1))
        let tie = WorldState.SignallingRegime(Mechanisms.Signalling(cut: 0.9, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 2, costGreedy: 4, form: .tieHands))
        #expect(!sink.seekersSignal)
        #expect(tie.seekersSignal && !tie.greedyMimic && tie.informative)  // s_min = 2/4 ≤ 0.9
    }

    /// A state that promised and attacks pays cut × its wealth, in the war's first round only.
    @Test func breakingTheCommitmentCostsTheAudienceCost() throws {
        let cut = 0.3
        let world = try smallWarWorld(Mechanisms(
            signalling: Mechanisms.Signalling(cut: cut, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: 1, form: .tieHands)))
        let s = world.state
        s.offense[0] = 50; s.defense[1] = 5; s.wealth[0] = 80
        var rng = SplitMix64(seed: 4), stale = 0
        s.signalled[0] = true
        let war = s.fight(0, 1, tick: 1, threshold: 0, cause: .opportunity, rng: &rng, stale: &stale)
        #expect(war.audienceCost == cut * 80)
        #expect(s.wealth[0] == 80 - cut * 80 + war.wealthTaken)
        let later = s.fight(0, 1, tick: 2, threshold: 0, cause: .opportunity, round: 2, rng: &rng, stale: &stale)
        #expect(later.audienceCost == 0)
        s.signalled[0] = false
        #expect(s.fight(0, 1, tick: 3, threshold: 0, cause: .opportunity, rng: &rng, stale: &stale).audienceCost == 0)
        // In a run, the greedy power mimics (cut < s_min = 2) and pays on every war it starts.
        var scenario = try #require(BuiltinScenarios.scenario("greedy-power"))
        scenario.mechanisms.signalling = Mechanisms.Signalling(cut: cut, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: 1, form: .tieHands)
        let run = try World(scenario: scenario)
        var wars = 0
        run.run(ticks: scenario.ticks) { w in
            for case let .war(war) in w.events {
                #expect(war.audienceCost > 0)
                wars += 1
            }
        }
        #expect(wars > 0)
    }

    /// Both forms separate types and end the spiral; tying hands leaves seekers their offense,
    /// sinking costs does not — the cheaper signal for the honest (Fearon 1997).
    @Test func tyingHandsReassuresWithoutDisarming() throws {
        func run(_ form: Mechanisms.Signalling.Form) throws -> (spiral: Double, offense: Double) {
            var spiral = 0.0, offense = 0.0
            for seed in 1...10 as ClosedRange<UInt64> {
                var scenario = try #require(BuiltinScenarios.scenario("spiral"))
                scenario.seed = seed
                scenario.mechanisms.signalling = Mechanisms.Signalling(cut: 0.2, benefitSeeker: 1, benefitGreedy: 2, costSeeker: 1, costGreedy: 300, form: form)
                let world = try World(scenario: scenario)
                world.run(ticks: scenario.ticks)
                spiral += world.metrics().spiral / 10
                offense += world.metrics().offense / 10
            }
            return (spiral, offense)
        }
        let sunk = try run(.sinkCosts), tied = try run(.tieHands)
        #expect(sunk.spiral < 0.01 && tied.spiral < 0.01)
        #expect(tied.offense > 2 * sunk.offense, "offense \(tied.offense) vs \(sunk.offense)")
    }
}
