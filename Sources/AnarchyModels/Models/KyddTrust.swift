import AnarchyCore

/// Trust and the security dilemma (catalogue §4.1–4.3), after Kydd (1997, 2000, 2005 ch. 2). Payoffs
/// of player i: CC 1, CD −c, DC gᵢ, DD 0. A trustworthy type (security seeker, g < 1) has assurance
/// preferences; an untrustworthy one (greedy, g > 1) has Prisoner's Dilemma preferences. The
/// parametrisation is ours and all closed forms are [derived] after Kydd, checked numerically.
public enum KyddTrust {
    /// The two-type stage game (validation order c, g_low, g_high).
    public struct Types: Sendable, Equatable {
        /// The cost of being exploited, > 0.
        public let c: Double
        /// The trustworthy type's temptation, in [0, 1).
        public let gLow: Double
        /// The untrustworthy type's temptation, > 1.
        public let gHigh: Double

        public init(_ r: ParameterReader) throws(FormalModelError) {
            c = try r.real("c", .positive)
            gLow = try r.real("g_low", .unitBelowOne)
            gHigh = try r.real("g_high", .greaterThan(1))
        }

        /// `τ = c/(1 − g_low + c)`: the trustworthy type cooperates iff Pr(other cooperates) ≥ τ.
        public var trustThreshold: Double { c / (1 - gLow + c) }
    }

    /// `kydd.sd_two_type`.
    public struct TwoTypeResult: FormalResult, Equatable {
        public let tau: Double
        /// The trusting equilibrium exists iff pi1 ≥ τ and pi2 ≥ τ.
        public let coopEquilibriumExists: Bool
        /// pi1·pi2 when it exists, else 0.
        public let pMutualCooperation: Double
        /// `[τ/pi1, τ/pi2]` when pi1 > τ and pi2 > τ.
        public let mixedSigma: [Double]?
        public var json: JSONValue {
            .members([
                "tau": .number(tau), "coop_eq_exists": .bool(coopEquilibriumExists),
                "p_mutual_coop": .number(pMutualCooperation), "mixed_sigma": JSONValue(mixedSigma),
            ])
        }
    }

    /// Bayesian Nash equilibria of the two-type game; `pi1` is 2's trust in 1, `pi2` 1's trust in 2.
    public static func twoType(_ types: Types, pi1: Double, pi2: Double) -> TwoTypeResult {
        let tau = types.trustThreshold
        let exists = pi1 >= tau && pi2 >= tau
        return TwoTypeResult(
            tau: tau, coopEquilibriumExists: exists, pMutualCooperation: exists ? pi1 * pi2 : 0,
            mixedSigma: pi1 > tau && pi2 > tau ? [tau / pi1, tau / pi2] : nil)
    }

    /// `kydd.sd_uniform`.
    public struct UniformResult: FormalResult, Equatable {
        public let coopEquilibriumExists: Bool
        /// `(1 + c)²/(4c)`.
        public let gMaxBound: Double
        public let cutoffHigh: Double?, cutoffLow: Double?
        public let coopProbabilityHigh: Double
        public let mutualCoopProbabilityHigh: Double
        public var json: JSONValue {
            .members([
                "coop_eq_exists": .bool(coopEquilibriumExists), "g_max_bound": .number(gMaxBound),
                "cutoff_high": JSONValue(cutoffHigh), "cutoff_low": JSONValue(cutoffLow),
                "coop_prob_high": .number(coopProbabilityHigh), "mutual_coop_prob_high": .number(mutualCoopProbabilityHigh),
            ])
        }
    }

    /// Temptations i.i.d. uniform on [0, g_max]: symmetric cutoff equilibria solve
    /// `ĝ² − (1 + c)·ĝ + c·g_max = 0` and exist iff c < 1 and g_max ≤ (1+c)²/(4c). The high root is
    /// stable under best-response iteration, the low one unstable; all-defect is always an equilibrium.
    public static func uniform(c: Double, gMax: Double) -> UniformResult {
        let bound = (1 + c) * (1 + c) / (4 * c)
        guard c < 1, gMax <= bound else {
            return UniformResult(
                coopEquilibriumExists: false, gMaxBound: bound, cutoffHigh: nil, cutoffLow: nil,
                coopProbabilityHigh: 0, mutualCoopProbabilityHigh: 0)
        }
        // A double root (g_max at the bound) can round to a tiny negative discriminant.
        let root = max(0, (1 + c) * (1 + c) - 4 * c * gMax).squareRoot()
        let high = ((1 + c) + root) / 2, low = ((1 + c) - root) / 2
        let share = high / gMax
        return UniformResult(
            coopEquilibriumExists: true, gMaxBound: bound, cutoffHigh: high, cutoffLow: low,
            coopProbabilityHigh: share, mutualCoopProbabilityHigh: share * share)
    }

    /// `kydd.sequential`.
    public struct SequentialResult: FormalResult, Equatable {
        /// `c/(1 + c)`.
        public let firstMoverThreshold: Double
        public let firstMoverCooperates: Bool
        public let pMutualCooperation: Double
        /// τ of the simultaneous game, for comparison (≥ the first-mover threshold).
        public let simultaneousThreshold: Double
        public var json: JSONValue {
            .members([
                "first_mover_threshold": .number(firstMoverThreshold), "first_mover_cooperates": .bool(firstMoverCooperates),
                "p_mutual_coop": .number(pMutualCooperation), "simultaneous_threshold": .number(simultaneousThreshold),
            ])
        }
    }

    /// Reassurance by moving first: the responder's trustworthy type reciprocates C, its
    /// untrustworthy type exploits it, both answer D with D; the first mover of either type
    /// cooperates iff pi2 ≥ c/(1 + c), so sequencing lowers the trust needed.
    public static func sequential(_ types: Types, pi2: Double) -> SequentialResult {
        let threshold = types.c / (1 + types.c)
        let cooperates = pi2 >= threshold
        return SequentialResult(
            firstMoverThreshold: threshold, firstMoverCooperates: cooperates, pMutualCooperation: cooperates ? pi2 : 0,
            simultaneousThreshold: types.trustThreshold)
    }
}

// MARK: In the formal-models catalogue

extension KyddTrust {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "kydd.sd_two_type", "Security Dilemma Game with two types: trust threshold and the trusting equilibrium",
            .derived, citation: "after Kydd 1997, 2005; catalogue §4.1",
            parameters: kyddTypes + [
                ParameterDoc("pi1", "probability player 1 is trustworthy (2's trust in 1)", "in [0, 1]"),
                ParameterDoc("pi2", "probability player 2 is trustworthy (1's trust in 2)", "in [0, 1]"),
            ]
        ) { r throws(FormalModelError) in
            let types = try KyddTrust.Types(r)
            let pi1 = try r.real("pi1", .unit)
            return KyddTrust.twoType(types, pi1: pi1, pi2: try r.real("pi2", .unit))
        },
        FormalFunction(
            "kydd.sd_uniform", "Security Dilemma Game with uniform temptations: cooperative cutoff equilibria",
            .derived, citation: "after Kydd 2005; catalogue §4.2",
            parameters: [
                ParameterDoc("c", "cost of being exploited", "> 0"),
                ParameterDoc("g_max", "upper end of the uniform temptation distribution", "> 1"),
            ]
        ) { r throws(FormalModelError) in
            let c = try r.real("c", .positive)
            return KyddTrust.uniform(c: c, gMax: try r.real("g_max", .greaterThan(1)))
        },
        FormalFunction(
            "kydd.sequential", "Reassurance by moving first: the first mover's trust threshold c/(1+c)", .derived,
            citation: "after Kydd 2000; catalogue §4.3",
            parameters: kyddTypes + [ParameterDoc("pi2", "first mover's trust in the responder", "in [0, 1]")]
        ) { r throws(FormalModelError) in
            let types = try KyddTrust.Types(r)
            return KyddTrust.sequential(types, pi2: try r.real("pi2", .unit))
        },
    ]

    private static let kyddTypes: [ParameterDoc] = [
        ParameterDoc("c", "cost of being exploited", "> 0"),
        ParameterDoc("g_low", "temptation of the trustworthy type (security seeker)", "in [0, 1)"),
        ParameterDoc("g_high", "temptation of the untrustworthy type (greedy)", "> 1"),
    ]
}
