import AnarchyCore

/// Abandonment versus entrapment (catalogue §9.3): a stylised decision rule [derived], **not**
/// Snyder's (1984) model, which is verbal. An ally choosing commitment k ∈ [0, 1] faces abandonment
/// risk `a0·(1−k)²` at cost A and entrapment risk `e0·k²` at cost E; the expected loss is
/// minimised at `k* = A·a0/(A·a0 + E·e0)`.
public enum AllianceCommitment {
    /// Validation order: finiteness of A, E, a0, e0; then A ≥ 0, E ≥ 0; then a0, e0 in [0, 1].
    public struct Parameters: Sendable, Equatable {
        public let abandonmentCost: Double, entrapmentCost: Double
        public let abandonmentRisk: Double, entrapmentRisk: Double
        public init(_ r: ParameterReader) throws(FormalModelError) {
            let a = try r.real("A", .any), e = try r.real("E", .any)
            let a0 = try r.real("a0", .any), e0 = try r.real("e0", .any)
            try r.require(a >= 0, "A", "must be ≥ 0 (got \(a.formatted))")
            try r.require(e >= 0, "E", "must be ≥ 0 (got \(e.formatted))")
            try r.require(a0 >= 0 && a0 <= 1, "a0", "must be in [0, 1] (got \(a0.formatted))")
            try r.require(e0 >= 0 && e0 <= 1, "e0", "must be in [0, 1] (got \(e0.formatted))")
            (abandonmentCost, entrapmentCost, abandonmentRisk, entrapmentRisk) = (a, e, a0, e0)
        }
    }

    public struct Result: FormalResult, Equatable {
        public let kStar: Double
        public let expectedLoss: Double
        public let pAbandon: Double, pEntrap: Double
        public var json: JSONValue {
            .members([
                "k_star": .number(kStar), "expected_loss": .number(expectedLoss), "p_abandon": .number(pAbandon),
                "p_entrap": .number(pEntrap),
            ])
        }
    }

    /// - Throws: `indeterminate` when A·a0 + E·e0 = 0 (no risk on either side).
    public static func optimise(_ p: Parameters) throws(FormalModelError) -> Result {
        let abandon = p.abandonmentCost * p.abandonmentRisk, entrap = p.entrapmentCost * p.entrapmentRisk
        guard abandon + entrap != 0 else {
            throw FormalModelError(.indeterminate, message: "A·a0 + E·e0 = 0: no risk on either side, any commitment is optimal")
        }
        let k = abandon / (abandon + entrap)
        let pAbandon = p.abandonmentRisk * (1 - k) * (1 - k), pEntrap = p.entrapmentRisk * k * k
        return Result(
            kStar: k, expectedLoss: p.abandonmentCost * pAbandon + p.entrapmentCost * pEntrap, pAbandon: pAbandon,
            pEntrap: pEntrap)
    }
}

// MARK: In the formal-models catalogue

extension AllianceCommitment {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "alliance.commitment", "Abandonment versus entrapment: a stylised optimal commitment (not Snyder's model)",
            .derived, citation: "stylised after Snyder 1984; catalogue §9.3",
            parameters: [
                ParameterDoc("A", "cost of being abandoned", "≥ 0"), ParameterDoc("E", "cost of being entrapped", "≥ 0"),
                ParameterDoc("a0", "abandonment risk at zero commitment", "in [0, 1]"),
                ParameterDoc("e0", "entrapment risk at full commitment", "in [0, 1]"),
            ]
        ) { r throws(FormalModelError) in try AllianceCommitment.optimise(try AllianceCommitment.Parameters(r)) },
    ]
}
