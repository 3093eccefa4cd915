import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyTestSupport
import AnarchyWorld
import Foundation
import Testing

@testable import AnarchyData

/// The project's own fixtures (Fixtures/cow): a made-up system of five states in 1900–1901, in
/// COW's formats — CR-only, CRLF and LF line endings, files with and without a final newline,
/// quoted fields, a Latin-1 file, COW's missing codes.
enum Fixtures {
    static let directory: String = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return url.appendingPathComponent("cow").path
    }()
}

@Suite(.timeLimit(.minutes(10)))
struct CSVTableTests {
    /// Every fixture reads, checks against its dataset, and writes back byte for byte.
    @Test func fixturesRoundTrip() throws {
        let present: [(COWDataset, Int, CSVTable.LineEnding, CSVTable.Encoding, Bool)] = [
            (.systemMembership, 9, .lf, .utf8, false), (.stateSpells, 5, .lf, .utf8, false), (.majorPowers, 2, .lf, .utf8, false),
            (.capabilities, 9, .crlf, .utf8, false), (.alliances, 8, .lf, .utf8, true), (.contiguity, 14, .lf, .utf8, true),
            (.countryCodes, 5, .cr, .utf8, false), (.extraStateWars, 2, .lf, .latin1, true), (.atopMembers, 6, .lf, .utf8, true),
            (.dyadicDisputes, 4, .lf, .utf8, true),
        ]
        for (dataset, rows, ending, encoding, finalNewline) in present {
            let file = try COWFile.load(dataset, from: Fixtures.directory)
            #expect(file.count == rows && file.table.lineEnding == ending && file.table.encoding == encoding, "\(dataset)")
            #expect(file.table.endsWithNewline == finalNewline, "\(dataset)")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.directory + "/" + file.table.file)))
            #expect(file.table.bytes() == bytes, "\(dataset)")
        }
        // Latin-1 text, a quoted comma and doubled quotes read as the values they are.
        let wars = try COWFile.load(.extraStateWars, from: Fixtures.directory)
        #expect(wars.text(0, "WarName") == "Guerre de l'Été, première" && wars.table.rows[0][6] == "Les \"Rebelles\"")
        #expect(wars.whole(1, "BatDeath") == nil && wars.whole(1, "EndYear1") == nil && wars.whole(1, "StartYear1") == 1901)
        // Missing codes and blanks.
        let nmc = try COWFile.load(.capabilities, from: Fixtures.directory)
        #expect(nmc.number(5, "upop") == nil && nmc.number(7, "tpop") == 4517.6)
        let alliances = try COWFile.load(.alliances, from: Fixtures.directory)
        #expect(alliances.whole(0, "mem_end_year") == nil && alliances.whole(4, "mem_end_year") == 1910)
    }

    @Test func dialects() throws {
        let text = "a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\r\n"
        let table = try CSVTable.parse(Array(text.utf8), file: "t.csv")
        #expect(table.header == ["a", "b", "c"] && table.rows == [["1", "x, \"y\"\nz", "3"]] && table.lineEnding == .crlf)
        #expect(String(decoding: table.bytes(), as: UTF8.self) == text)
        let bom = try CSVTable.parse([0xEF, 0xBB, 0xBF] + Array("a,b\r1,2".utf8), file: "t.csv")
        #expect(bom.header == ["a", "b"] && bom.rows == [["1", "2"]] && bom.lineEnding == .cr && !bom.endsWithNewline)
        let latin = try CSVTable.parse([0x6E, 0x0A, 0xC9, 0x74, 0xE9, 0x0A], file: "t.csv")
        #expect(latin.encoding == .latin1 && latin.rows == [["Été"]] && latin.bytes() == [0x6E, 0x0A, 0xC9, 0x74, 0xE9, 0x0A])
    }

    /// Errors name the file, the line and, for values, the column.
    @Test func errorsNameTheLineAndColumn() throws {
        func error(_ text: String) -> String {
            do {
                _ = try CSVTable.parse(Array(text.utf8), file: "f.csv")
                return "accepted"
            } catch { return error.description }
        }
        #expect(error("") == "f.csv: the file is empty (no header)")
        #expect(error("a,b\n1,2\n3\n") == "f.csv, line 3: 1 fields, but the header has 2")
        #expect(error("a,b\n1,\"2\n") == "f.csv, line 2: a quoted field is never closed")
        #expect(error("a,b\n1,\"2\"x\n") == "f.csv, line 2: text after a closing quote")
        let bad = try CSVTable.parse(Array("stateabb,ccode,year,version\nUSA,2,1816,2016\nUKG,two hundred,1816,2016\n".utf8), file: "system2016.csv")
        #expect(throws: DataError(file: "system2016.csv", line: 3, column: "ccode", "\"two hundred\" is not a whole number")) {
            try COWFile(.systemMembership, table: bad)
        }
        let short = try CSVTable.parse(Array("stateabb,year\nUSA,1816\n".utf8), file: "system2016.csv")
        #expect(throws: DataError(file: "system2016.csv", line: 1, "no column \"ccode\" (a State System Membership v2016 (state-years) file needs stateabb, ccode, year)")) {
            try COWFile(.systemMembership, table: short)
        }
        #expect(throws: DataError(file: "/nonexistent", "no Formal Alliances v4.1 (member spells) file: looked for \"alliance_v4.1_by_member.csv\"")) {
            try COWFile.load(.alliances, from: "/nonexistent")
        }
    }
}

@Suite(.timeLimit(.minutes(10)))
struct HistoryTests {
    /// 1900 in Europe from the fixtures, by hand: Albion, Gallia and Teutonia (Amerigo is in the
    /// Americas, Rusland joins in 1901); shares of each component over the three, averaged over
    /// the components each reports; forces at SDW-1's steady state, split by φ_S.
    @Test func scenarioOf1900ByHand() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        let (scenario, report) = try history.scenario(year: 1900, region: .europe)
        #expect(scenario.states.map(\.name) == ["Albion", "Gallia", "Teutonia"])
        #expect(scenario.states.map(\.major) == [true, false, true] && report.majors == ["Albion", "Teutonia"])
        let tpop = 30000 + 20000 + 4517.6
        let economy = [(0.4 + 0.5 + 30000 / tpop + 0.6) / 4, (0.1 + 1.0 / 6 + 20000 / tpop) / 3, (0.5 + 2000.0 / 6000 + 4517.6 / tpop + 0.4) / 4]
        let military = [0.4, 0.25, 0.35]
        let p = SDW1Parameters(), phi = 1 / (1 + p.beta)
        for k in 0..<3 {
            #expect(abs(scenario.states[k].wealth! - 1000 * economy[k]) < 1e-9, "wealth \(k)")
            #expect(abs(scenario.states[k].offense - 1000 * military[k] * p.s0 / p.rho * phi) < 1e-9, "offense \(k)")
            #expect(abs(scenario.states[k].defense - 1000 * military[k] * p.s0 / p.rho * (1 - phi)) < 1e-9, "defense \(k)")
        }
        #expect(scenario.geography == .edges([Geography.Edge(0, 1, distance: 2), Geography.Edge(0, 2, distance: 4), Geography.Edge(1, 2, distance: 1)]))
        #expect(scenario.policies == [Policy(tick: 1, action: .ally(0, 1))])  // the defense pact; not the non-aggression pact, not the pact that ended in 1899
        #expect(report.contiguous == 2 && report.relevant == 1 && report.alliedPairs == 1 && report.alliedOnly == 0)
        let world = try World(scenario: scenario)
        world.run(ticks: 5)
    }

    /// 1901: Rusland joins; its entente with Gallia links them though they do not border.
    @Test func anAllianceLinksNonNeighbours() throws {
        let (scenario, report) = try COWHistory(directory: Fixtures.directory).scenario(year: 1901, region: .europe, ticks: 7, seed: 9)
        #expect(scenario.states.map(\.name) == ["Albion", "Gallia", "Teutonia", "Rusland"] && scenario.ticks == 7 && scenario.seed == 9)
        #expect(report.contiguous == 3 && report.relevant == 2 && report.alliedPairs == 2 && report.alliedOnly == 1)
        #expect(scenario.policies == [Policy(tick: 1, action: .ally(0, 1)), Policy(tick: 1, action: .ally(1, 3))])
        guard case let .edges(edges) = scenario.geography else { Issue.record("edges"); return }
        #expect(edges.contains(Geography.Edge(1, 3, distance: 4)) && edges.contains(Geography.Edge(2, 3, distance: 1)))
        // The file written is the scenario read back, names and all.
        let text = ScenarioYAML.text(scenario, comments: ["a comment"])
        #expect(text.hasPrefix("# a comment\n") && text.contains("- {tick: 1, ally: [\"Gallia\", \"Rusland\"]}"))
        #expect(try ScenarioFile.parse(text) == scenario)
    }

    /// ATOP instead of COW: defense, offense and consultation obligations in force are ties; a
    /// non-aggression pact is not; an exit year of 0 means still in force.
    @Test func atopAlliances() throws {
        let (scenario, report) = try COWHistory(directory: Fixtures.directory, alliances: .atop).scenario(year: 1900, region: .europe)
        #expect(scenario.policies == [Policy(tick: 1, action: .ally(0, 2))] && report.alliedPairs == 1)
    }

    @Test func regionsAndYearsOutsideTheData() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        #expect(throws: DataError(file: "system2016.csv", "1 state of region americas in the system in 1900 (the membership file covers 1900–1901): a scenario needs two")) {
            try history.scenario(year: 1900, region: .americas)
        }
        #expect(throws: DataError(file: "system2016.csv", "0 states of region europe in the system in 1850 (the membership file covers 1900–1901): a scenario needs two")) {
            try history.scenario(year: 1850, region: .europe)
        }
        let (all, _) = try history.scenario(year: 1900, region: .all)
        #expect(all.states.count == 4 && all.states[0].name == "Amerigo")
    }

    /// The real 1913 (shared data): Europe's great powers, their alliances, and a run.
    @Test(.enabled(if: Requirement.cow.runs(available: SharedData.directory != nil), Comment(rawValue: SharedData.skipReason)))
    func europe1913() throws {
        let directory = try #require(SharedData.directory, "ANARCHY_REQUIRE names cow: \(SharedData.skipReason)")
        let (scenario, report) = try COWHistory(directory: directory).scenario(year: 1913, region: .europe)
        let names = scenario.states.compactMap(\.name)
        #expect(report.states == 19 && Set(report.majors) == ["United Kingdom", "France", "Germany", "Austria-Hungary", "Italy", "Russia"])
        // Named as of 1913, not by COW's later names; the Ottoman Empire, in the codebook's Middle
        // East, held European territory and fought the Balkan wars (HistoricalNames, Region).
        #expect(names.contains("Serbia") && names.contains("Ottoman Empire") && !names.contains("Yugoslavia") && !names.contains("Turkey"))
        let (later, _) = try COWHistory(directory: directory).scenario(year: 1930, region: .europe)
        #expect(later.states.compactMap(\.name).contains("Yugoslavia") && !later.states.compactMap(\.name).contains("Turkey"))
        let germany = try #require(names.firstIndex(of: "Germany")), austria = try #require(names.firstIndex(of: "Austria-Hungary"))
        let france = try #require(names.firstIndex(of: "France")), russia = try #require(names.firstIndex(of: "Russia"))
        #expect(scenario.policies.contains(Policy(tick: 1, action: .ally(Swift.min(germany, austria), Swift.max(germany, austria)))))
        #expect(scenario.policies.contains(Policy(tick: 1, action: .ally(Swift.min(france, russia), Swift.max(france, russia)))))
        // Germany out-produces France; Russia fields more than either.
        #expect(scenario.states[germany].wealth! > scenario.states[france].wealth!)
        #expect(scenario.states[russia].defense > scenario.states[germany].defense)
        let world = try World(scenario: scenario)
        world.run(ticks: scenario.ticks)
        #expect(world.metrics().alive > 0)
    }
}

/// The backtest's parts by hand: the baseline's regression, the scores, the facts, the onsets.
@Suite(.timeLimit(.minutes(10)))
struct BacktestPartsTests {
    /// A 2 × 2 table as rows: 3 events of 20 without the covariate, 9 of 15 with it.
    static func twoByTwo() -> (x: [[Double]], y: [Bool]) {
        var x: [[Double]] = [], y: [Bool] = []
        for (group, events, total) in [(0.0, 3, 20), (1.0, 9, 15)] {
            for k in 0..<total {
                x.append([group])
                y.append(k < events)
            }
        }
        return (x, y)
    }

    /// With one binary covariate the maximum-likelihood fit is closed-form: the intercept is the
    /// log-odds of the group without it, the slope the log-odds ratio.
    @Test func logisticRegressionMatchesTheClosedForm() {
        let (x, y) = Self.twoByTwo()
        let fit = LogisticRegression.fit(x, y)
        let logit = { (p: Double) in log(p / (1 - p)) }
        #expect(abs(fit.coefficients[0] - logit(3.0 / 20)) < 1e-6 && abs(fit.coefficients[1] - (logit(9.0 / 15) - logit(3.0 / 20))) < 1e-6)
        #expect(abs(fit.probability([1]) - 9.0 / 15) < 1e-6)
    }

    @Test func scoresByHand() {
        // Events at forecasts 0.8 and 0.4; non-events at 0.4, 0.2, 0.1: pairs won 3 + 0.5 + 2 of 6.
        let s = ForecastScores(forecasts: [0.8, 0.4, 0.4, 0.2, 0.1], outcomes: [true, true, false, false, false])
        #expect(s.auc == 5.5 / 6 && s.events == 2 && s.count == 5)
        #expect(abs(s.brier - (0.04 + 0.36 + 0.16 + 0.04 + 0.01) / 5) < 1e-15)
        #expect(s.calibration[4].count == 2 && s.calibration[4].observedRate == 0.5 && s.calibration[8].count == 1)
        #expect(ForecastScores(forecasts: [0.3, 0.3], outcomes: [false, false]).auc.isNaN)
    }

    @Test func factsByHand() throws {
        func dyad(_ year: Int, contiguous: Bool, ratio: Double, onset: Bool, war: Bool = false) -> DyadYear {
            DyadYear(year: year, a: 0, b: 1, codeA: 2, codeB: 20, contiguous: contiguous, logCapabilityRatio: log(ratio), allied: false, major: false, onset: onset, war: war)
        }
        let dyads = [
            dyad(1850, contiguous: true, ratio: 1.5, onset: true, war: true), dyad(1850, contiguous: false, ratio: 5, onset: false),
            dyad(1900, contiguous: true, ratio: 2, onset: true), dyad(1900, contiguous: false, ratio: 4, onset: true),
            dyad(1930, contiguous: true, ratio: 10, onset: false),
        ]
        let facts = StylisedFacts(dyads: dyads, onset: dyads.map { $0.onset ? 1 : 0 }, war: dyads.map { $0.war ? 1 : 0 })
        #expect(facts.values[0] == 0.5 && facts.values[1] == 1 && facts.values[2] == 0)
        #expect(facts.values[3] == (2.0 / 3) / (1.0 / 2))  // contiguous 2 of 3, not 1 of 2
        #expect(facts.values[4] == 1 / (1.0 / 3))  // ratio < 3: 2 of 2; ≥ 3: 1 of 3
        #expect(facts.values[5] == 1.0 / 3 && facts.values[6] == 1000.0 / 5)
        #expect(StylisedFacts.distance(facts, facts) == 0)
    }

    /// Onsets from the fixture's Dyadic MID rows (only a dispute's first year), and the dyad-years of 1901.
    @Test func onsetsAndDyadYears() throws {
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        #expect(onsets.began(1900, .init(255, 220)) && onsets.began(1900, .init(200, 220)) && !onsets.began(1901, .init(200, 220)))
        #expect(onsets.reachedWar(1900, .init(220, 200)) && !onsets.reachedWar(1900, .init(220, 255)) && onsets.lastYear == 1901)
        let year = try COWHistory(directory: Fixtures.directory).historicalYear(1901, onsets: onsets)
        #expect(year.dyads.count == 8)  // all regions: Amerigo borders Albion across water and is relevant to Teutonia
        let onset = year.dyads.filter(\.onset)
        #expect(onset.count == 1 && onset[0].codeA == 255 && onset[0].codeB == 365 && onset[0].contiguous && !onset[0].allied)
        let gr = try #require(year.dyads.first { $0.codeA == 220 && $0.codeB == 365 })
        #expect(!gr.contiguous && gr.allied && !gr.major && abs(gr.logCapabilityRatio - log(0.2 / 0.15)) < 1e-12)
    }

    /// With one binary covariate the standard errors are closed-form too: √(1/a + 1/b + 1/c + 1/d)
    /// for the log-odds ratio of the 2 × 2 table, √(1/c + 1/d) for the intercept (Agresti 2013, §3.1).
    @Test func standardErrorsMatchTheClosedForm() {
        let (x, y) = Self.twoByTwo()
        let fit = LogisticRegression.fit(x, y)
        let intercept: Double = (1.0 / 3 + 1.0 / 17).squareRoot()
        let slope: Double = (1.0 / 9 + 1.0 / 6 + 1.0 / 3 + 1.0 / 17).squareRoot()
        #expect(abs(fit.standardErrors[0] - intercept) < 1e-6)
        #expect(abs(fit.standardErrors[1] - slope) < 1e-6)
        let z = fit.coefficients[1] / fit.standardErrors[1]
        #expect(abs(fit.pValue(1) - erfc(abs(z) / 2.0.squareRoot())) < 1e-15 && fit.pValue(1) < 0.05)
        // A constant covariate has no standard error.
        #expect(LogisticRegression.fit(x.map { $0 + [1] }, y).standardErrors[2].isNaN)
    }

    /// Years of peace on the fixtures (data from 1900; disputes began in 1900 between 255 and 220
    /// and between 200 and 220): counted back from the year before, stopped by a dispute or the
    /// data's first year, or a state's entry.
    @Test func peaceYearsCountBackToTheLastDispute() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        let peace = PeaceYears(history: history, onsets: onsets)
        #expect(peace.before(1900, 220, 255) == 0)  // the data begin in 1900: nothing before
        #expect(peace.before(1901, 220, 255) == 0 && peace.before(1901, 255, 220) == 0 && peace.before(1901, 200, 220) == 0)
        #expect(peace.before(1901, 2, 220) == 1 && peace.before(1902, 2, 220) == 2)
        // 365 entered the system in 1901: no years of peace before it, then one.
        #expect(peace.before(1901, 220, 365) == 0 && peace.before(1902, 220, 365) == 1)
        #expect(peace.before(1902, 255, 365) == 0)  // their dispute began in 1901
        #expect(peace.before(1901, 220, 999) == 0)  // 999 is no member
        #expect(PeaceYears.terms(20) == [2, 4, 8])
    }

    /// The memory on the fixtures (disputes began in 1900 between 255 and 220 and between 200 and
    /// 220, the latter reaching war, and in 1901 between 255 and 365): a dyad's record holds only
    /// earlier years; the remembered conflict, the beliefs and the motives follow the closed forms
    /// of docs/DATA.md.
    @Test func disputeMemoryByHand() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        // The 200–220 dispute (1900–1901) reached war, which is known only once it is over.
        #expect(onsets.past(.init(220, 200), before: 1901) == [PastDispute(yearsAgo: 1, war: false)])
        #expect(onsets.past(.init(220, 200), before: 1902) == [PastDispute(yearsAgo: 2, war: true)])
        #expect(onsets.past(.init(220, 200), before: 1900).isEmpty && onsets.past(.init(255, 365), before: 1901).isEmpty)
        #expect(onsets.past(.init(255, 220), before: 1903) == [PastDispute(yearsAgo: 3, war: false)])
        // m = Σ w·2^(−(a − 1)/h): with h = 2, a dispute last year counts 1, a war three years ago 2·½.
        let memory = DisputeMemory(halfLife: 2, beliefWeight: log(4) / 2, motiveWeight: log(4))
        #expect(memory.remembered([PastDispute(yearsAgo: 1, war: false), PastDispute(yearsAgo: 3, war: true)]) == 2)
        // logit b = logit 0.2 + κ·m = −log 4 + log 4 = 0: b = ½.
        #expect(abs(memory.belief(prior: 0.2, past: [PastDispute(yearsAgo: 1, war: false), PastDispute(yearsAgo: 3, war: true)]) - 0.5) < 1e-15)
        let year = try history.historicalYear(1901, onsets: onsets)
        var scenario = year.scenario
        memory.apply(to: &scenario, year, prior: 0.2)
        let warDyad = try #require(year.dyads.first { $0.codeA == 200 && $0.codeB == 220 })
        // Two dyads remember 1900, each one dispute not known to be a war at the end of 1900
        // (m = 1: logit b = −log 4 + log 4 / 2 = −log 2, b = ⅓); both sides of each.
        let disputeDyad = try #require(year.dyads.first { $0.codeA == 220 && $0.codeB == 255 })
        var expected: [[Int]: Double] = [:]
        for d in [warDyad, disputeDyad] { expected[[d.a, d.b]] = 1.0 / 3; expected[[d.b, d.a]] = 1.0 / 3 }
        #expect(scenario.beliefs.count == 4)
        for belief in scenario.beliefs {
            let want = try #require(expected[[belief.observer, belief.neighbour]])
            #expect(abs(belief.belief - want) < 1e-15)
        }
        #expect(scenario.mechanisms.preemption == Mechanisms.Preemption(cost: DisputeMemory.preemptionCost))
        // Motives: 200 remembers m = 1 (odds ¼·4 = 1, q = ½).
        let position = { (code: Int) in year.dyads.first { $0.codeA == code }.map(\.a) ?? year.dyads.first { $0.codeB == code }.map(\.b) }
        let state200 = try #require(position(200))
        guard case let .probability(p)? = scenario.states[state200].motive else { Issue.record("no probability of greed for 200"); return }
        #expect(abs(p - 0.5) < 1e-12)
        // Without weights the scenario is the year's own.
        var unchanged = year.scenario
        DisputeMemory(halfLife: 5, beliefWeight: 0, motiveWeight: 0).apply(to: &unchanged, year, prior: 0.2)
        #expect(unchanged == year.scenario)
    }

    /// Wars under way on the fixtures: the directed dyadic war data have the 220–200 war from 1900
    /// to 1901 (220 the initiator), so it is under way at the end of 1900 and carried into 1901's
    /// world as a scripted war at tick 1, with joining sides on; its own pair is never counted as an
    /// onset, though the war is fought in every run. Nothing is under way into 1902 (it ended in 1901).
    @Test func warsUnderWayAreCarriedOver() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        var onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        onsets.carryWars(from: try COWFile.load(.dyadicWars, from: Fixtures.directory))
        let year = try history.historicalYear(1901, onsets: onsets)
        let (_, report) = try history.scenario(year: 1901, region: .all)
        let position = Dictionary(uniqueKeysWithValues: report.codes.enumerated().map { ($1, $0) })
        let (france, britain) = (try #require(position[220]), try #require(position[200]))
        #expect(year.warsUnderWay.map { [$0.attacker, $0.target] } == [[france, britain]])
        #expect(onsets.warsUnderWay[1902] == nil && onsets.warsUnderWay[1901]?.count == 1)  // the 1901 row ends in 1901
        var point = ModelParameters(pGreedy: 0.2, attackRatio: 2, crisisCostHigh: 0.5)
        point.memory = DisputeMemory(halfLife: 0, beliefWeight: 0, motiveWeight: 0, carriesWars: .joining)
        let scenario = point.apply(to: year, seed: 1)
        #expect(scenario.policies.contains(Policy(tick: 1, action: .war(france, britain))) && scenario.mechanisms.joiningSides != nil)
        var alliesOnly = point
        alliesOnly.memory?.carriesWars = .allies
        let withAllies = alliesOnly.apply(to: year, seed: 1)
        #expect(withAllies.policies == scenario.policies && withAllies.mechanisms.joiningSides == nil)
        let world = try World(scenario: scenario)
        world.step()
        #expect(world.events.contains { if case let .war(w) = $0 { w.cause == .scripted && w.attacker == france && w.target == britain } else { false } })
        let forecast = try ModelForecast(year, parameters: point, seeds: 10)
        let pair = try #require(year.dyads.firstIndex { $0.codeA == 200 && $0.codeB == 220 })
        #expect(forecast.onset[pair] == 0 && forecast.war[pair] == 0)
    }

    /// The placebo's covariate: the empirical logits shuffled within each year — every year keeps
    /// its own values (the same multiset), the order changes, and the shuffle is the same each time.
    @Test func thePlaceboShufflesWithinYears() {
        let forecasts = (0..<60).map { Double($0 % 20) / 20 }
        let years = (0..<60).map { 1900 + $0 / 20 }
        let placebo = Backtest.placeboLogOdds(forecasts, years: years, seeds: 20)
        let logits = forecasts.map { Backtest.empiricalLogit($0, seeds: 20) }
        for y in 0..<3 {
            let range = (20 * y)..<(20 * y + 20)
            #expect(placebo[range].sorted() == logits[range].sorted())
            #expect(Array(placebo[range]) != Array(logits[range]))
        }
        #expect(placebo == Backtest.placeboLogOdds(forecasts, years: years, seeds: 20))
    }

    /// Recurrence by hand: onset among dyad-years with a dispute in the previous ten years over
    /// onset among the others.
    @Test func recurrenceByHand() {
        func dyad(_ past: [PastDispute]) -> DyadYear {
            var d = DyadYear(year: 1900, a: 0, b: 1, codeA: 2, codeB: 20, contiguous: true, logCapabilityRatio: 0, allied: false, major: false, onset: false, war: false)
            d.past = past
            return d
        }
        let dyads = [dyad([PastDispute(yearsAgo: 1, war: false)]), dyad([PastDispute(yearsAgo: 10, war: true)]), dyad([PastDispute(yearsAgo: 11, war: false)]), dyad([]), dyad([])]
        #expect(MemoryCalibration.recurrence(dyads: dyads, onset: [1, 0.5, 0.25, 0, 0.5]) == (1.5 / 2) / (0.75 / 3))
        #expect(MemoryCalibration.recurrence(dyads: dyads, onset: [1, 0, 0, 0, 0]) == .infinity)
        #expect(MemoryCalibration.recurrence(dyads: Array(dyads.suffix(2)), onset: [1, 0]).isNaN)
    }

    /// The paired bootstrap: a forecaster against itself gains nothing, with a zero-width
    /// interval; a perfect one against noise gains in every resample; threads change nothing.
    @Test func pairedBootstrapOverDyads() {
        var generator = SplitMix64(seed: 5)
        let n = 400
        let outcomes = (0..<n).map { $0 % 7 == 0 }
        let noise = (0..<n).map { _ in Double(generator.next() >> 11) * 0x1p-53 }
        let perfect = outcomes.map { $0 ? 0.9 : 0.1 }
        let clusters = (0..<n).map { $0 / 4 }
        let same = PairedBootstrap(first: noise, second: noise, outcomes: outcomes, clusters: clusters, resamples: 200)
        #expect(same.auc == .init(difference: 0, low: 0, high: 0) && same.brier == .init(difference: 0, low: 0, high: 0))
        let better = PairedBootstrap(first: noise, second: perfect, outcomes: outcomes, clusters: clusters, resamples: 200)
        #expect(better.auc.low > 0 && better.auc.difference == 1 - ForecastScores.auc(noise, outcomes))
        #expect(better.brier.high < 0)
        #expect(better == PairedBootstrap(first: noise, second: perfect, outcomes: outcomes, clusters: clusters, resamples: 200, threads: 3))
        // The interval's percentiles are type 7 (R's default): by hand, h = 3p on four values.
        #expect(Statistics.quantile([1, 2, 3, 4], 0.5) == 2.5 && Statistics.quantile([1, 2, 3, 4], 0.025) == 1.075)
    }

    /// Nothing of the forecast years enters a fit: with another forecast year's disputes, the
    /// calibration, the baseline and the hybrid are the same to the bit; only the scores change.
    /// (The fixtures' one training year gives training years no run-up; the forecast year's runs
    /// from it.)
    @Test func forecastYearsDoNotEnterTheFit() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        var onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        onsets.carryWars(from: try COWFile.load(.dyadicWars, from: Fixtures.directory))
        var altered = onsets
        altered.onsets[1901] = [DisputeOnsets.CodePair(220, 365), DisputeOnsets.CodePair(2, 200)]
        altered.wars[1901] = [DisputeOnsets.CodePair(220, 365)]
        let grid = [ModelParameters(pGreedy: 0.2, attackRatio: 1.2, crisisCostHigh: 0.5), ModelParameters(pGreedy: 0.5, attackRatio: 2, crisisCostHigh: 0.5)]
        for memory in [false, true] {
            let run = { (o: DisputeOnsets) throws -> Backtest in
                try Backtest.run(history: history, onsets: o, evaluation: 1901...1901, seeds: 20, calibrationSeeds: 10, grid: grid, memory: memory)
            }
            let original = try run(onsets), changed = try run(altered)
            if memory {  // with the memory's one-year and multi-year worlds too, the threads change nothing
                let threaded = try Backtest.run(
                    history: history, onsets: onsets, evaluation: 1901...1901, seeds: 20, calibrationSeeds: 10, grid: grid, memory: true, threads: 3)
                #expect(threaded.memoryCalibration?.ranking.map(\.distance) == original.memoryCalibration?.ranking.map(\.distance))
                #expect(threaded.model.brier == original.model.brier && threaded.hybrid.coefficients == original.hybrid.coefficients)
            }
            #expect(original.baseline.coefficients == changed.baseline.coefficients && original.hybrid.coefficients == changed.hybrid.coefficients)
            #expect(original.calibration.best == changed.calibration.best && original.point == changed.point)
            #expect(original.calibration.simulated.values.map(\.description) == changed.calibration.simulated.values.map(\.description))
            #expect(original.memoryCalibration?.ranking.map(\.distance) == changed.memoryCalibration?.ranking.map(\.distance))
            #expect((original.memoryCalibration?.ranking.count ?? 0) == (memory ? 2 * (1 + DisputeMemory.grid.count) : 0))
            #expect(original.model.events == 1 && changed.model.events == 2)  // the change reached the scores
        }
    }

    /// The whole backtest on the fixtures: calibrate on 1900, forecast 1901; the same numbers twice.
    @Test func backtestOnTheFixtures() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        let grid = [ModelParameters(pGreedy: 0.2, attackRatio: 1.2, crisisCostHigh: 0.5), ModelParameters(pGreedy: 0.5, attackRatio: 2, crisisCostHigh: 0.5)]
        let run = { () throws -> Backtest in try Backtest.run(history: history, onsets: onsets, evaluation: 1901...1901, seeds: 20, calibrationSeeds: 10, grid: grid) }
        let first = try run(), second = try run()
        #expect(first.dyadYears == 8 && first.model.events == 1 && first.calibration.training == 1900...1900)
        #expect(first.model.brier == second.model.brier && first.model.auc == second.model.auc && first.baselineScores.brier == second.baselineScores.brier)
        #expect(first.calibration.best == second.calibration.best && first.calibration.simulated.values.map(\.description) == second.calibration.simulated.values.map(\.description))
        #expect(first.calibration.ranking.count == 2 && first.calibration.observed.values[0].isNaN && first.calibration.observed.values[2].isNaN)
        #expect(first.calibration.observed.values[1] == 2.0 / 5)  // 1900: two onsets among five relevant dyads
        let threaded = try Backtest.run(history: history, onsets: onsets, evaluation: 1901...1901, seeds: 20, calibrationSeeds: 10, grid: grid, threads: 3)
        #expect(threaded.model.brier == first.model.brier && threaded.calibration.ranking.map(\.distance) == first.calibration.ranking.map(\.distance))
        #expect(throws: DataError.self) { try Backtest.run(history: history, onsets: onsets, evaluation: 1900...1901, grid: grid) }
        #expect(throws: DataError.self) { try Backtest.run(history: history, onsets: onsets, evaluation: 1901...1902, grid: grid) }
    }

    /// The panel (`--panel`) read back as a user's CSV reader would: keyed by ordered COW codes,
    /// the fixture's one onset where the dispute file puts it, the baseline's probabilities equal
    /// to the logistic formula over its covariates, and the model's AUC recomputed by counting
    /// pairs (Mann–Whitney) equal to the reported one.
    @Test func thePanelHoldsEveryScoredDyadYear() throws {
        let history = try COWHistory(directory: Fixtures.directory)
        let onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: Fixtures.directory))
        let grid = [ModelParameters(pGreedy: 0.2, attackRatio: 1.2, crisisCostHigh: 0.5), ModelParameters(pGreedy: 0.5, attackRatio: 2, crisisCostHigh: 0.5)]
        let result = try Backtest.run(history: history, onsets: onsets, evaluation: 1901...1901, seeds: 20, calibrationSeeds: 10, grid: grid)
        let table = try CSVTable.parse(Array(result.panelCSV.utf8), file: "panel.csv")
        #expect(table.header == Backtest.panelHeader.split(separator: ",").map(String.init))
        #expect(table.rows.count == result.dyadYears && table.rows.count == 8)
        let column = { (name: String) in try #require(table.header.firstIndex(of: name)) }
        let (c1, c2, year, onset) = (try column("ccode1"), try column("ccode2"), try column("year"), try column("onset"))
        let (model, baseline, logOdds) = (try column("model_forecast"), try column("baseline_forecast"), try column("model_log_odds"))
        for row in table.rows {
            #expect(Int(row[c1])! < Int(row[c2])! && row[year] == "1901")
            let x = ["contiguous", "log_capability_ratio", "allied", "major"].map { Double(row[table.header.firstIndex(of: $0)!])! }
                + [1, 2, 3].map { power in pow(Double(row[table.header.firstIndex(of: "peace_years")!])! / 10, Double(power)) }
            let b = result.baseline.coefficients
            let eta = b[0] + zip(b.dropFirst(), x).map(*).reduce(0, +)
            #expect(abs(Double(row[baseline])! - 1 / (1 + exp(-eta))) < 1e-12)
            // The empirical logit of the share of 20 runs: log((k + ½)/(20 − k + ½)).
            let k = (Double(row[model])! * 20).rounded()
            #expect(abs(Double(row[logOdds])! - log((k + 0.5) / (20 - k + 0.5))) < 1e-12)
        }
        #expect(table.rows.filter { $0[onset] == "1" }.map { [$0[c1], $0[c2]] } == [["255", "365"]])
        let events = table.rows.filter { $0[onset] == "1" }.map { Double($0[model])! }
        let quiet = table.rows.filter { $0[onset] == "0" }.map { Double($0[model])! }
        let won = events.flatMap { e in quiet.map { q in e > q ? 1.0 : (e == q ? 0.5 : 0) } }.reduce(0, +)
        #expect(won / Double(events.count * quiet.count) == result.model.auc)
    }
}

/// Fuzzing the reader: mutated fixtures never crash it; whatever it accepts writes back byte for
/// byte and is either checked or refused with a located error.
@Suite(.timeLimit(.minutes(10)))
struct CSVFuzzTests {
    @Test func mutatedFilesNeverCrashTheReader() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.directory).filter { $0.hasSuffix(".csv") }.sorted()
        let originals = try names.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.directory + "/" + $0))) }
        let fragments: [[UInt8]] = [[0x22], [0x2C], [0x0D], [0x0A], [0x0D, 0x0A], [0xE9], [0xC3, 0xA9], [0xFF], [0x22, 0x22], Array("-9".utf8), Array("1e400".utf8), []]
        var mutator = ByteMutator(seed: 1816, fragments: fragments)
        var accepted = 0, checked = 0
        for round in 0..<3_000 {
            let bytes = mutator.mutate(originals[round % originals.count])
            guard let table = try? CSVTable.parse(bytes, file: names[round % names.count]) else { continue }
            accepted += 1
            // A byte-order mark is not data: the table drops it.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            #expect(table.bytes() == body, "round \(round): mixed line endings, quotes and encodings come back as they were")
            for dataset in COWDataset.allCases where dataset.fileNames.contains(names[round % names.count]) {
                do {
                    _ = try COWFile(dataset, table: table)
                    checked += 1
                } catch {
                    #expect(error.line != nil || error.message.hasPrefix("no column"), "\(error)")
                }
            }
        }
        #expect(accepted > 500 && checked > 100, "\(accepted) accepted, \(checked) checked")
    }
}

/// The model's disputes are counted as the dyadic data count a multilateral dispute: every pair
/// on opposite sides of a war.
@Suite(.timeLimit(.minutes(10)))
struct OpposingPairsTests {
    @Test func alliesAndJoinersDisputeWithTheOtherSide() {
        let war = War(
            tick: 1, attacker: 0, target: 1, attackerOffense: 2, targetDefense: 1, threshold: 1, winProbability: 0.8, draw: 0.1,
            attackerWon: true, wealthTaken: 1, targetConquered: false, attackerAllies: [4], targetAllies: [3], honouredBy: [2], abandonedBy: [5])
        let pairs = ModelForecast.opposingPairs(war).map { [$0.0, $0.1] }
        #expect(pairs == [[0, 1], [2, 0], [3, 0], [4, 1]])  // the ally that abandoned (5) fought no one
        let alone = War(
            tick: 1, attacker: 0, target: 1, attackerOffense: 2, targetDefense: 1, threshold: 1, winProbability: 0.8, draw: 0.1,
            attackerWon: true, wealthTaken: 1, targetConquered: false)
        #expect(ModelForecast.opposingPairs(alone).map { [$0.0, $0.1] } == [[0, 1]])
    }
}
