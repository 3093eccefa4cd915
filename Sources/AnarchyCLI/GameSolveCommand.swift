import AnarchyRecords
import AnarchyCore
import AnarchyGames
import ArgumentParser

/// `anarchy game solve`: Nash equilibria of bimatrix games.
struct GameSolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the Nash equilibria of a bimatrix game (support or vertex enumeration, or Lemke–Howson).",
        discussion: """
            A[i][j] is the row player's payoff and B[i][j] the column player's when row strategy i \
            meets column strategy j. `support` and `vertex` return every equilibrium of a \
            nondegenerate game; for a degenerate game (some mixed strategy with support size k has \
            more than k pure best responses) they return the extreme equilibria and report \
            "degenerate": true. `lemke-howson` returns one equilibrium. Equilibria are sorted \
            lexicographically by (row, column). Batch form: --games FILE.json holding \
            {"games": [{"A": …, "B": …}, …]} prints {"results": […]} in input order.
            """)

    @Option(name: .customLong("a"), help: ArgumentHelp("The row player's payoffs as JSON rows, e.g. '[[3,0],[5,1]]'.", valueName: "json"))
    var a: String?

    @Option(name: .customLong("b"), help: ArgumentHelp("The column player's payoffs, same shape as A.", valueName: "json"))
    var b: String?

    @Option(name: .customLong("games"), help: ArgumentHelp("A JSON file of games to solve in one run.", valueName: "file"))
    var games: String?

    @Option(name: .customLong("method"), help: ArgumentHelp("support | vertex | lemke-howson (default: support).", valueName: "method"))
    var method: String = "support"

    @Option(name: .customLong("label"), help: ArgumentHelp("Lemke–Howson's initially dropped label, 0…m+n−1 (default 0: the first row strategy).", valueName: "int"))
    var label: String?

    @Flag(name: .customLong("json"), help: "Print JSON (the batch form always does).")
    var json = false

    func run() throws {
        guard let method = EquilibriumMethod(rawValue: method) else {
            throw UsageError("--method \(method): must be support, vertex or lemke-howson")
        }
        if let games {
            guard a == nil, b == nil else { throw UsageError("--games solves a file of games; do not also give --a or --b") }
            let text = try TextFile.read(games, flag: "--games")
            let document: JSONValue
            do { document = try JSONParser.parse(text) } catch { throw UsageError("--games \(games): not JSON: \(error.description)") }
            guard case let .object(members) = document, members.count == 1, case let .array(items)? = document["games"] else {
                throw UsageError("--games \(games): expected an object {\"games\": [{\"A\": …, \"B\": …}, …]}")
            }
            var results: [JSONValue] = []
            for (index, item) in items.enumerated() {
                let game = try Self.game(item, place: "games[\(index)]")
                results.append(Self.json(try solve(game, method)))
            }
            Console.out(JSONValue.members(["results": .array(results)]).text + "\n")
            return
        }
        guard let a, let b else { throw UsageError("give the payoffs with --a and --b, or a file of games with --games") }
        let game = try Self.game(.object([("A", try Self.parse(a, flag: "--a")), ("B", try Self.parse(b, flag: "--b"))]), place: nil)
        let solution = try solve(game, method)
        Console.out(json ? Self.json(solution).text + "\n" : Self.table(solution, method: method))
    }

    private func solve(_ game: Bimatrix, _ method: EquilibriumMethod) throws -> BimatrixSolution {
        var initial = 0
        if let label {
            initial = try FlagValue.whole(label, flag: "--label", default: 0, range: 0...(game.rows + game.columns - 1))
        }
        return game.equilibria(method: method, initialLabel: initial)
    }

    private static func parse(_ text: String, flag: String) throws -> JSONValue {
        do { return try JSONParser.parse(text) } catch { throw UsageError("\(flag): not JSON: \(error.description)") }
    }

    /// A game from `{"A": rows, "B": rows}`; errors name the place (`games[3].B`) or the flag.
    static func game(_ value: JSONValue, place: String?) throws -> Bimatrix {
        func name(_ key: String) -> String { place.map { "\($0).\(key)" } ?? "--\(key.lowercased())" }
        guard case let .object(members) = value else { throw UsageError("\(place ?? "game"): must be an object with A and B") }
        if let stray = members.first(where: { $0.key != "A" && $0.key != "B" }) {
            throw UsageError("\(place ?? "game"): unknown member \"\(stray.key)\" (expected A and B)")
        }
        func matrix(_ key: String) throws -> [[Double]] {
            guard case let .array(rows)? = value[key] else { throw UsageError("\(name(key)): missing or not a list of rows") }
            return try rows.enumerated().map { i, row in
                guard case let .array(cells) = row else { throw UsageError("\(name(key))[\(i)]: must be a list of numbers") }
                return try cells.enumerated().map { j, cell in
                    guard let x = cell.numberValue, x.isFinite else {
                        throw UsageError("\(name(key))[\(i)][\(j)]: must be a finite number (got \(cell.text))")
                    }
                    return x
                }
            }
        }
        let a = try matrix("A"), b = try matrix("B")
        do { return try Bimatrix(a: a, b: b) } catch { throw UsageError("\(place ?? "game"): \(error.description)") }
    }

    static func json(_ solution: BimatrixSolution) -> JSONValue {
        .members([
            "equilibria": .array(solution.equilibria.map { e in
                .members([
                    "row": .array(e.row.map(JSONValue.number)), "column": .array(e.column.map(JSONValue.number)),
                    "payoffs": [.number(e.payoffs.row), .number(e.payoffs.column)],
                ])
            }),
            "degenerate": .bool(solution.degenerate),
        ])
    }

    static func table(_ solution: BimatrixSolution, method: EquilibriumMethod) -> String {
        let count = solution.equilibria.count
        var text = "\(count) equilibri\(count == 1 ? "um" : "a") by \(method.rawValue)"
        text += solution.degenerate ? " (degenerate game: extreme equilibria)\n" : "\n"
        func show(_ xs: [Double]) -> String { "(" + xs.map(Self.short).joined(separator: ", ") + ")" }
        let rows = solution.equilibria.map { show($0.row) }, columns = solution.equilibria.map { show($0.column) }
        let rowWidth = max(3, rows.map(\.count).max() ?? 0), columnWidth = max(6, columns.map(\.count).max() ?? 0)
        text += "  #  \("row".padded(to: rowWidth))  \("column".padded(to: columnWidth))  payoffs\n"
        for (i, e) in solution.equilibria.enumerated() {
            text += "  \(i + 1)  \(rows[i].padded(to: rowWidth))  \(columns[i].padded(to: columnWidth))  \(show([e.payoffs.row, e.payoffs.column]))\n"
        }
        return text
    }

    /// At most six decimals, trailing zeros dropped.
    static func short(_ x: Double) -> String {
        let rounded = (x * 1e6).rounded() / 1e6
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return "\(rounded)"
    }
}
