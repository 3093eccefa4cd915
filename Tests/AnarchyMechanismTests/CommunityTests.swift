import AnarchyCore
import Foundation
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Security communities (Adler & Barnett 1998), alliance expansion read by rivals and
/// bandwagoning (Schweller 1994): each rule by hand.
@Suite(.timeLimit(.minutes(10)))
struct CommunityTests {
    /// A ring of six seekers (k = 1) with communities on (peaceTicks 2) and identity off.
    static func ring(_ n: Int = 6, identity: Bool = false) throws -> World {
        var scenario = Scenario()
        scenario.states = Array(repeating: StateSpec(motive: .security, wealth: 100), count: n)
        scenario.geography = .ring(k: 1)
        scenario.mechanisms.communities = Mechanisms.Communities(trustBelow: 0.1, peaceTicks: 2)
        if identity { scenario.mechanisms.identity = Mechanisms.Identity() }
        return try World(scenario: scenario)
    }

    static func changes(_ events: [WorldEvent]) -> [String] {
        events.compactMap { event -> String? in
            guard case let .community(c) = event else { return nil }
            return "\(c.kind.rawValue) #\(c.community) \(c.states.map(String.init).joined(separator: ","))"
        }
    }

    /// Birth once the peace has lasted; growth, shrinking, splitting and death, with ids kept by
    /// the largest overlap.
    @Test func communitiesAreBornGrowAndDie() throws {
        let world = try Self.ring()
        let s = world.state
        func trust(_ i: Int, _ j: Int, _ b: Double) {
            s.belief[s.slot(of: j, in: i)!] = b
            s.belief[s.slot(of: i, in: j)!] = b
        }
        for q in 0..<s.belief.count { s.belief[q] = 0.5 }
        trust(0, 1, 0.05)
        trust(1, 2, 0.05)
        var events: [WorldEvent] = []
        s.detectCommunities(tick: 1) { events.append($0) }
        #expect(events.isEmpty)  // peace has not yet lasted peaceTicks = 2
        s.detectCommunities(tick: 2) { events.append($0) }
        #expect(Self.changes(events) == ["formed #1 0,1,2"])
        events = []
        trust(2, 3, 0.05)
        trust(4, 5, 0.01)
        s.detectCommunities(tick: 3) { events.append($0) }
        #expect(Self.changes(events) == ["joined #1 3", "formed #2 4,5"])
        #expect(world.communities == [1: [0, 1, 2, 3], 2: [4, 5]])
        // Breaking 1–2 splits #1: {0, 1} and {2, 3} overlap it equally; the first in order (lowest
        // member) keeps the id, the other is born.
        events = []
        trust(1, 2, 0.5)
        s.detectCommunities(tick: 4) { events.append($0) }
        #expect(Self.changes(events) == ["left #1 2,3", "formed #3 2,3"])
        // A war between 2 and 3 ends their dependable expectations for peaceTicks.
        events = []
        s.lastWar[s.slot(of: 3, in: 2)!] = 5
        s.lastWar[s.slot(of: 2, in: 3)!] = 5
        s.detectCommunities(tick: 6) { events.append($0) }
        #expect(Self.changes(events) == ["dissolved #3 2,3"])
        let m = try #require(world.communityMetrics())
        #expect(m.communities == 2 && m.largest == 2 && m.memberShare == 4.0 / 6.0 && m.formed == 3 && m.dissolved == 1)
    }

    /// Every bordering pair inside a community must be dependable: a group joined by dependable
    /// pairs around a hostile pair loses the member in most hostile pairs.
    @Test func aHostilePairInsideIsPurged() throws {
        let world = try Self.ring(4)  // ring of four: 0–1–2–3–0
        let s = world.state
        for q in 0..<s.belief.count { s.belief[q] = 0.05 }
        s.belief[s.slot(of: 3, in: 0)!] = 0.6  // 0 distrusts 3: 0–3 not dependable, yet 0–1–2–3 connects them
        var events: [WorldEvent] = []
        s.detectCommunities(tick: 5) { events.append($0) }
        // 0 and 3 each sit in one hostile pair; the tie goes to the highest index, 3.
        #expect(Self.changes(events) == ["formed #1 0,1,2"])
    }

    /// With identity on, a dependable pair must also be friends both ways.
    @Test func identityRequiresFriendship() throws {
        let world = try Self.ring(4, identity: true)
        let s = world.state
        for q in 0..<s.belief.count { s.belief[q] = 0.05 }
        var events: [WorldEvent] = []
        s.detectCommunities(tick: 5) { events.append($0) }
        #expect(events.isEmpty)
        s.identity[s.slot(of: 1, in: 0)!] = Relation.friend.rawValue
        s.detectCommunities(tick: 6) { events.append($0) }
        #expect(events.isEmpty)
        s.identity[s.slot(of: 0, in: 1)!] = Relation.friend.rawValue
        s.detectCommunities(tick: 7) { events.append($0) }
        #expect(Self.changes(events) == ["formed #1 0,1"])
    }

    /// The bloc dilemma's metric: mean belief across the border of two communities.
    @Test func beliefBetweenCommunities() throws {
        let world = try Self.ring(6)
        let s = world.state
        for q in 0..<s.belief.count { s.belief[q] = 0.05 }
        for (i, j, b) in [(2, 3, 0.4), (3, 2, 0.6), (5, 0, 0.3), (0, 5, 0.5)] { s.belief[s.slot(of: j, in: i)!] = b }
        s.detectCommunities(tick: 5) { _ in }
        #expect(world.communities == [1: [0, 1, 2], 2: [3, 4, 5]])
        let m = try #require(world.communityMetrics())
        #expect(m.beliefBetween == (0.4 + 0.6 + 0.3 + 0.5) / 4)
        #expect(m.beliefOutside.isNaN)
    }

    /// Five seekers in a ring reading expansions; guarantees 0–1 at `firstTie` and 1–2 at tick 2.
    static func fiveSeekers(noise: Double, deltaA: Double, firstTie: Int) throws -> World {
        var scenario = Scenario()
        scenario.ticks = 5
        scenario.states = Array(repeating: StateSpec(motive: .security, wealth: 100), count: 5)
        scenario.geography = .ring(k: 1)
        scenario.mechanisms.alliances = Mechanisms.Alliances(expansionNoise: noise, expansionDelta: deltaA)
        scenario.policies = [Policy(tick: firstTie, action: .ally(0, 1)), Policy(tick: 2, action: .ally(1, 2))]
        return try World(scenario: scenario)
    }

    /// A rival reads an expansion by Bayes's rule on `y = δ_A·k + (1 − δ_A) + σ_A·z` against the
    /// references 0 (defensive at baseline) and 1 (offensive), one draw per rival.
    @Test func expansionIsReadByRivals() throws {
        for deltaA in [0.0, 0.7, 1.0] {
            let world = try Self.fiveSeekers(noise: 0.8, deltaA: deltaA, firstTie: 1)
            let s = world.state
            var rng = SplitMix64(seed: 11)
            s.updateAlliances(tick: 1, rng: &rng) { _ in }
            #expect(rng == SplitMix64(seed: 11))  // a first tie is no expansion: nothing read
            for q in 0..<s.belief.count { s.belief[q] = 0.3 }
            var mirror = rng, events: [WorldEvent] = []
            s.updateAlliances(tick: 2, rng: &rng) { events.append($0) }
            // Bloc {0, 1, 2}; rivals 3 (borders 2) and 4 (borders 0), in ascending order.
            func read(_ prior: Double) -> Double {
                let y = deltaA * 0 + (1 - deltaA) + 0.8 * mirror.normal()
                let llr = StrictOrder.clamp((y * y - (y - 1) * (y - 1)) / (2 * 0.8 * 0.8), -30, 30)
                let odds = prior / (1 - prior) * exp(llr)
                return StrictOrder.clamp(odds / (1 + odds), 1e-9, 1 - 1e-9)
            }
            let by3 = read(0.3), by4 = read(0.3)
            #expect(s.belief[s.slot(of: 2, in: 3)!] == by3 && s.belief[s.slot(of: 0, in: 4)!] == by4)
            #expect(s.belief[s.slot(of: 4, in: 3)!] == 0.3)  // not a bloc member: unchanged
            let expansion = events.compactMap { event -> AllianceChange? in
                if case let .alliance(c) = event, c.kind == .expanded { c } else { nil }
            }
            #expect(expansion.count == 1 && expansion[0].blocSize == 3 && expansion[0].readers == 2)
            #expect(abs(expansion[0].beliefAfter - (by3 + by4) / 2) < 1e-15 && expansion[0].beliefBefore == 0.3)
        }
    }

    /// Indistinguishable expansions read as offensive, distinguishable defensive ones reassure:
    /// over many draws the mean belief shift has the sign the references give, and falls as δ_A
    /// rises (at δ_A = ½ the mean log-likelihood ratio is 0, but the mean shift in belief need not be).
    @Test func distinguishabilityDecidesHowExpansionReads() throws {
        func shift(_ deltaA: Double) throws -> Double {
            var total = 0.0
            for seed in 1...200 as ClosedRange<UInt64> {
                let world = try Self.fiveSeekers(noise: 0.5, deltaA: deltaA, firstTie: 2)
                var rng = SplitMix64(seed: seed)
                var change: AllianceChange? = nil
                world.state.updateAlliances(tick: 2, rng: &rng) { if case let .alliance(c) = $0, c.kind == .expanded { change = c } }
                let c = try #require(change)
                total += c.beliefAfter - c.beliefBefore
            }
            return total / 200
        }
        let blurred = try shift(0), half = try shift(0.5), clear = try shift(1)
        #expect(blurred > 0.1 && clear < -0.1 && blurred > half && half > clear, "\(blurred) \(half) \(clear)")
    }

    /// Bandwagoning: a greedy state joins a stronger neighbour it sees as a revisionist, joins
    /// its attacks, and leaves when the revisionist no longer out-arms it.
    @Test func jackalsJoinRevisionists() throws {
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .greedy, wealth: 100), StateSpec(motive: .greedy, wealth: 100), StateSpec(motive: .security, wealth: 100),
                           StateSpec(motive: .security, wealth: 100)]
        scenario.geography = .edges([Geography.Edge(0, 1), Geography.Edge(0, 2), Geography.Edge(1, 2), Geography.Edge(2, 3)])
        scenario.mechanisms.alliances = Mechanisms.Alliances(share: 0.5, bandwagonRatio: 2)
        let world = try World(scenario: scenario)
        let s = world.state
        for q in 0..<s.belief.count { s.belief[q] = 0.2 }
        s.belief[s.slot(of: 0, in: 1)!] = 0.9  // the jackal 1 sees 0 as a revisionist
        s.offense[0] = 50; s.offense[1] = 20; s.defense[2] = 1
        var rng = SplitMix64(seed: 2), events: [WorldEvent] = []
        s.updateAlliances(tick: 1, rng: &rng) { events.append($0) }
        #expect(events == [.alliance(AllianceChange(tick: 1, kind: .joined, a: 1, b: 0))])
        var stale = 0
        let war = s.fight(0, 2, tick: 1, threshold: 0, cause: .opportunity, rng: &rng, stale: &stale)
        #expect(war.attackerAllies == [1] && war.attackerOffense == 50 + 0.5 * 20)
        s.offense[1] = 40  // 0 no longer has twice 1's offense
        s.offense[2] = 100  // (and the victim 2, stronger than both now, has no reason to bandwagon)
        events = []
        s.updateAlliances(tick: 2, rng: &rng) { events.append($0) }
        #expect(events == [.alliance(AllianceChange(tick: 2, kind: .dissolved, a: 0, b: 1))])
    }

    /// Bandwagoning for protection (Walt 1987): a seeker without allies joins the revisionist it
    /// fears, is then spared by it, and does not join its attacks; a seeker with an ally balances.
    @Test func loneSeekersBandwagonForProtection() throws {
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .greedy, wealth: 100), StateSpec(motive: .security, wealth: 100), StateSpec(motive: .security, wealth: 100),
                           StateSpec(motive: .security, wealth: 100)]
        scenario.geography = .edges([Geography.Edge(0, 1), Geography.Edge(0, 2), Geography.Edge(2, 3)])
        scenario.mechanisms.alliances = Mechanisms.Alliances(bandwagonRatio: 2)
        let world = try World(scenario: scenario)
        let s = world.state
        for q in 0..<s.belief.count { s.belief[q] = 0.2 }
        s.belief[s.slot(of: 0, in: 1)!] = 0.9
        s.belief[s.slot(of: 0, in: 2)!] = 0.9
        s.allied[s.slot(of: 3, in: 2)!] = true  // 2 already has an ally: it does not bandwagon
        s.allied[s.slot(of: 2, in: 3)!] = true
        s.allyCount[2] = 1; s.allyCount[3] = 1
        s.offense[0] = 50; s.offense[1] = 10; s.offense[2] = 10; s.defense[1] = 0.1; s.defense[2] = 1
        var rng = SplitMix64(seed: 3), events: [WorldEvent] = []
        s.updateAlliances(tick: 1, rng: &rng) { events.append($0) }
        #expect(events == [.alliance(AllianceChange(tick: 1, kind: .joined, a: 1, b: 0))])
        // 0 spares its ally 1, the weakest, and attacks 2; 1 does not join for spoils.
        var wars: [War] = []
        _ = s.resolveWars(tick: 1, rng: &rng) { if case let .war(w) = $0 { wars.append(w) } }
        #expect(wars.map(\.target) == [2] && wars[0].attackerAllies.isEmpty)
    }

    /// Identity, institutions, communities and alliances on a world large enough for threads:
    /// the same digest, events and communities on 1, 2 and 3 threads.
    @Test func resultsDoNotDependOnThreads() throws {
        var scenario = Scenario()
        scenario.seed = 5
        scenario.ticks = 80
        scenario.states = Array(repeating: StateSpec(), count: 700)
        scenario.geography = .ring(k: 4)
        scenario.system.pGreedy = 0.1
        scenario.mechanisms.alliances = Mechanisms.Alliances(expansionNoise: 0.5, expansionDelta: 0.3, bandwagonRatio: 1.2)
        scenario.mechanisms.identity = Mechanisms.Identity()
        scenario.mechanisms.identity?.restraintGain = 0.02
        scenario.mechanisms.communities = Mechanisms.Communities()
        scenario.institutions = stride(from: 0, to: 700, by: 10).map { Institution(name: "i\($0)", members: Array($0..<($0 + 10))) }
        func run(_ threads: Int) throws -> (String, [WorldEvent], [Int: [Int]]) {
            let world = try World(scenario: scenario, threads: threads)
            var events: [WorldEvent] = []
            world.run(ticks: scenario.ticks) { events += $0.events }
            return (world.digestHex, events, world.communities)
        }
        let one = try run(1)
        #expect(one.1.contains { if case .identity = $0 { true } else { false } })
        #expect(one.1.contains { if case .community = $0 { true } else { false } })
        for threads in [2, 3] {
            let other = try run(threads)
            #expect(other.0 == one.0 && other.1 == one.1 && other.2 == one.2, "threads \(threads)")
        }
    }
}
