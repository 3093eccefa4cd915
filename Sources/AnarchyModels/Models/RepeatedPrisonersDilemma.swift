import AnarchyCore

/// The shadow of the future (catalogue §10.1–10.2): grim trigger [standard] and Axelrod's (1984,
/// Proposition 2) collective stability of tit for tat [published]; Axelrod & Keohane (1985).
public enum RepeatedPrisonersDilemma {
    /// PD payoffs: R, S, T, P finite, then T > R > P > S (`not_a_prisoners_dilemma` otherwise).
    public static func payoffs(_ r: ParameterReader) throws(FormalModelError) -> SymmetricGame2x2 {
        let game = try SymmetricGame2x2(r)
        guard game.t > game.r, game.r > game.p, game.p > game.s else {
            throw FormalModelError(
                .notAPrisonersDilemma,
                message: "payoffs must satisfy T > R > P > S (got R=\(game.r), S=\(game.s), T=\(game.t), P=\(game.p))")
        }
        return game
    }

    /// `repeated.grim_trigger`.
    public struct GrimTrigger: FormalResult, Equatable {
        /// `(T − R)/(T − P)`.
        public let deltaMin: Double
        public let cooperationSustainable: Bool
        public var json: JSONValue {
            .members(["delta_min": .number(deltaMin), "cooperation_sustainable": .bool(cooperationSustainable)])
        }
    }

    /// Mutual cooperation is subgame perfect under grim trigger iff δ ≥ (T − R)/(T − P).
    public static func grimTrigger(_ g: SymmetricGame2x2, delta: Double) -> GrimTrigger {
        let threshold = (g.t - g.r) / (g.t - g.p)
        return GrimTrigger(deltaMin: threshold, cooperationSustainable: delta >= threshold)
    }

    /// `repeated.tft`.
    public struct TitForTat: FormalResult, Equatable {
        public let wMin: Double, wMinAllD: Double, wMinAlternation: Double
        public let collectivelyStable: Bool
        /// 2R > T + S (Axelrod's extra requirement; otherwise w_min can exceed 1).
        public let axelrodPD: Bool
        public let valueTFTvsTFT: Double, valueAllDvsTFT: Double, valueAlternationVsTFT: Double
        public var json: JSONValue {
            .members([
                "w_min": .number(wMin), "w_min_alld": .number(wMinAllD), "w_min_alternation": .number(wMinAlternation),
                "collectively_stable": .bool(collectivelyStable), "axelrod_pd": .bool(axelrodPD),
                "V_tft_tft": .number(valueTFTvsTFT), "V_alld_tft": .number(valueAllDvsTFT),
                "V_alt_tft": .number(valueAlternationVsTFT),
            ])
        }
    }

    /// TFT is collectively stable iff `w ≥ max((T−R)/(T−P), (T−R)/(R−S))`, the bounds guarding
    /// against ALL-D and against alternation; discounted values against TFT: `R/(1−w)`,
    /// `T + wP/(1−w)`, `(T + wS)/(1 − w²)`.
    public static func titForTat(_ g: SymmetricGame2x2, w: Double) -> TitForTat {
        let allD = (g.t - g.r) / (g.t - g.p), alternation = (g.t - g.r) / (g.r - g.s)
        let threshold = max(allD, alternation)
        return TitForTat(
            wMin: threshold, wMinAllD: allD, wMinAlternation: alternation, collectivelyStable: w >= threshold,
            axelrodPD: 2 * g.r > g.t + g.s, valueTFTvsTFT: g.r / (1 - w), valueAllDvsTFT: g.t + w * g.p / (1 - w),
            valueAlternationVsTFT: (g.t + w * g.s) / (1 - w * w))
    }
}

// MARK: In the formal-models catalogue

extension RepeatedPrisonersDilemma {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "repeated.grim_trigger", "Grim trigger: the discount factor that sustains cooperation in a repeated PD",
            .standard, citation: "Axelrod & Keohane 1985; catalogue §10.1",
            parameters: SymmetricGame2x2.payoffs + [ParameterDoc("delta", "discount factor or continuation probability", "in [0, 1)")]
        ) { r throws(FormalModelError) in
            let game = try RepeatedPrisonersDilemma.payoffs(r)
            return RepeatedPrisonersDilemma.grimTrigger(game, delta: try r.real("delta", .unitBelowOne))
        },
        FormalFunction(
            "repeated.tft", "Tit for tat's collective stability (Axelrod's Proposition 2)", .published,
            citation: "Axelrod 1984; catalogue §10.2",
            parameters: SymmetricGame2x2.payoffs + [ParameterDoc("w", "continuation probability", "in [0, 1)")]
        ) { r throws(FormalModelError) in
            let game = try RepeatedPrisonersDilemma.payoffs(r)
            return RepeatedPrisonersDilemma.titForTat(game, w: try r.real("w", .unitBelowOne))
        },
    ]
}
