import AnarchyCore
import AnarchyGames
import Foundation
import Testing

/// The 21 deterministic strategies against Axelrod-Python 4.14.0, move for move. The fixtures
/// (`Fixtures/reference-*.json`) were produced by `Fixtures/make-reference.py` with that library.
@Suite("Tournament versus the Axelrod reference", .timeLimit(.minutes(10)))
struct ReferenceTournamentTests {
    struct Reference: Decodable {
        struct Match: Decodable {
            let i: Int, j: Int
            let totals: [Double]
            let moves: [String]
        }
        let payoffs: [Double]
        let turns: Int
        let repetitions: Int
        let names: [String]
        let matches: [Match]
        let ranking: [Int]
        let wins: [[Int]]
        let payoff_matrix: [[Double]]
        let normalised_scores: [[Double]]
        let scores: [[Double]]
        let cooperation: [[Int]]
    }

    static func load(_ name: String) throws -> Reference {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(Reference.self, from: data)
    }

    @Test("every match, the payoff matrix, scores, ranking, wins and cooperation equal the reference",
          arguments: ["reference-pd-200.json", "reference-stag-hunt-200.json", "reference-pd-7.json", "reference-pd-63.json"])
    func reference(file: String) throws {
        let reference = try Self.load(file)
        let game = try Game(r: reference.payoffs[0], s: reference.payoffs[1], t: reference.payoffs[2], p: reference.payoffs[3])
        let tournament = try Tournament(
            players: StrategyRegistry.reference, game: game, turns: reference.turns, repetitions: reference.repetitions)
        #expect(StrategyRegistry.reference.map(\.metadata.name) == reference.names)
        var rng = SplitMix64(seed: 0)
        for match in reference.matches {
            let (a, b) = tournament.playMatch(tournament.players[match.i], tournament.players[match.j], rng: &rng)
            let moves = [a.moves.map(\.description).joined(), b.moves.map(\.description).joined()]
            #expect(moves == match.moves, "\(reference.names[match.i]) v \(reference.names[match.j])")
            #expect([a.total, b.total] == match.totals, "\(reference.names[match.i]) v \(reference.names[match.j])")
        }
        let results = tournament.play()
        #expect(results.ranking == reference.ranking)
        #expect(results.wins == reference.wins)
        #expect(results.cooperation == reference.cooperation)
        #expect(results.scores == reference.scores)
        // Floating-point summaries: the reference averages with pandas; agreement to 1e-12.
        for (mine, theirs) in zip(results.payoffMatrix.joined(), reference.payoff_matrix.joined()) {
            #expect(abs(mine - theirs) <= 1e-12)
        }
        for (mine, theirs) in zip(results.normalisedScores.joined(), reference.normalised_scores.joined()) {
            #expect(abs(mine - theirs) <= 1e-12)
        }
    }

    @Test("game kinds: the Prisoner's Dilemma and the Stag Hunt are recognised")
    func kinds() throws {
        #expect(Game.prisonersDilemma.kind == .prisonersDilemma)
        #expect(Game.stagHunt.kind == .stagHunt)
        #expect(try Game(r: 1, s: 1, t: 1, p: 1).kind == .other)
        #expect(throws: Game.PayoffError.self) { try Game(r: .nan, s: 0, t: 5, p: 1) }
    }

    @Test("strategies are independent values: a fresh instance replays the same moves")
    func independence() throws {
        let tournament = try Tournament(players: StrategyRegistry.reference, turns: 50, repetitions: 1)
        var rng = SplitMix64(seed: 0)
        for entry in StrategyRegistry.reference {
            let first = tournament.playMatch(entry, StrategyRegistry.reference[2], rng: &rng)
            let second = tournament.playMatch(entry, StrategyRegistry.reference[2], rng: &rng)
            #expect(first.0 == second.0, "\(entry.metadata.name)")
        }
        #expect(Set(StrategyRegistry.reference.map(\.metadata.id)).count == StrategyRegistry.reference.count)
    }

    @Test("with noise, results depend only on the seed")
    func noiseIsSeeded() throws {
        let a = try Tournament(players: Array(StrategyRegistry.reference.prefix(6)), turns: 100, repetitions: 3, noise: 0.05, seed: 9)
        let b = try Tournament(players: Array(StrategyRegistry.reference.prefix(6)), turns: 100, repetitions: 3, noise: 0.05, seed: 9)
        let c = try Tournament(players: Array(StrategyRegistry.reference.prefix(6)), turns: 100, repetitions: 3, noise: 0.05, seed: 10)
        #expect(a.play().totals == b.play().totals)
        #expect(a.play().totals != c.play().totals)
    }
}
