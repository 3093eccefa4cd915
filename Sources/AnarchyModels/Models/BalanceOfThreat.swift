#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// A balance-of-threat index (catalogue §9.4) [operationalisation]: Walt (1985, 1987) names four
/// sources of threat but gives no formula. Proximity is a linear loss-of-strength gradient after
/// Boulding (1962), `max(0, 1 − distance/reach)`; threat is the weighted geometric mean
/// `power^{w1}·proximity^{w2}·offense^{w3}·intent^{w4}`, 0 if a positively weighted component is 0.
/// The weights are the user's choice (default equal).
public enum BalanceOfThreat {
    /// Validation order power_share, offense, intent, distance, reach, weights.
    public struct Parameters: Sendable, Equatable {
        public let powerShare: Double, offense: Double, intent: Double
        public let distance: Double, reach: Double
        /// Four weights ≥ 0 summing to 1 (±1e-9).
        public let weights: [Double]
        public init(_ r: ParameterReader) throws(FormalModelError) {
            powerShare = try r.real("power_share", .unit)
            offense = try r.real("offense", .unit)
            intent = try r.real("intent", .unit)
            distance = try r.real("distance", .nonNegative)
            reach = try r.real("reach", .positive)
            weights = try r.realList("weights", .nonNegative, count: 4, default: [0.25, 0.25, 0.25, 0.25])
            let total = weights.reduce(0, +)
            try r.require(abs(total - 1) <= 1e-9, "weights", "must sum to 1 (±1e-9) (got \(total))")
        }
    }

    public struct Result: FormalResult, Equatable {
        public let proximity: Double
        public let threat: Double
        public var json: JSONValue { .members(["proximity": .number(proximity), "threat": .number(threat)]) }
    }

    public static func assess(_ p: Parameters) -> Result {
        let proximity = max(0, 1 - p.distance / p.reach)
        let components = [p.powerShare, proximity, p.offense, p.intent]
        var threat = 1.0
        for (component, weight) in zip(components, p.weights) where weight > 0 {
            threat *= component == 0 ? 0 : pow(component, weight)
        }
        return Result(proximity: proximity, threat: threat)
    }
}

// MARK: In the formal-models catalogue

extension BalanceOfThreat {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "walt.threat", "Balance-of-threat index (an operationalisation of Walt's four sources)",
            .operationalisation, citation: "Walt 1985, 1987; Boulding 1962; catalogue §9.4",
            parameters: [
                ParameterDoc("power_share", "aggregate power share", "in [0, 1]"),
                ParameterDoc("offense", "offensive capability", "in [0, 1]"),
                ParameterDoc("intent", "perceived aggressive intentions", "in [0, 1]"),
                ParameterDoc("distance", "distance to the threatening state", "≥ 0"),
                ParameterDoc("reach", "distance at which power no longer projects", "> 0"),
                ParameterDoc("weights", "weights of power, proximity, offense, intent", "four numbers ≥ 0 summing to 1", default: "[0.25, 0.25, 0.25, 0.25]"),
            ]
        ) { r throws(FormalModelError) in BalanceOfThreat.assess(try BalanceOfThreat.Parameters(r)) },
    ]
}
