#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Lanchester's attrition laws (Lanchester 1916 [published]; the mixed law after Deitchman 1962;
/// closed forms [standard], Taylor 1983), catalogue §2. Red and Blue forces; `rho` is Red's
/// per-unit effectiveness against Blue, `beta` Blue's against Red.
public enum Lanchester {
    /// Initial forces and effectiveness (validation order red0, blue0, rho, beta).
    public struct Forces: Sendable, Equatable {
        public let red0: Double, blue0: Double
        public let rho: Double, beta: Double
        public init(_ r: ParameterReader) throws(FormalModelError) {
            red0 = try r.real("red0", .nonNegative)
            blue0 = try r.real("blue0", .nonNegative)
            rho = try r.real("rho", .positive)
            beta = try r.real("beta", .positive)
        }
    }

    public enum Winner: String, Sendable { case red, blue, draw }

    /// The outcome of a battle under one of the continuous laws.
    public struct Battle: FormalResult, Equatable {
        public let winner: Winner
        /// The law's conserved quantity (I, K or C).
        public let invariant: Double
        public let redFinal: Double, blueFinal: Double
        /// The annihilation time; nil when the loser vanishes only asymptotically (or never).
        public let tEnd: Double?
        /// The forces at the query time, when one was given.
        public let at: (red: Double, blue: Double)?

        public static func == (l: Battle, r: Battle) -> Bool {
            l.winner == r.winner && l.invariant == r.invariant && l.redFinal == r.redFinal && l.blueFinal == r.blueFinal
                && l.tEnd == r.tEnd && l.at?.red == r.at?.red && l.at?.blue == r.at?.blue
        }

        public var json: JSONValue {
            var members: [(key: String, value: JSONValue)] = [
                ("winner", .string(winner.rawValue)), ("invariant", .number(invariant)),
                ("red_final", .number(redFinal)), ("blue_final", .number(blueFinal)), ("t_end", JSONValue(tEnd)),
            ]
            if let at {
                members.append(("red_t", .number(at.red)))
                members.append(("blue_t", .number(at.blue)))
            }
            return .object(members)
        }
    }

    /// The optional query time `t ≥ 0`.
    static func queryTime(_ r: ParameterReader) throws(FormalModelError) -> Double? {
        try r.optionalReal("t", .nonNegative)
    }

    /// `lanchester.square` (aimed fire): `dR/dt = −beta·B`, `dB/dt = −rho·R`; invariant
    /// `I = rho·R² − beta·B²` [published]; the stronger side's survivors are `sqrt(|I|/coef)`.
    public static func square(_ f: Forces, at t: Double? = nil) -> Battle {
        let (r0, b0, rho, beta) = (f.red0, f.blue0, f.rho, f.beta)
        let invariant = rho * r0 * r0 - beta * b0 * b0
        let omega = (rho * beta).squareRoot()
        let tie = abs(invariant) <= 1e-12 * max(rho * r0 * r0, beta * b0 * b0)
        let winner: Winner, redFinal: Double, blueFinal: Double, tEnd: Double?
        if tie {
            winner = .draw
            redFinal = 0
            blueFinal = 0
            tEnd = r0 == 0 && b0 == 0 ? 0 : nil
        } else if invariant > 0 {
            winner = .red
            redFinal = (invariant / rho).squareRoot()
            blueFinal = 0
            tEnd = atanh((beta / rho).squareRoot() * b0 / r0) / omega
        } else {
            winner = .blue
            redFinal = 0
            blueFinal = (-invariant / beta).squareRoot()
            tEnd = atanh((rho / beta).squareRoot() * r0 / b0) / omega
        }
        var at: (Double, Double)? = nil
        if let t {
            if let tEnd, t >= tEnd {
                at = (redFinal, blueFinal)
            } else if winner == .draw {
                let decay = exp(-omega * t)
                at = (r0 * decay, b0 * decay)
            } else {
                let c = cosh(omega * t), s = sinh(omega * t)
                at = (r0 * c - (beta / rho).squareRoot() * b0 * s, b0 * c - (rho / beta).squareRoot() * r0 * s)
            }
        }
        return Battle(winner: winner, invariant: invariant, redFinal: redFinal, blueFinal: blueFinal, tEnd: tEnd, at: at)
    }

    /// `lanchester.linear` (area fire; also the "ancient" one-on-one law): `dR/dt = −beta·R·B`,
    /// `dB/dt = −rho·R·B`; invariant `K = rho·R − beta·B` [published]. Annihilation is only
    /// asymptotic, so `t_end` is always null.
    public static func linear(_ f: Forces, at t: Double? = nil) -> Battle {
        let (r0, b0, rho, beta) = (f.red0, f.blue0, f.rho, f.beta)
        let k = rho * r0 - beta * b0
        let tie = abs(k) <= 1e-12 * max(rho * r0, beta * b0)
        let winner: Winner = tie ? .draw : k > 0 ? .red : .blue
        let redFinal = winner == .red ? k / rho : 0
        let blueFinal = winner == .blue ? -k / beta : 0
        var at: (Double, Double)? = nil
        if let t {
            if r0 == 0 || b0 == 0 {
                at = (r0, b0)
            } else if tie {
                at = (r0 / (1 + rho * r0 * t), b0 / (1 + beta * b0 * t))
            } else {
                at = (k * r0 / (rho * r0 - beta * b0 * exp(-k * t)), -k * b0 / (beta * b0 - rho * r0 * exp(k * t)))
            }
        }
        return Battle(winner: winner, invariant: k, redFinal: redFinal, blueFinal: blueFinal, tEnd: nil, at: at)
    }

    /// `lanchester.mixed` (Deitchman 1962): conventional Red under aimed fire `dR/dt = −beta·B`,
    /// concealed Blue under area fire `dB/dt = −rho·R·B`; invariant `C = rho·R² − 2·beta·B`.
    public static func mixed(_ f: Forces, at t: Double? = nil) -> Battle {
        let (r0, b0, rho, beta) = (f.red0, f.blue0, f.rho, f.beta)
        let c = rho * r0 * r0 - 2 * beta * b0
        let tie = abs(c) <= 1e-12 * max(rho * r0 * r0, 2 * beta * b0)
        if tie {
            let both = r0 == 0 && b0 == 0
            var at: (Double, Double)? = nil
            if let t {
                let red = r0 / (1 + rho * r0 * t / 2)
                at = both ? (0, 0) : (red, rho * red * red / (2 * beta))
            }
            return Battle(winner: .draw, invariant: c, redFinal: 0, blueFinal: 0, tEnd: both ? 0 : nil, at: at)
        }
        if c > 0 {
            let rf = (c / rho).squareRoot()
            var at: (Double, Double)? = nil
            if let t {
                if b0 == 0 {
                    at = (r0, b0)
                } else {
                    let u0 = atanh(rf / r0)
                    let u = rf * rho * t / 2 + u0
                    let ratio = sinh(u0) / sinh(u)
                    at = (rf / tanh(u), b0 * ratio * ratio)
                }
            }
            return Battle(winner: .red, invariant: c, redFinal: rf, blueFinal: 0, tEnd: nil, at: at)
        }
        let s = (-c / rho).squareRoot()
        let tEnd = 2 * atan(r0 / s) / (s * rho)
        let blueFinal = -c / (2 * beta)
        var at: (Double, Double)? = nil
        if let t {
            if t >= tEnd {
                at = (0, blueFinal)
            } else {
                let red = s * tan(atan(r0 / s) - s * rho * t / 2)
                at = (red, (rho * red * red - c) / (2 * beta))
            }
        }
        return Battle(winner: .blue, invariant: c, redFinal: 0, blueFinal: blueFinal, tEnd: tEnd, at: at)
    }

    /// `lanchester.square_discrete`.
    public struct DiscreteForces: FormalResult, Equatable {
        public let red: Double, blue: Double
        public var json: JSONValue { .members(["red": .number(red), "blue": .number(blue)]) }
    }

    /// The square law stepped in discrete time, simultaneous update from the old values:
    /// `R' = max(0, R − dt·beta·B)`, `B' = max(0, B − dt·rho·R)` [standard]. The invariant is kept
    /// only up to O(dt).
    public static func squareDiscrete(_ f: Forces, dt: Double, steps: Int) -> DiscreteForces {
        squareDiscrete(red: f.red0, blue: f.blue0, rho: f.rho, beta: f.beta, dt: dt, steps: steps)
    }

    /// The same without validation, for callers that checked their inputs (the world engine's
    /// `lanchester` war mechanism fights every battle with it).
    public static func squareDiscrete(red: Double, blue: Double, rho: Double, beta: Double, dt: Double, steps: Int) -> DiscreteForces {
        var red = red, blue = blue
        for _ in 0..<steps {
            let nextRed = max(0, red - dt * beta * blue)
            let nextBlue = max(0, blue - dt * rho * red)
            if nextRed == red && nextBlue == blue { break }  // a side is gone: the state stays.
            red = nextRed
            blue = nextBlue
        }
        return DiscreteForces(red: red, blue: blue)
    }
}

// MARK: In the formal-models catalogue

extension Lanchester {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "lanchester.square", "Lanchester's square law (aimed fire): winner, survivors, annihilation time",
            .published, citation: "Lanchester 1916; Taylor 1983; catalogue §2.1", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.square(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
        FormalFunction(
            "lanchester.linear", "Lanchester's linear law (area fire): winner and survivors", .published,
            citation: "Lanchester 1916; Taylor 1983; catalogue §2.2", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.linear(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
        FormalFunction(
            "lanchester.mixed", "Deitchman's mixed law: a conventional force against a concealed one", .published,
            citation: "Deitchman 1962; catalogue §2.3", parameters: forces + [queryTime]
        ) { r throws(FormalModelError) in
            Lanchester.mixed(try Lanchester.Forces(r), at: try Lanchester.queryTime(r))
        },
    ]

    /// Its function of the formal-models catalogue stepped in discrete time, listed after the
    /// offence–defence balance's as the catalogue orders them (`anarchy formal`).
    static let discreteFormalFunctions: [FormalFunction] = [
        FormalFunction(
            "lanchester.square_discrete", "Lanchester's square law stepped in discrete time (the simulation's rule)",
            .standard, citation: "Lanchester 1916; catalogue §2.5",
            parameters: forces + [
                ParameterDoc("dt", "time step", "> 0"),
                ParameterDoc("steps", "number of steps (at most 100000000)", "integer ≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let f = try Lanchester.Forces(r)
            let dt = try r.real("dt", .positive)
            return Lanchester.squareDiscrete(f, dt: dt, steps: try r.integer("steps", minimum: 0, maximum: Richardson.maximumSteps))
        },
    ]

    private static let forces: [ParameterDoc] = [
        ParameterDoc("red0", "Red's initial force", "≥ 0"),
        ParameterDoc("blue0", "Blue's initial force", "≥ 0"),
        ParameterDoc("rho", "Red's per-unit effectiveness against Blue", "> 0"),
        ParameterDoc("beta", "Blue's per-unit effectiveness against Red", "> 0"),
    ]

    private static let queryTime = ParameterDoc("t", "time at which to report the forces", "≥ 0", default: "optional")
}
