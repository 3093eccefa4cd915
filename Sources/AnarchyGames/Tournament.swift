import AnarchyCore
import Dispatch

/// A round-robin tournament of iterated 2×2 games, as `shared/specs/tournament.md` §1 describes
/// (Axelrod 1980; Axelrod-Python's protocol): one match for every unordered pair including
/// self-play (two fresh instances), every match of `turns` turns with the length known to the
/// players, `repetitions` repetitions, optional noise (each move flipped with that probability,
/// from a per-match stream derived from the seed, so results never depend on scheduling).
public struct Tournament: Sendable {
    public let players: [StrategyEntry]
    public let game: Game
    public let turns: Int
    public let repetitions: Int
    public let noise: Double
    public let seed: UInt64
    /// If set, matches have random length: after each turn play continues with this probability
    /// (the shadow of the future, Axelrod 1984), up to `turns`; players are not told the length.
    public let continuation: Double?

    public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(
        players: [StrategyEntry], game: Game = .prisonersDilemma, turns: Int = 200, repetitions: Int = 10,
        noise: Double = 0, seed: UInt64 = 0, continuation: Double? = nil
    ) throws(ConfigurationError) {
        guard !players.isEmpty else { throw ConfigurationError(description: "a tournament needs at least one strategy") }
        guard (1...1_000_000).contains(turns) else { throw ConfigurationError(description: "turns must be in 1…1000000, got \(turns)") }
        guard (1...100_000).contains(repetitions) else {
            throw ConfigurationError(description: "repetitions must be in 1…100000, got \(repetitions)")
        }
        guard noise.isFinite, noise >= 0, noise <= 1 else { throw ConfigurationError(description: "noise must be in 0…1, got \(noise)") }
        if let continuation {
            guard continuation.isFinite, continuation >= 0, continuation < 1 else {
                throw ConfigurationError(description: "continuation probability must be in [0, 1), got \(continuation)")
            }
        }
        self.continuation = continuation
        self.players = players
        self.game = game
        self.turns = turns
        self.repetitions = repetitions
        self.noise = noise
        self.seed = seed
    }

    /// One side's outcome of a match.
    public struct Side: Sendable, Equatable {
        public var total: Double = 0
        public var cooperations = 0
        public var moves: [Move] = []
        /// Turns played.
        public var turns: Int { moves.count }
    }

    /// Plays one match between fresh instances of `a` and `b`. Each turn A decides, then B (each
    /// drawing from `rng` if stochastic), then noise flips each move with probability `noise`.
    public func playMatch(_ a: StrategyEntry, _ b: StrategyEntry, rng: inout SplitMix64) -> (Side, Side) {
        var first = a.make(), second = b.make()
        let length = matchLength(rng: &rng)
        let known = continuation == nil ? turns : nil
        var historyA = MatchHistory(length: known, game: game)
        var historyB = MatchHistory(length: known, game: game)
        var sideA = Side(), sideB = Side()
        for _ in 0..<length {
            var moveA = first.decide(historyA, random: &rng)
            var moveB = second.decide(historyB, random: &rng)
            if noise > 0 {
                if rng.uniform() < noise { moveA = moveA.flipped }
                if rng.uniform() < noise { moveB = moveB.flipped }
            }
            historyA.record(own: moveA, opponent: moveB)
            historyB.record(own: moveB, opponent: moveA)
            sideA.total += game.payoff(moveA, moveB)
            sideB.total += game.payoff(moveB, moveA)
            if moveA == .cooperate { sideA.cooperations += 1 }
            if moveB == .cooperate { sideB.cooperations += 1 }
        }
        sideA.moves = historyA.own
        sideB.moves = historyB.own
        return (sideA, sideB)
    }

    /// The match's length: `turns`, or with a continuation probability p a geometric length
    /// (1 + the number of successes, each with probability p) capped at `turns`, drawn first.
    func matchLength(rng: inout SplitMix64) -> Int {
        guard let p = continuation else { return turns }
        var length = 1
        while length < turns && rng.uniform() < p { length += 1 }
        return length
    }

    /// The stream of match (i, j) in repetition r.
    func matchStream(i: Int, j: Int, repetition: Int) -> SplitMix64 {
        SeedDerivation.stream(seed: seed, path: [UInt64(i), UInt64(j), UInt64(repetition)])
    }


    /// One match to play: players i ≤ j in repetition r.
    struct Job: Sendable {
        let i: Int, j: Int, repetition: Int
        /// Whether this one match stands for every repetition (deterministic pair, no noise).
        let replayed: Bool
    }

    /// The matches that must actually be played: every (i, j ≥ i, r), except that a deterministic
    /// pair without noise is played once (repetition 0) and replayed, as Axelrod-Python does.
    func jobs() -> [Job] {
        var jobs: [Job] = []
        let n = players.count
        for i in 0..<n {
            for j in i..<n {
                let deterministic = noise == 0 && continuation == nil
                    && !players[i].metadata.stochastic && !players[j].metadata.stochastic
                for r in 0..<(deterministic ? 1 : repetitions) {
                    jobs.append(Job(i: i, j: j, repetition: r, replayed: deterministic))
                }
            }
        }
        return jobs
    }

    /// Plays every match of every repetition on `threads` threads and gathers the results. Each
    /// match draws from its own stream (`matchStream(i:j:repetition:)`), so the results are the
    /// same for every thread count and schedule.
    public func play(threads: Int = 1) -> TournamentResults {
        let jobs = self.jobs()
        let tournament = self
        let outcomes = ParallelMap.ordered(count: jobs.count, threads: threads) { index in
            let job = jobs[index]
            var rng = tournament.matchStream(i: job.i, j: job.j, repetition: job.repetition)
            return tournament.playMatch(tournament.players[job.i], tournament.players[job.j], rng: &rng)
        }
        let n = players.count
        var totals = Array(repeating: Array(repeating: Array(repeating: 0.0, count: n), count: n), count: repetitions)
        var cooperations = Array(repeating: Array(repeating: 0, count: n), count: n)
        var lengths = Array(repeating: Array(repeating: Array(repeating: turns, count: n), count: n), count: repetitions)
        for (index, job) in jobs.enumerated() {
            let (a, b) = outcomes[index]
            for r in job.replayed ? Array(0..<repetitions) : [job.repetition] {
                lengths[r][job.i][job.j] = a.turns
                lengths[r][job.j][job.i] = a.turns
                if job.i == job.j {
                    totals[r][job.i][job.i] = (a.total + b.total) / 2
                    cooperations[job.i][job.i] += a.cooperations + b.cooperations
                } else {
                    totals[r][job.i][job.j] = a.total
                    totals[r][job.j][job.i] = b.total
                    cooperations[job.i][job.j] += a.cooperations
                    cooperations[job.j][job.i] += b.cooperations
                }
            }
        }
        for i in 0..<n { cooperations[i][i] /= 2 }
        return TournamentResults(
            names: players.map(\.metadata.name), turns: turns, totals: totals, cooperation: cooperations,
            lengths: continuation == nil ? nil : lengths)
    }
}
