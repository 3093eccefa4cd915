/// How one state — the focal state of an experiment (a rising power, a bleeder, a state whose
/// alliance expands) — stands now: its share of the alive states' wealth (0 once conquered) and
/// the mean belief that it is greedy held by its rivals, the alive neighbours not allied to it
/// (NaN when it has none, or is dead). Claims 4 and 5 of the debate read these
/// (`docs/DEBATE.md`).
public struct FocalReadings: Sendable, Equatable {
    public let wealthShare: Double
    public let beliefOfRivals: Double
}

extension WorldState {
    func focalReadings(of focal: Int) -> FocalReadings {
        var total = 0.0
        for i in 0..<count where alive[i] { total = total + wealth[i] }
        guard focal >= 0, focal < count, alive[focal] else { return FocalReadings(wealthShare: 0, beliefOfRivals: .nan) }
        var belief = 0.0, rivals = 0
        for slot in liveSlotSequence(of: focal) {
            if allied.count > 0 && allied[slot] { continue }
            guard let back = back(slot, from: focal) else { continue }
            belief = belief + self.belief[back]
            rivals += 1
        }
        return FocalReadings(wealthShare: total > 0 ? wealth[focal] / total : .nan, beliefOfRivals: rivals > 0 ? belief / Double(rivals) : .nan)
    }
}

extension World {
    /// The focal state's wealth share and its rivals' belief that it is greedy, now.
    public func focalReadings(of focal: Int) -> FocalReadings { state.focalReadings(of: focal) }
}
