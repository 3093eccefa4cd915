/// How the system reads motives, split by the truth (the first essay's distinguishability claim is
/// that a seeker's build-up reads as offensive as often as a greedy state's): the mean belief that
/// a neighbour is greedy over alive observer → alive neighbour slots whose neighbour is a security
/// seeker, and over those whose neighbour is greedy (NaN when there are none); and the share of
/// the alive states' wealth that greedy states hold (what misrepresentation would pay for).
public struct MotiveReadings: Sendable, Equatable {
    public let beliefAboutSeekers: Double
    public let beliefAboutGreedy: Double
    public let greedyWealthShare: Double
}

extension WorldState {
    func motiveReadings() -> MotiveReadings {
        var seekers = 0.0, seekerSlots = 0, greedyBelief = 0.0, greedySlots = 0
        var total = 0.0, greedyWealth = 0.0
        for i in 0..<count where alive[i] {
            total = total + wealth[i]
            if greedy[i] { greedyWealth = greedyWealth + wealth[i] }
            for slot in liveSlotSequence(of: i) {
                if greedy[Int(slotTarget[slot])] {
                    greedyBelief = greedyBelief + belief[slot]
                    greedySlots += 1
                } else {
                    seekers = seekers + belief[slot]
                    seekerSlots += 1
                }
            }
        }
        return MotiveReadings(
            beliefAboutSeekers: seekerSlots > 0 ? seekers / Double(seekerSlots) : .nan,
            beliefAboutGreedy: greedySlots > 0 ? greedyBelief / Double(greedySlots) : .nan,
            greedyWealthShare: total > 0 ? greedyWealth / total : .nan)
    }
}

extension World {
    /// Beliefs about seekers and about greedy states, and the greedy states' wealth share, now.
    public func motiveReadings() -> MotiveReadings { state.motiveReadings() }
}
