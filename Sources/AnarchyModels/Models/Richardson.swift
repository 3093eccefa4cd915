#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Richardson's arms race (Richardson 1960; expositions Rapoport 1957, Caspary 1967), catalogue §1:
/// `dx/dt = k·y − a·x + g`, `dy/dt = l·x − b·y + h`. The two-nation linear model is [published];
/// equilibrium, stability, the closed-form solution, the outcome classification by the unstable
/// eigenvector and the Euler variant are [standard] linear ODE theory.
public enum Richardson {
    /// The model's coefficients (validation order k, l, a, b, g, h).
    public struct Coefficients: Sendable, Equatable {
        /// X's and Y's reaction ("defence") coefficients, ≥ 0.
        public let k: Double, l: Double
        /// X's and Y's fatigue/expense coefficients, > 0.
        public let a: Double, b: Double
        /// X's and Y's grievances (negative = goodwill).
        public let g: Double, h: Double

        public init(_ r: ParameterReader) throws(FormalModelError) {
            k = try r.real("k", .nonNegative)
            l = try r.real("l", .nonNegative)
            a = try r.real("a", .positive)
            b = try r.real("b", .positive)
            g = try r.real("g", .any)
            h = try r.real("h", .any)
        }

        /// `D = ab − kl`.
        public var determinant: Double { a * b - k * l }

        /// The specified zero test `|D| ≤ 1e-12·max(ab, kl)`.
        public var isDegenerate: Bool { abs(determinant) <= 1e-12 * max(a * b, k * l) }

        /// `[λ1, λ2]`, λ1 ≥ λ2; `[0, −(a+b)]` when degenerate. Always real since k, l ≥ 0.
        public var eigenvalues: (Double, Double) {
            if isDegenerate { return (0, -(a + b)) }
            let root = ((a - b) * (a - b) + 4 * k * l).squareRoot()
            return ((-(a + b) + root) / 2, (-(a + b) - root) / 2)
        }

        /// `(x*, y*) = ((b·g + k·h)/D, (a·h + l·g)/D)`, or nil when degenerate.
        public var equilibrium: (x: Double, y: Double)? {
            if isDegenerate { return nil }
            let d = determinant
            return ((b * g + k * h) / d, (a * h + l * g) / d)
        }
    }

    /// An initial point `(x0, y0)`, any reals (negative levels read as cooperation).
    public struct Start: Sendable, Equatable {
        public let x0: Double, y0: Double
        public init(_ r: ParameterReader) throws(FormalModelError) {
            x0 = try r.real("x0", .any)
            y0 = try r.real("y0", .any)
        }
    }

    public enum EquilibriumSet: String, Sendable { case unique, none, line }
    public enum Classification: String, Sendable {
        case stableNode = "stable_node", saddle, degenerate
    }

    /// `richardson.equilibrium`.
    public struct Equilibrium: FormalResult, Equatable {
        public let determinant: Double
        public let eigenvalues: [Double]
        public let xStar: Double?, yStar: Double?
        public let equilibria: EquilibriumSet
        public let classification: Classification
        /// Asymptotically stable iff ab > kl (Richardson's condition).
        public let stable: Bool
        /// Both equilibrium levels ≥ 0 (only when the equilibrium is unique).
        public let equilibriumNonnegative: Bool?

        public var json: JSONValue {
            var members: [(key: String, value: JSONValue)] = [
                ("determinant", .number(determinant)), ("eigenvalues", JSONValue(eigenvalues)),
                ("x_star", JSONValue(xStar)), ("y_star", JSONValue(yStar)),
                ("equilibria", .string(equilibria.rawValue)), ("classification", .string(classification.rawValue)),
                ("stable", .bool(stable)),
            ]
            if let equilibriumNonnegative { members.append(("equilibrium_nonnegative", .bool(equilibriumNonnegative))) }
            return .object(members)
        }
    }

    /// Equilibrium, eigenvalues and stability of the two-nation model [standard].
    public static func equilibrium(_ c: Coefficients) -> Equilibrium {
        let (l1, l2) = c.eigenvalues
        if let star = c.equilibrium {
            let d = c.determinant
            return Equilibrium(
                determinant: d, eigenvalues: [l1, l2], xStar: star.x, yStar: star.y, equilibria: .unique,
                classification: d > 0 ? .stableNode : .saddle, stable: d > 0,
                equilibriumNonnegative: star.x >= 0 && star.y >= 0)
        }
        let q = c.l * c.g + c.a * c.h
        let line = abs(q) <= 1e-12 * (abs(c.l * c.g) + abs(c.a * c.h))
        return Equilibrium(
            determinant: c.determinant, eigenvalues: [l1, l2], xStar: nil, yStar: nil,
            equilibria: line ? .line : .none, classification: .degenerate, stable: false, equilibriumNonnegative: nil)
    }

    /// A point of the plane at time t.
    public struct Point: FormalResult, Equatable {
        public let x: Double, y: Double
        public var json: JSONValue { .members(["x": .number(x), "y": .number(y)]) }
    }

    /// `richardson.trajectory`: `z(t) = e^{Jt}·z0 + (∫0^t e^{Js} ds)·c`, both by Sylvester's formula
    /// (valid in every case, D = 0 included) [standard].
    public static func trajectory(_ c: Coefficients, from start: Start, at t: Double) -> Point {
        let (l1, l2) = c.eigenvalues
        let e = matrixFunction(c, l1, l2, f: { exp($0 * t) }, derivative: { t * exp($0 * t) })
        let f = matrixFunction(c, l1, l2, f: { integralOfExp($0, t) }, derivative: { integralOfExpDerivative($0, t) })
        let x = e.0 * start.x0 + e.1 * start.y0 + f.0 * c.g + f.1 * c.h
        let y = e.2 * start.x0 + e.3 * start.y0 + f.2 * c.g + f.3 * c.h
        return Point(x: x, y: y)
    }

    /// `f(J)` for `J = [[−a, k], [l, −b]]` by Sylvester's formula, row-major.
    private static func matrixFunction(
        _ c: Coefficients, _ l1: Double, _ l2: Double, f: (Double) -> Double, derivative: (Double) -> Double
    ) -> (Double, Double, Double, Double) {
        let j = (-c.a, c.k, c.l, -c.b)
        if abs(l1 - l2) <= 1e-9 * (abs(l1) + abs(l2) + 1) {
            let lambda = (l1 + l2) / 2
            let fl = f(lambda), dl = derivative(lambda)
            return (fl + dl * (j.0 - lambda), dl * j.1, dl * j.2, fl + dl * (j.3 - lambda))
        }
        let f1 = f(l1), f2 = f(l2), gap = l1 - l2
        // [f(λ1)(J − λ2 I) − f(λ2)(J − λ1 I)] / (λ1 − λ2)
        return (
            (f1 * (j.0 - l2) - f2 * (j.0 - l1)) / gap, (f1 - f2) * j.1 / gap,
            (f1 - f2) * j.2 / gap, (f1 * (j.3 - l2) - f2 * (j.3 - l1)) / gap
        )
    }

    /// `expm1(λt)/λ`, `= t` at λ = 0, `t(1 + λt/2)` when |λt| < 1e-9.
    private static func integralOfExp(_ lambda: Double, _ t: Double) -> Double {
        let z = lambda * t
        if abs(z) < 1e-9 { return t * (1 + z / 2) }
        return expm1(z) / lambda
    }

    /// `(λt·e^{λt} − expm1(λt))/λ²`, `≈ t²/2·(1 + 2λt/3)` when |λt| < 1e-6.
    private static func integralOfExpDerivative(_ lambda: Double, _ t: Double) -> Double {
        let z = lambda * t
        if abs(z) < 1e-6 { return t * t / 2 * (1 + 2 * z / 3) }
        return (z * exp(z) - expm1(z)) / (lambda * lambda)
    }

    public enum Outcome: String, Sendable {
        case stable, runaway, disarmament
        case knifeEdge = "knife_edge"
        case neutral
    }

    /// `richardson.outcome`.
    public struct OutcomeResult: FormalResult, Equatable {
        public let outcome: Outcome
        /// The projection s on the unstable left eigenvector (saddle), q (degenerate), nil (stable).
        public let score: Double?
        public var json: JSONValue { .members(["outcome": .string(outcome.rawValue), "score": JSONValue(score)]) }
    }

    /// Where the race goes from `start` [standard]: stable convergence (D > 0), or by the sign of
    /// `s = l·(x0−x*) + (λ1+a)·(y0−y*)` (saddle) or of `q = l·g + a·h` (degenerate).
    public static func outcome(_ c: Coefficients, from start: Start) -> OutcomeResult {
        if let star = c.equilibrium {
            if c.determinant > 0 { return OutcomeResult(outcome: .stable, score: nil) }
            let l1 = c.eigenvalues.0
            let dx = start.x0 - star.x, dy = start.y0 - star.y
            let s = c.l * dx + (l1 + c.a) * dy
            let zero = abs(s) <= 1e-12 * (abs(c.l) + abs(l1 + c.a)) * (abs(dx) + abs(dy))
            return OutcomeResult(outcome: zero ? .knifeEdge : s > 0 ? .runaway : .disarmament, score: s)
        }
        let q = c.l * c.g + c.a * c.h
        let zero = abs(q) <= 1e-12 * (abs(c.l * c.g) + abs(c.a * c.h))
        return OutcomeResult(outcome: zero ? .neutral : q > 0 ? .runaway : .disarmament, score: q)
    }

    /// The most steps `richardson.discrete` takes (about a second of work): the catalogue's domain
    /// is any integer ≥ 0, but a run must end.
    public static let maximumSteps = 100_000_000

    /// `richardson.discrete`.
    public struct DiscreteResult: FormalResult, Equatable {
        public let x: Double, y: Double
        /// `ρ = max(|1 + dt·λ1|, |1 + dt·λ2|)` of `M = I + dt·J`.
        public let spectralRadius: Double
        /// ρ < 1.
        public let discreteStable: Bool
        public var json: JSONValue {
            .members([
                "x": .number(x), "y": .number(y), "spectral_radius": .number(spectralRadius),
                "discrete_stable": .bool(discreteStable),
            ])
        }
    }

    /// Forward Euler with simultaneous update [standard]; with dt = 1 Richardson's difference form.
    /// A stable continuous model is unstable in discrete time when dt > 2/|λ2|.
    /// - Parameters:
    ///   - c: the reaction, fatigue and grievance coefficients.
    ///   - start: the armaments `(x, y)` at time 0.
    ///   - dt: the step length (> 0).
    ///   - steps: at most ``maximumSteps``.
    public static func discrete(_ c: Coefficients, from start: Start, dt: Double, steps: Int) -> DiscreteResult {
        var x = start.x0, y = start.y0
        for _ in 0..<steps {
            let nx = x + dt * (c.k * y - c.a * x + c.g)
            let ny = y + dt * (c.l * x - c.b * y + c.h)
            // At a fixed point (or once the levels have left Double's range) nothing changes any more.
            if (nx == x && ny == y) || !(nx.isFinite && ny.isFinite) {
                (x, y) = (nx, ny)
                break
            }
            x = nx
            y = ny
        }
        let (l1, l2) = c.eigenvalues
        let rho = max(abs(1 + dt * l1), abs(1 + dt * l2))
        return DiscreteResult(x: x, y: y, spectralRadius: rho, discreteStable: rho < 1)
    }
}

// MARK: In the formal-models catalogue

extension Richardson {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "richardson.equilibrium", "Richardson arms race: equilibrium, eigenvalues and stability (ab > kl)",
            .standard, citation: richardsonSource, parameters: richardsonCoefficients
        ) { r throws(FormalModelError) in Richardson.equilibrium(try Richardson.Coefficients(r)) },
        FormalFunction(
            "richardson.trajectory", "Richardson arms race: the closed-form levels (x, y) at time t", .standard,
            citation: richardsonSource,
            parameters: richardsonCoefficients + richardsonStart + [ParameterDoc("t", "time", "≥ 0")]
        ) { r throws(FormalModelError) in
            let c = try Richardson.Coefficients(r), start = try Richardson.Start(r)
            return Richardson.trajectory(c, from: start, at: try r.real("t", .nonNegative))
        },
        FormalFunction(
            "richardson.outcome", "Richardson arms race: stable, runaway, disarmament, knife-edge or neutral from a start",
            .standard, citation: richardsonSource, parameters: richardsonCoefficients + richardsonStart
        ) { r throws(FormalModelError) in
            Richardson.outcome(try Richardson.Coefficients(r), from: try Richardson.Start(r))
        },
        FormalFunction(
            "richardson.discrete", "Richardson arms race in discrete time (forward Euler) and its stability",
            .standard, citation: richardsonSource,
            parameters: richardsonCoefficients + richardsonStart + [
                ParameterDoc("dt", "time step", "> 0"),
                ParameterDoc("steps", "number of steps (at most 100000000)", "integer ≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let c = try Richardson.Coefficients(r), start = try Richardson.Start(r)
            let dt = try r.real("dt", .positive)
            return Richardson.discrete(c, from: start, dt: dt, steps: try r.integer("steps", minimum: 0, maximum: Richardson.maximumSteps))
        },
    ]

    private static let richardsonCoefficients: [ParameterDoc] = [
        ParameterDoc("k", "X's reaction (defence) coefficient to Y's arms", "≥ 0"),
        ParameterDoc("l", "Y's reaction coefficient to X's arms", "≥ 0"),
        ParameterDoc("a", "X's fatigue/expense coefficient", "> 0"),
        ParameterDoc("b", "Y's fatigue/expense coefficient", "> 0"),
        ParameterDoc("g", "X's grievance (negative = goodwill)", "any real"),
        ParameterDoc("h", "Y's grievance", "any real"),
    ]

    private static let richardsonStart: [ParameterDoc] = [
        ParameterDoc("x0", "X's initial level (negative = cooperation)", "any real"),
        ParameterDoc("y0", "Y's initial level", "any real"),
    ]

    private static let richardsonSource = "Richardson 1960; Rapoport 1957; catalogue §1"
}
