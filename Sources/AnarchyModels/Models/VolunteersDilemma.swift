#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// Buck-passing as a volunteer's dilemma (catalogue §9.1): Diekmann (1985) [published], applied
/// after Christensen & Snyder (1990). N great powers; the threat is contained if at least one
/// balances at cost c, and then all get b. In the symmetric mixed equilibrium each passes the buck
/// with probability `(c/b)^{1/(N−1)}`; nobody balances with probability `(c/b)^{N/(N−1)}`, which
/// rises with N.
public enum VolunteersDilemma {
    public struct Result: FormalResult, Equatable {
        public let qPass: Double
        public let pBalance: Double
        public let probabilityNobodyBalances: Double
        public let expectedPayoff: Double
        /// Exactly one power balances: N pure equilibria.
        public let pureEquilibriumCount: Int
        public var json: JSONValue {
            .members([
                "q_pass": .number(qPass), "p_balance": .number(pBalance),
                "prob_nobody_balances": .number(probabilityNobodyBalances), "expected_payoff": .number(expectedPayoff),
                "pure_ne_count": .integer(pureEquilibriumCount),
            ])
        }
    }

    /// Validation order: N (integer ≥ 2), b and c finite, c > 0, b > c.
    public static func read(_ r: ParameterReader) throws(FormalModelError) -> (n: Int, b: Double, c: Double) {
        let n = try r.integer("N", minimum: 2)
        let b = try r.real("b", .any)
        let c = try r.real("c", .any)
        try r.require(c > 0, "c", "must be > 0 (got \(c.formatted))")
        try r.require(b > c, "b", "must be > c (\(c.formatted)) (got \(b.formatted))")
        return (n, b, c)
    }

    public static func analyse(powers n: Int, benefit b: Double, cost c: Double) -> Result {
        let ratio = c / b
        let q = pow(ratio, 1 / Double(n - 1))
        return Result(
            qPass: q, pBalance: 1 - q, probabilityNobodyBalances: pow(ratio, Double(n) / Double(n - 1)),
            expectedPayoff: b - c, pureEquilibriumCount: n)
    }
}

// MARK: In the formal-models catalogue

extension VolunteersDilemma {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "alliance.volunteers", "Buck-passing as a volunteer's dilemma among N great powers", .published,
            citation: "Diekmann 1985; Christensen & Snyder 1990; catalogue §9.1",
            parameters: [
                ParameterDoc("N", "number of great powers", "integer ≥ 2"),
                ParameterDoc("b", "benefit to all when someone balances", "> c"),
                ParameterDoc("c", "cost to the power that balances", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let (n, b, c) = try VolunteersDilemma.read(r)
            return VolunteersDilemma.analyse(powers: n, benefit: b, cost: c)
        },
    ]
}
