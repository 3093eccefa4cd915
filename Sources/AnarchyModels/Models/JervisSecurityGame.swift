import AnarchyCore
import AnarchyGames

/// Jervis's security game, parametric (catalogue §3.2) [derived] after Jervis (1978) and Glaser
/// (1997). Restraint (C) or an offensive build-up (D, cost κ); a build-up against a restrained
/// state goes undetected with probability 1 − d and then succeeds with probability ω, taking the
/// stake v; mutual restraint yields r. With `E = (1 − d)·ω·v`: `R = r, T = E − κ, S = −E − d·κ,
/// P = −κ` (the payoffs come from `Game.jervis(v:kappa:omega:d:r:)` in AnarchyGames, which the
/// tournaments use too).
public enum JervisSecurityGame {
    public struct Parameters: Sendable, Equatable {
        public let v: Double, kappa: Double, omega: Double, d: Double, r: Double
        public init(_ reader: ParameterReader) throws(FormalModelError) {
            v = try reader.real("v", .positive)
            kappa = try reader.real("kappa", .positive)
            omega = try reader.real("omega", .unit)
            d = try reader.real("d", .unit)
            r = try reader.real("r", .nonNegative)
        }
    }

    /// `jervis.security_game`.
    public struct Result: FormalResult, Equatable {
        public let game: SymmetricGame2x2
        public let expectedExploitation: Double
        public let world: JervisWorld
        /// `(κ + r)/((1 − d)·v)`: PD above it; nil when d = 1.
        public let omegaPDThreshold: Double?
        /// `κ/v`: Harmony below it; nil when d = 1.
        public let omegaHarmonyThreshold: Double?

        public var json: JSONValue {
            let analysis = game.analysis
            return .members([
                "R": .number(game.r), "S": .number(game.s), "T": .number(game.t), "P": .number(game.p),
                "E": .number(expectedExploitation), "type": .string(analysis.type.rawValue),
                "pure_ne": .array(analysis.pureNE.map(JSONValue.string)),
                "coop_br_interval": JSONValue(analysis.coopBRInterval), "world": .integer(world.number),
                "world_label": .string(world.label), "omega_pd_threshold": JSONValue(omegaPDThreshold),
                "omega_harmony_threshold": JSONValue(omegaHarmonyThreshold),
            ])
        }
    }

    public static func analyse(_ p: Parameters) -> Result {
        // The parameters are validated, so the payoffs are finite and this cannot throw.
        let payoffs = (try? Game.jervis(v: p.v, kappa: p.kappa, omega: p.omega, d: p.d, r: p.r)) ?? Game.prisonersDilemma
        let game = SymmetricGame2x2(r: payoffs.r, s: payoffs.s, t: payoffs.t, p: payoffs.p)
        let undetectable = p.d < 1
        return Result(
            game: game, expectedExploitation: (1 - p.d) * p.omega * p.v, world: JervisWorld(omega: p.omega, d: p.d),
            omegaPDThreshold: undetectable ? (p.kappa + p.r) / ((1 - p.d) * p.v) : nil,
            omegaHarmonyThreshold: undetectable ? p.kappa / p.v : nil)
    }
}

// MARK: In the formal-models catalogue

extension JervisSecurityGame {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "jervis.security_game", "Jervis's security game from stake, arming cost, offence advantage, distinguishability",
            .derived, citation: "after Jervis 1978 and Glaser 1997; catalogue §3.2",
            parameters: [
                ParameterDoc("v", "stake (value of territory/security)", "> 0"),
                ParameterDoc("kappa", "cost of arming", "> 0"),
                ParameterDoc("omega", "probability an undetected offensive succeeds (offence dominance)", "in [0, 1]"),
                ParameterDoc("d", "distinguishability: probability preparation is recognised in time", "in [0, 1]"),
                ParameterDoc("r", "peace dividend of mutual restraint", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in JervisSecurityGame.analyse(try JervisSecurityGame.Parameters(r)) },
    ]
}
