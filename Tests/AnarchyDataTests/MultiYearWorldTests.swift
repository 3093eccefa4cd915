import AnarchyCore
import AnarchyWorld
import Testing

@testable import AnarchyData

/// Multi-year worlds (a memory's run-up; ``CarriedHistory``): what a run carries from one year
/// into the next, checked on small made-up years whose outcome is known by hand.
@Suite(.timeLimit(.minutes(10)))
struct MultiYearWorldTests {
    /// A year of three security seekers A, T and C (COW codes 2, 20, 200; each pair a border),
    /// T and C allied, and A's war on T under way from the year before when `warOn`. `newcomer`
    /// puts a fourth state (code 1) first, bordering A, so that every index moves; `motive` is
    /// every state's; `allied: false` leaves T and C unallied.
    static func year(_ y: Int, warOn: Bool, newcomer: Bool = false, motive: Motive = .security, allied: Bool = true) -> HistoricalYear {
        let shift = newcomer ? 1 : 0
        let (a, t, c) = (shift, shift + 1, shift + 2)
        var scenario = Scenario()
        scenario.states = (0..<(3 + shift)).map { _ in StateSpec(motive: motive, wealth: 100, offense: 10, defense: 10, growth: 0) }
        var edges = [Geography.Edge(a, t), Geography.Edge(t, c), Geography.Edge(a, c)]
        if newcomer { edges.append(Geography.Edge(0, a)) }
        scenario.geography = .edges(edges)
        // The ally always honours its commitment (credibility 1, no buck-passing).
        scenario.mechanisms.alliances = Mechanisms.Alliances(credibility: 1, buckPassingBelow: 0)
        scenario.policies = allied ? [Policy(tick: 1, action: .ally(t, c))] : []
        func dyad(_ i: Int, _ j: Int, _ codes: [Int]) -> DyadYear {
            DyadYear(year: y, a: i, b: j, codeA: codes[i], codeB: codes[j], contiguous: true, logCapabilityRatio: 0, allied: i == t && j == c, major: false, onset: false, war: false)
        }
        let codes = (newcomer ? [1] : []) + [2, 20, 200]
        var year = HistoricalYear(year: y, scenario: scenario, dyads: edges.map { dyad(Swift.min($0.a, $0.b), Swift.max($0.a, $0.b), codes) })
        year.codes = codes
        if warOn { year.warsUnderWay = [(attacker: a, target: t)] }
        return year
    }

    static func point(runUp: Int) -> ModelParameters {
        var point = ModelParameters(pGreedy: 0.2, attackRatio: 3, crisisCostHigh: 0.5)
        point.memory = DisputeMemory(halfLife: 0, beliefWeight: 0, motiveWeight: 0, carriesWars: .allies, runUp: runUp)
        return point
    }

    /// Joining decided once. The war A–T is under way into 1900 and into 1901; C honours its
    /// alliance with T every time it is asked. One-year worlds of 1901 count C's side of the war
    /// (C–A) as a dispute begun in every run; a run from 1900 has already put C at war with A in
    /// 1900, so in 1901 that dispute is under way, not begun: no onset. The war's own pair is never one.
    @Test func joiningIsDecidedOnce() throws {
        let (y1900, y1901) = (Self.year(1900, warOn: true), Self.year(1901, warOn: true))
        let ca = try #require(y1901.dyads.firstIndex { $0.codeA == 2 && $0.codeB == 200 })
        let at = try #require(y1901.dyads.firstIndex { $0.codeA == 2 && $0.codeB == 20 })
        let oneYear = try ModelForecast(y1901, runUp: [y1900], parameters: Self.point(runUp: 0), seeds: 20)
        #expect(oneYear.onset[ca] == 1 && oneYear.war[ca] == 1)
        let multiYear = try ModelForecast(y1901, runUp: [y1900], parameters: Self.point(runUp: 1), seeds: 20)
        #expect(multiYear.onset[ca] == 0 && multiYear.war[ca] == 0)
        #expect(oneYear.onset[at] == 0 && multiYear.onset[at] == 0)
        // A run-up needs the years before: without them the world is a one-year world again.
        let noYears = try ModelForecast(y1901, runUp: [], parameters: Self.point(runUp: 1), seeds: 20)
        #expect(noYears.onset[ca] == 1)
    }

    /// What a run carries, found again by COW code when every index moves: the motives it drew,
    /// the beliefs its states ended the year with (A's attack revealed it greedy to T and C:
    /// 1 − 1e-9), and C at war with A while the war goes on — released when the data show it over.
    @Test func carriedHistoryFollowsTheCodes() throws {
        let y1900 = Self.year(1900, warOn: true, motive: .probability(0.5))
        let world = try World(scenario: Self.point(runUp: 1).apply(to: y1900, seed: 7))
        world.step()
        let drawn = world.snapshot().greedy
        let next = Self.year(1901, warOn: true, newcomer: true)
        var carried = CarriedHistory()
        carried.record(world, y1900, next: next)
        let war: Set = [COWHistory.Pair(2, 20)]
        #expect(carried.atWar == [COWHistory.Pair(2, 200): war, COWHistory.Pair(2, 20): war])
        var scenario = next.scenario
        carried.apply(to: &scenario, next, positions: CarriedHistory.positions(in: scenario))
        // Codes 2, 20, 200 sit at indices 1, 2, 3 now; the newcomer (code 1) keeps its own motive.
        #expect(scenario.states[0].motive == .security)
        for (old, new) in [(0, 1), (1, 2), (2, 3)] { #expect(scenario.states[new].motive == (drawn[old] ? .greedy : .security)) }
        let beliefs = Dictionary(uniqueKeysWithValues: scenario.beliefs.map { ([$0.observer, $0.neighbour], $0.belief) })
        #expect(beliefs[[2, 1]] == InitialBelief.bounds.upperBound && beliefs[[3, 1]] == InitialBelief.bounds.upperBound)
        #expect(beliefs[[0, 1]] == nil)  // the newcomer saw nothing
        // The war is over by 1901: nothing stays at war.
        var released = CarriedHistory()
        released.record(world, y1900, next: Self.year(1901, warOn: false))
        #expect(released.atWar.isEmpty)
        // A marked pair stays marked through a year in which it does not fight, while the data show
        // its war going on, and is released in the year they show it over.
        let quiet = try World(scenario: Self.year(1901, warOn: false).scenario)
        quiet.step()
        var through = carried
        through.record(quiet, Self.year(1901, warOn: false), next: Self.year(1902, warOn: true))
        #expect(through.atWar == carried.atWar)
        through.record(quiet, Self.year(1902, warOn: false), next: Self.year(1903, warOn: false))
        #expect(through.atWar.isEmpty)
    }

    /// Beliefs carried change what a world does, and a state that stayed out joins later and is
    /// counted then. C, not allied, borders both; with the joining-sides mechanism a seeker defends
    /// the target when it believes the attacker greedy (threshold 0.5). In a one-year world of 1901
    /// C starts from the prior 0.2 and stays out in every run; in a run from 1900 it stayed out in
    /// 1900 too, but saw A attack (revealed greed, 1 − 1e-9), carries that belief into 1901, and
    /// joins: C–A is a dispute begun in 1901 in every run.
    @Test func aStateThatStayedOutJoinsLaterOnWhatItSaw() throws {
        let (y1900, y1901) = (Self.year(1900, warOn: true, allied: false), Self.year(1901, warOn: true, allied: false))
        let ca = try #require(y1901.dyads.firstIndex { $0.codeA == 2 && $0.codeB == 200 })
        func point(_ runUp: Int) -> ModelParameters {
            var p = Self.point(runUp: runUp)
            p.memory?.carriesWars = .joining
            return p
        }
        let oneYear = try ModelForecast(y1901, runUp: [y1900], parameters: point(0), seeds: 20)
        let multiYear = try ModelForecast(y1901, runUp: [y1900], parameters: point(1), seeds: 20)
        #expect(oneYear.onset[ca] == 0)
        #expect(multiYear.onset[ca] == 1 && multiYear.war[ca] == 1)
    }

    /// The run-up years are the consecutive years before, as far back as they are held.
    @Test func runUpYears() {
        let built = Dictionary(uniqueKeysWithValues: [1896, 1898, 1899, 1900].map { ($0, Self.year($0, warOn: false)) })
        #expect(ModelForecast.runUp(of: 1901, length: 3, from: built).map(\.year) == [1898, 1899, 1900])
        #expect(ModelForecast.runUp(of: 1901, length: 2, from: built).map(\.year) == [1899, 1900])
        #expect(ModelForecast.runUp(of: 1899, length: 3, from: built).map(\.year) == [1898])  // 1897 is missing
        #expect(ModelForecast.runUp(of: 1901, length: 0, from: built).isEmpty)
    }
}
