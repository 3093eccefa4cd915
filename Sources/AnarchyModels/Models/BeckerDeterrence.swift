#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Certainty versus severity of punishment (catalogue §8.1): Becker (1968) [published]; the CARA
/// closed forms are [derived]. An offender gaining b and paying f with probability p, with CARA
/// utility of coefficient α, is deterred iff p ≥ `p* = expm1(αb)/expm1(αf)` (`b/f` at α = 0).
/// Certainty deters more than severity iff the offender is risk-loving (α < 0).
public enum BeckerDeterrence {
    public struct Result: FormalResult, Equatable {
        public let pStar: Double
        /// p* ≤ 1.
        public let deterrable: Bool
        /// `ε_p/ε_f = −expm1(−αf)/(αf)` (1 at α = 0); nil if it exceeds the largest Double.
        public let elasticityRatio: Double?
        /// p ≥ p* (an indifferent offender abstains); only when p is given.
        public let deterred: Bool?
        public var json: JSONValue {
            var members: [(key: String, value: JSONValue)] = [
                ("p_star", .number(pStar)), ("deterrable", .bool(deterrable)), ("elasticity_ratio", JSONValue(elasticityRatio)),
            ]
            if let deterred { members.append(("deterred", .bool(deterred))) }
            return .object(members)
        }
    }

    /// - Parameters: gain b > 0, sanction f > 0, risk coefficient α (any real), optional p in [0, 1].
    public static func threshold(gain b: Double, sanction f: Double, alpha: Double, probability p: Double?) -> Result {
        let pStar: Double
        if alpha == 0 {
            pStar = b / f
        } else if alpha * max(b, f) > 700 {
            // expm1 would overflow: the same ratio as e^{α(b−f)}·expm1(−αb)/expm1(−αf).
            pStar = exp(alpha * (b - f)) * expm1(-alpha * b) / expm1(-alpha * f)
        } else {
            pStar = expm1(alpha * b) / expm1(alpha * f)
        }
        let ratio = alpha == 0 ? 1 : -expm1(-alpha * f) / (alpha * f)
        return Result(
            pStar: pStar, deterrable: pStar <= 1, elasticityRatio: ratio.isFinite ? ratio : nil,
            deterred: p.map { $0 >= pStar })
    }
}

// MARK: In the formal-models catalogue

extension BeckerDeterrence {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "becker.threshold", "Becker: the certainty of punishment that deters, under CARA risk attitudes",
            .derived, citation: "Becker 1968; catalogue §8.1",
            parameters: [
                ParameterDoc("b", "offender's gain", "> 0"), ParameterDoc("f", "sanction if caught", "> 0"),
                ParameterDoc("alpha", "CARA coefficient (> 0 risk-averse, < 0 risk-loving)", "any real", default: "0"),
                ParameterDoc("p", "probability of being caught", "in [0, 1]", default: "optional"),
            ]
        ) { r throws(FormalModelError) in
            let b = try r.real("b", .positive), f = try r.real("f", .positive)
            let alpha = try r.real("alpha", .any, default: 0)
            return BeckerDeterrence.threshold(gain: b, sanction: f, alpha: alpha, probability: try r.optionalReal("p", .unit))
        },
    ]
}
