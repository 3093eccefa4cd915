/// A symmetric 2×2 game: the row player's payoff for (own, opponent) is (C,C) R, (C,D) S,
/// (D,C) T, (D,D) P (Rapoport & Chammah 1965's labels: reward, sucker, temptation, punishment).
///
/// Jervis (1978) reads the security dilemma as such a game: a Prisoner's Dilemma when offense
/// dominates or arms are indistinguishable, a Stag Hunt when mutual restraint pays more than
/// exploiting a restrained neighbour.
public struct Game: Sendable, Hashable {
    public let r: Double, s: Double, t: Double, p: Double

    /// What kind of game the payoffs make.
    public enum Kind: String, Sendable {
        /// T > R > P > S and 2R > T + S.
        case prisonersDilemma = "Prisoner's Dilemma"
        /// R > T ≥ P > S.
        case stagHunt = "Stag Hunt"
        /// Anything else (allowed; callers may warn).
        case other = "other 2×2 game"
    }

    /// Why payoffs are unusable.
    public struct PayoffError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// A game with the given payoffs, which must be finite.
    public init(r: Double, s: Double, t: Double, p: Double) throws(PayoffError) {
        guard [r, s, t, p].allSatisfy(\.isFinite) else {
            throw PayoffError(description: "payoffs must be finite numbers, got R=\(r) S=\(s) T=\(t) P=\(p)")
        }
        self.r = r; self.s = s; self.t = t; self.p = p
    }

    /// The Prisoner's Dilemma of Axelrod's tournaments: R 3, S 0, T 5, P 1.
    public static let prisonersDilemma = Game(checked: (3, 0, 5, 1))
    /// The Stag Hunt of the reference tournament: R 4, S 1, T 3, P 2.
    public static let stagHunt = Game(checked: (4, 1, 3, 2))

    /// For payoffs known to be finite (the constants above).
    private init(checked payoffs: (Double, Double, Double, Double)) {
        (r, s, t, p) = payoffs
    }

    public var kind: Kind {
        if t > r && r > p && p > s && 2 * r > t + s { return .prisonersDilemma }
        if r > t && t >= p && p > s { return .stagHunt }
        return .other
    }

    /// The row player's payoff.
    @inlinable
    public func payoff(_ own: Move, _ opponent: Move) -> Double {
        switch (own, opponent) {
        case (.cooperate, .cooperate): r
        case (.cooperate, .defect): s
        case (.defect, .cooperate): t
        case (.defect, .defect): p
        }
    }
}
