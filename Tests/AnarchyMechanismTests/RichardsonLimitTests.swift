import AnarchyCore
import AnarchyModels
import Testing

@testable import AnarchyWorld

/// One model, two lenses: in its limiting case the engine's arms race *is* Richardson's.
///
/// Two security seekers, δ = 1 (offense seen as it is), σ = 10¹² (observations carry no
/// information, so beliefs stay at the prior b), no growth and no burden (wealth w constant),
/// β = 10⁻⁹ (all arms are offense and defense blunts no threat). Then phase 1 gives
/// `threat_i = b·o_j`, phase 2 `o_i ← (1 − ρ)·o_i + s0·w_i·(1 + κ·b·o_j)`, which is Richardson's
/// difference form `x ← x + k·y − a·x + g` with `k = s0·w·κ·b`, `a = ρ`, `g = s0·w` —
/// `AnarchyModels.Richardson.discrete` with dt = 1 (catalogue §1.4).
@Suite(.timeLimit(.minutes(10)))
struct RichardsonLimitTests {
    /// The engine's and the model's offense stocks tick by tick, until either state's spending
    /// share reaches sMax (the budget Richardson's model does not have); `capped` says if it did.
    static func race(wealth: (Double, Double), kappa: Double, rho: Double, ticks: Int) throws -> (engine: [(Double, Double)], model: [(Double, Double)], capped: Bool) {
        var scenario = Scenario()
        scenario.states = [StateSpec(motive: .security, wealth: wealth.0, offense: 1), StateSpec(motive: .security, wealth: wealth.1, offense: 2)]
        scenario.geography = .edges([Geography.Edge(0, 1)])
        scenario.system.delta = 1
        scenario.system.sigma = 1e12
        scenario.system.growth = 0
        scenario.system.burden = 0
        scenario.system.beta = 1e-9
        scenario.system.kappa = kappa
        scenario.system.rho = rho
        scenario.system.sMax = 0.99
        let world = try World(scenario: scenario)
        let p = world.parameters
        let phi = 1 / (1 + p.beta)
        let b = p.pGreedy
        let coefficients = try Richardson.Coefficients([
            "k": .number(phi * p.s0 * wealth.0 * kappa * b), "l": .number(phi * p.s0 * wealth.1 * kappa * b),
            "a": .number(rho), "b": .number(rho), "g": .number(phi * p.s0 * wealth.0), "h": .number(phi * p.s0 * wealth.1),
        ])
        var engine: [(Double, Double)] = [], model: [(Double, Double)] = []
        for t in 1...ticks {
            world.step()
            if world.state.share[0] == p.sMax || world.state.share[1] == p.sMax { return (engine, model, true) }
            engine.append((world.state.offense[0], world.state.offense[1]))
            let start = try Richardson.Start(["x0": 1, "y0": 2])
            let r = Richardson.discrete(coefficients, from: start, dt: 1, steps: t)
            model.append((r.x, r.y))
        }
        return (engine, model, false)
    }

    /// Stable races (a·b > k·l): the engine follows Richardson's difference equation to 1e-9
    /// (relative; the residual is β = 10⁻⁹ and beliefs that move by ~10⁻¹⁴) and never hits the cap.
    @Test(arguments: [(0.1, 0.3), (0.2, 0.5), (0.05, 0.1)])
    func fixedBeliefsGiveRichardsonsRace(_ kappa: Double, _ rho: Double) throws {
        let (engine, model, capped) = try Self.race(wealth: (100, 140), kappa: kappa, rho: rho, ticks: 200)
        #expect(!capped && engine.count == 200)
        for (t, (e, m)) in zip(engine, model).enumerated() {
            #expect(abs(e.0 - m.0) <= 1e-9 * abs(m.0) && abs(e.1 - m.1) <= 1e-9 * abs(m.1), "tick \(t + 1): engine \(e), Richardson \(m)")
        }
    }

    /// An explosive race (k·l > a·b) agrees with Richardson's until the budget binds: the engine
    /// caps spending at sMax where the model's race runs away.
    @Test func explosiveRacesAgreeUntilTheBudgetBinds() throws {
        let (engine, model, capped) = try Self.race(wealth: (100, 140), kappa: 0.3, rho: 0.05, ticks: 200)
        #expect(capped && engine.count > 5)
        for (e, m) in zip(engine, model) {
            #expect(abs(e.0 - m.0) <= 1e-9 * abs(m.0) && abs(e.1 - m.1) <= 1e-9 * abs(m.1))
        }
    }
}
