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
            (rules: docs/TOURNAMENT.md).
            """)

    @OptionGroup(title: "Tournament") var options: TournamentOptions

    @Flag(name: .customLong("list"), help: "List the strategies (id, then name) and exit.")
    var list = false

    @Option(name: .customLong("group-size"), parsing: .unconditional,
            help: ArgumentHelp("Play the n-player security dilemma in groups of this many states (the linear n-player version of --game: each state's payoff is the mean of its pairwise payoffs). Domain: 2…1000. Default: 2-player matches.",
                               valueName: "int"))
    var groupSize: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object with all results instead of the table.")
    var json = false

    func run() throws {
        if list {
            Console.out(StrategyRegistry.all.map { "\($0.metadata.id)\t\($0.metadata.name)" }.joined(separator: "\n") + "\n")
            return
        }
        let tournament = try options.tournament()
        if let groupSize {
            try runGroups(tournament, size: try FlagValue.whole(groupSize, flag: "--group-size", default: 2, range: 2...1_000))
            return
        }
        if tournament.game.kind == .other && !json {
            Console.error("anarchy: note: these payoffs make neither a Prisoner's Dilemma nor a Stag Hunt")
        }
        let results = tournament.play(threads: try options.threadCount())
        Console.out(json ? Self.json(results) : Self.table(results))
    }

    /// The n-player version: every group of `size` drawn from the players with repetition.
    private func runGroups(_ tournament: Tournament, size: Int) throws {
        let groups: GroupTournament
        do {
            groups = try GroupTournament(
                players: tournament.players, game: try GroupGame.linear(size: size, game: tournament.game),
                turns: tournament.turns, repetitions: tournament.repetitions, noise: tournament.noise, seed: tournament.seed)
        } catch let error as Tournament.ConfigurationError {
            throw UsageError("--group-size: \(error.description)")
        } catch {
            throw UsageError("--group-size: \(error)")
        }
        let results = groups.play(threads: try options.threadCount())
        if json {
            var object = JSONMembers()
            object.add("names", results.names)
            object.add("group_size", size)
            object.add("ranking", results.ranking.map { results.names[$0] })
            object.add("mean_payoffs", results.meanPayoff)
            object.add("restraint", results.restraint)
            Console.out(object.text + "\n")
            return
        }
        var lines = ["groups of \(size); rank, mean payoff per round, share of rounds restrained:"]
        for (rank, i) in results.ranking.enumerated() {
            lines.append("\(rank + 1)\t\(PlainNumber.fixed(results.meanPayoff[i]))\t\(PlainNumber.fixed(results.restraint[i]))\t\(results.names[i])")
        }
        Console.out(lines.joined(separator: "\n") + "\n")
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
            lines.append("\(pad("\(rank + 1)", 4))  \(pad(results.names[i], width))  \(pad(PlainNumber.fixed(normalised[i]), 17))  \(PlainNumber.fixed(wins[i]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ results: TournamentResults) -> String {
        var object = JSONMembers()
        object.add("names", results.names)
        object.add("turns", results.turns)
        object.add("repetitions", results.repetitions)
        object.add("ranking", results.ranking.map { results.names[$0] })
        object.add("ranking_indices", results.ranking)
        object.add("payoff_matrix", results.payoffMatrix)
        object.add("scores", results.scores)
        object.add("normalised_scores", results.normalisedScores)
        object.add("wins", results.wins)
        object.add("cooperation", results.cooperation)
        return object.text + "\n"
    }
}
