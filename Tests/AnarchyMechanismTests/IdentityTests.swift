import AnarchyCore
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Identity (Wendt 1999) and institutions (Keohane 1984): each rule's equation by hand.
@Suite(.timeLimit(.minutes(10)))
struct IdentityTests {
    /// A ring of `motives.count` states with identity on (and institutions when given).
    static func world(_ motives: [Motive], identity: Mechanisms.Identity = Mechanisms.Identity(), institutions: [Institution] = [], k: Int = 1) throws -> World {
        var scenario = Scenario()
        scenario.states = motives.map { StateSpec(motive: $0, wealth: 100) }
        scenario.geography = .ring(k: k)
        scenario.mechanisms.identity = identity
        scenario.institutions = institutions
        return try World(scenario: scenario)
    }

    static func war(_ attacker: Int, _ target: Int, round: Int = 1, honouredBy: [Int] = [], abandonedBy: [Int] = []) -> War {
        War(
            tick: 1, attacker: attacker, target: target, attackerOffense: 1, targetDefense: 1, threshold: 0, winProbability: 0.5, draw: 0.9,
            attackerWon: false, wealthTaken: 0, targetConquered: false, round: round, honouredBy: honouredBy, abandonedBy: abandonedBy)
    }

    /// Attack, honour, abandonment and reciprocated restraint move amity by their amounts; a
    /// crossing of a threshold is recorded once per slot.
    @Test func amityMovesByTheRules() throws {
        var settings = Mechanisms.Identity()
        settings.restraintGain = 0.05
        settings.honourGain = 0.25
        settings.abandonLoss = 0.3
        settings.attackLoss = 0.6
        let world = try Self.world([.security, .security, .greedy, .security, .security], identity: settings)
        let s = world.state
        func slot(_ i: Int, _ j: Int) -> Int { s.slot(of: j, in: i)! }
        for q in 0..<s.belief.count { s.belief[q] = 0.2 }  // everyone reads everyone as a seeker
        s.belief[slot(4, 0)] = 0.7  // …except 4, which suspects 0: no reciprocated restraint on 0–4
        // 2 attacks 1; 0 honours its commitment to 1, 3 abandons 2 (a made-up ally, for the rule).
        var events: [WorldEvent] = []
        s.updateRelations(tick: 1, wars: [Self.war(2, 1, honouredBy: [0]), Self.war(2, 3, abandonedBy: [])]) { events.append($0) }
        #expect(s.amity[slot(1, 2)] == -0.6 && s.amity[slot(2, 1)] == -0.6)  // attacked: no restraint gain this tick
        #expect(s.amity[slot(2, 3)] == -0.6 && s.amity[slot(3, 2)] == -0.6)
        #expect(s.amity[slot(1, 0)] == 0.25 + 0.05 && s.amity[slot(0, 1)] == 0.25 + 0.05)  // honoured, then at peace
        #expect(s.amity[slot(3, 4)] == 0.05 && s.amity[slot(4, 3)] == 0.05)  // reciprocated restraint
        #expect(s.amity[slot(0, 4)] == 0 && s.amity[slot(4, 0)] == 0)  // not reciprocated
        #expect(s.relation(slot(1, 2)) == .enemy && s.relation(slot(1, 0)) == .rival)
        let shifts = events.compactMap { event -> IdentityShift? in if case let .identity(x) = event { x } else { nil } }
        #expect(Set(shifts.map { "\($0.observer)>\($0.other)" }) == ["1>2", "2>1", "2>3", "3>2"])
        #expect(shifts.allSatisfy { $0.from == .rival && $0.to == .enemy && $0.amity == -0.6 })
        // Abandonment costs the victim's view only; a later round of a war costs nothing more.
        s.updateRelations(tick: 2, wars: [Self.war(2, 1, round: 2, abandonedBy: [0])]) { _ in }
        #expect(s.amity[slot(1, 0)] == 0.3 - 0.3 + 0.05 && s.amity[slot(0, 1)] == 0.3 + 0.05)
        #expect(s.amity[slot(1, 2)] == -0.6)
        // Amity stays in [−1, 1], and a friend is made at friendAbove.
        for _ in 0..<30 { s.updateRelations(tick: 3, wars: []) { _ in } }
        #expect(s.amity[slot(3, 4)] == 1.0 && s.relation(slot(3, 4)) == .friend)
    }

    /// Institutions add their gain to reciprocated restraint between members.
    @Test func institutionsAddToRestraint() throws {
        var settings = Mechanisms.Identity()
        settings.restraintGain = 0.01
        settings.institutionGain = 0.04
        let world = try Self.world([.security, .security, .security, .security], identity: settings,
                                   institutions: [Institution(name: "club", members: [0, 1])])
        let s = world.state
        s.startInstitutions(tick: 1)
        for q in 0..<s.belief.count { s.belief[q] = 0.1 }
        s.updateRelations(tick: 1, wars: []) { _ in }
        #expect(s.amity[s.slot(of: 1, in: 0)!] == 0.05 && s.amity[s.slot(of: 0, in: 1)!] == 0.05)
        #expect(s.amity[s.slot(of: 2, in: 1)!] == 0.01 && s.amity[s.slot(of: 3, in: 0)!] == 0.01)
    }

    /// Interpretation: a friend's evidence of greed and an enemy's evidence of restraint are discounted.
    @Test func identityWeighsEvidence() throws {
        var settings = Mechanisms.Identity()
        settings.charity = 0.25
        settings.suspicion = 0.4
        let world = try Self.world([.security, .security, .security], identity: settings)
        let s = world.state
        let friend = s.slot(of: 1, in: 0)!, enemy = s.slot(of: 2, in: 0)!, rival = s.slot(of: 0, in: 1)!
        s.identity[friend] = Relation.friend.rawValue
        s.identity[enemy] = Relation.enemy.rawValue
        #expect(s.weighedByIdentity(2.0, slot: friend) == 0.5 && s.weighedByIdentity(-2.0, slot: friend) == -2.0)
        #expect(s.weighedByIdentity(-2.0, slot: enemy) == -0.8 && s.weighedByIdentity(2.0, slot: enemy) == 2.0)
        #expect(s.weighedByIdentity(2.0, slot: rival) == 2.0 && s.weighedByIdentity(-2.0, slot: rival) == -2.0)
    }

    /// Response: a friend's offense counts friendFear of its weight in the threat felt, and no
    /// state attacks a friend, even when the friend is its weakest neighbour.
    @Test func friendsAreFearedLessAndSpared() throws {
        var settings = Mechanisms.Identity()
        settings.friendFear = 0.25
        let world = try Self.world([.security, .greedy, .security], identity: settings)
        let s = world.state
        for i in 0..<3 {
            s.offense[i] = 10; s.defense[i] = 2
            s.refreshPerceivedOffense(of: i)
        }
        s.offense[1] = 100
        s.refreshPerceivedOffense(of: 1)
        s.defense[0] = 1  // 0 is 1's weakest neighbour
        for q in 0..<s.belief.count { s.belief[q] = 0.5 }
        _ = s.computeThreat(states: 0..<3)
        let rivalThreat = s.threat[0]
        #expect(rivalThreat == 0.5 * s.perceivedOffense[1] / (s.parameters.beta * 1 + 1))
        s.identity[s.slot(of: 1, in: 0)!] = Relation.friend.rawValue
        _ = s.computeThreat(states: 0..<3)
        #expect(s.threat[0] == StrictOrder.max(0.5 * s.perceivedOffense[1] / (s.parameters.beta * 1 + 1) * 0.25, 0.5 * s.perceivedOffense[2] / (s.parameters.beta * 1 + 1)))
        // 1 counts 0 a friend: it attacks 2 instead.
        s.identity[s.slot(of: 0, in: 1)!] = Relation.friend.rawValue
        var rng = SplitMix64(seed: 9), wars: [War] = []
        _ = s.resolveWars(tick: 1, rng: &rng) { if case let .war(w) = $0 { wars.append(w) } }
        #expect(wars.map(\.target) == [2])
    }

    /// Institutions: a fellow member's real purchases are read at δ' = max(δ, delta) and σ·noise —
    /// phase 3 by hand on the same draws — and concealment does not fool members.
    @Test func membersReadEachOtherThroughAClearerLens() throws {
        let institution = Institution(name: "club", members: [0, 1], delta: 0.95, noise: 0.25)
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .security, wealth: 100), StateSpec(motive: .greedy, wealth: 100), StateSpec(motive: .security, wealth: 100)]
        scenario.geography = .ring(k: 1)
        scenario.system.delta = 0.3
        scenario.institutions = [institution]
        let world = try World(scenario: scenario)
        let s = world.state
        s.startInstitutions(tick: 1)
        s.offenseBought[1] = 7; s.defenseBought[1] = 2; s.signal[1] = 0.5  // the public signal (e.g. disguised) is ignored by members
        s.offenseBought[2] = 1; s.defenseBought[2] = 3; s.signal[2] = 0.02
        let before = (0..<s.belief.count).map { s.belief[$0] }
        var rng = SplitMix64(seed: 4), mirror = rng
        s.perceive(states: 0..<1, rng: &rng)
        let p = s.parameters, c = s.constants
        func bayes(_ prior: Double, _ llr: Double) -> Double {
            let odds = prior / (1.0 - prior) * exp(llr)
            return StrictOrder.clamp(odds / (1.0 + odds), 1e-9, 1 - 1e-9)
        }
        // Observer 0's neighbours in ascending order: 1 (member), then 2 (not).
        let d = 0.95, sigma = p.sigma * 0.25
        let muS = d * p.s0 * c.phiSeeker + (1.0 - d) * p.s0 * 0.5, muG = d * p.sGreedy * p.phiGreedy + (1.0 - d) * p.sGreedy * 0.5
        let y1 = (d * 7 + (1.0 - d) * (7 + 2) * 0.5) / s.wealth[1] + sigma * mirror.normal()
        let llr1 = StrictOrder.clamp(((y1 - muS) * (y1 - muS) - (y1 - muG) * (y1 - muG)) / (2.0 * sigma * sigma), -30, 30)
        #expect(s.belief[s.slot(of: 1, in: 0)!] == bayes(before[s.slot(of: 1, in: 0)!], llr1))
        let y2 = 0.02 + p.sigma * mirror.normal()
        let llr2 = StrictOrder.clamp(((y2 - c.muSeeker) * (y2 - c.muSeeker) - (y2 - c.muGreedy) * (y2 - c.muGreedy)) / c.twoSigmaSquared, -30, 30)
        #expect(s.belief[s.slot(of: 2, in: 0)!] == bayes(before[s.slot(of: 2, in: 0)!], llr2))
        #expect(rng == mirror)
    }

    /// Defection: a member holds back from a fellow member unless the expected spoils exceed the
    /// cost, and pays the cost when it attacks.
    @Test func defectionIsCostly() throws {
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .greedy, wealth: 100), StateSpec(motive: .security, wealth: 50), StateSpec(motive: .security, wealth: 50)]
        scenario.geography = .ring(k: 1)
        scenario.institutions = [Institution(name: "club", members: [0, 1], defectionCost: 0.05)]
        let world = try World(scenario: scenario)
        let s = world.state
        s.startInstitutions(tick: 1)
        let p = s.parameters
        // Expected spoils P·spoils·w1 against the cost 0.05·100 = 5.
        for (o, d) in [(10.0, 10.0), (100.0, 1.0)] {
            let gain = s.contestWinProbability(offense: o, defense: d) * p.spoils * 50
            #expect(s.institutionRestrains(0, target: 1, offense: o, defense: d) == (gain <= 5))
            #expect(!s.institutionRestrains(0, target: 2, offense: o, defense: d))
        }
        #expect(s.payDefectionCost(0, target: 1) == 5 && s.wealth[0] == 95)
        #expect(s.payDefectionCost(0, target: 2) == 0 && s.wealth[0] == 95)
        // An institution that has not started governs nothing.
        var later = scenario
        later.ticks = 10
        later.institutions[0].from = 5
        let waiting = try World(scenario: later)
        waiting.state.startInstitutions(tick: 4)
        #expect(waiting.state.sharedInstitution(waiting.state.slot(of: 1, in: 0)!) == nil)
        waiting.state.startInstitutions(tick: 5)
        #expect(waiting.state.sharedInstitution(waiting.state.slot(of: 1, in: 0)!)?.defectionCost == 0.05)
    }

    /// Scenario files: identity, communities and institutions parse, validate and round-trip.
    @Test func filesCarryIdentityCommunitiesAndInstitutions() throws {
        let text = """
            ticks: 20
            geography: {ring: {k: 1}}
            states:
              - {name: A}
              - {name: B}
              - {name: C}
              - {name: D}
            mechanisms:
              identity: {charity: 0.3, attackLoss: 0.8}
              communities: {trustBelow: 0.2, peaceTicks: 5}
              alliances: {expansionNoise: 0.4, expansionDelta: 0.1, bandwagonRatio: 1.5}
            institutions:
              - {name: league, members: [A, B, 3], from: 4, delta: 0.8, noise: 0.4, defectionCost: 0.2}
            """
        let scenario = try ScenarioFile.parse(text)
        #expect(scenario.mechanisms.identity?.charity == 0.3 && scenario.mechanisms.identity?.attackLoss == 0.8)
        #expect(scenario.mechanisms.communities == Mechanisms.Communities(trustBelow: 0.2, peaceTicks: 5))
        #expect(scenario.mechanisms.alliances?.bandwagonRatio == 1.5 && scenario.mechanisms.alliances?.expansionDelta == 0.1)
        #expect(scenario.institutions == [Institution(name: "league", members: [0, 1, 3], from: 4, delta: 0.8, noise: 0.4, defectionCost: 0.2)])
        let again = try ScenarioFile.parse(ScenarioEncoder.json(scenario).text)
        #expect(again == scenario)
        for (bad, message) in [
            ("institutions: [{name: x, members: [A]}]", "institutions[0].members: must list at least two states, got 1"),
            ("institutions: [{name: x, members: [A, Z]}]", "no state is named \"Z\""),
            ("institutions: [{name: x, members: [A, B], noise: 0}]", "institutions[0].noise: must be in (0, 1], got 0"),
            ("institutions: [{members: [A, B]}]", "give name and members"),
            ("mechanisms: {identity: {friendAbove: 0.2, enemyBelow: 0.3}}", "mechanisms.identity.enemyBelow: must be below friendAbove (0.2), got 0.3"),
            ("mechanisms: {communities: {peaceTicks: -1}}", "mechanisms.communities.peaceTicks"),
            ("mechanisms: {alliances: {expansionDelta: 2}}", "mechanisms.alliances.expansionDelta: must be in 0…1, got 2"),
        ] {
            let file = "geography: {ring: {k: 1}}\nstates: [{name: A}, {name: B}, {name: C}]\n" + bad
            do {
                _ = try ScenarioFile.parse(file)
                Issue.record("accepted: \(bad)")
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
    }
}
