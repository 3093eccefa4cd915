import AnarchyCore
import AnarchyGames
import Testing

@Suite("Security-dilemma strategies")
struct SecurityDilemmaStrategyTests {
    func play(_ a: String, _ b: String, game: Game = .prisonersDilemma, turns: Int = 20) throws -> (String, String) {
        let x = try #require(StrategyRegistry.entry(named: a)), y = try #require(StrategyRegistry.entry(named: b))
        let tournament = try Tournament(players: [x, y], game: game, turns: turns, repetitions: 1)
        var rng = SplitMix64(seed: 0)
        let (p, q) = tournament.playMatch(x, y, rng: &rng)
        return (p.moves.map(\.description).joined(), q.moves.map(\.description).joined())
    }

    @Test("a reassurer escapes the spiral with Suspicious Tit For Tat, where Tit For Tat echoes for ever")
    func reassurance() throws {
        let (tft, _) = try play("tit-for-tat", "suspicious-tit-for-tat", turns: 12)
        #expect(tft == "CDCDCDCDCDCD")
        let (reassurer, suspicious) = try play("reassurer", "suspicious-tit-for-tat", turns: 12)
        #expect(reassurer.hasSuffix("CCCC") && suspicious.hasSuffix("CCCC"), "\(reassurer) / \(suspicious)")
        // Against a Defector a gesture follows two rounds of conflict, at most one every third turn.
        let (gestures, _) = try play("reassurer", "defector", turns: 9)
        #expect(gestures == "CDCDDCDDC")
    }

    @Test("the deterrer punishes in proportion to the temptation")
    func deterrence() throws {
        #expect(Deterrer.punishment(in: .prisonersDilemma) == 1)
        let tempting = try Game(r: 3, s: 0, t: 9, p: 1)  // T − R = 6, R − P = 2: three rounds per defection
        #expect(Deterrer.punishment(in: tempting) == 3)
        let (deterrer, _) = try play("deterrer", "alternator", game: tempting, turns: 8)
        #expect(deterrer == "CCDDDDDD")
        let (pd, _) = try play("deterrer", "alternator", turns: 6)
        let (tft, _) = try play("tit-for-tat", "alternator", turns: 6)
        #expect(pd == tft)
    }
}
