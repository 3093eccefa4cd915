import AnarchyCore

extension WorldState {
    /// Phase 3 when what i sees of j depends on i (``perceive(states:rng:)`` takes this path when
    /// perspective taking or the sword-and-shield lens is on): SDW-1's draw order, likelihood
    /// ratio and clamps, with two per-observer changes.
    ///
    /// **Perspective taking** (weight λ in (0, 1]): an observer that accounts for the fear its own
    /// arms cause — the idealised remedy for what Jervis (1976, ch. 3) saw, that decision makers
    /// rarely see that their arms frighten others; Kertzer, Brutger & Quek (2024,
    /// doi:10.1353/wp.2024.a924509) find its real-world effect overstated, which is why it is a
    /// switch to measure, not an assumption. SDW-1's observer compares j's signal with a seeker
    /// *at baseline* (`muS` with share s0). Here observer i first estimates the threat it poses to
    /// j as j would reckon it, from i's perceived offense and j's defense with the common prior as
    /// j's belief about i: `T̂ = pGreedy · perceivedOffense(i) / (β·d[j] + 1)`; a seeker j facing
    /// that threat would spend `ŝ = min(sMax, s0·(1 + κ·T̂))`; i expects `s = s0 + λ·(ŝ − s0)` and
    /// so `muS_ij = δ·s·phiSeeker + (1 − δ)·s·0.5`. i's own contribution is a lower bound on j's
    /// threat, and i reads its stock after this tick's purchases while j responded to the stock
    /// before them: both make the correction conservative.
    ///
    /// **Sword and shield** (``Mechanisms/Perception/shield`` h): i observes
    /// `y = signal[j] + δ · h · o_j / (o_j + β·d_i) · shownDefenseRate[j] + σ·z` — the part of j's
    /// shield that covers a sword stronger than i's own defense reads as offense
    /// (0 when o_j + β·d_i = 0).
    ///
    /// **Institutions** (``Institution``): a fellow member's real purchases a, b are read at
    /// δ' = max(δ, delta) and σ' = σ·noise: `y = (δ'·a + (1 − δ')·(a + b)·0.5)/w + σ'·z`, with
    /// `muS`, `muG` and 2σ'² at δ' and σ'. **Identity** (``Mechanisms/Identity``): the likelihood
    /// ratio is weighed by ``weighedByIdentity(_:slot:)``.
    ///
    /// λ = 0, h = 0, no identity and no institutions is SDW-1's phase 3 exactly (which then takes
    /// its own path).
    func perceivePerObserver(states: Range<Int>, rng: inout SplitMix64) {
        let p = parameters, c = constants
        let lambda = mechanisms.perspectiveTaking
        let shield = mechanisms.perception?.shield ?? 0
        let muG = c.muGreedy, twoSigmaSquared = c.twoSigmaSquared
        var generator = rng
        let shared = !institutions.isEmpty
        for i in states where alive[i] {
            let ownOffense = perceivedOffense[i], ownDefense = p.beta * defense[i]
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                var muS = c.muSeeker, muG = muG, twoSigmaSquared = twoSigmaSquared
                var delta = p.delta, oneMinusDelta = c.oneMinusDelta, sigma = p.sigma
                var seen = signal[j]
                if shared, let institution = sharedInstitution(slot) {
                    // Fellow members read each other's real purchases through a clearer lens.
                    delta = StrictOrder.max(p.delta, institution.delta)
                    oneMinusDelta = 1.0 - delta
                    sigma = p.sigma * institution.noise
                    twoSigmaSquared = 2.0 * sigma * sigma
                    muS = delta * p.s0 * c.phiSeeker + oneMinusDelta * p.s0 * 0.5
                    muG = delta * p.sGreedy * p.phiGreedy + oneMinusDelta * p.sGreedy * 0.5
                    let a = offenseBought[j], b = defenseBought[j]
                    seen = (delta * a + oneMinusDelta * (a + b) * 0.5) / wealth[j]
                }
                if lambda != 0 {
                    let threat = p.pGreedy * ownOffense / (p.beta * defense[j] + 1.0)
                    let full = StrictOrder.min(p.sMax, p.s0 * (1.0 + p.kappa * threat))
                    let expected = p.s0 + lambda * (full - p.s0)
                    muS = delta * expected * c.phiSeeker + oneMinusDelta * expected * 0.5
                }
                if shield != 0 {
                    let sword = offense[j] + ownDefense
                    if sword > 0 { seen = seen + delta * (shield * offense[j] / sword) * shownDefenseRate[j] }
                }
                let z = generator.normal()
                let y = seen + sigma * z
                let llr = likelihoodRatio(observed: y, muS: muS, muG: muG, twoSigmaSquared: twoSigmaSquared)
                applyLikelihoodRatio(slot: slot, llr: weighedByIdentity(llr, slot: slot))
            }
        }
        rng = generator
    }
}
