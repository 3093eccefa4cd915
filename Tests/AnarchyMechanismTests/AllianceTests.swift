import AnarchyCore
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Alliances by balance of threat; commitments honoured or abandoned; chain-ganging and
/// buck-passing (Walt 1987; Snyder 1984; Christensen & Snyder 1990).
@Suite(.timeLimit(.minutes(10)))
struct AllianceTests {
    /// Three mutual neighbours A, B, C.
    static func triangle(_ alliances: Mechanisms.Alliances) throws -> World {
        var scenario = Scenario()
        scenario.states = [StateSpec(name: "A", motive: .security, wealth: 100), StateSpec(name: "B", motive: .security, wealth: 100),
                           StateSpec(name: "C", motive: .greedy, wealth: 100)]
        scenario.geography = .ring(k: 1)
        scenario.mechanisms.alliances = alliances
        return try World(scenario: scenario)
    }

    @Test func trustAndACommonThreatMakeAnAlliance() throws {
        let world = try Self.triangle(Mechanisms.Alliances())
        let s = world.state
        func set(_ i: Int, _ j: Int, _ b: Double) { s.belief[s.slot(of: j, in: i)!] = b }
        set(0, 1, 0.1); set(1, 0, 0.1); set(0, 2, 0.9); set(1, 2, 0.9); set(2, 0, 0.1); set(2, 1, 0.1)
        var events: [WorldEvent] = []
        var rng = SplitMix64(seed: 1)
        s.updateAlliances(tick: 1, rng: &rng) { events.append($0) }
        #expect(events == [.alliance(AllianceChange(tick: 1, kind: .formed, a: 0, b: 1, threat: 2))])
        #expect(s.allied[s.slot(of: 1, in: 0)!] && s.allied[s.slot(of: 0, in: 1)!] && s.allyCount[0] == 1 && s.allyCount[2] == 0)
        // C trusts both, but A and B fear C: no alliance with C. Distrust ends A–B.
        set(1, 0, 0.4)
        events = []
        s.updateAlliances(tick: 2, rng: &rng) { events.append($0) }
        #expect(events == [.alliance(AllianceChange(tick: 2, kind: .dissolved, a: 0, b: 1))])
        #expect(world.allianceTally.standing == 0)
    }

    /// C attacks A; A's ally B honours when willing and the victim would fall alone, else abandons.
    @Test func alliesHonourOrAbandon() throws {
        for (credibility, buckPassing, honours) in [(1.0, 0.0, true), (1.0, 1.0, false), (0.0, 0.0, false)] {
            let world = try Self.triangle(Mechanisms.Alliances(credibility: credibility, buckPassingBelow: buckPassing, share: 0.5))
            let s = world.state
            for i in 0..<3 { for j in 0..<3 where i != j { s.belief[s.slot(of: j, in: i)!] = [0, 1].contains(i) && [0, 1].contains(j) ? 0.1 : 0.9 } }
            var rng = SplitMix64(seed: 1), stale = 0
            s.updateAlliances(tick: 1, rng: &rng) { _ in }
            s.offense[2] = 40; s.defense[0] = 5; s.defense[1] = 10
            let war = s.fight(2, 0, tick: 1, threshold: 0, cause: .opportunity, rng: &rng, stale: &stale)
            #expect(war.honouredBy == (honours ? [1] : []) && war.abandonedBy == (honours ? [] : [1]))
            #expect(war.targetDefense == 5 + (honours ? 0.5 * 10 : 0))
            #expect(world.allianceTally.standing == (honours ? 1 : 0))
        }
    }

    static func tally(beta: Double, credibility: Double) throws -> (honoured: Int, abandoned: Int) {
        var honoured = 0, abandoned = 0
        for seed in 1...12 as ClosedRange<UInt64> {
            var scenario = Scenario()
            scenario.seed = seed
            scenario.ticks = 150
            scenario.states = Array(repeating: StateSpec(), count: 30)
            scenario.system.beta = beta
            scenario.system.pGreedy = 0.3
            scenario.mechanisms.alliances = Mechanisms.Alliances(credibility: credibility)
            let world = try World(scenario: scenario)
            world.run(ticks: scenario.ticks)
            honoured += world.allianceTally.honoured
            abandoned += world.allianceTally.abandoned
        }
        return (honoured, abandoned)
    }

    /// The share of commitments honoured rises with credibility (measured, ring of 30, pGreedy
    /// 0.3, 12 seeds, β = 0.5: 0.76 at credibility 0.8, 0.27 at 0.3). Its response to β is
    /// AllianceBehaviourTests' chain-ganging test.
    @Test func honouredShareFollowsCredibility() throws {
        func share(_ t: (honoured: Int, abandoned: Int)) -> Double { Double(t.honoured) / Double(max(1, t.honoured + t.abandoned)) }
        let firm = try Self.tally(beta: 0.5, credibility: 0.8), loose = try Self.tally(beta: 0.5, credibility: 0.3)
        #expect(firm.honoured + firm.abandoned > 50 && loose.honoured + loose.abandoned > 50)
        #expect(share(firm) > share(loose) + 0.3, "\(share(firm)) vs \(share(loose))")
        // Each decision is a Bernoulli(credibility) draw when the victim would likely fall alone.
        #expect(abs(share(firm) - 0.8) < 0.1 && abs(share(loose) - 0.3) < 0.1)
    }

    /// Blocs, polarity and the largest bloc's share by hand: a ring of six, A–B–C allied in a
    /// chain and E–F allied; wealth 10, 20, 30, 5, 25, 10.
    @Test func blocsAndPolarityByHand() throws {
        var scenario = Scenario()
        scenario.states = [10.0, 20, 30, 5, 25, 10].map { StateSpec(motive: .security, wealth: $0) }
        scenario.geography = .ring(k: 1)
        scenario.mechanisms.alliances = Mechanisms.Alliances()
        let world = try World(scenario: scenario)
        let s = world.state
        func ally(_ i: Int, _ j: Int) {
            s.allied[s.slot(of: j, in: i)!] = true
            s.allied[s.slot(of: i, in: j)!] = true
        }
        ally(0, 1); ally(1, 2); ally(4, 5)
        let m = world.allianceMetrics()
        #expect(m.alliances == 3 && m.blocs == 2)
        #expect(m.largestBlocShare == 60.0 / 100.0)
        // Blocs {A,B,C} 60%, {E,F} 35%, and D alone 5%: two poles.
        #expect(m.polarity == 2)
        #expect(m.honouredShare.isNaN)
    }

    /// Policy levers: a guarantee holds whatever the partners believe, until withdrawn; a
    /// neutral state leaves its ties and stays out of wars.
    @Test func policiesScriptGuaranteesAndNeutrality() throws {
        let text = """
            ticks: 6
            states:
              - {name: A, motive: security}
              - {name: B, motive: security}
              - {name: C, motive: greedy}
              - {name: D, motive: security}
            geography: {ring: {k: 1}}
            mechanisms: {alliances: {trustBelow: 0.01}, joiningSides: {belief: 0}}
            policies:
              - {tick: 2, ally: [A, B]}
              - {tick: 4, withdraw: [B, A]}
              - {tick: 1, neutral: D}
            """
        let scenario = try ScenarioFile.parse(text)
        #expect(scenario.policies == [Policy(tick: 2, action: .ally(0, 1)), Policy(tick: 4, action: .withdraw(1, 0)), Policy(tick: 1, action: .neutral(3))])
        let world = try World(scenario: scenario)
        var kinds: [(Int, AllianceChange.Kind)] = []
        var joinedByD = false
        world.run(ticks: 6) { w in
            for event in w.events {
                if case let .alliance(change) = event { kinds.append((change.tick, change.kind)) }
                if case let .war(war) = event, war.attackerAllies.contains(3) || war.targetAllies.contains(3) { joinedByD = true }
            }
            // trustBelow 0.01 would end any ordinary tie at once: the guarantee holds on ticks 2–3.
            let ab = w.state.allied[w.state.slot(of: 1, in: 0)!]
            #expect(ab == (w.tick == 2 || w.tick == 3), "tick \(w.tick)")
        }
        #expect(kinds.map(\.1) == [.neutral, .guaranteed, .withdrawn] && kinds.map(\.0) == [1, 2, 4])
        #expect(!joinedByD)
        // Policies need the mechanism, states that exist, and neighbours for a tie.
        #expect(throws: ScenarioFileError.self) { try ScenarioFile.parse(text.replacingOccurrences(of: "alliances: {trustBelow: 0.01}, ", with: "")) }
        #expect(throws: ScenarioFileError.self) { try ScenarioFile.parse(text.replacingOccurrences(of: "ally: [A, B]", with: "ally: [A, Z]")) }
        var far = scenario
        far.states.append(StateSpec(name: "E", motive: .security))
        far.geography = .ring(k: 1)
        far.policies = [Policy(tick: 1, action: .ally(0, 2))]
        #expect(throws: ScenarioError.self) { try World(scenario: far) }
    }
}
