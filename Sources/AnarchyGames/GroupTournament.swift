import AnarchyCore
import Dispatch

/// The n-player security dilemma with the tournament machinery: every group of `game.size`
/// seats drawn from the players with repetition (each multiset once, like a round robin with
/// self-play) plays `turns` rounds, `repetitions` times, with optional noise.
///
/// Strategies written for two players take part through a *representative opponent*: a player's
/// history records, as the opponent's move of a round, D iff more than half of the others armed
/// (so in a group of two it is exactly the other player, and the tournament reduces to the
/// 2-player one). Each seat has its own fresh instance. Per-group streams derived from the seed
/// keep results independent of threads and order.
public struct GroupTournament: Sendable {
    public let players: [StrategyEntry]
    public let game: GroupGame
    public let turns: Int
    public let repetitions: Int
    public let noise: Double
    public let seed: UInt64

    public init(
        players: [StrategyEntry], game: GroupGame, turns: Int = 200, repetitions: Int = 10, noise: Double = 0, seed: UInt64 = 0
    ) throws(Tournament.ConfigurationError) {
        // Reuse the 2-player validation of players, turns, repetitions and noise.
        _ = try Tournament(players: players, turns: turns, repetitions: repetitions, noise: noise, seed: seed)
        let groups = Self.groupCount(players: players.count, size: game.size)
        guard groups <= 1_000_000 else {
            let shown = groups == Int.max ? "over a trillion" : "\(groups)"
            throw Tournament.ConfigurationError(
                description: "\(shown) groups of \(game.size) from \(players.count) strategies is too many (limit 1000000)")
        }
        self.players = players
        self.game = game
        self.turns = turns
        self.repetitions = repetitions
        self.noise = noise
        self.seed = seed
    }

    /// C(players + size − 1, size), saturating.
    static func groupCount(players: Int, size: Int) -> Int {
        var count = 1.0
        for step in 0..<size { count = count * Double(players + step) / Double(step + 1) }
        return count > 1e12 ? Int.max : Int(count.rounded())
    }

    /// Every multiset of `size` player indices, in lexicographic order.
    public func groups() -> [[Int]] {
        var result: [[Int]] = []
        var group = Array(repeating: 0, count: game.size)
        func fill(_ position: Int, from start: Int) {
            if position == group.count { result.append(group); return }
            for p in start..<players.count {
                group[position] = p
                fill(position + 1, from: p)
            }
        }
        fill(0, from: 0)
        return result
    }

    /// Plays one group; returns each seat's total payoff and count of restraint.
    public func playGroup(_ members: [Int], rng: inout SplitMix64) -> [(total: Double, restraint: Int)] {
        let size = members.count
        var strategies = members.map { players[$0].make() }
        var histories = (0..<size).map { _ in MatchHistory(length: turns, game: .prisonersDilemma) }
        var outcome = Array(repeating: (total: 0.0, restraint: 0), count: size)
        var moves = Array(repeating: Move.cooperate, count: size)
        for _ in 0..<turns {
            for seat in 0..<size {
                moves[seat] = strategies[seat].decide(histories[seat], random: &rng)
            }
            if noise > 0 {
                for seat in 0..<size where rng.uniform() < noise { moves[seat] = moves[seat].flipped }
            }
            let arming = moves.reduce(0) { $0 + ($1 == .defect ? 1 : 0) }
            for seat in 0..<size {
                let others = arming - (moves[seat] == .defect ? 1 : 0)
                outcome[seat].total += game.payoff(moves[seat], othersArming: others)
                if moves[seat] == .cooperate { outcome[seat].restraint += 1 }
                let representative: Move = 2 * others > size - 1 ? .defect : .cooperate
                histories[seat].record(own: moves[seat], opponent: representative)
            }
        }
        return outcome
    }

    /// Plays every group of every repetition on `threads` threads.
    public func play(threads: Int = 1) -> GroupResults {
        let groups = self.groups()
        let deterministic = noise == 0 && !players.contains { $0.metadata.stochastic }
        let rounds = deterministic ? 1 : repetitions
        let jobs = groups.count * rounds
        let tournament = self
        let outcomes = ParallelMap.ordered(count: jobs, threads: threads) { job in
            let g = job / rounds, r = job % rounds
            // Group g of repetition r; the marker keeps group streams apart from match streams.
            var stream = SeedDerivation.stream(seed: tournament.seed, path: [UInt64.max, UInt64(g), UInt64(r)])
            return tournament.playGroup(groups[g], rng: &stream)
        }
        var payoff = Array(repeating: 0.0, count: players.count)
        var restraint = Array(repeating: 0, count: players.count)
        var seats = Array(repeating: 0, count: players.count)
        for job in 0..<jobs {
            let weight = deterministic ? repetitions : 1
            for (seat, member) in groups[job / rounds].enumerated() {
                let (total, restrained) = outcomes[job][seat]
                payoff[member] += total * Double(weight)
                restraint[member] += restrained * weight
                seats[member] += weight
            }
        }
        return GroupResults(
            names: players.map(\.metadata.name), groupSize: game.size, turns: turns,
            meanPayoff: (0..<players.count).map { payoff[$0] / Double(seats[$0] * turns) },
            restraint: (0..<players.count).map { Double(restraint[$0]) / Double(seats[$0] * turns) })
    }
}

/// What an n-player tournament reports, per strategy.
public struct GroupResults: Sendable {
    public let names: [String]
    public let groupSize: Int
    public let turns: Int
    /// Mean payoff per round over every seat the strategy held.
    public let meanPayoff: [Double]
    /// Share of rounds in which the strategy restrained.
    public let restraint: [Double]

    /// Strategy indices by descending mean payoff; stable.
    public var ranking: [Int] {
        meanPayoff.indices.sorted { meanPayoff[$0] != meanPayoff[$1] ? meanPayoff[$0] > meanPayoff[$1] : $0 < $1 }
    }
}
