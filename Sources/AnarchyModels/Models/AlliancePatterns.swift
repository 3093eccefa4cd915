import AnarchyCore

/// Chain-ganging versus buck-passing (catalogue §9.2): Christensen & Snyder (1990) [published,
/// verbal]. Under multipolarity a perceived offensive advantage (ODB < 1, Glaser–Kaufmann, §2.4)
/// leads to chain-ganging, a perceived defensive advantage to buck-passing; bipolarity to internal
/// balancing.
public enum AlliancePatterns {
    public enum Polarity: String, Sendable, CaseIterable { case bipolar, multipolar }

    public enum Prediction: String, Sendable, FormalResult {
        case internalBalancing = "internal_balancing"
        case chainGanging = "chain_ganging"
        case buckPassing = "buck_passing"
        case indeterminate
        public var json: JSONValue { .members(["prediction": .string(rawValue)]) }
    }

    public static func predict(polarity: Polarity, perceivedODB odb: Double) -> Prediction {
        if polarity == .bipolar { return .internalBalancing }
        return odb < 1 ? .chainGanging : odb > 1 ? .buckPassing : .indeterminate
    }
}

// MARK: In the formal-models catalogue

extension AlliancePatterns {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "alliance.christensen_snyder", "Chain-ganging or buck-passing from polarity and the perceived ODB",
            .published, citation: "Christensen & Snyder 1990 (verbal); catalogue §9.2",
            parameters: [
                ParameterDoc("polarity", "the system's polarity", "bipolar | multipolar"),
                ParameterDoc("perceived_odb", "perceived offence–defence balance (Glaser–Kaufmann ratio)", "> 0"),
            ]
        ) { r throws(FormalModelError) in
            let polarity: AlliancePatterns.Polarity = try r.choice("polarity")
            return AlliancePatterns.predict(polarity: polarity, perceivedODB: try r.real("perceived_odb", .positive))
        },
    ]
}
