import AnarchyCore
import AnarchyGames
import ArgumentParser

/// `anarchy tournament`: an Axelrod-style round robin of iterated security games.
struct TournamentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tournament",
        abstract: "Play a round-robin tournament of iterated 2×2 security games.",
        discussion: """
            Every strategy meets every other and itself (two fresh instances) for a fixed number of \
            turns, as in Axelrod's tournaments (Axelrod 1980; Axelrod & Keohane 1985): how reciprocity \
            can grow cooperation under anarchy. Strategies are named by id or by their display name \
            in the Axelrod library (`anarchy tournament --list`). Results: ranking by median \
            normalised score, wins, the payoff matrix and cooperation counts \
            (spec: shared/specs/tournament.md).
            """)

    @Option(name: .customLong("strategies"), parsing: .unconditional,
            help: ArgumentHelp("Comma-separated strategy ids or names. Default: all.", valueName: "names"))
    var strategies: String?

    @Flag(name: .customLong("all"), help: "Every registered strategy (the default).")
    var all = false

    @Flag(name: .customLong("reference"), help: "The 21 deterministic strategies of the reference tournament (shared/specs/tournament.md).")
    var reference = false

    @Flag(name: .customLong("list"), help: "List the strategies (id, then name) and exit.")
    var list = false

    @Option(name: .customLong("turns"), parsing: .unconditional,
            help: ArgumentHelp("Turns per match. Domain: 1…1000000. Default: 200.", valueName: "int"))
    var turns: String?

    @Option(name: .customLong("repetitions"), parsing: .unconditional,
            help: ArgumentHelp("Repetitions of the round robin. Domain: 1…100000. Default: 10.", valueName: "int"))
    var repetitions: String?

    @Option(name: .customLong("noise"), parsing: .unconditional,
            help: ArgumentHelp("Probability that a move is flipped. Domain: 0…1. Default: 0.", valueName: "x"))
    var noise: String?

    @Option(name: .customLong("game"), parsing: .unconditional,
            help: ArgumentHelp("pd (R,S,T,P = 3,0,5,1), stag-hunt (4,1,3,2), or four numbers R,S,T,P. Default: pd.",
                               valueName: "game"))
    var game: String?

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("Seed of the noise streams. Default: 0.", valueName: "int"))
    var seed: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object with all results instead of the table.")
    var json = false

    func run() throws {
        if list {
            Console.out(StrategyRegistry.all.map { "\($0.metadata.id)\t\($0.metadata.name)" }.joined(separator: "\n") + "\n")
            return
        }
        let players = try selectedPlayers()
        let tournament: Tournament
        do {
            tournament = try Tournament(
                players: players, game: try parsedGame(),
                turns: try whole(turns, flag: "--turns", default: 200, range: 1...1_000_000),
                repetitions: try whole(repetitions, flag: "--repetitions", default: 10, range: 1...100_000),
                noise: try real(noise, flag: "--noise", default: 0, domain: "0…1") { $0 >= 0 && $0 <= 1 },
                seed: try seedValue())
        } catch let error as Tournament.ConfigurationError {
            throw UsageError(error.description)
        }
        if tournament.game.kind == .other && !json {
            Console.error("anarchy: note: these payoffs make neither a Prisoner's Dilemma nor a Stag Hunt")
        }
        let results = tournament.play()
        Console.out(json ? Self.json(results) : Self.table(results))
    }

    private func selectedPlayers() throws(UsageError) -> [StrategyEntry] {
        if reference {
            guard strategies == nil, !all else {
                throw UsageError("--reference: cannot be combined with --strategies or --all")
            }
            return StrategyRegistry.reference
        }
        guard let strategies, !all else { return StrategyRegistry.all }
        var players: [StrategyEntry] = []
        for name in strategies.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = String(name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            guard let entry = StrategyRegistry.entry(named: trimmed) else {
                throw UsageError("--strategies: unknown strategy '\(trimmed)'; see 'anarchy tournament --list'")
            }
            players.append(entry)
        }
        return players
    }

    private func parsedGame() throws(UsageError) -> Game {
        switch game ?? "pd" {
        case "pd": return .prisonersDilemma
        case "stag-hunt": return .stagHunt
        case let text:
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let values = parts.compactMap { try? PlainNumber.real($0).get() }
            guard parts.count == 4, values.count == 4, let game = try? Game(r: values[0], s: values[1], t: values[2], p: values[3]) else {
                throw UsageError("--game: got '\(text)'; must be pd, stag-hunt or four finite numbers R,S,T,P")
            }
            return game
        }
    }

    private func whole(_ text: String?, flag: String, default value: Int, range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text else { return value }
        let domain = "an integer in \(range.lowerBound)…\(range.upperBound)"
        switch PlainNumber.whole(text) {
        case .success(let v) where v <= UInt64(range.upperBound) && Int(v) >= range.lowerBound: return Int(v)
        case .success: throw UsageError("\(flag): got '\(text)' (out of range); must be \(domain)")
        case .failure(let problem): throw UsageError("\(flag): got '\(text)' (\(problem.phrase)); must be \(domain)")
        }
    }

    private func real(_ text: String?, flag: String, default value: Double, domain: String, _ valid: (Double) -> Bool) throws(UsageError) -> Double {
        guard let text else { return value }
        switch PlainNumber.real(text) {
        case .success(let v) where valid(v): return v
        case .success: throw UsageError("\(flag): got '\(text)'; must be \(domain)")
        case .failure(let problem): throw UsageError("\(flag): got '\(text)' (\(problem.phrase)); must be \(domain)")
        }
    }

    private func seedValue() throws(UsageError) -> UInt64 {
        guard let seed else { return 0 }
        switch PlainNumber.whole(seed) {
        case .success(let v): return v
        case .failure(let problem):
            throw UsageError("--seed: got '\(seed)' (\(problem.phrase)); must be an integer in 0…18446744073709551615")
        }
    }

    static func table(_ results: TournamentResults) -> String {
        let normalised = results.normalisedScores.map(TournamentResults.medianOf)
        let wins = results.wins.map { TournamentResults.medianOf($0.map(Double.init)) }
        let width = max(8, results.names.map(\.count).max() ?? 8)
        func pad(_ text: String, _ length: Int) -> String {
            text + String(repeating: " ", count: max(0, length - text.count))
        }
        var lines = ["rank  " + pad("strategy", width) + "  median score/turn  median wins"]
        for (rank, i) in results.ranking.enumerated() {
            lines.append("\(pad("\(rank + 1)", 4))  \(pad(results.names[i], width))  \(pad(SDW1Report.fixed(normalised[i]), 17))  \(SDW1Report.fixed(wins[i]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ results: TournamentResults) -> String {
        func numbers(_ xs: [Double]) -> String { "[" + xs.map { $0.isFinite ? "\($0)" : "null" }.joined(separator: ",") + "]" }
        func integers(_ xs: [Int]) -> String { "[" + xs.map(String.init).joined(separator: ",") + "]" }
        func matrix(_ rows: [[Double]]) -> String { "[" + rows.map(numbers).joined(separator: ",") + "]" }
        func intMatrix(_ rows: [[Int]]) -> String { "[" + rows.map(integers).joined(separator: ",") + "]" }
        let names = "[" + results.names.map(JSONObject.quote).joined(separator: ",") + "]"
        let ranking = "[" + results.ranking.map { JSONObject.quote(results.names[$0]) }.joined(separator: ",") + "]"
        return "{\"names\":\(names),\"turns\":\(results.turns),\"repetitions\":\(results.repetitions),"
            + "\"ranking\":\(ranking),\"ranking_indices\":\(integers(results.ranking)),"
            + "\"payoff_matrix\":\(matrix(results.payoffMatrix)),\"scores\":\(matrix(results.scores)),"
            + "\"normalised_scores\":\(matrix(results.normalisedScores)),\"wins\":\(intMatrix(results.wins)),"
            + "\"cooperation\":\(intMatrix(results.cooperation))}\n"
    }
}
