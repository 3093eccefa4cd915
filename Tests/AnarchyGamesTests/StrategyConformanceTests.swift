import AnarchyCore
import AnarchyGames
import Testing

/// The conformance suite every registered strategy passes.
@Suite("Strategy conformance")
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
