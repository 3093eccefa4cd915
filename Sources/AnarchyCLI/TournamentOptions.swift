import AnarchyCore
import AnarchyGames
import ArgumentParser

/// Who plays and under which rules: shared by `anarchy tournament` and `anarchy evolve`.
struct TournamentOptions: ParsableArguments {
    @Option(name: .customLong("strategies"), parsing: .unconditional,
            help: ArgumentHelp("Comma-separated strategy ids or names. Default: all.", valueName: "names"))
    var strategies: String?

    @Flag(name: .customLong("all"), help: "All 21 strategies of the reference tournament, in its order (the default; also --reference).")
    var all = false

    @Flag(name: .customLong("reference"), help: "Same as --all: the 21 deterministic reference strategies (docs/TOURNAMENT.md).")
    var reference = false

    @Flag(name: .customLong("extended"), help: "Every registered strategy: the reference 21, Random, Joss, GTFT, Reassurer, Deterrer.")
    var extended = false

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
            help: ArgumentHelp("pd (R,S,T,P = 3,0,5,1), stag-hunt (4,1,3,2), four numbers R,S,T,P, or Jervis's security game jervis:v,kappa,omega,d,r. Default: pd.",
                               valueName: "game"))
    var game: String?

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("Seed of the noise streams. Default: 0.", valueName: "int"))
    var seed: String?

    @Option(name: .customLong("threads"), parsing: .unconditional,
            help: ArgumentHelp("Threads to play matches on (results do not depend on it). Domain: 1…1024. Default: all cores.",
                               valueName: "int"))
    var threads: String?

    @Option(name: .customLong("continuation"), parsing: .unconditional,
            help: ArgumentHelp("Play matches of random length: after each turn continue with this probability (capped at --turns; players are not told the length). Domain: 0 ≤ p < 1. Default: fixed length.",
                               valueName: "p"))
    var continuation: String?

    /// The number of threads to play on.
    func threadCount() throws(UsageError) -> Int { try EngineOptions.workerCount(threads) }

    /// Splits a comma-separated list of names; a `memory-one:` name keeps the numbers after it.
    static func strategyNames(_ text: String) -> [String] {
        var names: [String] = []
        for raw in text.split(separator: ",", omittingEmptySubsequences: false) {
            let token = String(raw.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            if let last = names.last, last.lowercased().hasPrefix("memory-one:"),
               last.split(separator: ",").count < 5, (try? PlainNumber.real(token).get()) != nil {
                names[names.count - 1] += "," + token
            } else {
                names.append(token)
            }
        }
        return names
    }

    /// The tournament these flags describe, validated.
    func tournament() throws(UsageError) -> Tournament {
        let players = try selectedPlayers()
        let game = try parsedGame()
        let turns = try FlagValue.whole(turns, flag: "--turns", default: 200, range: 1...1_000_000)
        let repetitions = try FlagValue.whole(repetitions, flag: "--repetitions", default: 10, range: 1...100_000)
        let noise = try FlagValue.real(noise, flag: "--noise", default: 0, domain: "0…1") { $0 >= 0 && $0 <= 1 }
        let seed = try FlagValue.seed(seed, flag: "--seed", default: 0)
        let shadow: Double? = continuation == nil ? nil
            : try FlagValue.real(continuation, flag: "--continuation", default: 0, domain: "0 ≤ p < 1") { $0 >= 0 && $0 < 1 }
        do {
            return try Tournament(
                players: players, game: game, turns: turns, repetitions: repetitions, noise: noise, seed: seed,
                continuation: shadow)
        } catch {
            throw UsageError(error.description)
        }
    }

    private func selectedPlayers() throws(UsageError) -> [StrategyEntry] {
        let sets = [all, reference, extended, strategies != nil].filter { $0 }.count
        guard sets <= 1 else {
            throw UsageError("--strategies: choose one of --strategies, --all (--reference) and --extended")
        }
        if extended { return StrategyRegistry.all }
        guard let strategies else { return StrategyRegistry.reference }
        var players: [StrategyEntry] = []
        for name in Self.strategyNames(strategies) {
            guard let entry = StrategyRegistry.entry(named: name) else {
                throw UsageError("--strategies: unknown strategy '\(name)'; see 'anarchy tournament --list' (or memory-one:pCC,pCD,pDC,pDD[,pFirst])")
            }
            players.append(entry)
        }
        return players
    }

    private func parsedGame() throws(UsageError) -> Game {
        switch game ?? "pd" {
        case "pd": return .prisonersDilemma
        case "stag-hunt": return .stagHunt
        case let text where text.hasPrefix("jervis:"):
            let parts = text.dropFirst("jervis:".count).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let values = parts.compactMap { try? PlainNumber.real($0).get() }
            guard parts.count == 5, values.count == 5 else {
                throw UsageError("--game: got '\(text)'; jervis needs five numbers v,kappa,omega,d,r")
            }
            do {
                return try Game.jervis(v: values[0], kappa: values[1], omega: values[2], d: values[3], r: values[4])
            } catch {
                throw UsageError("--game: \(error.description)")
            }
        case let text:
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let values = parts.compactMap { try? PlainNumber.real($0).get() }
            guard parts.count == 4, values.count == 4, let game = try? Game(r: values[0], s: values[1], t: values[2], p: values[3]) else {
                throw UsageError("--game: got '\(text)'; must be pd, stag-hunt or four finite numbers R,S,T,P")
            }
            return game
        }
    }
}
