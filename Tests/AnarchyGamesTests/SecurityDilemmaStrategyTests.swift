import AnarchyCore
import AnarchyGames
import Testing

@Suite("Security-dilemma strategies", .timeLimit(.minutes(10)))
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

@Suite("Jervis's security game", .timeLimit(.minutes(10)))
struct JervisGameTests {
    @Test("payoffs and the game's kind follow the catalogue's thresholds", arguments: [
        (0.9, 0.0, Game.Kind.prisonersDilemma), (0.9, 0.9, .stagHunt), (0.5, 0.5, .stagHunt), (0.05, 0.0, .other),
    ])
    func kinds(omega: Double, d: Double, kind: Game.Kind) throws {
        let (v, kappa, r) = (10.0, 1.0, 2.0)
        let game = try Game.jervis(v: v, kappa: kappa, omega: omega, d: d, r: r)
        let e = (1 - d) * omega * v
        #expect(game.r == r && game.t == e - kappa && game.s == -e - d * kappa && game.p == -kappa)
        #expect(game.kind == kind, "E = \(e)")
        // The catalogue's conditions (strict; ties are degenerate): PD iff E > κ + r, Stag Hunt iff
        // (1 − d)κ < E < κ + r, Harmony iff E < (1 − d)κ.
        #expect((game.kind == .prisonersDilemma) == (e > kappa + r))
        #expect((game.kind == .stagHunt) == (e < kappa + r && e > (1 - d) * kappa))
    }

    @Test("parameters are validated in the catalogue's order")
    func validation() {
        do {
            _ = try Game.jervis(v: 0, kappa: -1, omega: 2, d: 0, r: 0)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "v: got 0.0, must be > 0")
        }
        #expect(throws: Game.PayoffError.self) { try Game.jervis(v: 1, kappa: 1, omega: 0.5, d: 1.5, r: 0) }
    }
}
