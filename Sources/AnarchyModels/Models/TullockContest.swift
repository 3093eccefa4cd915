#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// The contest model of arming (catalogue §11): Tullock (1980), Hirshleifer (1989, 1995), the ratio
/// form axiomatised by Skaperdas (1996) [published/standard]. The decisiveness m reads as the
/// offensiveness of conflict technology. Symmetric equilibria after Pérez-Castrillo & Verdier
/// (1992) [standard]; the asymmetric general-m formula and existence bound [derived] (cf. Nti 1999).
public enum TullockContest {
    public struct WinProbability: FormalResult, Equatable {
        public let p1: Double
        public var json: JSONValue { .members(["p1": .number(p1)]) }
    }

    /// `contest.csf`: `p1 = x1^m/(x1^m + x2^m)`, computed as `1/(1 + exp(m·(ln x2 − ln x1)))`; 1/2 if
    /// both are 0.
    public static func successProbability(x1: Double, x2: Double, m: Double) -> WinProbability {
        if x1 == 0 && x2 == 0 { return WinProbability(p1: 0.5) }
        return WinProbability(p1: 1 / (1 + exp(m * (log(x2) - log(x1)))))
    }

    /// `contest.tullock`.
    public struct TwoPlayer: FormalResult, Equatable {
        public let x1: Double, x2: Double, p1: Double, u1: Double, u2: Double
        /// `(x1 + x2)/((V1 + V2)/2)`.
        public let dissipation: Double
        public var json: JSONValue {
            .members([
                "x1": .number(x1), "x2": .number(x2), "p1": .number(p1), "u1": .number(u1), "u2": .number(u2),
                "dissipation": .number(dissipation),
            ])
        }
    }

    /// With ρ = V2/V1: `x_i = m·V_i·ρ^m/(1+ρ^m)²`, `p1 = 1/(1+ρ^m)`, a pure equilibrium iff
    /// `m ≤ 1 + (V_low/V_high)^m` (the weaker player's participation constraint).
    /// - Throws: `no_pure_equilibrium` beyond the bound (only mixed equilibria exist there).
    public static func twoPlayer(v1: Double, v2: Double, m: Double) throws(FormalModelError) -> TwoPlayer {
        let low = min(v1, v2), high = max(v1, v2)
        let bound = 1 + pow(low / high, m)
        guard m <= bound else {
            throw FormalModelError(.noPureEquilibrium, message: "m = \(m) exceeds 1 + (V_low/V_high)^m = \(bound): only mixed equilibria exist")
        }
        let power = pow(v2 / v1, m)
        // ρ^m/(1+ρ^m)² is symmetric in ρ^m ↔ 1/ρ^m; the smaller form cannot overflow.
        let small = min(power, 1 / power)
        let weight = small / ((1 + small) * (1 + small))
        let x1 = m * v1 * weight, x2 = m * v2 * weight
        let p1 = 1 / (1 + power)
        return TwoPlayer(
            x1: x1, x2: x2, p1: p1, u1: p1 * v1 - x1, u2: (1 - p1) * v2 - x2, dissipation: (x1 + x2) / ((v1 + v2) / 2))
    }

    /// `contest.tullock_n`.
    public struct Symmetric: FormalResult, Equatable {
        public let x: Double, total: Double, dissipation: Double, u: Double
        public var json: JSONValue {
            .members(["x": .number(x), "total": .number(total), "dissipation": .number(dissipation), "u": .number(u)])
        }
    }

    /// n players, prize V: `x = m(n−1)V/n²`, an equilibrium iff m ≤ n/(n−1).
    /// - Throws: `no_pure_equilibrium` beyond the bound.
    public static func symmetric(players n: Int, prize v: Double, m: Double) throws(FormalModelError) -> Symmetric {
        let count = Double(n)
        guard m <= count / (count - 1) else {
            throw FormalModelError(.noPureEquilibrium, message: "m = \(m) exceeds n/(n−1) = \(count / (count - 1)): no pure equilibrium")
        }
        let x = m * (count - 1) * v / (count * count)
        return Symmetric(x: x, total: count * x, dissipation: count * x / v, u: v / count - x)
    }
}

// MARK: In the formal-models catalogue

extension TullockContest {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "contest.csf", "Tullock's contest success function: player 1's probability of winning", .published,
            citation: "Tullock 1980; Hirshleifer 1989; Skaperdas 1996; catalogue §11.1",
            parameters: [
                ParameterDoc("x1", "player 1's arming", "≥ 0"), ParameterDoc("x2", "player 2's arming", "≥ 0"),
                ParameterDoc("m", "decisiveness (offensiveness of conflict technology)", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let x1 = try r.real("x1", .nonNegative), x2 = try r.real("x2", .nonNegative)
            return TullockContest.successProbability(x1: x1, x2: x2, m: try r.real("m", .positive))
        },
        FormalFunction(
            "contest.tullock", "Two-player arming contest: the pure-strategy equilibrium", .derived,
            citation: "Tullock 1980; Nti 1999; catalogue §11.2",
            parameters: [
                ParameterDoc("V1", "prize value to player 1", "> 0"), ParameterDoc("V2", "prize value to player 2", "> 0"),
                ParameterDoc("m", "decisiveness", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let v1 = try r.real("V1", .positive), v2 = try r.real("V2", .positive)
            return try TullockContest.twoPlayer(v1: v1, v2: v2, m: try r.real("m", .positive))
        },
        FormalFunction(
            "contest.tullock_n", "n-player symmetric arming contest: equilibrium arming and dissipation", .standard,
            citation: "Pérez-Castrillo & Verdier 1992; catalogue §11.3",
            parameters: [
                ParameterDoc("n", "number of players", "integer ≥ 2"), ParameterDoc("V", "prize", "> 0"),
                ParameterDoc("m", "decisiveness", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let n = try r.integer("n", minimum: 2), v = try r.real("V", .positive)
            return try TullockContest.symmetric(players: n, prize: v, m: try r.real("m", .positive))
        },
    ]
}
