import AnarchyCore
import AnarchyGames
import Testing

/// The conformance suite every registered strategy passes.
@Suite("Strategy conformance", .timeLimit(.minutes(10)))
struct StrategyConformanceTests {
    /// An opponent that mixes moves, so strategies see every kind of history.
    static let opponent = StrategyRegistry.entry(named: "random")!

    @Test("ids are unique, names are unique, every strategy is found by id and by name")
    func registry() {
        let all = StrategyRegistry.all
        #expect(Set(all.map(\.metadata.id)).count == all.count)
        #expect(Set(all.map(\.metadata.name)).count == all.count)
        for entry in all {
            #expect(StrategyRegistry.entry(named: entry.metadata.id)?.metadata == entry.metadata)
            #expect(StrategyRegistry.entry(named: entry.metadata.name.uppercased())?.metadata == entry.metadata)
            #expect(!entry.metadata.source.isEmpty)
        }
    }

    @Test("reproducible under a seed, independent of earlier matches (a fresh instance is a reset)",
          arguments: StrategyRegistry.all.map(\.metadata.id))
    func reproducible(id: String) throws {
        let entry = try #require(StrategyRegistry.entry(named: id))
        let tournament = try Tournament(players: [entry], turns: 120, repetitions: 1)
        var first = SplitMix64(seed: 42), second = SplitMix64(seed: 42)
        let a = tournament.playMatch(entry, Self.opponent, rng: &first)
        _ = tournament.playMatch(entry, entry, rng: &second)  // an unrelated match in between
        var third = SplitMix64(seed: 42)
        let b = tournament.playMatch(entry, Self.opponent, rng: &third)
        #expect(a.0 == b.0 && a.1 == b.1)
    }

    @Test("the stochastic flag is true exactly for strategies that draw random numbers",
          arguments: StrategyRegistry.all.map(\.metadata.id))
    func stochasticFlag(id: String) throws {
        let entry = try #require(StrategyRegistry.entry(named: id))
        var strategy = entry.make()
        var history = MatchHistory(length: 100, game: .prisonersDilemma)
        var rng = SplitMix64(seed: 7)
        var scripted = SplitMix64(seed: 8)
        var drew = false
        for _ in 0..<100 {
            let before = rng
            let move = strategy.decide(history, random: &rng)
            if rng != before { drew = true }
            let reply: Move = scripted.uniform() < 0.5 ? .cooperate : .defect
            history.record(own: move, opponent: reply)
        }
        #expect(drew == entry.metadata.stochastic)
    }

    @Test("generous tit for tat forgives a third of defections in the standard Prisoner's Dilemma")
    func generosity() {
        #expect(abs(GenerousTitForTat.forgiveness(in: .prisonersDilemma) - 1.0 / 3.0) < 1e-15)
    }
}

@Suite("Strategy memory and memory-one strategies", .timeLimit(.minutes(10)))
struct StrategyMemoryTests {
    /// Builds a history from move strings (own, opponent).
    static func history(_ own: [Move], _ opponent: [Move]) -> MatchHistory {
        var h = MatchHistory(length: 200, game: .prisonersDilemma)
        for (a, b) in zip(own, opponent) { h.record(own: a, opponent: b) }
        return h
    }

    @Test("declared memory depth is true: histories that agree on the last m rounds get the same move",
          arguments: StrategyRegistry.all.filter { $0.metadata.memoryDepth != nil }.map(\.metadata.id))
    func memoryDepth(id: String) throws {
        let entry = try #require(StrategyRegistry.entry(named: id))
        let m = try #require(entry.metadata.memoryDepth)
        var generator = SplitMix64(seed: 12)
        func randomMoves(_ count: Int) -> [Move] { (0..<count).map { _ in generator.uniform() < 0.5 ? .cooperate : .defect } }
        for length in [0, 1, 2, 3, 5, 8, 13, 40] {
            for _ in 0..<20 {
                let shared = min(m, length)
                let tailOwn = randomMoves(shared), tailOpponent = randomMoves(shared)
                let a = Self.history(randomMoves(length - shared) + tailOwn, randomMoves(length - shared) + tailOpponent)
                let b = Self.history(randomMoves(length - shared) + tailOwn, randomMoves(length - shared) + tailOpponent)
                var first = entry.make(), second = entry.make()
                var rngA = SplitMix64(seed: 99), rngB = SplitMix64(seed: 99)
                #expect(first.decide(a, random: &rngA) == second.decide(b, random: &rngB), "length \(length)")
            }
        }
    }

    @Test("memory-one with (1, 0, 1, 0) plays tit for tat; bad probabilities are not strategies")
    func memoryOne() throws {
        let tft = try #require(StrategyRegistry.entry(named: "memory-one:1,0,1,0"))
        #expect(!tft.metadata.stochastic && tft.metadata.memoryDepth == 1)
        let tournament = try Tournament(players: [tft], turns: 60, repetitions: 1)
        for opponent in StrategyRegistry.reference {
            var r1 = SplitMix64(seed: 1), r2 = SplitMix64(seed: 1)
            let a = tournament.playMatch(tft, opponent, rng: &r1)
            let b = tournament.playMatch(StrategyRegistry.reference[2], opponent, rng: &r2)
            #expect(a.0.moves == b.0.moves, "\(opponent.metadata.name)")
        }
        #expect(StrategyRegistry.entry(named: "memory-one:0.9,0.1,0.8,0.2,0.5")?.metadata.stochastic == true)
        for bad in ["memory-one:1,0,1", "memory-one:1,0,1,2", "memory-one:1,0,1,nan", "memory-one:", "memory-one:1,0,1,0,1,1"] {
            #expect(StrategyRegistry.entry(named: bad) == nil, "\(bad)")
        }
    }
}
