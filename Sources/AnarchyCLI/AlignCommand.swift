import AnarchyRecords
import AnarchyCore
import AnarchyModels
import ArgumentParser

/// `anarchy align FILE [--json]`: landscape theory's alignments (Axelrod & Bennett 1993).
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Find the alignments landscape theory predicts: every local minimum of the energy of two-sided splits.",
        discussion: """
            FILE is JSON: {"states": [{"name": "France", "size": 1.2}, …], "propensity": [[0, …], …]} \
            — sizes > 0, propensities finite, the matrix symmetric with a zero diagonal (positive: \
            would rather be on the same side). Prints every local minimum (no single state can \
            switch sides and lower the energy), lowest energy first. Exhaustive up to 20 states; \
            beyond, 2,000 random starts with steepest descent, which may miss minima (said in the output).
            """)

    @Argument(help: ArgumentHelp("The JSON file of sizes and propensities.", valueName: "file"))
    var file: String

    @Flag(name: .customLong("json"), help: "Print {\"minima\": [{\"energy\": …, \"sides\": [[…], […]]}, …]}.")
    var json = false

    func run() throws {
        let text = try TextFile.read(file, flag: "align")
        let document: JSONValue
        do { document = try JSONParser.parse(text) } catch { throw UsageError("\(file): not JSON: \(error.description)") }
        let (names, sizes, propensity) = try Self.read(document, file: file)
        let outcome = LandscapeTheory.minima(sizes: sizes, propensity: propensity)
        let sides = { (a: LandscapeTheory.Alignment) in
            [0, 1].map { side in names.indices.filter { a.side[$0] == side }.map { names[$0] } }
        }
        if json {
            var minima: [JSONValue] = []
            for a in outcome.minima {
                minima.append(.members(["energy": .number(a.energy), "sides": .array(sides(a).map { .array($0.map(JSONValue.string)) })]))
            }
            var members: [(key: String, value: JSONValue)] = [("minima", .array(minima))]
            if !outcome.exhaustive { members.append(("exhaustive", .bool(false))) }
            Console.out(JSONValue.object(members).text + "\n")
            return
        }
        var out = "\(outcome.minima.count) local minim\(outcome.minima.count == 1 ? "um" : "a") of \(names.count) states"
        out += outcome.exhaustive ? " (exhaustive search), lowest energy first:\n" : " (heuristic search: there may be others, and the first need not be the global one):\n"
        for a in outcome.minima {
            let (one, other) = (sides(a)[0], sides(a)[1])
            out += "  E = \(PlainNumber.text(a.energy))   [\(one.joined(separator: ", "))] vs [\(other.joined(separator: ", "))]\n"
        }
        Console.out(out)
    }

    /// Names, sizes and the propensity matrix, each checked, errors naming the place.
    static func read(_ d: JSONValue, file: String) throws -> ([String], [Double], [[Double]]) {
        guard case let .array(states)? = d["states"], !states.isEmpty else { throw UsageError("\(file): states: give a non-empty list of {name, size}") }
        guard states.count <= 1_000 else { throw UsageError("\(file): states: at most 1000 states, got \(states.count)") }
        var names: [String] = [], sizes: [Double] = []
        for (i, state) in states.enumerated() {
            guard case let .object(members) = state, Set(members.map(\.key)).isSubset(of: ["name", "size"]) else {
                throw UsageError("\(file): states[\(i)]: must be {\"name\": …, \"size\": …}")
            }
            guard case let .string(name)? = state["name"], !name.isEmpty else { throw UsageError("\(file): states[\(i)].name: give a non-empty name") }
            guard !names.contains(name) else { throw UsageError("\(file): states[\(i)].name: \"\(name)\" is given twice") }
            guard let size = state["size"]?.numberValue, size.isFinite, size > 0 else {
                throw UsageError("\(file): states[\(i)].size: must be a finite number > 0")
            }
            names.append(name)
            sizes.append(size)
        }
        guard case let .array(rows)? = d["propensity"], rows.count == names.count else {
            throw UsageError("\(file): propensity: give a \(names.count) × \(names.count) matrix (one row per state)")
        }
        var p: [[Double]] = []
        for (i, row) in rows.enumerated() {
            guard case let .array(items) = row, items.count == names.count else { throw UsageError("\(file): propensity[\(i)]: must have \(names.count) number\(names.count == 1 ? "" : "s")") }
            var values: [Double] = []
            for (j, item) in items.enumerated() {
                guard let x = item.numberValue, x.isFinite else { throw UsageError("\(file): propensity[\(i)][\(j)]: must be a finite number") }
                values.append(x)
            }
            p.append(values)
        }
        for i in p.indices {
            guard p[i][i] == 0 else { throw UsageError("\(file): propensity[\(i)][\(i)]: the diagonal must be 0, got \(PlainNumber.text(p[i][i]))") }
            for j in 0..<i where p[i][j] != p[j][i] {
                throw UsageError("\(file): propensity[\(i)][\(j)] = \(PlainNumber.text(p[i][j])) but propensity[\(j)][\(i)] = \(PlainNumber.text(p[j][i])): must be symmetric")
            }
        }
        if case let .object(members) = d, let extra = members.map(\.key).first(where: { $0 != "states" && $0 != "propensity" }) {
            throw UsageError("\(file): \(extra): unknown key; give states and propensity")
        }
        return (names, sizes, p)
    }
}
