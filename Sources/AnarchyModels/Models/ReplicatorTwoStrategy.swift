#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Two-strategy replicator dynamics (catalogue §10.3), Taylor & Jonker (1978) [standard]; the stag
/// hunt's basins after Skyrms (2004). With `a = R − T`, `b = S − P` and x the share of C:
/// `dx/dt = x(1−x)·[a·x + b·(1−x)]`.
public enum ReplicatorTwoStrategy {
    public struct Result: FormalResult, Equatable {
        public let xT: Double
        /// [0, (x*), 1] ascending; nil when a = b = 0 (every point rests).
        public let restPoints: [Double]?
        public let stableRestPoints: [Double]
        public let interiorRestPoint: Double?
        public let limit: Double
        public var json: JSONValue {
            .members([
                "x_t": .number(xT), "rest_points": JSONValue(restPoints), "stable_rest_points": JSONValue(stableRestPoints),
                "interior_rest_point": JSONValue(interiorRestPoint), "limit": .number(limit),
            ])
        }
    }

    /// - Parameters: the game, the initial share `x0` in [0, 1] and the time `t ≥ 0`.
    public static func analyse(_ game: SymmetricGame2x2, x0: Double, t: Double) -> Result {
        let (a, b) = (game.a, game.b)
        let interior = game.mixedProbability
        let rest: [Double]? = a == 0 && b == 0 ? nil : [0] + (interior.map { [$0] } ?? []) + [1]
        var stable: [Double] = []
        if b < 0 || (b == 0 && a < 0) { stable.append(0) }
        if a < 0 && b > 0, let interior { stable.append(interior) }
        if a > 0 || (a == 0 && b > 0) { stable.append(1) }
        let limit: Double
        if rest == nil || x0 == 0 || x0 == 1 || x0 == interior {
            limit = x0
        } else if a > 0 && b < 0, let interior {
            limit = x0 > interior ? 1 : 0
        } else if a < 0 && b > 0, let interior {
            limit = interior
        } else {
            let drift = a * x0 + b * (1 - x0)
            limit = drift > 0 ? 1 : drift < 0 ? 0 : x0
        }
        return Result(
            xT: share(a: a, b: b, x0: x0, t: t), restPoints: rest, stableRestPoints: stable, interiorRestPoint: interior,
            limit: limit)
    }

    /// x(t) by classical RK4 on the logit `y = ln(x/(1−x))`, `dy/dt = a·x + b·(1−x)`, which has no
    /// boundary problems. The step is h = 1e-3 (shrunk to 1e-3/L when the Lipschitz bound
    /// L = |a − b|/4 exceeds 1, so fast dynamics stay accurate), then adjusted to land exactly on t.
    /// Integration stops early once y has settled (a step changes it by less than 1e-15·|y|) or
    /// |y| > 40 while moving outward (x within 1e-17 of its limit; the remaining drift is added
    /// linearly). Horizons needing more than 10⁷ steps use the dynamics' own scale 1e-3/L and, past
    /// 10⁷ steps, extrapolate the last drift linearly — documented in docs/MODELS.md.
    static func share(a: Double, b: Double, x0: Double, t: Double) -> Double {
        if x0 == 0 || x0 == 1 || t == 0 { return x0 }
        let lipschitz = abs(a - b) / 4
        let maximumSteps = 10_000_000.0
        var h = lipschitz > 1 ? 1e-3 / lipschitz : 1e-3
        if t / h > maximumSteps { h = max(h, lipschitz > 0 ? 1e-3 / lipschitz : t) }
        var steps = (t / h).rounded(.up)
        if steps <= maximumSteps {
            h = t / steps
        } else {
            steps = maximumSteps
        }
        func rate(_ y: Double) -> Double {
            let x = 1 / (1 + exp(-y))
            return a * x + b * (1 - x)
        }
        var y = log(x0 / (1 - x0))
        var elapsed = 0.0
        var drift = rate(y)
        var taken = 0.0
        while taken < steps {
            let k1 = rate(y), k2 = rate(y + h / 2 * k1), k3 = rate(y + h / 2 * k2), k4 = rate(y + h * k3)
            let next = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
            taken += 1
            elapsed += h
            drift = k4
            if abs(next - y) <= 1e-15 * max(1, abs(y)) { return 1 / (1 + exp(-next)) }
            y = next
            if abs(y) > 40 && (y > 0) == (k4 > 0) { break }
        }
        if elapsed < t { y += drift * (t - elapsed) }
        return 1 / (1 + exp(-y))
    }
}

// MARK: In the formal-models catalogue

extension ReplicatorTwoStrategy {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "replicator.two_strategy", "Two-strategy replicator dynamics: rest points, stability, basin, x(t)",
            .standard, citation: "Taylor & Jonker 1978; Skyrms 2004; catalogue §10.3",
            parameters: SymmetricGame2x2.payoffs + [
                ParameterDoc("x0", "initial share of cooperators", "in [0, 1]"), ParameterDoc("t", "time", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let game = try SymmetricGame2x2(r)
            let x0 = try r.real("x0", .unit)
            return ReplicatorTwoStrategy.analyse(game, x0: x0, t: try r.real("t", .nonNegative))
        },
    ]
}
