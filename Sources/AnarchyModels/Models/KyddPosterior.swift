import AnarchyCore

/// The rational spiral (catalogue §4.4) [derived] after Kydd (1997): an observer updates its belief
/// μ that the other is trustworthy by Bayes's rule from observed moves, each flipped with
/// probability ε. `q_X = σ_X(1 − ε) + (1 − σ_X)ε` is the chance of seeing C from type X; after C,
/// `μ' = μq_T/(μq_T + (1 − μ)q_U)`, after D the same with 1 − q. With separating play every D
/// multiplies the odds by ε/(1 − ε): noise and rational updating suffice for a spiral.
public enum KyddPosterior {
    public struct Parameters: Sendable, Equatable {
        public let prior: Double
        public let sigmaT: Double, sigmaU: Double
        /// Misperception probability, in [0, 0.5].
        public let epsilon: Double
        /// Observed moves, a string over {C, D}.
        public let observations: String

        public init(_ r: ParameterReader) throws(FormalModelError) {
            prior = try r.real("prior", .unit)
            sigmaT = try r.real("sigma_T", .unit)
            sigmaU = try r.real("sigma_U", .unit)
            epsilon = try r.real("epsilon", .closed(0, 0.5))
            observations = try r.string("observations", alphabet: ["C", "D"])
        }
    }

    public struct Result: FormalResult, Equatable {
        public let posterior: Double
        /// The belief after each observation.
        public let path: [Double]
        public var json: JSONValue { .members(["posterior": .number(posterior), "path": JSONValue(path)]) }
    }

    /// - Throws: `zero_probability_observation` when an observation has probability 0 under both types.
    public static func update(_ p: Parameters) throws(FormalModelError) -> Result {
        let qT = p.sigmaT * (1 - p.epsilon) + (1 - p.sigmaT) * p.epsilon
        let qU = p.sigmaU * (1 - p.epsilon) + (1 - p.sigmaU) * p.epsilon
        var belief = p.prior
        var path: [Double] = []
        for (i, move) in p.observations.enumerated() {
            let (likelihoodT, likelihoodU) = move == "C" ? (qT, qU) : (1 - qT, 1 - qU)
            let denominator = belief * likelihoodT + (1 - belief) * likelihoodU
            guard denominator > 0 else {
                throw FormalModelError(
                    .zeroProbabilityObservation,
                    message: "observation \(i + 1) ('\(move)') has probability 0 under both types")
            }
            belief = belief * likelihoodT / denominator
            path.append(belief)
        }
        return Result(posterior: belief, path: path)
    }
}

// MARK: In the formal-models catalogue

extension KyddPosterior {
    /// Its functions of the formal-models catalogue (`shared/specs/formal-models.md`), as
    /// `anarchy formal` lists them; `FormalCatalogue.all` gathers every model's.
    static let formalFunctions: [FormalFunction] = [
        FormalFunction(
            "kydd.posterior", "Bayesian updating of trust from noisy observed moves (the rational spiral)", .derived,
            citation: "after Kydd 1997; catalogue §4.4",
            parameters: [
                ParameterDoc("prior", "initial belief that the other is trustworthy", "in [0, 1]"),
                ParameterDoc("sigma_T", "probability the trustworthy type plays C", "in [0, 1]"),
                ParameterDoc("sigma_U", "probability the untrustworthy type plays C", "in [0, 1]"),
                ParameterDoc("epsilon", "probability each move is misperceived", "in [0, 0.5]"),
                ParameterDoc("observations", "observed moves in order", "string over {C, D}"),
            ]
        ) { r throws(FormalModelError) in try KyddPosterior.update(try KyddPosterior.Parameters(r)) },
    ]
}
