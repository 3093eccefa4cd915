/// A move in a 2×2 security game: cooperate (restrain, C) or defect (arm, D).
public enum Move: UInt8, Sendable, Hashable, CustomStringConvertible {
    case cooperate = 0
    case defect = 1

    /// `C` or `D`, as the Axelrod library writes moves.
    public var description: String { self == .cooperate ? "C" : "D" }

    /// The other move.
    public var flipped: Move { self == .cooperate ? .defect : .cooperate }
}
