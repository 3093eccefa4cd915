import AnarchyCore

extension WorldState {
    /// Phase 3 with perspective taking (scenario mechanism `perspectiveTaking`, weight λ in (0, 1]):
    /// an observer that accounts for the fear its own arms cause — the idealised remedy for what
    /// Jervis (1976, ch. 3) saw, that decision makers rarely see that their arms frighten others;
    /// Kertzer, Brutger & Quek (2024, doi:10.1353/wp.2024.a924509) find its real-world effect
    /// overstated, which is why it is a switch to measure, not an assumption.
    ///
    /// SDW-1's observer compares j's signal with a seeker *at baseline* (`muS` with share s0).
    /// Here observer i first estimates the threat it poses to j as j would reckon it, from i's
    /// perceived offense and j's defense with the common prior as j's belief about i:
    /// `T̂ = pGreedy · perceivedOffense(i) / (β·d[j] + 1)`; a seeker j facing that threat would
    /// spend `ŝ = min(sMax, s0·(1 + κ·T̂))`; i expects `s = s0 + λ·(ŝ − s0)` and so
    /// `muS_ij = δ·s·phiSeeker + (1 − δ)·s·0.5`. Everything else — the draw order, the
    /// likelihood ratio, the clamps — is SDW-1's. i's own contribution is a lower bound on j's
    /// threat (j answers the largest threat among all its neighbours), and i reads its stock after
    /// this tick's purchases while j responded to the stock before them: both make the correction
    /// conservative. λ = 0 is SDW-1's phase 3 exactly (``perceive(states:rng:)`` takes that path).
    func perceiveTakingPerspective(states: Range<Int>, rng: inout SplitMix64) {
        let p = parameters, c = constants
        let lambda = mechanisms.perspectiveTaking
        let muG = c.muGreedy, twoSigmaSquared = c.twoSigmaSquared
        var generator = rng
        for i in states where alive[i] {
            let ownOffense = perceivedOffense[i]
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                let threat = p.pGreedy * ownOffense / (p.beta * defense[j] + 1.0)
                let full = StrictOrder.min(p.sMax, p.s0 * (1.0 + p.kappa * threat))
                let expected = p.s0 + lambda * (full - p.s0)
                let muS = p.delta * expected * c.phiSeeker + c.oneMinusDelta * expected * 0.5
                let z = generator.normal()
                let y = signal[j] + p.sigma * z
                updateBelief(slot: slot, observed: y, muS: muS, muG: muG, twoSigmaSquared: twoSigmaSquared)
            }
        }
        rng = generator
    }
}
