import AnarchyCore

/// Force requirements, the 3:1 rule and the offence–defence balance (catalogue §2.4). The ODB as
/// "the ratio of the cost of the forces the attacker requires to take territory to the cost of the
/// defender's forces" is Glaser & Kaufmann (1998) [published]; its computation through Lanchester's
/// laws with a survivor margin is [derived]. The 3:1 rule: Mearsheimer (1989), Epstein (1989).
public enum OffenseDefenseBalance {
    public enum Law: String, Sendable, CaseIterable { case square, linear }

    public struct Requirement: FormalResult, Equatable {
        /// The infimum of winning attacker:defender force ratios.
        public let forceRatioRequired: Double
        /// `cost_ratio × force_ratio_required`.
        public let odb: Double
        /// ODB > 1.
        public let defenseAdvantaged: Bool
        /// ODB < 1.
        public let offenseAdvantaged: Bool
        public var json: JSONValue {
            .members([
                "force_ratio_required": .number(forceRatioRequired), "odb": .number(odb),
                "defense_advantaged": .bool(defenseAdvantaged), "offense_advantaged": .bool(offenseAdvantaged),
            ])
        }
    }

    /// `lanchester.requirement`: the attacker (Red) must win keeping a fraction `s` of its force;
    /// with defender advantage `m = beta/rho` the ratio is `sqrt(m/(1 − s²))` (square law) or
    /// `m/(1 − s)` (linear law).
    /// - Parameters: law; defenderAdvantage > 0; costRatio > 0 (attacker unit cost / defender unit
    ///   cost); survivorFraction in [0, 1).
    public static func requirement(law: Law, defenderAdvantage m: Double, costRatio: Double, survivorFraction s: Double) -> Requirement {
        let ratio = switch law {
        case .square: (m / (1 - s * s)).squareRoot()
        case .linear: m / (1 - s)
        }
        let odb = costRatio * ratio
        return Requirement(forceRatioRequired: ratio, odb: odb, defenseAdvantaged: odb > 1, offenseAdvantaged: odb < 1)
    }

    public struct ImpliedAdvantage: FormalResult, Equatable {
        public let defenderAdvantage: Double
        public var json: JSONValue { .members(["defender_advantage": .number(defenderAdvantage)]) }
    }

    /// `lanchester.implied_advantage`: a k:1 rule implies a per-unit defender advantage k² (square)
    /// or k (linear); the classic 3:1 rule means 9 or 3.
    public static func impliedAdvantage(law: Law, forceRatio k: Double) -> ImpliedAdvantage {
        ImpliedAdvantage(defenderAdvantage: law == .square ? k * k : k)
    }
}

// MARK: In the formal-models catalogue

extension OffenseDefenseBalance {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "lanchester.requirement", "Required attacker:defender force ratio and the Glaser–Kaufmann ODB", .derived,
            citation: "Glaser & Kaufmann 1998; Mearsheimer 1989; catalogue §2.4",
            parameters: [
                law, ParameterDoc("defender_advantage", "defender's per-unit effectiveness / attacker's (m)", "> 0"),
                ParameterDoc("cost_ratio", "cost per attacker unit / cost per defender unit", "> 0", default: "1"),
                ParameterDoc("survivor_fraction", "share of the attacker's force that must survive", "in [0, 1)", default: "0"),
            ]
        ) { r throws(FormalModelError) in
            let law: OffenseDefenseBalance.Law = try r.choice("law")
            let m = try r.real("defender_advantage", .positive)
            let cost = try r.real("cost_ratio", .positive, default: 1)
            let s = try r.real("survivor_fraction", .unitBelowOne, default: 0)
            return OffenseDefenseBalance.requirement(law: law, defenderAdvantage: m, costRatio: cost, survivorFraction: s)
        },
        FormalFunction(
            "lanchester.implied_advantage", "The defender advantage a k:1 rule of thumb implies (3:1 → 9 or 3)",
            .derived, citation: "Epstein 1989; catalogue §2.4",
            parameters: [law, ParameterDoc("force_ratio", "the rule's attacker:defender ratio k", "> 0")]
        ) { r throws(FormalModelError) in
            let law: OffenseDefenseBalance.Law = try r.choice("law")
            return OffenseDefenseBalance.impliedAdvantage(law: law, forceRatio: try r.real("force_ratio", .positive))
        },
    ]

    private static let law = ParameterDoc("law", "attrition law", "square | linear")
}
