import AnarchyCore

/// Deterrence by denial versus punishment (catalogue §8.2) [derived]: Snyder's (1961) distinction
/// in Becker's expected-utility logic. `EU_attack = q·G − (1 − q)·L − c_war − r·P`; deterred iff
/// EU_attack ≤ 0. Denial lowers q (e.g. from Lanchester), punishment raises r·P.
public enum DenialAndPunishment {
    /// Validation order q, G, L, c_war, r, P.
    public struct Parameters: Sendable, Equatable {
        public let q: Double, gain: Double, loss: Double, costOfWar: Double, r: Double, punishment: Double
        public init(_ reader: ParameterReader) throws(FormalModelError) {
            q = try reader.real("q", .unit)
            gain = try reader.real("G", .positive)
            loss = try reader.real("L", .nonNegative)
            costOfWar = try reader.real("c_war", .nonNegative)
            r = try reader.real("r", .unit)
            punishment = try reader.real("P", .nonNegative)
        }
    }

    public struct Result: FormalResult, Equatable {
        public let euAttack: Double
        public let deterred: Bool
        /// `min(1, (L + c_war + r·P)/(G + L))`: deterrence holds iff q ≤ this.
        public let qDenialThreshold: Double
        /// `q ≤ (L + c_war)/(G + L)`.
        public let denialSufficientAlone: Bool
        /// `max(0, q·G − (1−q)·L − c_war)`: the smallest r·P that deters.
        public let expectedPunishmentNeeded: Double
        public var json: JSONValue {
            .members([
                "eu_attack": .number(euAttack), "deterred": .bool(deterred), "q_denial_threshold": .number(qDenialThreshold),
                "denial_sufficient_alone": .bool(denialSufficientAlone),
                "expected_punishment_needed": .number(expectedPunishmentNeeded),
            ])
        }
    }

    public static func attack(_ p: Parameters) -> Result {
        attack(q: p.q, gain: p.gain, loss: p.loss, costOfWar: p.costOfWar, r: p.r, punishment: p.punishment)
    }

    /// The same without validation, for callers that checked their inputs (the world engine's
    /// deterrence mechanism asks it before every attack it could launch).
    public static func attack(q: Double, gain: Double, loss: Double, costOfWar: Double, r: Double, punishment: Double) -> Result {
        let withoutPunishment = q * gain - (1 - q) * loss - costOfWar
        let eu = withoutPunishment - r * punishment
        return Result(
            euAttack: eu, deterred: eu <= 0,
            qDenialThreshold: min(1, (loss + costOfWar + r * punishment) / (gain + loss)),
            denialSufficientAlone: q <= (loss + costOfWar) / (gain + loss),
            expectedPunishmentNeeded: max(0, withoutPunishment))
    }
}

// MARK: In the formal-models catalogue

extension DenialAndPunishment {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "deterrence.attack", "Deterrence by denial versus punishment: is an attack worth it?", .derived,
            citation: "after Snyder 1961 and Becker 1968; catalogue §8.2",
            parameters: [
                ParameterDoc("q", "probability the attack succeeds", "in [0, 1]"),
                ParameterDoc("G", "gain if it succeeds", "> 0"), ParameterDoc("L", "loss if it fails", "≥ 0"),
                ParameterDoc("c_war", "cost of fighting", "≥ 0"),
                ParameterDoc("r", "probability of retaliation", "in [0, 1]"),
                ParameterDoc("P", "size of punishment", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in DenialAndPunishment.attack(try DenialAndPunishment.Parameters(r)) },
    ]
}
