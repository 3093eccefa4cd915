/// An n-player security dilemma: each of `size` states restrains (C) or arms (D), and its payoff
/// depends on its own choice and on how many of the *others* arm (k = 0…size − 1):
/// `restrain[k]` and `arm[k]` (Schelling 1973, "Hockey helmets, concealed weapons, and daylight
/// saving", J. Conflict Resolution 17(3):381–428: binary choices with externalities).
public struct GroupGame: Sendable, Hashable {
    public let size: Int
    /// Payoff of restraint when k others arm.
    public let restrain: [Double]
    /// Payoff of arming when k others arm.
    public let arm: [Double]

    public struct InputError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(restrain: [Double], arm: [Double]) throws(InputError) {
        guard restrain.count >= 2, restrain.count == arm.count else {
            throw InputError(description: "a group game needs two payoff tables of equal length ≥ 2 (one entry per number of others arming)")
        }
        guard (restrain + arm).allSatisfy(\.isFinite) else { throw InputError(description: "payoffs must be finite") }
        guard restrain.count <= 1_000 else { throw InputError(description: "groups are limited to 1000 states") }
        size = restrain.count
        self.restrain = restrain
        self.arm = arm
    }

    /// The linear n-player version of a 2×2 game: a state's payoff is the mean of its pairwise
    /// payoffs against the others, `restrain[k] = (R (n − 1 − k) + S k)/(n − 1)`,
    /// `arm[k] = (T (n − 1 − k) + P k)/(n − 1)`. For size 2 it is the 2×2 game itself.
    public static func linear(size: Int, game: Game) throws(InputError) -> GroupGame {
        guard (2...1_000).contains(size) else { throw InputError(description: "group size must be in 2…1000, got \(size)") }
        let others = Double(size - 1)
        let restrain = (0..<size).map { k in (game.r * (others - Double(k)) + game.s * Double(k)) / others }
        let arm = (0..<size).map { k in (game.t * (others - Double(k)) + game.p * Double(k)) / others }
        return try GroupGame(restrain: restrain, arm: arm)
    }

    /// The payoff of `move` when `othersArming` others arm.
    @inlinable
    public func payoff(_ move: Move, othersArming: Int) -> Double {
        move == .cooperate ? restrain[othersArming] : arm[othersArming]
    }

    /// An n-player dilemma: arming pays whatever the others do, yet all restraining beats all arming.
    public var isDilemma: Bool {
        zip(arm, restrain).allSatisfy { $0 > $1 } && restrain[0] > arm[size - 1]
    }
}
