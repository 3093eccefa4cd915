import AnarchyCore

/// The separating costly signal (catalogue §4.5), Spence's (1973) lemma [standard]: being believed
/// trustworthy is worth B_T to a trustworthy sender and B_U to an untrustworthy one; a signal of
/// size s costs k·s. Only T sends s in a separating equilibrium iff B_U/k_U ≤ B_T/k_T, for
/// s ∈ [B_U/k_U, B_T/k_T]; the least-cost (intuitive-criterion) signal is B_U/k_U. Money-burning
/// (k_U = k_T) cannot reassure when greed makes being trusted worth more (Kydd 2000).
public enum SeparatingSignal {
    public struct Parameters: Sendable, Equatable {
        public let benefitT: Double, benefitU: Double
        public let costT: Double, costU: Double
        public init(_ r: ParameterReader) throws(FormalModelError) {
            benefitT = try r.real("B_T", .nonNegative)
            benefitU = try r.real("B_U", .nonNegative)
            costT = try r.real("k_T", .positive, default: 1)
            costU = try r.real("k_U", .positive, default: 1)
        }
    }

    public struct Result: FormalResult, Equatable {
        public let separatingExists: Bool
        public let sMin: Double?, sMax: Double?
        public let leastCostSignal: Double?
        public var json: JSONValue {
            .members([
                "separating_exists": .bool(separatingExists), "s_min": JSONValue(sMin), "s_max": JSONValue(sMax),
                "least_cost_signal": JSONValue(leastCostSignal),
            ])
        }
    }

    /// `s_min = B_U/k_U` (the least signal the untrustworthy type will not mimic) and
    /// `s_max = B_T/k_T` (the most the trustworthy type will pay), whether or not s_min ≤ s_max.
    public static func thresholds(benefitT: Double, benefitU: Double, costT: Double, costU: Double) -> (sMin: Double, sMax: Double) {
        (benefitU / costU, benefitT / costT)
    }

    public static func analyse(_ p: Parameters) -> Result {
        let (low, high) = thresholds(benefitT: p.benefitT, benefitU: p.benefitU, costT: p.costT, costU: p.costU)
        guard low <= high else { return Result(separatingExists: false, sMin: nil, sMax: nil, leastCostSignal: nil) }
        return Result(separatingExists: true, sMin: low, sMax: high, leastCostSignal: low)
    }
}

// MARK: In the formal-models catalogue

extension SeparatingSignal {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "signal.separating", "Separating costly signal (Spence): when only the trustworthy type signals",
            .standard, citation: "Spence 1973; Kydd 2000; catalogue §4.5",
            parameters: [
                ParameterDoc("B_T", "value of being believed trustworthy to the trustworthy type", "≥ 0"),
                ParameterDoc("B_U", "value of being believed trustworthy to the untrustworthy type", "≥ 0"),
                ParameterDoc("k_T", "signal cost per unit for the trustworthy type", "> 0", default: "1"),
                ParameterDoc("k_U", "signal cost per unit for the untrustworthy type", "> 0", default: "1"),
            ]
        ) { r throws(FormalModelError) in SeparatingSignal.analyse(try SeparatingSignal.Parameters(r)) },
    ]
}
