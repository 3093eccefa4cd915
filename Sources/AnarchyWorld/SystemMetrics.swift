import AnarchyCore

/// Per-tick measures beyond SDW-1's series (which stays exactly the spec's), for scenario runs:
/// how wrong beliefs are, how concentrated power is, and how many states have fallen.
public struct SystemMetrics: Sendable, Equatable {
    public let tick: Int
    /// Misperception: the mean over alive observer–neighbour pairs of |belief − truth|, truth 1 for
    /// a greedy neighbour and 0 for a seeker (0 = everyone sees motives exactly; the spiral is
    /// misperception among seekers, Jervis 1976).
    public let misperception: Double
    /// Power concentration: the Herfindahl–Hirschman index of alive states' wealth shares,
    /// Σ (w_i / Σw)², from 1/alive (equality) to 1 (one state holds everything).
    public let concentration: Double
    /// States conquered so far.
    public let conquered: Int

    /// The CSV header of these columns, in order.
    public static let csvHeader = "misperception,concentration,conquered"

    /// The row's fields after SDW-1's; a missing value (NaN) as an empty field (`CSV.number`).
    public var csvFields: String { "\(CSV.number(misperception)),\(CSV.number(concentration)),\(conquered)" }
}

extension WorldState {
    /// ``SystemMetrics`` of the current state. O(n + slots), sums in ascending index order.
    func systemMetrics(tick: Int) -> SystemMetrics {
        var wealthSum = 0.0
        var dead = 0
        for i in 0..<count {
            if alive[i] { wealthSum = wealthSum + wealth[i] } else { dead += 1 }
        }
        var hhi = 0.0
        if wealthSum > 0 {
            for i in 0..<count where alive[i] {
                let share = wealth[i] / wealthSum
                hhi = hhi + share * share
            }
        }
        var error = 0.0
        var pairs = 0
        for i in 0..<count where alive[i] {
            forEachLiveSlot(of: i) { slot in
                let truth = greedy[Int(slotTarget[slot])] ? 1.0 : 0.0
                error = error + abs(belief[slot] - truth)
                pairs += 1
            }
        }
        return SystemMetrics(tick: tick, misperception: pairs > 0 ? error / Double(pairs) : 0.0, concentration: hhi, conquered: dead)
    }
}

extension World {
    /// Misperception, power concentration and conquests after the last tick.
    public func systemMetrics() -> SystemMetrics { state.systemMetrics(tick: tick) }
}
