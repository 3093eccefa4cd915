import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import Testing

@testable import AnarchyDebate

@Suite(.timeLimit(.minutes(10)))
struct DebateRunnerTests {
    /// Each built-in claim in miniature (3 replications, its map left out)
    /// produces a verdict for every test, with effects at every level and runs whose seeds are
    /// shared by the conditions of a level (common random numbers).
    @Test(arguments: 1...11) func eachClaimInMiniatureGivesAVerdict(number: Int) throws {
        var source = try BuiltinClaims.all()[number - 1]
        var c = source.claim
        c.map = nil
        source = ClaimSource(claim: c, text: source.text)
        let results = try DebateRunner.run([source], quick: false, replications: 3, threads: 2, version: "test", anchors: false, samples: 0, variants: false)
        let claim = try #require(results.claims.first)
        #expect(claim.tests.count == c.tests.count && claim.levels.allSatisfy { $0.kind == "base" || $0.kind == "across" })
        for test in claim.tests {
            #expect(test.effects.count == claim.levels.count && test.boundaries.count == c.across.count)
        }
        let byLevel = Dictionary(grouping: claim.runs, by: { "\($0.level)/\($0.replication)" })
        for runs in byLevel.values { #expect(Set(runs.map(\.seed)).count == 1) }
        #expect(claim.replay.allSatisfy { $0.seeds.count == 3 })
    }

    @Test func resultsDoNotDependOnThreadsAndReadBack() throws {
        let source = ClaimSource(claim: try claim(smallClaim), text: smallClaim)
        let one = try DebateRunner.run([source], quick: true, threads: 1, version: "test")
        let three = try DebateRunner.run([source], quick: true, threads: 3, version: "test")
        #expect(one.json(timings: false).text == three.json(timings: false).text)
        #expect(one.claims[0].runs == three.claims[0].runs && one.claims[0].replications == 2)
        let again = try DebateResults(json: try JSONParser.parse(one.json().text))
        #expect(again.json().text == one.json().text)
        #expect(VerdictTable.text(again) == VerdictTable.text(one))
    }

    /// The run metrics the claims read, recomputed by hand from a replay's events and final state.
    @Test func claimMetricsByHand() throws {
        var scenario = try BuiltinClaims.builtinScenario("rising-power")
        scenario.ticks = 120
        scenario.states[0].motive = .greedy
        let metrics: [Metric] = [.greedyWars, .attacksOnSeekers, .focalWealthShare, .beliefOfFocalRivals, .discrimination, .beliefAboutGreedy, .beliefAboutSeekers]
        let result = try RunResult.run(scenario, point: 0, replication: 0, seed: 11, metrics: metrics, focal: 0)
        var s = scenario
        s.seed = 11
        let world = try World(scenario: s, threads: 1)
        let greedy = world.snapshot().greedy
        var byGreedy = 0, onSeekers = 0
        world.run(ticks: s.ticks) { w in
            for case let .war(war) in w.events where war.round == 1 {
                if greedy[war.attacker] { byGreedy += 1 }
                if !greedy[war.target] { onSeekers += 1 }
            }
        }
        let snap = world.snapshot()
        let total = zip(snap.wealth, snap.alive).filter(\.1).map(\.0).reduce(0, +)
        var rivals: [Double] = []
        for j in 0..<snap.alive.count where snap.alive[j] && j != 0 {
            if let belief = snap.beliefs(of: j).first(where: { $0.neighbour == 0 })?.belief, snap.alive[0] { rivals.append(belief) }
        }
        #expect(result.values[0] == Double(byGreedy) && result.values[1] == Double(onSeekers))
        #expect(byGreedy > 0, "a greedy riser over 120 ticks should attack someone")
        #expect(abs(result.values[2] - (snap.alive[0] ? snap.wealth[0] / total : 0)) < 1e-12)
        if !rivals.isEmpty { #expect(abs(result.values[3] - rivals.reduce(0, +) / Double(rivals.count)) < 1e-12) }
        let difference = result.values[5] - result.values[6]
        #expect(result.values[4].isNaN == difference.isNaN && (difference.isNaN || abs(result.values[4] - difference) < 1e-15))
    }
}
