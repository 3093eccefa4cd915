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
