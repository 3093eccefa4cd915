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

// MARK: In the formal-models catalogue

extension FearonBargaining {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "fearon.range", "Fearon's bargaining range: the divisions both sides prefer to war", .published,
            citation: "Fearon 1995; catalogue §5.1",
            parameters: [
                ParameterDoc("p", "probability A wins a war", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"), ParameterDoc("c_B", "B's cost of war", "≥ 0"),
                ParameterDoc("r_A", "A's risk exponent (1 neutral, < 1 averse, > 1 acceptant)", "> 0", default: "1"),
                ParameterDoc("r_B", "B's risk exponent", "> 0", default: "1"),
            ]
        ) { r throws(FormalModelError) in
            let p = try r.real("p", .unit)
            let costA = try r.real("c_A", .nonNegative), costB = try r.real("c_B", .nonNegative)
            let riskA = try r.real("r_A", .positive, default: 1), riskB = try r.real("r_B", .positive, default: 1)
            return FearonBargaining.range(p: p, costA: costA, costB: costB, riskA: riskA, riskB: riskB)
        },
        FormalFunction(
            "fearon.screening", "Risk–return trade-off: optimal demand against a privately known cost of war",
            .derived, citation: "after Fearon 1995; catalogue §5.2",
            parameters: [
                ParameterDoc("p", "probability A wins a war", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"),
                ParameterDoc("c_lo", "lowest possible cost of war for B", "≥ 0"),
                ParameterDoc("c_hi", "highest possible cost of war for B", "> c_lo"),
            ]
        ) { r throws(FormalModelError) in
            let p = try r.real("p", .unit), costA = try r.real("c_A", .nonNegative)
            let low = try r.real("c_lo", .nonNegative)
            let high = try r.real("c_hi", .greaterThan(low, "c_lo"))
            return FearonBargaining.screening(p: p, costA: costA, costLow: low, costHigh: high)
        },
        FormalFunction(
            "fearon.preemption", "Preemption: mutual first-strike advantages larger than the costs of war",
            .published, citation: "Fearon 1995; Schelling 1960; catalogue §5.3",
            parameters: [
                ParameterDoc("pA_first", "probability A wins if A strikes first", "in [0, 1]"),
                ParameterDoc("pB_first", "probability B wins if B strikes first", "in [0, 1]"),
                ParameterDoc("c_A", "A's cost of war", "≥ 0"), ParameterDoc("c_B", "B's cost of war", "≥ 0"),
            ]
        ) { r throws(FormalModelError) in
            let a = try r.real("pA_first", .unit), b = try r.real("pB_first", .unit)
            let costA = try r.real("c_A", .nonNegative)
            return FearonBargaining.preemption(pAFirst: a, pBFirst: b, costA: costA, costB: try r.real("c_B", .nonNegative))
        },
    ]
}
