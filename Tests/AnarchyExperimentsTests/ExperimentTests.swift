import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld
import Foundation
import Testing

@testable import AnarchyExperiments
@testable import AnarchyStore

func loadBuiltin(_ name: String) throws(ScenarioFileError) -> Scenario {
    guard let entry = BuiltinScenarios.entry(name) else { throw ScenarioFileError(path: "", message: "no built-in \(name)") }
    return try ScenarioFile.parse(entry.yaml)
}

func experiment(_ text: String) throws -> Experiment { try ExperimentFile.parse(text, loadScenario: loadBuiltin) }

/// A small experiment: 3 × 2 grid on a 12-state world, 4 replications, 30 ticks.
let smallExperiment = """
    name: small
    base: greedy-power
    factors:
      - {path: system.beta, values: [0.5, 1.5, 2.5]}
      - {path: mechanisms.perspectiveTaking.weight, values: [0, 1]}
    replications: 4
    seed: 7
    metrics: [wars, spiral, spiralMean, conquered]
    """

func shortened(_ e: Experiment) throws -> Experiment {
    var e = e
    e.base.ticks = 30
    return e
}

@Suite(.timeLimit(.minutes(10)))
struct ExperimentFileTests {
    @Test func builtinsParseAndMakeTheirPoints() throws {
        for entry in BuiltinExperiments.all {
            let e = try experiment(entry.yaml)
            #expect(e.name == entry.name)
            let points = try e.points()
            #expect(!points.isEmpty)
            // Reading back the encoded experiment gives the same experiment (what run stores keep).
            var again = try ExperimentFile.parse(ExperimentEncoder.json(e).text, loadScenario: loadBuiltin)
            again.baseSource = e.baseSource
            #expect(again == e)
        }
    }

    @Test("errors name the field, the reason and the place", arguments: [
        ("name: x\nbase: nowhere\n", "base: nowhere: no built-in nowhere (line 2, column 7)"),
        ("base: spiral\n", "name: give the experiment a name"),
        ("name: x\nbase: spiral\nfactors:\n  - {path: system.bta, values: [1]}\n",
         "factors[0]: system.bta = 1: unknown key (did you mean beta?); allowed here: pGreedy, beta, delta, sigma, growth, burden, s0, sGreedy, sMax, kappa, phiGreedy, rho, attackRatio, spoils, attrition, conquest (line 4, column 5)"),
        ("name: x\nbase: spiral\nfactors:\n  - {path: system.beta, values: [-1]}\n",
         "factors[0]: system.beta = -1: must be a finite number > 0, got -1.0 (line 4, column 5)"),
        ("name: x\nbase: spiral\nmetrics: [war]\n", "metrics[0]: no metric \"war\" (did you mean wars?); known: alive, wars, conquered, meanShare, spiral, misperception, concentration, offense, defense, wealth, meanShareMean, spiralMean, misperceptionMean, concentrationMean, alliances, blocs, polarity, honouredShare, communities, largestCommunity, communityShare, communityBirth, communityBirthByEnd, beliefBetweenCommunities, friendShare, enemyShare, beliefAboutSeekers, beliefAboutGreedy, greedyWealthShare, discrimination, discriminationMean, greedyWars, attacksOnSeekers, warsBegun, warRounds, seekerWars, fearWars, unwarrantedShare, wealthLost, focalWealthShare, beliefOfFocalRivals, beliefOfFocalRivalsMean (line 3, column 11)"),
        ("name: x\nbase: spiral\ndesign: {kind: random}\n", "design.points: give points, in 1…1000000 (line 3, column 9)"),
        ("name: x\nbase: spiral\ndesign: {kind: random, points: 3}\nfactors:\n  - {path: system.beta, values: [1]}\n",
         "factors[0]: a random design needs min and max for system.beta (line 5, column 5)"),
        ("name: x\nbase: spiral\nreplications: 0\n", "replications: must be in 1…1000000, got 0 (line 3, column 15)"),
        ("name: x\nbase: spiral\nfactors:\n  - {path: seed, values: [1]}\n", "factors[0]: seed = 1: cannot be a factor (each run's seed comes from the experiment's seed) (line 4, column 5)"),
        ("name: x\nbase: spiral\nstop: {metric: wars, width: 1, maxReplications: 5}\nmetrics: [spiral]\n",
         "stop.metric: must be one of the experiment's metrics (spiral) (line 3, column 16)"),
        ("name: x\nbase: spiral\nfactors:\n  - path: states[0].wealth\n    values: [1]\n  - path: states[00].wealth\n    values: [2]\n",
         "factors[1].path: states[00].wealth overlaps states[0].wealth (factors[0]): one would silently override the other (line 6, column 11)"),
        ("name: x\nbase: spiral\nfactors:\n  - {path: system.beta, values: [1]}\n  - {path: system.beta, values: [2]}\n",
         "factors[1].path: system.beta is varied twice (factors[0]): one would silently override the other (line 5, column 12)"),
        ("name: x\nbase: spiral\nrepetitions: 3\n", "repetitions: unknown key; allowed here: name, description, base, scenario, design, factors, replications, seed, metrics, focal, stop (line 3, column 1)"),
    ])
    func errors(_ text: String, _ expected: String) {
        do {
            _ = try experiment(text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)" == expected)
        }
    }

    @Test func designsMakeTheirPoints() throws {
        var e = try experiment(smallExperiment)
        let grid = try e.points()
        #expect(grid.map(\.values) == [[0.5, 0], [0.5, 1], [1.5, 0], [1.5, 1], [2.5, 0], [2.5, 1]])
        #expect(grid[3].scenario.system.beta == 1.5 && grid[3].scenario.mechanisms.perspectiveTaking == 1)
        e.design = .oneAtATime
        // The base: greedy-power's β is 1.5, perspective taking off (0).
        #expect(try e.points().map(\.values) == [[1.5, 0], [0.5, 0], [2.5, 0], [1.5, 1]])
        e.design = .latinHypercube(points: 10)
        e.factors = [Experiment.Factor(path: "system.beta", range: 0.5...2.5), Experiment.Factor(path: "system.kappa", range: 0...1)]
        let lhs = try e.points()
        // One point in each tenth of each range.
        for (k, f) in e.factors.enumerated() {
            let r = f.range!
            let strata = Set(lhs.map { Int(($0.values[k] - r.lowerBound) / (r.upperBound - r.lowerBound) * 10) })
            #expect(strata == Set(0..<10))
        }
        #expect(try e.points() == lhs)  // from the master seed alone
        e.design = .random(points: 25)
        #expect(try e.points().allSatisfy { (0.5...2.5).contains($0.values[0]) && (0...1).contains($0.values[1]) })
    }

    @Test func pathsReadAndSetTheScenario() throws {
        let base = try loadBuiltin("europe")
        #expect(ScenarioPath.value(at: "states[2].wealth", in: base) == 240)
        let richer = try ScenarioPath.setting(300, at: "states[2].wealth", in: base)
        #expect(richer.states[2].wealth == 300 && richer.states[1] == base.states[1])
        let joined = try ScenarioPath.setting(0.3, at: "mechanisms.joiningSides.share", in: base)
        #expect(joined.mechanisms.joiningSides == Mechanisms.JoiningSides(belief: 0.5, share: 0.3))
        #expect(try ScenarioPath.setting(50, at: "ticks", in: base).ticks == 50)
        #expect(throws: ScenarioFileError.self) { try ScenarioPath.setting(1, at: "states[99].wealth", in: base) }
        #expect(throws: ScenarioFileError.self) { try ScenarioPath.setting(1, at: "system..beta", in: base) }
    }

    /// Numbers at declared places are set on the value; the file form is the older, independent
    /// route. Both must give the same scenario, or the same error, for every place and for
    /// values inside and outside each domain (and fractions where whole numbers belong).
    @Test func settingOnTheValueIsSettingThroughTheFileForm() throws {
        var base = try loadBuiltin("europe")
        base.institutions = [Institution(name: "League", members: [0, 1])]
        var paths = ["ticks", "states[1].wealth", "states[0].offense", "states[2].defense", "states[1].retaliation", "states[3].growth",
                     "states[0].skill", "states[0].motive", "states[9].wealth", "institutions[0].from", "institutions[0].delta",
                     "institutions[0].noise", "institutions[0].defectionCost", "institutions[3].delta", "system.n", "geography.ring.k"]
        paths += SDW1Parameters.Field.allCases.map { "system.\($0.name)" }
        for declaration in Mechanisms.declarations {
            paths += declaration.fields.map { "\(declaration.path).\($0.key)" } + ["\(declaration.path).nothing"]
        }
        var compared = 0
        for path in paths {
            for value in [0.0, 0.25, 1, 2.5, 7, -1, 150, 1e-7] {
                let parts = try #require(ScenarioPath.components(path))
                let direct = Result { () throws(ScenarioFileError) in try ScenarioPath.setting(value, at: path, in: base) }
                let file = Result { () throws(ScenarioFileError) in try ScenarioPath.throughFileForm(ScenarioPath.document(value), parts, path, base) }
                switch (direct, file) {
                case let (.success(a), .success(b)): #expect(a == b, "\(path) = \(value)")
                case let (.failure(a), .failure(b)): #expect(a.description == b.description, "\(path) = \(value)")
                default: Issue.record("\(path) = \(value): \(direct) against \(file)")
                }
                compared += 1
            }
        }
        #expect(compared > 700)
        // A whole number written with a fraction (`--set ticks=12.0`) is refused, as in a file.
        for path in ["ticks", "mechanisms.preventiveWar.horizon", "institutions[0].from", "mechanisms.communities.peaceTicks"] {
            let parts = try #require(ScenarioPath.components(path))
            let direct = Result { () throws(ScenarioFileError) in try ScenarioPath.setting(document: .number(3), at: path, in: base) }
            let file = Result { () throws(ScenarioFileError) in try ScenarioPath.throughFileForm(.number(3), parts, path, base) }
            guard case let .failure(a) = direct, case let .failure(b) = file else {
                Issue.record("\(path) = 3.0: \(direct) against \(file)")
                continue
            }
            #expect(a.description == b.description && a.message.contains("whole number"), "\(path)")
        }
        // Several edits at once: the same as one by one.
        let edits = [ScenarioEdit(path: "system.beta", value: 0.9), ScenarioEdit(path: "mechanisms.crisis.costLow", value: 0.2),
                     ScenarioEdit(path: "mechanisms.crisis.costHigh", value: 0.3), ScenarioEdit(path: "states[2].wealth", value: 10)]
        var oneByOne = base
        for edit in edits { oneByOne = try edit.applied(to: oneByOne) }
        #expect(ScenarioPath.setting(edits, in: base) == oneByOne)
        #expect(ScenarioPath.setting(edits + [ScenarioEdit(path: "mechanisms.crisis.costHigh", value: 0.1)], in: base) == nil)
    }
}

@Suite(.timeLimit(.minutes(10)))
struct StatisticsTests {
    @Test func summariesByHand() {
        let values = [2.0, 4, 4, 4, 5, 5, 7, 9]
        let s = SampleSummary(values, seed: 1)
        #expect(s.mean == 5)
        #expect(abs(s.sd - (32.0 / 7).squareRoot()) < 1e-15)
        #expect(abs(s.normalHigh - (5 + 1.959963984540054 * (32.0 / 7).squareRoot() / 8.0.squareRoot())) < 1e-12)
        // Type 7: h = 7p; q25 → h = 1.75 → 4 + 0.75·0 = 4; q95 → h = 6.65 → 7 + 0.65·2 = 8.3.
        #expect(s.q25 == 4 && abs(s.q95 - 8.3) < 1e-12 && s.median == 4.5)
        #expect(s.bootstrapLow < 5 && s.bootstrapHigh > 5 && s.bootstrapLow >= 2 && s.bootstrapHigh <= 9)
        #expect(SampleSummary(values, seed: 1) == s)
        let d = Difference([1, 2, 3], [4, 5, 6], seed: 2)
        #expect(d.difference == 3 && d.normalLow < 3 && d.normalHigh > 3)
        #expect(abs(Statistics.correlation([1, 2, 3], [2, 4, 6]) - 1) < 1e-15)
    }

    /// The bootstrap's 95% interval covers the mean about 95% of the time (normal samples).
    @Test func bootstrapIntervalsCover() {
        var random = SplitMix64(seed: 3)
        var covered = 0
        for trial in 0..<400 {
            let sample = (0..<40).map { _ in 10 + 2 * random.normal() }
            let s = SampleSummary(sample, seed: UInt64(trial))
            if s.bootstrapLow <= 10 && 10 <= s.bootstrapHigh { covered += 1 }
        }
        #expect(covered >= 352 && covered <= 392, "\(covered) of 400")  // 0.93·n … 0.98·n
    }
}

/// The published schema lists exactly the fields the reader accepts.
@Suite(.timeLimit(.minutes(10)))
struct ExperimentSchemaTests {
    @Test func schemaMatchesTheReader() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/experiment.schema.json")
        let schema = try JSONParser.parse(try String(contentsOf: url, encoding: .utf8))
        guard case let .object(top)? = schema["properties"] else { Issue.record("properties"); return }
        #expect(top.map(\.key) == ExperimentFile.topKeys)
        guard case let .array(metrics)? = schema["properties"]?["metrics"]?["items"]?["enum"] else { Issue.record("metrics"); return }
        #expect(metrics == Metric.allCases.map { .string($0.rawValue) })
        guard case let .array(kinds)? = schema["properties"]?["design"]?["oneOf"]?.arrayItem(1)?["properties"]?["kind"]?["enum"] else { Issue.record("design"); return }
        #expect(kinds == ExperimentFile.designKinds.map(JSONValue.string))
    }
}

extension JSONValue {
    func arrayItem(_ i: Int) -> JSONValue? {
        guard case let .array(items) = self, i < items.count else { return nil }
        return items[i]
    }
}

/// Community and identity metrics agree with the run's event stream (what `communities.csv` and
/// `identity.csv` record), rebuilt here by hand rather than read through the metrics' own code, and
/// with the scenario's design: the community is the union's six members.
@Suite(.timeLimit(.minutes(10)))
struct CommunityMetricTests {
    @Test func growingCommunityMetrics() throws {
        let scenario = try loadBuiltin("growing-community")
        let metrics: [Metric] = [.communities, .largestCommunity, .communityShare, .communityBirth, .beliefBetweenCommunities, .friendShare, .enemyShare]
        let result = try RunResult.run(scenario, point: 0, replication: 0, seed: scenario.seed, metrics: metrics)
        // Replay the run, keeping each community's members and each observer → neighbour relation
        // (rival until an identity event moves it) as the events report them.
        let world = try World(scenario: scenario)
        var members: [Int: Set<Int>] = [:]
        var births: [CommunityChange] = []
        var relation: [[Int]: Relation] = [:]
        var shifts = 0
        for _ in 0..<scenario.ticks {
            world.step()
            for event in world.events {
                switch event {
                case let .community(change):
                    switch change.kind {
                    case .formed: members[change.community] = Set(change.states); births.append(change)
                    case .joined: members[change.community, default: []].formUnion(change.states)
                    case .left: members[change.community, default: []].subtract(change.states)
                    case .dissolved: members[change.community] = nil
                    }
                case let .identity(shift):
                    let pair = [shift.observer, shift.other]
                    #expect(shift.from == relation[pair, default: .rival])
                    relation[pair] = shift.to
                    shifts += 1
                case .war, .crisis, .alliance: break
                }
            }
        }
        let end = world.snapshot()
        var friends = 0, enemies = 0, slots = 0
        for i in end.alive.indices where end.alive[i] {
            for slot in end.slotStart[i]..<end.slotStart[i + 1] where end.alive[Int(end.slotTarget[slot])] {
                slots += 1
                switch relation[[i, Int(end.slotTarget[slot])], default: .rival] {
                case .friend: friends += 1
                case .enemy: enemies += 1
                case .rival: break
                }
            }
        }
        // Ana, Ben, Cai, Dee, Ivy and Jon: the last enlargement of the union (tick 80).
        #expect(Array(members.values) == [[0, 1, 2, 3, 8, 9]], "\(members)")
        let first = try #require(births.first)
        #expect(first.states == [0, 1])  // the founding pair, Ana and Ben
        #expect(first.tick > 10)  // peaceTicks: no pair is dependable before ten ticks of peace
        #expect(shifts > 0 && friends > 0)
        let living = end.alive.filter { $0 }.count
        #expect(result.values[0] == Double(members.count))
        #expect(result.values[1] == Double(members.values.map(\.count).max() ?? 0))
        #expect(result.values[2] == Double(members.values.map(\.count).reduce(0, +)) / Double(living))
        #expect(result.values[3] == Double(first.tick))
        #expect(result.values[4].isNaN)  // one community: no border between two
        #expect(result.values[5] == Double(friends) / Double(slots) && result.values[6] == Double(enemies) / Double(slots))
    }
}

/// Beliefs about seekers and about greedy states, and the greedy wealth share, by hand.
@Suite(.timeLimit(.minutes(10)))
struct MotiveReadingTests {
    @Test func readingsByHand() throws {
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .greedy, wealth: 30), StateSpec(motive: .security, wealth: 50), StateSpec(motive: .security, wealth: 20)]
        scenario.geography = .ring(k: 1)
        let world = try World(scenario: scenario)
        // Beliefs start at pGreedy 0.25: about the greedy state (two slots) and the seekers (four).
        let r = world.motiveReadings()
        #expect(r.beliefAboutSeekers == 0.25 && r.beliefAboutGreedy == 0.25 && r.greedyWealthShare == 30.0 / 100)
        let result = try RunResult.run(scenario, point: 0, replication: 0, seed: 1, metrics: [.beliefAboutSeekers, .beliefAboutGreedy, .greedyWealthShare])
        // At the end, the same readings computed here from the world's snapshot: mean belief over
        // the (alive observer, alive neighbour) slots by the neighbour's motive, greedy wealth share.
        world.run(ticks: scenario.ticks)
        let s = world.snapshot()
        var aboutSeekers: [Double] = [], aboutGreedy: [Double] = [], wealth = 0.0, greedyWealth = 0.0
        for i in s.alive.indices where s.alive[i] {
            wealth += s.wealth[i]
            if s.greedy[i] { greedyWealth += s.wealth[i] }
            for (j, belief) in s.beliefs(of: i) where s.alive[j] {
                if s.greedy[j] { aboutGreedy.append(belief) } else { aboutSeekers.append(belief) }
            }
        }
        let expected = [aboutSeekers.reduce(0, +) / Double(aboutSeekers.count), aboutGreedy.reduce(0, +) / Double(aboutGreedy.count), greedyWealth / wealth]
        #expect(!aboutSeekers.isEmpty && !aboutGreedy.isEmpty)
        #expect(zip(result.values, expected).allSatisfy { abs($0 - $1) <= 1e-12 }, "\(result.values) against \(expected)")
    }
}

@Suite(.timeLimit(.minutes(10)))
struct FocalStateTests {
    /// `focal:` names the state the focal metrics read; it survives the file round trip, and a
    /// focal metric without one, or a name not in the base, is an error naming the field.
    @Test func focalMetricsReadTheNamedState() throws {
        let text = "name: f\nbase: rising-power\nfocal: Riser\nmetrics: [focalWealthShare, beliefOfFocalRivals]\nreplications: 2\n"
        let e = try experiment(text)
        #expect(e.focal == "Riser" && e.focalIndex == 0)
        let again = try ExperimentFile.parse(ExperimentEncoder.json(e).text, loadScenario: loadBuiltin)
        #expect(again == e && ExperimentEncoder.id(again) == ExperimentEncoder.id(e))
        var scenario = e.base
        scenario.ticks = 20
        let run = try RunResult.run(scenario, point: 0, replication: 0, seed: 3, metrics: e.metrics, focal: e.focalIndex)
        #expect(run.values[0] > 0 && run.values[0] < 1 && run.values[1] >= 0 && run.values[1] <= 1)
        #expect(throws: ScenarioFileError.self) { try experiment(text.replacingOccurrences(of: "focal: Riser\n", with: "")) }
        do {
            _ = try experiment(text.replacingOccurrences(of: "focal: Riser", with: "focal: Nobody"))
            Issue.record("accepted an unknown focal state")
        } catch let error as ScenarioFileError {
            #expect(error.path == "focal" && error.message.contains("its states: Riser, A, B"))
        }
    }
}
