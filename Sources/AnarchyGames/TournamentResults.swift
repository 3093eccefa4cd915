/// Everything a tournament reports (tournament spec §1), computed from the match totals.
public struct TournamentResults: Sendable {
    /// Display names, in player order.
    public let names: [String]
    public let turns: Int
    /// `totals[r][i][j]`: i's total payoff against j in repetition r (self-play: mean of both sides).
    public let totals: [[[Double]]]
    /// C's played by i against j over all repetitions (self-play: one side's count, as Axelrod halves).
    public let cooperation: [[Int]]
    /// `lengths[r][i][j]`: turns of the match of i and j in repetition r, when lengths vary
    /// (a continuation probability); nil when every match lasts `turns`.
    public let lengths: [[[Int]]]?

    public init(names: [String], turns: Int, totals: [[[Double]]], cooperation: [[Int]], lengths: [[[Int]]]? = nil) {
        self.names = names
        self.turns = turns
        self.totals = totals
        self.cooperation = cooperation
        self.lengths = lengths
    }

    /// Turns of the match of i and j in repetition r.
    func length(_ r: Int, _ i: Int, _ j: Int) -> Double { Double(lengths?[r][i][j] ?? turns) }

    public var repetitions: Int { totals.count }
    public var count: Int { names.count }

    /// Mean score per turn of i against j over repetitions (diagonal: self-play).
    public var payoffMatrix: [[Double]] {
        (0..<count).map { i in
            (0..<count).map { j in
                totals.indices.map { r in totals[r][i][j] / length(r, i, j) }.reduce(0, +) / Double(repetitions)
            }
        }
    }

    /// `scores[i][r]`: i's total over opponents j ≠ i in repetition r (self-play excluded).
    public var scores: [[Double]] {
        (0..<count).map { i in
            totals.map { rep in (0..<count).filter { $0 != i }.reduce(0.0) { $0 + rep[i][$1] } }
        }
    }

    /// `normalisedScores[i][r]`: i's mean score per turn over opponents j ≠ i (self-play excluded).
    /// With equal lengths it is computed from the exact total, so equal totals tie exactly.
    public var normalisedScores: [[Double]] {
        let opponents = Swift.max(count - 1, 1)
        guard lengths != nil else {
            return scores.map { perRep in perRep.map { $0 / Double(turns) / Double(opponents) } }
        }
        return (0..<count).map { i in
            totals.indices.map { r in
                (0..<count).filter { $0 != i }.reduce(0.0) { $0 + totals[r][i][$1] / length(r, i, $1) } / Double(opponents)
            }
        }
    }

    /// Player indices by descending median normalised score; the sort is stable (ties keep index order).
    public var ranking: [Int] {
        let medians = normalisedScores.map(Self.median)
        return (0..<count).enumerated().sorted { lhs, rhs in
            medians[lhs.element] != medians[rhs.element] ? medians[lhs.element] > medians[rhs.element] : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// `wins[i][r]`: opponents j ≠ i whose total i strictly beat in repetition r.
    public var wins: [[Int]] {
        (0..<count).map { i in
            totals.map { rep in (0..<count).filter { $0 != i && rep[i][$0] > rep[$0][i] }.count }
        }
    }

    /// The median as numpy computes it (mean of the two middle values for an even count).
    public static func medianOf(_ values: [Double]) -> Double { median(values) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
