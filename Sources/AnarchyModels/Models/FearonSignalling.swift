import AnarchyCore

/// Tying hands versus sinking costs (catalogue §7), a two-type version [derived] after Fearon
/// (1997). A defender values the issue at v_H (resolved: p·v_H − c ≥ 0) or v_L (irresolute); a
/// challenger is tough with probability θ and then challenges regardless. Reproduced: no bluffing,
/// tying hands pays better in separating equilibria (by exactly π_H·m_min), and audience costs can
/// commit the low type too, raising the risk of war from π_H·θ to θ.
public enum FearonSignalling {
    /// Validation order v_L, v_H, p, c, theta, pi_H, resolvedness (v_H), irresoluteness (v_L).
    public struct Defender: Sendable, Equatable {
        public let vHigh: Double, vLow: Double
        /// The defender's probability of winning a war, in (0, 1).
        public let p: Double
        /// The defender's cost of war, > 0.
        public let c: Double
        /// The probability that the challenger is tough, in [0, 1).
        public let theta: Double
        /// The prior probability of the high type.
        public let piHigh: Double

        public init(_ r: ParameterReader) throws(FormalModelError) {
            vLow = try r.real("v_L", .positive)
            vHigh = try r.real("v_H", .greaterThan(vLow, "v_L"))
            p = try r.real("p", .openUnit)
            c = try r.real("c", .positive)
            theta = try r.real("theta", .unitBelowOne)
            piHigh = try r.real("pi_H", .unit)
            try r.require(p * vHigh - c >= 0, "v_H", "the high type must be resolved: p·v_H − c ≥ 0 (got \(p * vHigh - c))")
            try r.require(p * vLow - c < 0, "v_L", "the low type must be irresolute: p·v_L − c < 0 (got \(p * vLow - c))")
        }

        /// The high type's payoff when it separates without paying anything up front.
        var highTypeValue: Double { (1 - theta) * vHigh + theta * (p * vHigh - c) }
    }

    /// `fearon97.sunk_costs`.
    public struct SunkCosts: FormalResult, Equatable {
        public let separatingExists: Bool
        public let mMin: Double?, mMax: Double?
        public let probabilityWar: Double?
        public let defenderExpectedPayoff: Double?
        public var json: JSONValue {
            .members([
                "separating_exists": .bool(separatingExists), "m_min": JSONValue(mMin), "m_max": JSONValue(mMax),
                "prob_war": JSONValue(probabilityWar), "D_expected_payoff": JSONValue(defenderExpectedPayoff),
            ])
        }
    }

    /// The separating equilibrium in which only H mobilises at cost m exists iff
    /// `v_L ≤ (1−p)·v_H + c`, for `(1−θ)v_L ≤ m ≤ (1−θ)((1−p)v_H + c)`; at the least-cost m war
    /// happens with probability π_H·θ.
    public static func sunkCosts(_ d: Defender) -> SunkCosts {
        guard d.vLow <= (1 - d.p) * d.vHigh + d.c else {
            return SunkCosts(separatingExists: false, mMin: nil, mMax: nil, probabilityWar: nil, defenderExpectedPayoff: nil)
        }
        let mMin = (1 - d.theta) * d.vLow
        return SunkCosts(
            separatingExists: true, mMin: mMin, mMax: (1 - d.theta) * ((1 - d.p) * d.vHigh + d.c),
            probabilityWar: d.piHigh * d.theta, defenderExpectedPayoff: d.piHigh * (d.highTypeValue - mMin))
    }

    public enum Regime: String, Sendable {
        case separating
        case poolingCommitment = "pooling_commitment"
        case uncharacterized
    }

    /// `fearon97.tying_hands`.
    public struct TyingHands: FormalResult, Equatable {
        public let regime: Regime
        /// The smallest audience cost that separates, `(1−θ)v_L/θ`; nil if θ = 0 or above the cap.
        public let aMin: Double?
        /// `c − p·v_L`: above it a tied low type would rather fight than back down.
        public let commitmentCap: Double
        public let lowTypeFightsIfTied: Bool
        /// `(1−θ)v_L − θ·min(a, cap)`.
        public let mimicPayoffLow: Double
        public let probabilityWar: Double?
        public let defenderExpectedPayoff: Double?
        /// Whether these parameters give the separating regime.
        public var separatingExists: Bool { regime == .separating }
        public var json: JSONValue {
            .members([
                "regime": .string(regime.rawValue), "separating_exists": .bool(separatingExists), "a_min": JSONValue(aMin),
                "commitment_cap": .number(commitmentCap), "low_type_fights_if_tied": .bool(lowTypeFightsIfTied),
                "mimic_payoff_L": .number(mimicPayoffLow), "prob_war": JSONValue(probabilityWar),
                "D_expected_payoff": JSONValue(defenderExpectedPayoff),
            ])
        }
    }

    /// Audience cost `a ≥ 0`, paid only on backing down.
    public static func tyingHands(_ d: Defender, audienceCost a: Double) -> TyingHands {
        let cap = d.c - d.p * d.vLow
        let mimic = (1 - d.theta) * d.vLow - d.theta * min(a, cap)
        let fights = a >= cap
        let aMin: Double? = d.theta == 0 ? nil : (1 - d.theta) * d.vLow / d.theta
        let regime: Regime = mimic <= 0 ? .separating : fights ? .poolingCommitment : .uncharacterized
        let (war, payoff): (Double?, Double?) = switch regime {
        case .separating: (d.piHigh * d.theta, d.piHigh * d.highTypeValue)
        case .poolingCommitment:
            (d.theta, d.piHigh * d.highTypeValue + (1 - d.piHigh) * ((1 - d.theta) * d.vLow + d.theta * (d.p * d.vLow - d.c)))
        case .uncharacterized: (nil, nil)
        }
        return TyingHands(
            regime: regime, aMin: aMin.flatMap { $0 > cap ? nil : $0 }, commitmentCap: cap, lowTypeFightsIfTied: fights,
            mimicPayoffLow: mimic, probabilityWar: war, defenderExpectedPayoff: payoff)
    }
}

// MARK: In the formal-models catalogue

extension FearonSignalling {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "fearon97.sunk_costs", "Signalling resolve by sinking costs (mobilisation): the separating equilibrium",
            .derived, citation: "after Fearon 1997; catalogue §7", parameters: defender
        ) { r throws(FormalModelError) in FearonSignalling.sunkCosts(try FearonSignalling.Defender(r)) },
        FormalFunction(
            "fearon97.tying_hands", "Signalling resolve by tying hands (audience costs): regime and risk of war",
            .derived, citation: "after Fearon 1997; catalogue §7",
            parameters: defender + [ParameterDoc("a", "audience cost paid on backing down", "≥ 0")]
        ) { r throws(FormalModelError) in
            let d = try FearonSignalling.Defender(r)
            return FearonSignalling.tyingHands(d, audienceCost: try r.real("a", .nonNegative))
        },
    ]

    private static let defender: [ParameterDoc] = [
        ParameterDoc("v_L", "the irresolute type's value of the issue", "> 0"),
        ParameterDoc("v_H", "the resolved type's value of the issue", "> v_L"),
        ParameterDoc("p", "defender's probability of winning a war", "in (0, 1)"),
        ParameterDoc("c", "defender's cost of war (p·v_H − c ≥ 0 > p·v_L − c)", "> 0"),
        ParameterDoc("theta", "probability the challenger is tough", "in [0, 1)"),
        ParameterDoc("pi_H", "prior probability of the resolved type", "in [0, 1]"),
    ]
}
