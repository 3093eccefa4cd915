import AnarchyCore
import AnarchyExperiments
import AnarchyGames
import AnarchyModels
import AnarchyScenarioFiles
import AnarchyWorld

/// A canonical result the model must reproduce before its verdicts are worth reading (issue "The
/// debate as science"): what the literature says, what the model gave, and whether they agree.
public struct Anchor: Sendable, Equatable {
    public let name: String
    public let source: String
    /// What must hold, in words.
    public let expected: String
    /// What the model gave.
    public let found: String
    public let passed: Bool

    public init(name: String, source: String, expected: String, found: String, passed: Bool) {
        self.name = name
        self.source = source
        self.expected = expected
        self.found = found
        self.passed = passed
    }
}

/// The sanity anchors `anarchy debate` runs first (docs/DEBATE.md): Jervis's four worlds, Fearon's
/// complete-information result in the crisis mechanism, Kydd's trust threshold, and Axelrod's
/// tournament. Each is deterministic (fixed seeds); `replications` sets the worlds' runs.
public enum Anchors {
    public static func run(replications: Int) -> [Anchor] {
        jervisFourWorlds(replications: replications) + [fearonCompleteInformation(replications: replications), kyddTrustThreshold(), axelrodTournament()]
    }

    /// Jervis (1978), two anchors from the four built-in worlds (`replications` seeds each): fear
    /// spirals most in the doubly dangerous world (offence dominant, arms indistinguishable) and
    /// least in the doubly stable one; and offence dominance decides how much war there is.
    static func jervisFourWorlds(replications: Int) -> [Anchor] {
        let names = ["jervis-1-doubly-dangerous", "jervis-2-dilemma-compatible", "jervis-3-aggression-possible", "jervis-4-doubly-stable"]
        var spiral: [Double] = [], wars: [Double] = []
        for name in names {
            guard let scenario = BuiltinScenarios.scenario(name) else { return [failed("Jervis's four worlds", "no built-in \(name)")] }
            var s = 0.0, w = 0.0
            for r in 0..<replications {
                let seed = SeedDerivation.run(master: 1978, point: 0, replication: r)
                guard let run = try? RunResult.run(scenario, point: 0, replication: r, seed: seed, metrics: [.spiralMean, .warsBegun]) else {
                    return [failed("Jervis's four worlds", "\(name) did not run")]
                }
                s += run.values[0]
                w += run.values[1]
            }
            spiral.append(s / Double(replications))
            wars.append(w / Double(replications))
        }
        let spiralOrdered = spiral[0] > spiral[1] && spiral[0] > spiral[2] && spiral[0] > spiral[3]
            && spiral[3] < spiral[1] && spiral[3] < spiral[2]
        let offenceDecides = Swift.min(wars[0], wars[2]) > Swift.max(wars[1], wars[3])
        func show(_ x: [Double]) -> String { x.map { PlainNumber.text(($0 * 1000).rounded() / 1000) }.joined(separator: ", ") }
        return [
            Anchor(
                name: "Jervis's four worlds: the spiral", source: "Jervis 1978",
                expected: "the spiral index highest in the doubly dangerous world, lowest in the doubly stable one",
                found: "spiralMean in worlds 1–4 (doubly dangerous, dilemma-compatible, aggression possible, doubly stable): \(show(spiral)); \(replications) seeds",
                passed: spiralOrdered),
            Anchor(
                name: "Jervis's four worlds: war", source: "Jervis 1978",
                expected: "more wars in both offence-dominant worlds than in either defence-dominant one",
                found: "wars begun in worlds 1–4: \(show(wars)); \(replications) seeds",
                passed: offenceDecides),
        ]
    }

    /// Fearon (1995): with complete information (the target's cost of war known, no misjudgement)
    /// a bargain both prefer to war always exists, so crises end in concessions and never in war.
    static func fearonCompleteInformation(replications: Int) -> Anchor {
        guard var scenario = BuiltinScenarios.scenario("greedy-power") else { return failed("Fearon's complete information", "no built-in greedy-power") }
        scenario.mechanisms.crisis = Mechanisms.CrisisBargaining(costChallenger: 0.1, costLow: 0.1, costHigh: 0.1)
        var crises = 0, wars = 0
        for r in 0..<replications {
            scenario.seed = SeedDerivation.run(master: 1995, point: 0, replication: r)
            guard let world = try? World(scenario: scenario) else { return failed("Fearon's complete information", "greedy-power did not run") }
            world.run(ticks: scenario.ticks) { w in
                for event in w.events {
                    switch event {
                    case .crisis: crises += 1
                    case let .war(war) where war.round == 1: wars += 1
                    default: break
                    }
                }
            }
        }
        return Anchor(
            name: "Fearon's complete information", source: "Fearon 1995",
            expected: "crises, and no war, when the target's cost of war is known",
            found: "\(crises) crises and \(wars) wars in \(replications) runs of greedy-power with crisis bargaining (c = 0.1 known)",
            passed: crises > 0 && wars == 0)
    }

    /// Kydd (1997, 2005): in the two-state Security Dilemma Game a trustworthy state cooperates iff
    /// its trust reaches τ = c/(1 − g_low + c), and the trusting equilibrium exists iff both trusts
    /// do (catalogue §4.1): the catalogue's `kydd.sd_two_type` on either side of the closed form.
    static func kyddTrustThreshold() -> Anchor {
        guard let function = FormalCatalogue.function("kydd.sd_two_type") else { return failed("Kydd's trust threshold", "no kydd.sd_two_type") }
        var checked = 0, agreed = 0
        for (c, gLow) in [(0.5, 0.3), (1.0, 0.8), (2.0, 0.1)] {
            let tau = c / (1 - gLow + c)
            for (pi, exists) in [(tau + 0.01, true), (tau - 0.01, false)] {
                checked += 1
                let result = try? function.result(for: [
                    "c": .number(c), "g_low": .number(gLow), "g_high": .number(1.5), "pi1": .number(pi), "pi2": .number(0.99),
                ]).json
                if let json = result, let t = json["tau"]?.numberValue, abs(t - tau) < 1e-12, json["coop_eq_exists"] == .bool(exists) { agreed += 1 }
            }
        }
        return Anchor(
            name: "Kydd's trust threshold", source: "Kydd 1997, 2005",
            expected: "the trusting equilibrium exists exactly when trust reaches τ = c/(1 − g_low + c)",
            found: "\(agreed) of \(checked) cases on either side of τ agree", passed: agreed == checked)
    }

    /// Axelrod (1984) as replayed by Axelrod-Python 4.14.0: the 21 reference strategies in the
    /// Prisoner's Dilemma (3, 0, 5, 1), 200 turns, 2 repetitions, ranked by median normalised
    /// score. The ranking below is Axelrod-Python's own output (the fixture
    /// Tests/AnarchyGamesTests/Fixtures/reference-pd-200.json, made by make-reference.py).
    static let axelrodPythonRanking = [
        "Gradual", "First by Shubik", "Grudger", "First by Davis: 10", "First by Tideman and Chieruzzi: (D, D)", "Tit For Tat",
        "First by Stein and Rapoport: 0.05: (D, D)", "Hard Tit For Tat", "Soft Go By Majority", "Two Tits For Tat", "First by Nydegger",
        "Win-Stay Lose-Shift", "Tit For 2 Tats", "Cooperator", "Prober", "Suspicious Tit For Tat", "Defector", "Bully", "Cycler CCD",
        "Alternator", "Cycler DDC",
    ]

    static func axelrodTournament() -> Anchor {
        guard let tournament = try? Tournament(players: StrategyRegistry.reference, turns: 200, repetitions: 2) else {
            return failed("Axelrod's tournament", "the reference tournament could not be built")
        }
        let results = tournament.play()
        let ranked = results.ranking.map { results.names[$0] }
        let same = ranked == axelrodPythonRanking
        let firstDifference = zip(ranked, axelrodPythonRanking).enumerated().first { $0.element.0 != $0.element.1 }
        return Anchor(
            name: "Axelrod's tournament", source: "Axelrod 1984; Axelrod-Python 4.14.0",
            expected: "the 21 reference strategies ranked exactly as Axelrod-Python ranks them (first: Gradual)",
            found: same ? "the same ranking, \(ranked.first ?? "") first"
                : "differs at place \((firstDifference?.offset ?? 0) + 1): \(firstDifference?.element.0 ?? "") where Axelrod-Python has \(firstDifference?.element.1 ?? "")",
            passed: same)
    }

    private static func failed(_ name: String, _ why: String) -> Anchor {
        Anchor(name: name, source: "", expected: "", found: why, passed: false)
    }
}
