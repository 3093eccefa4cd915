#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore
import AnarchyGames
import Testing

@testable import AnarchyModels

/// Property tests over random valid parameters, each checking a result by a second route: ODEs by
/// finite differences and numerical integration, equilibria by best responses, optima by brute
/// force, closed forms by direct computation (formal-models catalogue, "Property tests").
@Suite(.timeLimit(.minutes(10)))
struct ModelPropertyTests {
    /// A seeded stream of parameters.
    struct Draw {
        var random: SplitMix64
        init(_ seed: UInt64) { random = SplitMix64(seed: seed) }
        mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.uniform() }
    }

    static func close(_ x: Double, _ y: Double, _ absolute: Double, _ relative: Double = 0) -> Bool {
        abs(x - y) <= absolute + relative * abs(y)
    }

    // MARK: Richardson

    static func richardson(_ d: inout Draw) throws -> Richardson.Coefficients {
        try Richardson.Coefficients([
            "k": .number(d.uniform(0, 2)), "l": .number(d.uniform(0, 2)), "a": .number(d.uniform(0.1, 2)),
            "b": .number(d.uniform(0.1, 2)), "g": .number(d.uniform(-1, 1)), "h": .number(d.uniform(-1, 1)),
        ])
    }

    @Test func richardsonTrajectorySolvesTheODE() throws {
        var d = Draw(1)
        for _ in 0..<300 {
            let c = try Self.richardson(&d)
            let start = try Richardson.Start(["x0": .number(d.uniform(-2, 2)), "y0": .number(d.uniform(-2, 2))])
            let t = d.uniform(0.1, 3), h = 1e-5
            let before = Richardson.trajectory(c, from: start, at: t - h), after = Richardson.trajectory(c, from: start, at: t + h)
            let now = Richardson.trajectory(c, from: start, at: t)
            let dx = (after.x - before.x) / (2 * h), dy = (after.y - before.y) / (2 * h)
            let scale = 1 + abs(now.x) + abs(now.y)
            #expect(Self.close(dx, c.k * now.y - c.a * now.x + c.g, 1e-5 * scale * max(1, abs(dx))))
            #expect(Self.close(dy, c.l * now.x - c.b * now.y + c.h, 1e-5 * scale * max(1, abs(dy))))
            // Forward Euler with a small step approaches the closed form.
            let steps = 20_000
            let euler = Richardson.discrete(c, from: start, dt: t / Double(steps), steps: steps)
            #expect(Self.close(euler.x, now.x, 1e-3 * scale * max(1, abs(now.x))))
            // A stable race converges to its equilibrium.
            if c.determinant > 0, let star = c.equilibrium {
                let late = Richardson.trajectory(c, from: start, at: 40 / -c.eigenvalues.0)
                #expect(Self.close(late.x, star.x, 1e-6 * (1 + abs(star.x))))
            }
            // Swapping the nations swaps the outputs.
            let swapped = try Richardson.Coefficients([
                "k": .number(c.l), "l": .number(c.k), "a": .number(c.b), "b": .number(c.a), "g": .number(c.h), "h": .number(c.g),
            ])
            let mirror = Richardson.trajectory(swapped, from: try Richardson.Start(["x0": .number(start.y0), "y0": .number(start.x0)]), at: t)
            #expect(Self.close(mirror.x, now.y, 1e-9 * scale))
            #expect(Richardson.outcome(swapped, from: try Richardson.Start(["x0": .number(start.y0), "y0": .number(start.x0)])).outcome
                == Richardson.outcome(c, from: start).outcome)
        }
    }

    @Test func richardsonOutcomeMatchesLongRunBehaviour() throws {
        var d = Draw(2)
        var checked = 0
        for _ in 0..<300 {
            let c = try Self.richardson(&d)
            let start = try Richardson.Start(["x0": .number(d.uniform(-2, 2)), "y0": .number(d.uniform(-2, 2))])
            let outcome = Richardson.outcome(c, from: start).outcome
            guard c.determinant < 0, let score = Richardson.outcome(c, from: start).score, abs(score) > 1e-3 else { continue }
            // After growth by e^40 along the unstable direction both levels carry its sign.
            let late = Richardson.trajectory(c, from: start, at: 40 / c.eigenvalues.0)
            if outcome == .runaway { #expect(late.x > 1e6 && late.y > 1e6) }
            if outcome == .disarmament { #expect(late.x < -1e6 && late.y < -1e6) }
            if outcome == .runaway || outcome == .disarmament { checked += 1 }
        }
        #expect(checked >= 20, "only \(checked) of 300 drawn systems were unstable and checked")
    }

    @Test func nNationEquilibriumSolvesTheSystem() throws {
        var d = Draw(3)
        var stabilityChecked = 0
        for _ in 0..<100 {
            let n = 2 + Int(d.random.next() % 4)
            let k: [[Double]] = (0..<n).map { i in (0..<n).map { j in i == j ? 0 : d.uniform(0, 0.6) } }
            let a = (0..<n).map { _ in d.uniform(0.5, 2) }, g = (0..<n).map { _ in d.uniform(-1, 1) }
            let rows: [JSONValue] = k.map { JSONValue($0) }
            let reader: ParameterReader = ["K": .array(rows), "a": JSONValue(a), "g": JSONValue(g)]
            let p = try RichardsonNNation.Parameters(reader)
            let result = RichardsonNNation.analyse(p)
            let star = try #require(result.xStar)
            func rate(_ x: [Double], _ i: Int) -> Double {
                var sum = g[i] - a[i] * x[i]
                for j in 0..<n where j != i { sum += k[i][j] * x[j] }
                return sum
            }
            for i in 0..<n { #expect(abs(rate(star, i)) < 1e-9) }
            // Stability by the minors agrees with simulation of the linear system.
            // Stability by the minors agrees with simulation: the distance to x* shrinks or grows.
            guard result.leadingMinors.allSatisfy({ abs($0) > 0.05 }) else { continue }
            stabilityChecked += 1
            var x = star.map { $0 + 1 }
            var distances: [Double] = []
            for _ in 0..<2 {
                for _ in 0..<2_000 {
                    let rates = (0..<n).map { rate(x, $0) }
                    for i in 0..<n { x[i] += 0.005 * rates[i] }
                }
                distances.append(zip(x, star).map { abs($0 - $1) }.max() ?? 0)
            }
            #expect(result.stable == (distances[1] < distances[0] || distances[1] < 1e-12), "minors \(result.leadingMinors), distances \(distances)")
        }
        #expect(stabilityChecked >= 20, "only \(stabilityChecked) of 100 systems had their stability checked")
    }

    // MARK: Lanchester

    @Test func lanchesterInvariantsAreConserved() throws {
        var d = Draw(4)
        for _ in 0..<300 {
            let f = try Lanchester.Forces([
                "red0": .number(d.uniform(1, 100)), "blue0": .number(d.uniform(1, 100)), "rho": .number(d.uniform(0.001, 0.05)),
                "beta": .number(d.uniform(0.001, 0.05)),
            ])
            let t = d.uniform(0, 50)
            let square = Lanchester.square(f, at: t), linear = Lanchester.linear(f, at: t), mixed = Lanchester.mixed(f, at: t)
            if let at = square.at, square.tEnd.map({ t < $0 }) ?? true {
                #expect(Self.close(f.rho * at.red * at.red - f.beta * at.blue * at.blue, square.invariant, 1e-7 * f.rho * f.red0 * f.red0 + 1e-7 * f.beta * f.blue0 * f.blue0))
            }
            if let at = linear.at {
                #expect(Self.close(f.rho * at.red - f.beta * at.blue, linear.invariant, 1e-9 * (f.rho * f.red0 + f.beta * f.blue0)))
            }
            if let at = mixed.at, mixed.tEnd.map({ t < $0 }) ?? true {
                #expect(Self.close(f.rho * at.red * at.red - 2 * f.beta * at.blue, mixed.invariant, 1e-7 * (f.rho * f.red0 * f.red0 + 2 * f.beta * f.blue0)))
            }
            // Rescaling time (both effectiveness coefficients) does not change the winner.
            let scaled = try Lanchester.Forces([
                "red0": .number(f.red0), "blue0": .number(f.blue0), "rho": .number(f.rho * 3.7), "beta": .number(f.beta * 3.7),
            ])
            #expect(Lanchester.square(scaled).winner == square.winner)
            #expect(Lanchester.linear(scaled).winner == linear.winner)
            #expect(Lanchester.mixed(scaled).winner == mixed.winner)
            // The discrete square law approaches the closed form as dt → 0.
            if square.tEnd.map({ t < $0 * 0.9 }) ?? false, let at = square.at {
                let stepped = Lanchester.squareDiscrete(f, dt: t / 20_000, steps: 20_000)
                #expect(Self.close(stepped.red, at.red, 1e-2 * f.red0))
            }
        }
    }

    @Test func requirementAndImpliedAdvantageRoundTrip() {
        var d = Draw(5)
        for _ in 0..<200 {
            let m = d.uniform(0.1, 20)
            for law in OffenseDefenseBalance.Law.allCases {
                let ratio = OffenseDefenseBalance.requirement(law: law, defenderAdvantage: m, costRatio: 1, survivorFraction: 0).forceRatioRequired
                #expect(Self.close(OffenseDefenseBalance.impliedAdvantage(law: law, forceRatio: ratio).defenderAdvantage, m, 0, 1e-12))
            }
            // At the required square-law ratio the battle is a draw.
            let ratio = OffenseDefenseBalance.requirement(law: .square, defenderAdvantage: m, costRatio: 1, survivorFraction: 0).forceRatioRequired
            let invariant = 1 * (ratio * 10) * (ratio * 10) - m * 10 * 10
            #expect(abs(invariant) < 1e-9 * m * 100)
        }
    }

    // MARK: Games

    @Test func twoByTwoAnalysisAgreesWithTheBimatrixSolver() throws {
        var d = Draw(6)
        for _ in 0..<500 {
            let game = SymmetricGame2x2(r: d.uniform(-3, 3), s: d.uniform(-3, 3), t: d.uniform(-3, 3), p: d.uniform(-3, 3))
            let bimatrix = try Bimatrix(a: [[game.r, game.s], [game.t, game.p]], b: [[game.r, game.t], [game.s, game.p]])
            let solution = bimatrix.equilibria(method: .vertex)
            #expect(!solution.degenerate)
            let pure = solution.equilibria.filter { ($0.row + $0.column).allSatisfy { $0 == 0 || $0 == 1 } }.map { e in
                (e.row[0] == 1 ? "C" : "D") + (e.column[0] == 1 ? "C" : "D")
            }
            #expect(pure.sorted() == game.pureEquilibria)
            let symmetricMixed = solution.equilibria.first { e in e.row[0] > 0 && e.row[0] < 1 && abs(e.row[0] - e.column[0]) < 1e-9 }
            #expect((symmetricMixed?.row[0]).map { Self.close($0, game.mixedProbability ?? -1, 1e-9) } ?? (game.mixedProbability == nil))
            // Positive affine transformations change nothing.
            let scale = d.uniform(0.1, 5), shift = d.uniform(-5, 5)
            let moved = SymmetricGame2x2(r: game.r * scale + shift, s: game.s * scale + shift, t: game.t * scale + shift, p: game.p * scale + shift)
            #expect(moved.type == game.type && moved.pureEquilibria == game.pureEquilibria)
            if let a = moved.cooperationInterval, let b = game.cooperationInterval {
                #expect(Self.close(a.lower, b.lower, 1e-9) && Self.close(a.upper, b.upper, 1e-9))
            } else {
                #expect(moved.cooperationInterval == nil && game.cooperationInterval == nil)
            }
        }
    }

    @Test func jervisThresholdsSeparateTheGameTypes() throws {
        var d = Draw(7)
        for _ in 0..<300 {
            let p = try JervisSecurityGame.Parameters([
                "v": .number(d.uniform(0.5, 5)), "kappa": .number(d.uniform(0.1, 2)), "omega": .number(d.uniform(0, 1)),
                "d": .number(d.uniform(0, 0.99)), "r": .number(d.uniform(0, 2)),
            ])
            let result = JervisSecurityGame.analyse(p)
            let pd = try #require(result.omegaPDThreshold), harmony = try #require(result.omegaHarmonyThreshold)
            switch result.game.type {
            case .prisonersDilemma: #expect(p.omega > pd)
            case .harmony: #expect(p.omega < harmony)
            case .stagHunt: #expect(p.omega >= harmony && p.omega <= pd)
            default: break
            }
        }
    }

    // MARK: Trust

    @Test func uniformCutoffsAreIndifferentTypes() {
        var d = Draw(8)
        var withCutoffs = 0
        for _ in 0..<300 {
            let c = d.uniform(0.01, 0.99), gMax = d.uniform(1.0001, 2)
            let result = KyddTrust.uniform(c: c, gMax: gMax)
            guard let high = result.cutoffHigh, let low = result.cutoffLow else {
                #expect(!(c < 1 && gMax <= (1 + c) * (1 + c) / (4 * c)))
                continue
            }
            for cutoff in [high, low] {
                // A type at the cutoff is indifferent: q·1 + (1−q)(−c) = q·g with q = cutoff/g_max.
                let q = cutoff / gMax
                #expect(Self.close(q - (1 - q) * c, q * cutoff, 1e-9))
            }
            withCutoffs += 1
        }
        #expect(withCutoffs >= 20, "only \(withCutoffs) of 300 draws had cutoffs to check")
    }

    @Test func posteriorEqualsBayesOnTheWholeHistory() throws {
        var d = Draw(9)
        for _ in 0..<300 {
            let length = Int(d.random.next() % 8)
            let observations = String((0..<length).map { _ in d.random.next() % 2 == 0 ? Character("C") : Character("D") })
            let prior = d.uniform(0.01, 0.99), sT = d.uniform(0, 1), sU = d.uniform(0, 1), e = d.uniform(0.01, 0.5)
            let p = try KyddPosterior.Parameters([
                "prior": .number(prior), "sigma_T": .number(sT), "sigma_U": .number(sU), "epsilon": .number(e),
                "observations": .string(observations),
            ])
            let result = try KyddPosterior.update(p)
            let qT = sT * (1 - e) + (1 - sT) * e, qU = sU * (1 - e) + (1 - sU) * e
            let likeT = observations.reduce(1.0) { $0 * ($1 == "C" ? qT : 1 - qT) }
            let likeU = observations.reduce(1.0) { $0 * ($1 == "C" ? qU : 1 - qU) }
            #expect(Self.close(result.posterior, prior * likeT / (prior * likeT + (1 - prior) * likeU), 1e-12, 1e-9))
        }
    }

    // MARK: Bargaining and deterrence

    @Test func screeningDemandMaximisesExpectedUtility() {
        var d = Draw(10)
        for _ in 0..<300 {
            let p = d.uniform(0, 1), cA = d.uniform(0, 0.5), low = d.uniform(0, 0.3), high = low + d.uniform(0.01, 0.6)
            let result = FearonBargaining.screening(p: p, costA: cA, costLow: low, costHigh: high)
            func eu(_ x: Double) -> Double {
                let accept = min(1, max(0, (high - (x - p)) / (high - low)))
                return accept * x + (1 - accept) * (p - cA)
            }
            let best = stride(from: 0.0, through: 1.0, by: 1e-4).map(eu).max() ?? 0
            #expect(result.expectedUtilityA >= best - 1e-9)
            #expect(Self.close(result.expectedUtilityA, eu(result.xStar), 1e-12))
            #expect(result.xStar >= result.safeDemand - 1e-15 && result.xStar <= 1)
            let costlier = FearonBargaining.screening(p: p, costA: cA + 0.1, costLow: low, costHigh: high)
            #expect(costlier.probabilityWar <= result.probabilityWar + 1e-15)
            let range = FearonBargaining.range(p: p, costA: cA, costB: d.uniform(0, 0.3), riskA: d.uniform(0.1, 1), riskB: d.uniform(0.1, 1))
            #expect(range.nonempty)
        }
    }

    @Test func preventiveWarIsMonotoneAndMatchesTheClosedForm() throws {
        var d = Draw(11)
        for _ in 0..<300 {
            let p1 = d.uniform(0, 1), p2 = d.uniform(0, 1), cD = d.uniform(0, 0.3), cR = d.uniform(0, 0.3)
            func war(_ p2: Double, delta: Double = 1, phi: Double = 0, horizon: String = "two_stage") throws -> Bool {
                PowellPreventiveWar.analyse(try PowellPreventiveWar.Parameters([
                    "p1": .number(p1), "p2": .number(p2), "c_D": .number(cD), "c_R": .number(cR), "delta": .number(delta),
                    "phi": .number(phi), "horizon": .string(horizon),
                ])).war
            }
            if try war(p2) { #expect(try war(min(1, p2 + 0.1))) }
            if p2 <= p1 { #expect(try !war(p2)) }
            if abs((p2 - p1) - (cD + cR)) > 1e-12 { #expect(try war(p2) == (p2 - p1 > cD + cR)) }
            let delta = d.uniform(0, 0.95)
            let uncapped = (1 - p2) / (1 - delta) + cR <= 1 / (1 - delta)
            let margin = delta * (p2 - p1) - (1 - delta) * (p1 + cD + delta * cR)
            if uncapped && abs(margin) > 1e-9 { #expect(try war(p2, delta: delta, horizon: "infinite") == (margin > 0)) }
        }
    }

    @Test func tyingHandsBeatsSinkingCostsBySeparatingCost() throws {
        var d = Draw(12)
        var checked = 0
        for _ in 0..<500 {
            let p = d.uniform(0.2, 0.8), c = d.uniform(0.05, 0.5)
            let vH = c / p + d.uniform(0, 2), vL = d.uniform(0.01, 1) * c / p
            guard vL < vH else { continue }
            let defender = try FearonSignalling.Defender([
                "v_H": .number(vH), "v_L": .number(vL), "p": .number(p), "c": .number(c), "theta": .number(d.uniform(0.05, 0.95)),
                "pi_H": .number(d.uniform(0, 1)),
            ])
            let sunk = FearonSignalling.sunkCosts(defender)
            let tied = FearonSignalling.tyingHands(defender, audienceCost: d.uniform(0, 2))
            guard tied.regime == .separating, let payoff = sunk.defenderExpectedPayoff, let mMin = sunk.mMin else { continue }
            #expect(Self.close(try #require(tied.defenderExpectedPayoff) - payoff, defender.piHigh * mMin, 1e-12))
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test func beckerThresholdMakesTheOffenderIndifferent() {
        var d = Draw(13)
        for _ in 0..<300 {
            let b = d.uniform(0.1, 3), f = d.uniform(0.1, 5), alpha = d.uniform(-2, 2)
            let result = BeckerDeterrence.threshold(gain: b, sanction: f, alpha: alpha, probability: nil)
            func u(_ w: Double) -> Double { alpha == 0 ? w : -exp(-alpha * w) / alpha }
            let offend = result.pStar * u(b - f) + (1 - result.pStar) * u(b)
            #expect(Self.close(offend, u(0), 1e-9, 1e-9))
            #expect((result.elasticityRatio ?? 0 > 1) == (alpha < 0))
        }
        // Extreme risk aversion must not produce NaN.
        #expect(BeckerDeterrence.threshold(gain: 1, sanction: 4, alpha: 1000, probability: 0.5).pStar.isFinite)
    }

    // MARK: Alliances, repeated games, evolution, contests

    @Test func volunteersMixIsIndifferent() {
        var d = Draw(14)
        for _ in 0..<200 {
            let n = 2 + Int(d.random.next() % 8), c = d.uniform(0.1, 1), b = c + d.uniform(0.01, 3)
            let r = VolunteersDilemma.analyse(powers: n, benefit: b, cost: c)
            // Balancing pays b − c; passing pays b unless all others pass too.
            #expect(Self.close(b - c, b * (1 - pow(r.qPass, Double(n - 1))), 1e-12, 1e-9))
        }
    }

    @Test func commitmentMinimisesTheExpectedLoss() throws {
        var d = Draw(15)
        for _ in 0..<200 {
            let p = try AllianceCommitment.Parameters([
                "A": .number(d.uniform(0, 5)), "a0": .number(d.uniform(0.01, 1)), "E": .number(d.uniform(0, 5)), "e0": .number(d.uniform(0.01, 1)),
            ])
            let result = try AllianceCommitment.optimise(p)
            for k in stride(from: 0.0, through: 1.0, by: 0.01) {
                let loss = p.abandonmentCost * p.abandonmentRisk * (1 - k) * (1 - k) + p.entrapmentCost * p.entrapmentRisk * k * k
                #expect(result.expectedLoss <= loss + 1e-12)
            }
        }
    }

    @Test func titForTatValuesAreDiscountedSums() {
        var d = Draw(16)
        for _ in 0..<100 {
            let s = d.uniform(-1, 1), p = s + d.uniform(0.1, 1), r = p + d.uniform(0.1, 1), t = r + d.uniform(0.1, 1)
            let w = d.uniform(0, 0.95)
            let game = SymmetricGame2x2(r: r, s: s, t: t, p: p)
            let result = RepeatedPrisonersDilemma.titForTat(game, w: w)
            var alld = 0.0, alt = 0.0, weight = 1.0
            for turn in 0..<2_000 {
                alld += weight * (turn == 0 ? t : p)
                alt += weight * (turn % 2 == 0 ? t : s)
                weight *= w
            }
            #expect(Self.close(result.valueAllDvsTFT, alld, 1e-9, 1e-9))
            #expect(Self.close(result.valueAlternationVsTFT, alt, 1e-9, 1e-9))
            let grim = RepeatedPrisonersDilemma.grimTrigger(game, delta: w)
            #expect(grim.cooperationSustainable == (r / (1 - w) >= t + w * p / (1 - w) - 1e-12) || abs(w - grim.deltaMin) < 1e-9)
        }
    }

    @Test func replicatorShareMatchesDirectIntegration() {
        var d = Draw(17)
        for _ in 0..<60 {
            let game = SymmetricGame2x2(r: d.uniform(-2, 2), s: d.uniform(-2, 2), t: d.uniform(-2, 2), p: d.uniform(-2, 2))
            let x0 = d.uniform(0.05, 0.95), t = d.uniform(0, 5)
            let result = ReplicatorTwoStrategy.analyse(game, x0: x0, t: t)
            // A second route: RK4 on x itself with a fine step.
            var x = x0
            let steps = 20_000, h = t / Double(steps)
            func f(_ x: Double) -> Double { x * (1 - x) * (game.a * x + game.b * (1 - x)) }
            for _ in 0..<steps {
                let k1 = f(x), k2 = f(x + h / 2 * k1), k3 = f(x + h / 2 * k2), k4 = f(x + h * k3)
                x += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
            }
            #expect(Self.close(result.xT, x, 1e-6, 1e-6))
            // The limit is where a long run ends.
            let late = ReplicatorTwoStrategy.analyse(game, x0: x0, t: 2_000).xT
            if game.a != 0 || game.b != 0 { #expect(Self.close(late, result.limit, 1e-4)) }
        }
    }

    @Test func contestEquilibriaAreBestResponses() throws {
        var d = Draw(18)
        var checked = 0
        for _ in 0..<200 {
            let v1 = d.uniform(0.5, 10), v2 = d.uniform(0.5, 10), m = d.uniform(0.2, 1.5)
            guard let e = try? TullockContest.twoPlayer(v1: v1, v2: v2, m: m) else { continue }
            checked += 1
            func u1(_ x: Double) -> Double { TullockContest.successProbability(x1: x, x2: e.x2, m: m).p1 * v1 - x }
            func u2(_ x: Double) -> Double { (1 - TullockContest.successProbability(x1: e.x1, x2: x, m: m).p1) * v2 - x }
            for scale in stride(from: 0.0, through: 3.0, by: 0.01) {
                #expect(u1(e.x1 * scale) <= e.u1 + 1e-9)
                #expect(u2(e.x2 * scale) <= e.u2 + 1e-9)
            }
            #expect(Self.close(u1(e.x1), e.u1, 1e-12, 1e-9))
        }
        #expect(checked >= 100, "only \(checked) of 200 contests had an equilibrium to check")
    }
}
