import AnarchyCore
import AnarchyGames
import Foundation
import Testing

/// With noise the engine and the reference draw different random numbers, so they can only agree
/// statistically: each strategy's mean normalised score over 60 repetitions must lie within
/// 4.5 combined standard errors of the reference's (Fixtures/reference-noisy.json, made by
/// make-noisy-reference.py). With 8 strategies the chance of a false alarm is below 1e-4.
@Suite("Noisy tournament versus the Axelrod reference", .timeLimit(.minutes(10)))
struct NoisyTournamentTests {
    struct Reference: Decodable {
        struct Row: Decodable {
            let name: String
            let mean: Double
            let standard_error: Double
        }
        let noise: Double
        let turns: Int
        let repetitions: Int
        let strategies: [Row]
    }

    @Test("mean normalised scores agree within their sampling error")
    func agreement() throws {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let reference = try JSONDecoder().decode(
            Reference.self, from: Data(contentsOf: directory.appendingPathComponent("reference-noisy.json")))
        let players = try reference.strategies.map { try #require(StrategyRegistry.entry(named: $0.name)) }
        let tournament = try Tournament(
            players: players, turns: reference.turns, repetitions: reference.repetitions, noise: reference.noise, seed: 11)
        let results = tournament.play()
        for (row, scores) in zip(reference.strategies, results.normalisedScores) {
            let mean = scores.reduce(0, +) / Double(scores.count)
            let variance = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(scores.count - 1)
            let standardError = (variance / Double(scores.count)).squareRoot()
            let combined = (standardError * standardError + row.standard_error * row.standard_error).squareRoot()
            #expect(abs(mean - row.mean) <= 4.5 * combined, "\(row.name): \(mean) vs \(row.mean) ± \(combined)")
        }
    }

    @Test("the same seed gives the same noisy results whatever else ran before")
    func seeded() throws {
        let players = Array(StrategyRegistry.reference.prefix(8))
        let a = try Tournament(players: players, turns: 50, repetitions: 4, noise: 0.1, seed: 5).play()
        _ = try Tournament(players: players, turns: 50, repetitions: 4, noise: 0.1, seed: 6).play()
        let b = try Tournament(players: players, turns: 50, repetitions: 4, noise: 0.1, seed: 5).play()
        #expect(a.totals == b.totals)
        #expect(a.cooperation == b.cooperation)
    }
}

@Suite("Tournament threads", .timeLimit(.minutes(10)))
struct TournamentThreadTests {
    @Test("noisy and stochastic tournaments give the same results on 1, 2, 3 and 8 threads")
    func threadInvariance() throws {
        let tournament = try Tournament(players: StrategyRegistry.all, turns: 60, repetitions: 3, noise: 0.03, seed: 77)
        let serial = tournament.play(threads: 1)
        for threads in [2, 3, 8] {
            let parallel = tournament.play(threads: threads)
            #expect(parallel.totals == serial.totals, "threads \(threads)")
            #expect(parallel.cooperation == serial.cooperation, "threads \(threads)")
        }
    }
}

@Suite("Matches of random length", .timeLimit(.minutes(10)))
struct ContinuationTests {
    @Test("lengths are geometric with mean 1/(1 − p), capped, unknown to the players, and seeded")
    func lengths() throws {
        let players = [StrategyRegistry.entry(named: "tit-for-tat")!, StrategyRegistry.entry(named: "first-by-tideman-and-chieruzzi")!]
        let tournament = try Tournament(players: players, turns: 10_000, repetitions: 400, seed: 3, continuation: 0.9)
        let results = tournament.play(threads: 2)
        let lengths = try #require(results.lengths).map { $0[0][1] }
        let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
        // Mean 10, standard deviation √90 ≈ 9.5: 400 matches give a standard error of ≈ 0.47.
        #expect(abs(mean - 10) < 2.5, "mean length \(mean)")
        #expect(lengths.allSatisfy { $0 >= 1 && $0 <= 10_000 })
        #expect(Set(lengths).count > 10)
        // Unknown length: Tideman and Chieruzzi's final-two-turns defection never applies against TFT.
        var rng = SplitMix64(seed: 1)
        let (_, tideman) = tournament.playMatch(players[0], players[1], rng: &rng)
        #expect(!tideman.moves.contains(.defect))
        #expect(results.totals == tournament.play(threads: 1).totals)
        let capped = try Tournament(players: players, turns: 5, repetitions: 50, continuation: 0.99).play()
        #expect(try #require(capped.lengths).allSatisfy { $0.joined().allSatisfy { $0 <= 5 } })
    }

    @Test("the continuation probability must be in [0, 1)")
    func validation() {
        #expect(throws: Tournament.ConfigurationError.self) {
            try Tournament(players: StrategyRegistry.reference, continuation: 1)
        }
        #expect(throws: Tournament.ConfigurationError.self) {
            try Tournament(players: StrategyRegistry.reference, continuation: -0.1)
        }
    }
}
