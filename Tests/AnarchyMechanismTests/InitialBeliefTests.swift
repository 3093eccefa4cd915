import AnarchyCore
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Beliefs a world starts from (`Scenario.beliefs`, issue 23: history worlds that remember).
@Suite(.timeLimit(.minutes(10)))
struct InitialBeliefTests {
    /// SDW-1's twelve-state ring for 30 ticks (the `spiral` world's geography, default states).
    static func ring() -> Scenario {
        var parameters = SDW1Parameters()
        parameters.ticks = 30
        parameters.seed = 7
        return Scenario.sdw1(parameters)
    }

    /// The given beliefs are the world's at tick 0; every other slot holds the prior.
    @Test func theWorldStartsFromTheGivenBeliefs() throws {
        var scenario = Self.ring()
        scenario.beliefs = [InitialBelief(observer: 0, neighbour: 1, belief: 0.9), InitialBelief(observer: 1, neighbour: 0, belief: 0.05)]
        let snapshot = try World(scenario: scenario).snapshot()
        let prior = scenario.system.pGreedy
        for i in 0..<12 {
            for (j, b) in snapshot.beliefs(of: i) {
                let expected = i == 0 && j == 1 ? 0.9 : i == 1 && j == 0 ? 0.05 : prior
                #expect(b == expected, "belief of \(i) about \(j)")
            }
        }
    }

    /// Beliefs given as the prior change nothing: the run's digest is SDW-1's, bit for bit; a
    /// belief away from the prior changes the run.
    @Test func beliefsAtThePriorLeaveTheRunUnchanged() throws {
        let plain = Self.ring()
        var atPrior = plain
        let prior = plain.system.pGreedy
        for i in 0..<12 {
            for offset in [1, 2, 10, 11] { atPrior.beliefs.append(InitialBelief(observer: i, neighbour: (i + offset) % 12, belief: prior)) }
        }
        var raised = plain
        raised.beliefs = [InitialBelief(observer: 3, neighbour: 4, belief: 0.99)]
        let digests = try [plain, atPrior, raised].map { s -> UInt64 in
            let world = try World(scenario: s)
            world.run(ticks: s.ticks)
            return world.digest
        }
        #expect(digests[0] == digests[1])
        #expect(digests[0] != digests[2])
    }

    /// Bad beliefs are named by path: a state outside the world, a belief about oneself, a value
    /// outside the engine's bounds, a pair that are not neighbours.
    @Test func badBeliefsAreNamed() throws {
        var scenario = Self.ring()
        scenario.beliefs = [
            InitialBelief(observer: 0, neighbour: 12, belief: 0.5), InitialBelief(observer: 2, neighbour: 2, belief: 0.5),
            InitialBelief(observer: 0, neighbour: 1, belief: 1),
        ]
        let problems = scenario.problems().map(\.description)
        #expect(problems.contains("beliefs[0]: names a state outside 0…11"))
        #expect(problems.contains("beliefs[1]: a state holds no belief about itself"))
        #expect(problems.contains("beliefs[2].belief: must be in [1e-9, 1 − 1e-9], got 1"))
        scenario.beliefs = [InitialBelief(observer: 0, neighbour: 6, belief: 0.5)]
        #expect(throws: ScenarioError("beliefs[0]", "states 0 and 6 are not neighbours: beliefs are held about neighbours")) { try World(scenario: scenario) }
    }

    /// Scenario files: `beliefs:` read by state name or index, written back (JSON and YAML) to the
    /// same scenario, tiled with the world, and checked.
    @Test func scenarioFilesCarryBeliefs() throws {
        let text = """
            states: [{name: Ana}, {name: Ben}, {name: Cy}]
            geography: {ring: {k: 1}}
            beliefs:
              - {observer: Ana, neighbour: Ben, belief: 0.8}
              - {observer: 2, neighbour: 0, belief: 0.1}
            """
        let scenario = try ScenarioFile.parse(text)
        #expect(scenario.beliefs == [InitialBelief(observer: 0, neighbour: 1, belief: 0.8), InitialBelief(observer: 2, neighbour: 0, belief: 0.1)])
        #expect(try ScenarioFile.parse(ScenarioEncoder.json(scenario).text) == scenario)
        let yaml = ScenarioYAML.text(scenario)
        #expect(yaml.contains("- {observer: \"Ana\", neighbour: \"Ben\", belief: 0.8}"))
        #expect(try ScenarioFile.parse(yaml) == scenario)
        #expect(scenario.tiled(2).beliefs.last == InitialBelief(observer: 5, neighbour: 3, belief: 0.1))
        #expect(throws: ScenarioFileError.self) { try ScenarioFile.parse(text.replacingOccurrences(of: "belief: 0.1", with: "belief: 2")) }
        #expect(throws: ScenarioFileError.self) { try ScenarioFile.parse(text.replacingOccurrences(of: "belief: 0.1", with: "weight: 0.1")) }
    }
}

/// Scripted wars (`war` policies): a war the scenario begins, as a history world with memory
/// carries over the wars under way.
@Suite(.timeLimit(.minutes(10)))
struct ScriptedWarTests {
    /// Two security seekers with no reason to fight: without the policy no war; with it, one war at
    /// its tick, the first state attacking, recorded as scripted — and an ally that honours its
    /// tie fights beside the target, as in any war.
    @Test func theScenarioBeginsTheWar() throws {
        var scenario = Scenario()
        scenario.states = [StateSpec(name: "A", motive: .security, wealth: 100, offense: 10, defense: 10), StateSpec(name: "B", motive: .security, wealth: 100, offense: 10, defense: 10), StateSpec(name: "C", motive: .security, wealth: 100, offense: 10, defense: 10)]
        scenario.geography = .edges([Geography.Edge(0, 1), Geography.Edge(1, 2), Geography.Edge(0, 2)])
        scenario.ticks = 5
        func wars(_ s: Scenario) throws -> [War] {
            let world = try World(scenario: s)
            var found: [War] = []
            world.run(ticks: s.ticks) { w in for case let .war(war) in w.events { found.append(war) } }
            return found
        }
        #expect(try wars(scenario).isEmpty)
        scenario.policies = [Policy(tick: 3, action: .war(0, 1))]
        let scripted = try wars(scenario)
        #expect(scripted.count == 1)
        let first = try #require(scripted.first)
        #expect(first.tick == 3 && first.attacker == 0 && first.target == 1 && first.cause == .scripted)
        var alliances = Mechanisms.Alliances()
        alliances.credibility = 1  // an ally always honours (no draw decides it)
        alliances.buckPassingBelow = 0
        scenario.mechanisms.alliances = alliances
        scenario.policies = [Policy(tick: 1, action: .ally(1, 2)), Policy(tick: 2, action: .war(0, 1))]
        let allied = try wars(scenario)
        #expect(allied.count == 1 && allied[0].honouredBy == [2] && allied[0].cause == .scripted)
    }

    /// Bad war policies are named; files read and write them.
    @Test func warPoliciesAreCheckedAndFiled() throws {
        var scenario = InitialBeliefTests.ring()
        scenario.policies = [Policy(tick: 1, action: .war(3, 3))]
        #expect(scenario.problems().map(\.description) == ["policies[0]: a state cannot attack itself"])
        scenario.policies = [Policy(tick: 1, action: .war(0, 6))]
        #expect(throws: ScenarioError("policies[0]", "states 0 and 6 are not neighbours: wars are fought between neighbours")) { try World(scenario: scenario) }
        let parsed = try ScenarioFile.parse("states: [{name: Ana}, {name: Ben}, {name: Cy}]\ngeography: {ring: {k: 1}}\npolicies:\n  - {tick: 2, war: [Ben, Ana]}\n")
        #expect(parsed.policies == [Policy(tick: 2, action: .war(1, 0))])
        #expect(try ScenarioFile.parse(ScenarioYAML.text(parsed)) == parsed)
        #expect(parsed.tiled(2).policies.last == Policy(tick: 2, action: .war(4, 3)))
    }
}
