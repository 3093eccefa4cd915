import AnarchyCore

/// Preventive war as a commitment problem (catalogue §6), [derived] after Fearon (1995) and Powell
/// (2006): a rising state R cannot commit not to exploit its future power, so a large, rapid shift
/// leaves the declining state D a war now worth more than the best peace R can credibly offer.
public enum PowellPreventiveWar {
    public enum Horizon: String, Sendable, CaseIterable {
        case twoStage = "two_stage", infinite
    }

    public enum Stage2Split: String, Sendable, CaseIterable {
        /// After the shift D gets what leaves R indifferent to war (the case most favourable to peace).
        case maxConcession = "max_concession"
        /// After the shift D gets its own war value (R makes the offers).
        case minConcession = "min_concession"
    }

    /// Validation order p1, p2, c_D, c_R, horizon, stage2_split, delta, phi.
    public struct Parameters: Sendable, Equatable {
        /// R's probability of winning before and after the shift.
        public let p1: Double, p2: Double
        /// Lump-sum costs of war, in units of one period's flow.
        public let costD: Double, costR: Double
        public let horizon: Horizon
        public let split: Stage2Split
        /// Weight of stage 2 (two-stage, in (0, 1]) or the discount factor (infinite, in [0, 1)).
        public let delta: Double
        /// Value divisible before the shift (two-stage only).
        public let phi: Double

        public init(_ r: ParameterReader) throws(FormalModelError) {
            p1 = try r.real("p1", .unit)
            p2 = try r.real("p2", .unit)
            costD = try r.real("c_D", .nonNegative)
            costR = try r.real("c_R", .nonNegative)
            horizon = try r.choice("horizon", default: .twoStage)
            split = try r.choice("stage2_split", default: .maxConcession)
            delta = try r.real("delta", horizon == .twoStage ? .unitAboveZero : .unitBelowOne)
            phi = try r.real("phi", .nonNegative, default: 0)
        }
    }

    public struct Result: FormalResult, Equatable {
        /// W > V (strict).
        public let war: Bool
        /// W: D's value of fighting now.
        public let warValue: Double
        /// V: the best peace R can credibly offer D.
        public let peaceValue: Double
        public let shift: Double
        public var margin: Double { warValue - peaceValue }
        public var json: JSONValue {
            .members([
                "war": .bool(war), "D_war_value": .number(warValue), "D_max_peace_value": .number(peaceValue),
                "shift": .number(shift), "margin": .number(margin),
            ])
        }
    }

    /// Two-stage: `W = (1 − p1)(φ + δ) − c_D`, `V = φ + δ·s2`; infinite horizon:
    /// `W = (1 − p1)/(1 − δ) − c_D`, `V = 1 + δ·s2`; s2 is D's stage-2 share under the split rule.
    public static func analyse(_ p: Parameters) -> Result {
        switch p.horizon {
        case .twoStage:
            return twoStage(p1: p.p1, p2: p.p2, costD: p.costD, costR: p.costR, delta: p.delta, phi: p.phi, split: p.split)
        case .infinite:
            let w = (1 - p.p1) / (1 - p.delta) - p.costD
            let s2 = switch p.split {
            case .maxConcession: min(1 / (1 - p.delta), (1 - p.p2) / (1 - p.delta) + p.costR)
            case .minConcession: max(0, (1 - p.p2) / (1 - p.delta) - p.costD)
            }
            let v = 1 + p.delta * s2
            return Result(war: w > v, warValue: w, peaceValue: v, shift: p.p2 - p.p1)
        }
    }

    /// The two-stage model without validation, for callers that checked their inputs (the world
    /// engine's preventive-war mechanism calls it once per rising neighbour per tick):
    /// `W = (1 − p1)(φ + δ) − c_D`, `V = φ + δ·s2`, war iff W > V.
    public static func twoStage(
        p1: Double, p2: Double, costD: Double, costR: Double, delta: Double, phi: Double = 0,
        split: Stage2Split = .maxConcession
    ) -> Result {
        let w = (1 - p1) * (phi + delta) - costD
        let s2 = switch split {
        case .maxConcession: min(1, 1 - p2 + costR)
        case .minConcession: max(0, 1 - p2 - costD)
        }
        let v = phi + delta * s2
        return Result(war: w > v, warValue: w, peaceValue: v, shift: p2 - p1)
    }
}

// MARK: In the formal-models catalogue

extension PowellPreventiveWar {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "powell.preventive", "Preventive war as a commitment problem under shifting power", .derived,
            citation: "after Fearon 1995 and Powell 2006; catalogue §6",
            parameters: [
                ParameterDoc("p1", "rising state's probability of winning before the shift", "in [0, 1]"),
                ParameterDoc("p2", "rising state's probability of winning after the shift", "in [0, 1]"),
                ParameterDoc("c_D", "declining state's cost of war", "≥ 0"),
                ParameterDoc("c_R", "rising state's cost of war", "≥ 0"),
                ParameterDoc("horizon", "two stages or an infinite horizon", "two_stage | infinite", default: "two_stage"),
                ParameterDoc(
                    "stage2_split", "what the declining state gets after the shift", "max_concession | min_concession",
                    default: "max_concession"),
                ParameterDoc("delta", "weight of stage 2 / discount factor", "in (0, 1] two-stage; in [0, 1) infinite"),
                ParameterDoc("phi", "value divisible before the shift (two-stage only)", "≥ 0", default: "0"),
            ]
        ) { r throws(FormalModelError) in PowellPreventiveWar.analyse(try PowellPreventiveWar.Parameters(r)) },
    ]
}
