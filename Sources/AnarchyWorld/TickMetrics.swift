/// One row of the per-tick series, after phase 4, with the spec's columns in the spec's order.
public struct TickMetrics: Sendable, Equatable, Codable {
    /// 1-based tick (0 before the first step).
    public var tick: Int
    /// Number of alive states.
    public var alive: Int
    /// Wars this tick.
    public var wars: Int
    /// Mean spending share over alive states (summed in index order).
    public var meanShare: Double
    /// The spiral index: mean belief over ordered pairs of alive neighbouring security seekers
    /// (i's belief that j is greedy, both seekers); 0.0 if there are none.
    public var spiral: Double
    /// Sums over alive states, in index order.
    public var offense: Double
    public var defense: Double
    public var wealth: Double

    public init(
        tick: Int, alive: Int, wars: Int, meanShare: Double, spiral: Double,
        offense: Double, defense: Double, wealth: Double
    ) {
        self.tick = tick
        self.alive = alive
        self.wars = wars
        self.meanShare = meanShare
        self.spiral = spiral
        self.offense = offense
        self.defense = defense
        self.wealth = wealth
    }

    /// The CSV header of the series, as the spec names the columns.
    public static let csvHeader = "tick,alive,wars,meanShare,spiral,offense,defense,wealth"
}
