import AnarchyCore
import AnarchyGames
import Foundation
import Testing

/// With noise the engine and the reference draw different random numbers, so they can only agree
/// statistically: each strategy's mean normalised score over 60 repetitions must lie within
/// 4.5 combined standard errors of the reference's (Fixtures/reference-noisy.json, made by
/// make-noisy-reference.py). With 8 strategies the chance of a false alarm is below 1e-4.
@Suite("Noisy tournament versus the Axelrod reference")
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

@Suite("Tournament threads")
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
