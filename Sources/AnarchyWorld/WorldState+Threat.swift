import AnarchyCore

extension WorldState {
    /// Phase 1, threat (Jervis 1978): for each alive i in `states`, the largest
    /// `belief[i][j] * perceivedOffense(j) / (beta * d[i] + 1.0)` over alive neighbours j
    /// (0.0 if none), with `perceivedOffense(j) = delta * o[j] + (1.0 - delta) * (o[j] + d[j]) * 0.5`:
    /// what i fears is the offense it believes a neighbour might turn on it, blunted by its own
    /// defense at the exchange rate β. Ties keep the first (strict `>`). `perceivedOffense` is
    /// kept current by the phases that change forces. With the loss-of-strength mechanism each
    /// candidate is multiplied by the slot's proximity (``Mechanisms/LossOfStrength``); with
    /// identity, a friend's by `friendFear` (``Mechanisms/Identity``).
    ///
    /// - Returns: the number of (alive observer, alive neighbour) pairs in `states`, which is the
    ///   number of normal draws phase 3 will make for them (alive status cannot change before then).
    func computeThreat(states: Range<Int>) -> Int {
        let beta = parameters.beta
        let distant = mechanisms.lossOfStrength != nil
        let friendFear = mechanisms.identity?.friendFear
        var pairs = 0
        for i in states where alive[i] {
            let denominator = beta * defense[i] + 1.0
            var best = 0.0
            var found = false
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                var candidate = belief[slot] * perceivedOffense[j] / denominator
                if distant { candidate = candidate * proximity[slot] }  // loss of strength
                if let friendFear, relation(slot) == .friend { candidate = candidate * friendFear }  // identity
                if found {
                    best = StrictOrder.max(best, candidate)
                } else {
                    best = candidate
                    found = true
                }
            }
            pairs &+= Int(liveCount[i])
            threat[i] = best
        }
        return pairs
    }
}
