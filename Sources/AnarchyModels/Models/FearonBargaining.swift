#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// The bargaining model of war (Fearon 1995), catalogue §5: the bargaining range [published], the
/// risk–return trade-off under one-sided private information (uniform-prior closed form [derived]
/// in Fearon's set-up), and preemption from first-strike advantages [published].
public enum FearonBargaining {
    /// `fearon.range`.
    public struct Range: FormalResult, Equatable {
        public let lower: Double, upper: Double
        public let nonempty: Bool
        /// upper − lower, or 0 when empty.
        public let width: Double
        public var json: JSONValue {
            .members(["lower": .number(lower), "upper": .number(upper), "nonempty": .bool(nonempty), "width": .number(width)])
        }
    }

    /// The divisions x (A's share) both prefer to war: A wins with probability p, war costs c_A, c_B;
    /// utilities `x^{r_A}`, `(1−x)^{r_B}` (r < 1 risk-averse, r > 1 risk-acceptant):
    /// `lower = max(0, p − c_A)^{1/r_A}`, `upper = 1 − max(0, 1 − p − c_B)^{1/r_B}`.
    public static func range(p: Double, costA: Double, costB: Double, riskA: Double = 1, riskB: Double = 1) -> Range {
        let lower = pow(max(0, p - costA), 1 / riskA)
        let upper = 1 - pow(max(0, 1 - p - costB), 1 / riskB)
        let nonempty = lower <= upper
        return Range(lower: lower, upper: upper, nonempty: nonempty, width: nonempty ? upper - lower : 0)
    }

    /// `fearon.screening`.
    public struct Screening: FormalResult, Equatable {
        public let xStar: Double
        public let probabilityAccept: Double
        public let probabilityWar: Double
        public let expectedUtilityA: Double
        /// `min(p + c_lo, 1)`: the demand every type accepts.
        public let safeDemand: Double
        public var riskOfWarPositive: Bool { probabilityWar > 0 }
        public var json: JSONValue {
            .members([
                "x_star": .number(xStar), "prob_accept": .number(probabilityAccept), "prob_war": .number(probabilityWar),
                "expected_utility_A": .number(expectedUtilityA), "safe_demand": .number(safeDemand),
                "risk_of_war_positive": .bool(riskOfWarPositive),
            ])
        }
    }

    /// A's optimal take-it-or-leave-it demand when B's cost is private, uniform on [c_lo, c_hi]
    /// (B accepts iff c_B ≥ x − p): the risk–return trade-off. Uncapped, war has positive
    /// probability iff c_hi − c_A > 2·c_lo.
    public static func screening(p: Double, costA: Double, costLow: Double, costHigh: Double) -> Screening {
        let safe = p + costLow
        let interior = p + (costHigh - costA) / 2
        let x: Double, accept: Double
        if safe >= 1 {
            (x, accept) = (1, 1)
        } else if interior <= safe {
            (x, accept) = (safe, 1)
        } else {
            x = min(interior, 1)
            accept = (costHigh - (x - p)) / (costHigh - costLow)
        }
        let war = 1 - accept
        return Screening(
            xStar: x, probabilityAccept: accept, probabilityWar: war, expectedUtilityA: accept * x + war * (p - costA),
            safeDemand: min(safe, 1))
    }

    /// `fearon.preemption`.
    public struct Preemption: FormalResult, Equatable {
        public let lower: Double, upper: Double
        /// War iff pA_first + pB_first > 1 + c_A + c_B (strict).
        public let war: Bool
        public let firstStrikeSum: Double
        public let costSum: Double
        public var json: JSONValue {
            .members([
                "lower": .number(lower), "upper": .number(upper), "war": .bool(war),
                "first_strike_sum": .number(firstStrikeSum), "cost_sum": .number(costSum),
            ])
        }
    }

    /// Mutual first-strike advantages larger than the costs of war empty the bargaining range:
    /// Schelling's reciprocal fear of surprise attack.
    public static func preemption(pAFirst: Double, pBFirst: Double, costA: Double, costB: Double) -> Preemption {
        Preemption(
            lower: max(0, pAFirst - costA), upper: min(1, 1 - pBFirst + costB), war: pAFirst + pBFirst > 1 + costA + costB,
            firstStrikeSum: pAFirst + pBFirst - 1, costSum: costA + costB)
    }
}
