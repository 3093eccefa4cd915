import AnarchyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension WorldState {
    /// Phase 3, noisy perception and Bayesian belief update, for each alive observer i in
    /// `states` (ascending) and each alive neighbour j (ascending), one normal draw each.
    ///
    /// i observes j's offensive spending rate with noise, `y = signal[j] + sigma * z`, and
    /// compares it with what a greedy state (`muG`) and a seeker *at baseline* (`muS`) would show:
    /// `llr = ((y - muS)² - (y - muG)²) / (2σ²)`, clamped to [−30, 30]; then
    /// `odds = p / (1 - p) * exp(llr)` and `belief = clamp(odds / (1 + odds), 1e-9, 1 - 1e-9)`.
    /// Because observers assume a seeker spends s0, a seeker arming out of fear looks greedy:
    /// Jervis's (1976, ch. 3) spiral. With δ < 1 defensive arms blur into the signal.
    ///
    /// Observers visit only their live neighbours' slots (``WorldState/liveSlots``), which are
    /// exactly the spec's alive neighbours in ascending order.
    ///
    /// - Parameter rng: positioned at the first draw of `states`' observers.
    func perceive(states: Range<Int>, rng: inout SplitMix64) {
        if mechanisms.perspectiveTaking != 0 || (mechanisms.perception?.shield ?? 0) != 0 || mechanisms.identity != nil || !institutions.isEmpty {
            perceivePerObserver(states: states, rng: &rng)
        } else {
            perceiveAtBaseline(states: states, rng: &rng)
        }
        if mechanisms.signalling != nil { readSignals(states: states) }
    }

    /// SDW-1's phase 3 itself (see ``perceive(states:rng:)``).
    private func perceiveAtBaseline(states: Range<Int>, rng: inout SplitMix64) {
        let sigma = parameters.sigma
        let muS = constants.muSeeker, muG = constants.muGreedy
        let twoSigmaSquared = constants.twoSigmaSquared
        var generator = rng
        for i in states where alive[i] {
            forEachLiveSlot(of: i) { slot in
                let z = generator.normal()
                let y = signal[Int(slotTarget[slot])] + sigma * z
                updateBelief(slot: slot, observed: y, muS: muS, muG: muG, twoSigmaSquared: twoSigmaSquared)
            }
        }
        rng = generator
    }

    /// Bayes's rule on one slot's belief from an observed rate y (SDW-1 phase 3, in its order).
    @inline(__always)
    func updateBelief(slot: Int, observed y: Double, muS: Double, muG: Double, twoSigmaSquared: Double) {
        applyLikelihoodRatio(slot: slot, llr: likelihoodRatio(observed: y, muS: muS, muG: muG, twoSigmaSquared: twoSigmaSquared))
    }

    /// SDW-1's log-likelihood ratio of greed for an observed rate y, clamped to [−30, 30].
    @inline(__always)
    func likelihoodRatio(observed y: Double, muS: Double, muG: Double, twoSigmaSquared: Double) -> Double {
        StrictOrder.clamp(((y - muS) * (y - muS) - (y - muG) * (y - muG)) / twoSigmaSquared, -30.0, 30.0)
    }

    /// A log-likelihood ratio as the slot's identity reads it (``Mechanisms/Identity``): a
    /// friend's evidence of greed (llr > 0) counts `charity` of its weight, an enemy's evidence of
    /// restraint (llr < 0) `suspicion` of it; unchanged for rivals and without identity.
    @inline(__always)
    func weighedByIdentity(_ llr: Double, slot: Int) -> Double {
        guard let settings = mechanisms.identity else { return llr }
        switch relation(slot) {
        case .friend: return llr > 0 ? llr * settings.charity : llr
        case .enemy: return llr < 0 ? llr * settings.suspicion : llr
        case .rival: return llr
        }
    }

    /// `odds = p / (1 - p) * exp(llr)`, `belief = clamp(odds / (1 + odds), 1e-9, 1 - 1e-9)`.
    @inline(__always)
    func applyLikelihoodRatio(slot: Int, llr: Double) {
        let p = belief[slot]
        let odds = p / (1.0 - p) * exp(llr)
        belief[slot] = StrictOrder.clamp(
            odds / (1.0 + odds), WorldState.beliefFloor, WorldState.beliefCeiling)
    }
}
