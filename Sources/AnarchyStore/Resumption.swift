import AnarchyCore
import AnarchyExperiments

/// Which experiment `anarchy sweep … --resume` continues (`docs/EXPERIMENTS.md`). A store is
/// resumed, never added to: the experiment asked for continues if the store holds it; otherwise
/// the store's own experiment continues when it is the one asked for but for the replications
/// and seed the command line did not give (a sweep started with `--replications 10 --seed 7`
/// and resumed with `--resume` alone); otherwise nothing runs and ``ResumeMismatch`` says what
/// differs. A store that holds nothing yet starts the experiment (a cluster task's first try).
public enum Resumption {
    /// The experiment to run into `store` under `--resume`.
    /// - Parameters:
    ///   - asked: the experiment the command line describes (the file with any overrides).
    ///   - store: the store to resume into (possibly empty).
    ///   - replicationsGiven: whether `--replications` was given; if not, the store's count may be taken.
    ///   - seedGiven: whether `--seed` was given; if not, the store's seed may be taken.
    /// - Throws: ``ResumeMismatch`` when the store holds experiments and none of them is `asked`.
    public static func experiment(
        _ asked: Experiment, in store: ResultsStore, replicationsGiven: Bool, seedGiven: Bool
    ) throws -> Experiment {
        let stored = try store.experiments()
        let id = ExperimentEncoder.id(asked)
        if stored.isEmpty || stored.contains(where: { $0.id == id }) { return asked }
        let askedDocument = ExperimentEncoder.json(asked)
        var matches: [Experiment] = []
        var candidates: [ResumeMismatch.Candidate] = []
        for s in stored {
            let document = (try? JSONParser.parse(s.definition)) ?? .null
            let replications = document["replications"]?.numberValue.flatMap { Int(exactly: $0) }
            let seed: UInt64? = switch document["seed"] {
            case let .integer(i)?: UInt64(exactly: i)
            case let .string(text)?: UInt64(text)
            default: nil
            }
            var adjusted = asked
            if !replicationsGiven, let replications { adjusted.replications = replications }
            if !seedGiven, let seed { adjusted.seed = seed }
            if ExperimentEncoder.id(adjusted) == s.id {
                matches.append(adjusted)
            }
            candidates.append(.init(
                stored: s, replications: replications, seed: seed,
                differences: differences(document, askedDocument, at: "", limit: 6)))
        }
        if matches.count == 1 { return matches[0] }
        throw ResumeMismatch(candidates: candidates, ambiguous: matches.count > 1)
    }

    /// The places where two documents differ, as `path: stored → asked`, at most `limit` of them.
    static func differences(_ stored: JSONValue, _ asked: JSONValue, at path: String, limit: Int) -> [String] {
        var found: [String] = []
        func walk(_ a: JSONValue?, _ b: JSONValue?, _ path: String) {
            guard found.count < limit else { return }
            switch (a, b) {
            case let (.object(x)?, .object(y)?):
                var keys = x.map(\.key)
                for key in y.map(\.key) where !keys.contains(key) { keys.append(key) }
                for key in keys { walk(a?[key], b?[key], path.isEmpty ? key : "\(path).\(key)") }
            case let (.array(x)?, .array(y)?) where x.count == y.count:
                for i in x.indices { walk(x[i], y[i], "\(path)[\(i)]") }
            default:
                let left = a.map(short) ?? "absent", right = b.map(short) ?? "absent"
                if left != right { found.append("\(path.isEmpty ? "the document" : path): \(left) in the store, \(right) here") }
            }
        }
        walk(stored, asked, path)
        return found
    }

    private static func short(_ value: JSONValue) -> String {
        let text: String = switch value {
        case let .integer(i): String(i)
        case let .number(x): PlainNumber.text(x)
        case let .string(s): s
        default: value.text
        }
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}

/// `--resume` was asked of a store that holds other experiments than the one asked for.
public struct ResumeMismatch: Error, Sendable {
    /// A stored experiment, with the replications and seed it was stored with and how it differs
    /// from the one asked for.
    public struct Candidate: Sendable {
        public let stored: ResultsStore.StoredExperiment
        public let replications: Int?
        public let seed: UInt64?
        public let differences: [String]
    }
    public let candidates: [Candidate]
    /// Several stored experiments match once the replications and seed not given are taken from
    /// each: the command line must say which.
    public let ambiguous: Bool
}
