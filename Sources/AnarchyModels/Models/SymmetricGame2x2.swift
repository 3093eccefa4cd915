import AnarchyCore

/// Analysis of a symmetric 2×2 game (catalogue §3.1) [standard]; risk dominance after Harsanyi &
/// Selten (1988). Row payoffs R (CC), S (CD), T (DC), P (DD); `a = R − T`, `b = S − P`. The
/// belief threshold `p* = b/(b − a)` is Jervis's (1978) stag-hunt condition: a state cooperates iff
/// its confidence that the other cooperates is at least p*; p* falls as R or S rise and rises as T
/// or P rise — Jervis's four levers.
public struct SymmetricGame2x2: Sendable, Equatable {
    public let r: Double, s: Double, t: Double, p: Double

    /// Payoffs read in the order R, S, T, P (any finite reals).
    public init(_ reader: ParameterReader) throws(FormalModelError) {
        r = try reader.real("R", .any)
        s = try reader.real("S", .any)
        t = try reader.real("T", .any)
        p = try reader.real("P", .any)
    }

    public init(r: Double, s: Double, t: Double, p: Double) {
        self.r = r
        self.s = s
        self.t = t
        self.p = p
    }

    /// The advantage of C over D when the other plays C.
    public var a: Double { r - t }
    /// The advantage of C over D when the other plays D.
    public var b: Double { s - p }

    public enum GameType: String, Sendable {
        case harmony
        case prisonersDilemma = "prisoners_dilemma"
        case deadlock
        case stagHunt = "stag_hunt"
        case coordination, chicken, degenerate
    }

    public var type: GameType {
        let (a, b) = (a, b)
        if a == 0 || b == 0 { return .degenerate }
        if a > 0 && b > 0 { return .harmony }
        if a < 0 && b < 0 { return r > p ? .prisonersDilemma : .deadlock }
        if a > 0 { return r > p ? .stagHunt : .coordination }
        return .chicken
    }

    /// All pure equilibria, weak ones included, sorted: CC iff a ≥ 0, DD iff b ≤ 0, CD and DC iff
    /// a ≤ 0 ≤ b.
    public var pureEquilibria: [String] {
        var out: [String] = []
        if a >= 0 { out.append("CC") }
        if a <= 0 && b >= 0 { out += ["CD", "DC"] }
        if b <= 0 { out.append("DD") }
        return out
    }

    /// `p* = b/(b − a)`, the probability of C in the completely mixed symmetric equilibrium; only
    /// when a and b are non-zero with opposite signs.
    public var mixedProbability: Double? {
        guard a != 0, b != 0, (a > 0) != (b > 0) else { return nil }
        return b / (b - a)
    }

    /// The beliefs p = Pr(other plays C) in [0, 1] at which C is a weak best response
    /// (`p·a + (1−p)·b ≥ 0`); nil when empty.
    public var cooperationInterval: (lower: Double, upper: Double)? {
        let (a, b) = (a, b)
        if a >= 0 && b >= 0 { return (0, 1) }
        if a < 0 && b < 0 { return nil }
        let threshold = b / (b - a)
        return a >= 0 ? (threshold, 1) : (0, threshold)
    }

    /// Harsanyi–Selten risk dominance, only when a > 0 > b: "CC", "DD" or "tie".
    public var riskDominant: String? {
        guard a > 0, b < 0 else { return nil }
        let cc = (r - t) * (r - t), dd = (p - s) * (p - s)
        return cc > dd ? "CC" : cc < dd ? "DD" : "tie"
    }

    /// `game2x2.symmetric`.
    public struct Analysis: FormalResult, Equatable {
        public let type: GameType
        public let pureNE: [String]
        public let mixedP: Double?
        public let coopBRInterval: [Double]?
        public let riskDominant: String?
        public var json: JSONValue {
            .members([
                "type": .string(type.rawValue), "pure_ne": .array(pureNE.map(JSONValue.string)),
                "mixed_p": JSONValue(mixedP), "coop_br_interval": JSONValue(coopBRInterval),
                "risk_dominant": JSONValue(riskDominant),
            ])
        }
    }

    public var analysis: Analysis {
        Analysis(
            type: type, pureNE: pureEquilibria, mixedP: mixedProbability,
            coopBRInterval: cooperationInterval.map { [$0.lower, $0.upper] }, riskDominant: riskDominant)
    }
}

// MARK: In the formal-models catalogue

extension SymmetricGame2x2 {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "game2x2.symmetric", "Symmetric 2×2 game: type, pure equilibria, mixed equilibrium, belief threshold",
            .standard, citation: "Jervis 1978; Harsanyi & Selten 1988; catalogue §3.1", parameters: payoffs
        ) { r throws(FormalModelError) in try SymmetricGame2x2(r).analysis },
    ]

    /// The four payoffs of a symmetric 2×2 game (the repeated games and evolution read them too).
    static let payoffs: [ParameterDoc] = [
        ParameterDoc("R", "payoff of mutual cooperation (CC)", "any real"),
        ParameterDoc("S", "payoff of cooperating against defection (CD)", "any real"),
        ParameterDoc("T", "payoff of defecting against cooperation (DC)", "any real"),
        ParameterDoc("P", "payoff of mutual defection (DD)", "any real"),
    ]
}
