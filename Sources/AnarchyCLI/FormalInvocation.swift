import AnarchyCore
import AnarchyModels

/// `anarchy formal …`: the formal-models catalogue from the command line.
///
/// - `anarchy formal --list`: every function id with a one-line description.
/// - `anarchy formal <id> --help`: the function's parameters, domains and defaults.
/// - `anarchy formal <id> --params '<json object>'`: the catalogue's contract (§0.5): one JSON
///   object on stdout and exit 0, or `{"error": code, "param": name, "message": …}` and exit 2.
/// - `anarchy formal <id> --k 0.5 --l 0.4 …`: flags named after the parameters (values read as
///   JSON when they parse, otherwise as text), printing a readable answer (`--json` for JSON).
///
/// Arguments are handled here rather than by ArgumentParser because the flags depend on the function.
struct FormalInvocation {
    let arguments: [String]

    func run() throws {
        guard let first = arguments.first else {
            throw UsageError("formal: name a function (see 'anarchy formal --list') or ask 'anarchy formal --help'")
        }
        switch first {
        case "--list":
            guard arguments.count == 1 else { throw UsageError("formal --list takes no other arguments") }
            let width = FormalCatalogue.all.map(\.id.count).max() ?? 0
            Console.out(FormalCatalogue.all.map { $0.id.padded(to: width) + "  " + $0.summary }.joined(separator: "\n") + "\n")
            return
        case "--help", "-h":
            Console.out(Self.overview)
            return
        default: break
        }
        let rest = Array(arguments.dropFirst())
        guard let function = FormalCatalogue.function(first) else {
            if let json = Self.paramsValue(rest) {
                _ = json
                Console.out(JSONValue.members(["error": "unknown_function", "message": .string("no function '\(first)' in the catalogue")]).text + "\n")
                throw SilentExit(status: 2)
            }
            let near = FormalCatalogue.all.map(\.id).filter { $0.hasPrefix(first.split(separator: ".").first.map(String.init) ?? first) }
            throw UsageError("formal: no function '\(first)'\(near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"); see 'anarchy formal --list'")
        }
        if rest.contains("--help") || rest.contains("-h") {
            Console.out(Self.help(function))
            return
        }
        if let text = Self.paramsValue(rest) {
            guard rest.count == 2 || (rest.count == 1 && rest[0].hasPrefix("--params=")) else {
                throw UsageError("formal \(function.id): --params takes the whole parameter object; give no other flags")
            }
            try contract(function, text)
            return
        }
        try friendly(function, rest)
    }

    /// The value of `--params`, if given.
    private static func paramsValue(_ rest: [String]) -> String? {
        if let i = rest.firstIndex(of: "--params") { return i + 1 < rest.count ? rest[i + 1] : "" }
        return rest.first { $0.hasPrefix("--params=") }.map { String($0.dropFirst("--params=".count)) }
    }

    /// The §0.5 contract: JSON in, JSON out, exit 0 or 2.
    private func contract(_ function: FormalFunction, _ text: String) throws {
        let parameters: JSONValue
        do {
            parameters = try JSONParser.parse(text)
        } catch {
            Console.out(JSONValue.members(["error": "invalid_json", "message": .string("--params: \(error.description)")]).text + "\n")
            throw SilentExit(status: 2)
        }
        switch function.evaluate(parameters) {
        case let .success(output):
            Console.out(output.text + "\n")
        case let .failure(error):
            Console.out(error.json.text + "\n")
            throw SilentExit(status: 2)
        }
    }

    /// Flags named after the parameters; a readable answer.
    private func friendly(_ function: FormalFunction, _ rest: [String]) throws {
        var members: [(key: String, value: JSONValue)] = []
        var json = false
        var i = 0
        while i < rest.count {
            let token = rest[i]
            if token == "--json" {
                json = true
                i += 1
                continue
            }
            guard token.hasPrefix("--"), token.count > 2 else {
                throw UsageError("formal \(function.id): expected a flag named after a parameter, got '\(token)' (see 'anarchy formal \(function.id) --help')")
            }
            var name = String(token.dropFirst(2))
            let value: String
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
                i += 1
            } else {
                guard i + 1 < rest.count else { throw UsageError("formal \(function.id): --\(name) needs a value") }
                value = rest[i + 1]
                i += 2
            }
            guard !members.contains(where: { $0.key == name }) else {
                throw UsageError("formal \(function.id): --\(name) given twice")
            }
            members.append((name, (try? JSONParser.parse(value)) ?? .string(value)))
        }
        switch function.evaluate(.object(members)) {
        case let .success(output):
            Console.out(json ? output.text + "\n" : Self.readable(function, output))
        case let .failure(error):
            let hint = error.code == .invalidParameter ? " (see 'anarchy formal \(function.id) --help')" : ""
            throw UsageError("formal \(function.id): \(error.code == .invalidParameter ? "" : "\(error.code.rawValue): ")\(error.message)\(hint)")
        }
    }

    static func readable(_ function: FormalFunction, _ output: JSONValue) -> String {
        var text = "\(function.id) — \(function.summary) \(function.provenance.label)\n"
        guard case let .object(members) = output else { return text + output.text + "\n" }
        let width = members.map(\.key.count).max() ?? 0
        for (key, value) in members {
            let shown: String = switch value {
            case .null: "none"
            case let .string(s): s
            default: value.text
            }
            text += "  \(key.padded(to: width))  \(shown)\n"
        }
        return text
    }

    static func help(_ function: FormalFunction) -> String {
        var text = """
            \(function.id) — \(function.summary)
            Provenance: \(function.provenance.label)   Source: \(function.citation)

            Usage:
              anarchy formal \(function.id) --params '{…}'      one JSON object in, one out (exit 2 on error)
              anarchy formal \(function.id) \(function.parameters.prefix(2).map { "--\($0.name) <value>" }.joined(separator: " ")) …   a readable answer (--json for JSON)

            Parameters (validated in this order):

            """
        let nameWidth = function.parameters.map(\.name.count).max() ?? 0
        let domainWidth = function.parameters.map(\.domain.count).max() ?? 0
        for p in function.parameters {
            let fallback = p.fallback.map { "  (default: \($0))" } ?? ""
            text += "  \(p.name.padded(to: nameWidth))  \(p.domain.padded(to: domainWidth))  \(p.meaning)\(fallback)\n"
        }
        return text + "\nOutputs, equations, sources and tests: docs/MODELS.md.\n"
    }

    static let overview = """
        anarchy formal — the formal-models catalogue as exact solvers

        Usage:
          anarchy formal --list                          every function, one per line
          anarchy formal <id> --help                     its parameters and their domains (every one required)
          anarchy formal <id> --params '<json object>'   JSON out, exit 0; or {"error": …, "param": …}, exit 2
          anarchy formal <id> --<param> <value> …        a readable answer (add --json for JSON)

        Error codes: invalid_parameter (with the first offending param), not_a_prisoners_dilemma,
        no_pure_equilibrium, zero_probability_observation, indeterminate; invalid_json and
        unknown_function for the command line itself.

        """
}

/// Ends the process with a status after the output has been printed (no further message).
struct SilentExit: Error {
    let status: Int32
}
