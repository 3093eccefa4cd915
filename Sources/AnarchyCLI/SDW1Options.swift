import AnarchyCore
import AnarchyWorld
import ArgumentParser

/// One flag per SDW-1 parameter, kebab-case, defaults as in the spec.
///
/// Values are taken as text (`parsing: .unconditional`, so `--beta -1` reaches validation
/// instead of being read as a flag) and checked against the plain-number grammar and the spec's
/// domains, so every bad value gets one line naming the flag, the value and the domain.
struct SDW1Options: ParsableArguments {
    @Option(name: .customLong("n"), parsing: .unconditional, help: SDW1Options.help(.n))
    var n: String?
    @Option(name: .customLong("k"), parsing: .unconditional, help: SDW1Options.help(.k))
    var k: String?
    @Option(name: .customLong("ticks"), parsing: .unconditional, help: SDW1Options.help(.ticks))
    var ticks: String?
    @Option(name: .customLong("seed"), parsing: .unconditional, help: SDW1Options.help(.seed))
    var seed: String?
    @Option(name: .customLong("p-greedy"), parsing: .unconditional, help: SDW1Options.help(.pGreedy))
    var pGreedy: String?
    @Option(name: .customLong("beta"), parsing: .unconditional, help: SDW1Options.help(.beta))
    var beta: String?
    @Option(name: .customLong("delta"), parsing: .unconditional, help: SDW1Options.help(.delta))
    var delta: String?
    @Option(name: .customLong("sigma"), parsing: .unconditional, help: SDW1Options.help(.sigma))
    var sigma: String?
    @Option(name: .customLong("growth"), parsing: .unconditional, help: SDW1Options.help(.growth))
    var growth: String?
    @Option(name: .customLong("burden"), parsing: .unconditional, help: SDW1Options.help(.burden))
    var burden: String?
    @Option(name: .customLong("s0"), parsing: .unconditional, help: SDW1Options.help(.s0))
    var s0: String?
    @Option(name: .customLong("s-greedy"), parsing: .unconditional, help: SDW1Options.help(.sGreedy))
    var sGreedy: String?
    @Option(name: .customLong("s-max"), parsing: .unconditional, help: SDW1Options.help(.sMax))
    var sMax: String?
    @Option(name: .customLong("kappa"), parsing: .unconditional, help: SDW1Options.help(.kappa))
    var kappa: String?
    @Option(name: .customLong("phi-greedy"), parsing: .unconditional, help: SDW1Options.help(.phiGreedy))
    var phiGreedy: String?
    @Option(name: .customLong("rho"), parsing: .unconditional, help: SDW1Options.help(.rho))
    var rho: String?
    @Option(name: .customLong("attack-ratio"), parsing: .unconditional, help: SDW1Options.help(.attackRatio))
    var attackRatio: String?
    @Option(name: .customLong("spoils"), parsing: .unconditional, help: SDW1Options.help(.spoils))
    var spoils: String?
    @Option(name: .customLong("attrition"), parsing: .unconditional, help: SDW1Options.help(.attrition))
    var attrition: String?
    @Option(name: .customLong("conquest"), parsing: .unconditional, help: SDW1Options.help(.conquest))
    var conquest: String?

    /// A field's flag without its dashes: the field's name in kebab case (`attackRatio` → `attack-ratio`).
    static func flagName(_ field: SDW1Parameters.Field) -> String {
        field.name.reduce(into: "") { text, c in text += c.isUppercase ? "-" + c.lowercased() : String(c) }
    }

    /// The first flag given that sets a system parameter (anything but --n, --k, --ticks, --seed).
    var givenSystemFlag: String? {
        let given: [(String, String?)] = [
            ("--p-greedy", pGreedy), ("--beta", beta), ("--delta", delta), ("--sigma", sigma), ("--growth", growth),
            ("--burden", burden), ("--s0", s0), ("--s-greedy", sGreedy), ("--s-max", sMax), ("--kappa", kappa),
            ("--phi-greedy", phiGreedy), ("--rho", rho), ("--attack-ratio", attackRatio), ("--spoils", spoils),
            ("--attrition", attrition), ("--conquest", conquest), ("--n", n), ("--k", k),
        ]
        return given.first { $0.1 != nil }?.0
    }

    /// The text given for each field, nil where the flag was not given.
    var given: [(SDW1Parameters.Field, String?)] {
        [(.n, n), (.k, k), (.ticks, ticks), (.seed, seed), (.pGreedy, pGreedy), (.beta, beta),
         (.delta, delta), (.sigma, sigma), (.growth, growth), (.burden, burden), (.s0, s0),
         (.sGreedy, sGreedy), (.sMax, sMax), (.kappa, kappa), (.phiGreedy, phiGreedy), (.rho, rho),
         (.attackRatio, attackRatio), (.spoils, spoils), (.attrition, attrition), (.conquest, conquest)]
    }

    /// The parameter set the flags describe: spec defaults overridden by the given flags,
    /// validated against every domain and joint constraint of the spec.
    func parameters() throws(UsageError) -> SDW1Parameters {
        try Self.parameters(given: given)
    }

    /// The parameter set described by flag texts (nil: not given), validated.
    static func parameters(given: [(SDW1Parameters.Field, String?)]) throws(UsageError) -> SDW1Parameters {
        var parameters = SDW1Parameters()
        for (field, text) in given {
            guard let text else { continue }
            if field.isWhole {
                let value: UInt64
                switch PlainNumber.whole(text) {
                case .success(let v): value = v
                case .failure(let problem):
                    throw UsageError(Self.message(field, text, problem.phrase))
                }
                if field == .seed {
                    parameters.seed = value
                    continue
                }
                // n, k and ticks are bounded far below Int.max by their domains.
                guard value <= 10_000_000 else {
                    throw UsageError(Self.message(field, text, "out of range"))
                }
                switch field {
                case .n: parameters.n = Int(value)
                case .k: parameters.k = Int(value)
                default: parameters.ticks = Int(value)
                }
            } else {
                switch PlainNumber.real(text) {
                case .success(let v): field.set(v, in: &parameters)
                case .failure(let problem):
                    throw UsageError(Self.message(field, text, problem.phrase))
                }
            }
        }
        do {
            try parameters.validate()
        } catch {
            throw UsageError(Self.message(error, given: Dictionary(uniqueKeysWithValues: given.map { ($0.0, $0.1) })))
        }
        return parameters
    }

    /// `--flag`: got 'text' (reason); must be DOMAIN.
    private static func message(_ field: SDW1Parameters.Field, _ text: String, _ reason: String) -> String {
        "\(FlagText.name(field)): got '\(text)' (\(reason)); must be \(field.domain)"
    }

    private static func message(
        _ error: ParameterError, given: [SDW1Parameters.Field: String?]
    ) -> String {
        let flags = error.fields.map(FlagText.name).joined(separator: " with ")
        if error.fields.count == 1, let field = error.fields.first {
            let shown = (given[field] ?? nil).map { "'\($0)'" } ?? error.value
            return "\(flags): got \(shown); must be \(error.domain)"
        }
        return "\(flags): \(error.value); must be \(error.domain)"
    }

    static func help(_ field: SDW1Parameters.Field) -> ArgumentHelp {
        let defaults = SDW1Parameters()
        let shown = field == .seed ? "\(defaults.seed)" : FlagText.format(field.value(in: defaults), whole: field.isWhole)
        return ArgumentHelp("\(field.meaning.prefix(1).uppercased())\(field.meaning.dropFirst()). Domain: \(field.domain). Default: \(shown).",
                            valueName: field.isWhole ? "int" : "x")
    }
}

/// Flag names and number formatting shared by the commands.
enum FlagText {
    /// The kebab-case flag of a parameter: `pGreedy` → `--p-greedy`.
    static func name(_ field: SDW1Parameters.Field) -> String {
        var result = "--"
        for character in field.name {
            if character.isUppercase {
                result += "-" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A number as text that parses back to the same double (shortest round trip).
    static func format(_ value: Double, whole: Bool = false) -> String {
        if whole, value.isFinite, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
