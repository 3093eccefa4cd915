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
