extension SDW1Parameters {
    /// One named parameter of SDW-1, with its meaning and domain as the spec states them.
    /// The command line, the docs and validation messages all read this one table.
    public enum Field: String, CaseIterable, Sendable {
        case n, k, ticks, seed, pGreedy, beta, delta, sigma, growth, burden, s0, sGreedy, sMax,
            kappa, phiGreedy, rho, attackRatio, spoils, attrition, conquest

        /// The spec's name (camelCase), e.g. `pGreedy`.
        public var name: String { rawValue }

        /// Whether the parameter is a whole number (n, k, ticks, seed).
        public var isWhole: Bool {
            switch self {
            case .n, .k, .ticks, .seed: true
            default: false
            }
        }

        /// What the parameter means, in a few words.
        public var meaning: String {
            switch self {
            case .n: "number of states on the ring"
            case .k: "ring neighbours on each side"
            case .ticks: "number of steps"
            case .seed: "seed of the run's random stream"
            case .pGreedy: "probability that a state is greedy; also everyone's prior"
            case .beta: "offense-defense balance: units of offense needed per unit of defense"
            case .delta: "distinguishability of offensive from defensive arms"
            case .sigma: "observation noise (standard deviation)"
            case .growth: "economic growth per tick"
            case .burden: "growth lost per unit of military spending share"
            case .s0: "security seeker's baseline spending share"
            case .sGreedy: "greedy state's spending share"
            case .sMax: "cap on any spending share"
            case .kappa: "security seeker's spending response to threat"
            case .phiGreedy: "greedy state's offensive share of new arms"
            case .rho: "depreciation of forces per tick"
            case .attackRatio: "greedy state attacks when its offense exceeds this × beta × target defense"
            case .spoils: "share of the loser's wealth taken by a victorious attacker"
            case .attrition: "share of engaged forces lost by each side in a war"
            case .conquest: "a state dies when its wealth falls below this × its initial wealth"
            }
        }

        /// The allowed values, as the spec writes them.
        public var domain: String {
            switch self {
            case .n: "an integer in 3…10000000"
            case .k: "an integer with 1 ≤ k and 2k < n"
            case .ticks: "an integer in 0…10000000"
            case .seed: "an integer in 0…18446744073709551615"
            case .pGreedy: "0 < pGreedy < 1"
            case .beta, .attackRatio: "a finite number > 0"
            case .sigma: "a finite number ≥ 1e-6"
            case .burden, .kappa: "a finite number ≥ 0"
            case .s0: "0 < s0 ≤ sMax"
            case .sGreedy: "0 < sGreedy ≤ sMax"
            case .sMax: "0 < sMax < 1"
            case .delta, .growth, .phiGreedy, .rho, .spoils, .attrition, .conquest: "0…1"
            }
        }

        /// The field's value in `parameters`, as a double (whole numbers converted exactly
        /// where they fit, which every valid value does).
        public func value(in parameters: SDW1Parameters) -> Double {
            switch self {
            case .n: Double(parameters.n)
            case .k: Double(parameters.k)
            case .ticks: Double(parameters.ticks)
            case .seed: Double(parameters.seed)
            case .pGreedy: parameters.pGreedy
            case .beta: parameters.beta
            case .delta: parameters.delta
            case .sigma: parameters.sigma
            case .growth: parameters.growth
            case .burden: parameters.burden
            case .s0: parameters.s0
            case .sGreedy: parameters.sGreedy
            case .sMax: parameters.sMax
            case .kappa: parameters.kappa
            case .phiGreedy: parameters.phiGreedy
            case .rho: parameters.rho
            case .attackRatio: parameters.attackRatio
            case .spoils: parameters.spoils
            case .attrition: parameters.attrition
            case .conquest: parameters.conquest
            }
        }

        /// Sets a real-valued field. Whole-number fields are set through their properties.
        public func set(_ value: Double, in parameters: inout SDW1Parameters) {
            switch self {
            case .n, .k, .ticks, .seed: preconditionFailure("\(name) is a whole number")
            case .pGreedy: parameters.pGreedy = value
            case .beta: parameters.beta = value
            case .delta: parameters.delta = value
            case .sigma: parameters.sigma = value
            case .growth: parameters.growth = value
            case .burden: parameters.burden = value
            case .s0: parameters.s0 = value
            case .sGreedy: parameters.sGreedy = value
            case .sMax: parameters.sMax = value
            case .kappa: parameters.kappa = value
            case .phiGreedy: parameters.phiGreedy = value
            case .rho: parameters.rho = value
            case .attackRatio: parameters.attackRatio = value
            case .spoils: parameters.spoils = value
            case .attrition: parameters.attrition = value
            case .conquest: parameters.conquest = value
            }
        }
    }
}
