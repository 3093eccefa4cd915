import AnarchyCore
import AnarchyGames
import Testing

@Suite("The n-player security dilemma", .timeLimit(.minutes(10)))
struct GroupTournamentTests {
    @Test("groups of two reduce to the 2-player tournament (second route)")
    func pairs() throws {
        let players = StrategyRegistry.reference
        let group = try GroupTournament(players: players, game: try GroupGame.linear(size: 2, game: .prisonersDilemma), turns: 200, repetitions: 3)
        let pairs = try Tournament(players: players, turns: 200, repetitions: 3).play().payoffMatrix
        let results = group.play(threads: 2)
        let n = players.count
        for i in 0..<n {
            // i holds one seat in each group {i, j}, j ≠ i, and both seats of {i, i}.
            let expected = ((0..<n).filter { $0 != i }.reduce(0.0) { $0 + pairs[i][$1] } + 2 * pairs[i][i]) / Double(n + 1)
            #expect(abs(results.meanPayoff[i] - expected) < 1e-12, "\(players[i].metadata.name)")
        }
    }

    @Test("the linear n-player Prisoner's Dilemma is a dilemma for every size; the Stag Hunt is not",
          arguments: [2, 3, 5, 10])
    func dilemma(size: Int) throws {
        #expect(try GroupGame.linear(size: size, game: .prisonersDilemma).isDilemma)
        #expect(!(try GroupGame.linear(size: size, game: .stagHunt).isDilemma))
    }

    @Test("in groups of three, arming pays: Defector outranks Cooperator; reciprocators restrain among themselves")
    func groupsOfThree() throws {
        let names = ["cooperator", "defector", "tit-for-tat", "grudger"]
        let players = try names.map { try #require(StrategyRegistry.entry(named: $0)) }
        let results = try GroupTournament(players: players, game: try GroupGame.linear(size: 3, game: .prisonersDilemma),
                                          turns: 50, repetitions: 1).play()
        #expect(results.meanPayoff[1] > results.meanPayoff[0])
        #expect(results.restraint[0] == 1 && results.restraint[1] == 0)
        #expect(try GroupTournament(players: players, game: try GroupGame.linear(size: 3, game: .prisonersDilemma)).groups().count == 20)
    }

    @Test("noisy group tournaments give the same results on any number of threads")
    func threads() throws {
        let tournament = try GroupTournament(
            players: Array(StrategyRegistry.all.prefix(8)), game: try GroupGame.linear(size: 4, game: .prisonersDilemma),
            turns: 30, repetitions: 2, noise: 0.05, seed: 4)
        let serial = tournament.play(threads: 1)
        #expect(tournament.play(threads: 3).meanPayoff == serial.meanPayoff)
        #expect(tournament.play(threads: 3).restraint == serial.restraint)
    }

    @Test("bad games and oversized designs are rejected")
    func validation() throws {
        #expect(throws: GroupGame.InputError.self) { try GroupGame(restrain: [1], arm: [2]) }
        #expect(throws: GroupGame.InputError.self) { try GroupGame(restrain: [1, .nan], arm: [2, 0]) }
        #expect(throws: GroupGame.InputError.self) { try GroupGame.linear(size: 1, game: .prisonersDilemma) }
        #expect(throws: Tournament.ConfigurationError.self) {
            try GroupTournament(players: StrategyRegistry.all, game: try GroupGame.linear(size: 12, game: .prisonersDilemma))
        }
    }
}
