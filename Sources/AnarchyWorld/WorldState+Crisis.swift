import AnarchyCore
import AnarchyModels

extension WorldState {
    /// The crisis mechanism (Fearon 1995): before attacking, challenger i demands a share of the
    /// stake `S = spoils × w_target`. With p its chance of winning (SDW-1's contest on effective
    /// strengths), its own cost c_A and the target's cost private and uniform on [c_lo, c_hi], the
    /// optimal take-it-or-leave-it demand x* comes from `AnarchyModels.FearonBargaining.screening`
    /// (catalogue §5.2). The target's cost is drawn (one uniform draw); it accepts iff
    /// `c_B ≥ x* − p`, and then x*·S moves from it to the challenger peacefully. Records the crisis
    /// and returns whether it was settled (otherwise the war goes ahead). With c_lo = c_hi (no
    /// private information) every crisis is settled: the bargaining range is never empty.
    func settled(
        _ i: Int, _ target: Int, _ o: Double, _ d: Double, tick: Int, rng: inout SplitMix64, record: (WorldEvent) -> Void
    ) -> Bool {
        guard mechanisms.crisis != nil else { return false }
        let p = contestWinProbability(offense: o, defense: d)
        return bargained(i, target, chance: p, challengerEstimate: p, targetEstimate: p, tick: tick, rng: &rng, record: record)
    }

    /// A crisis between challenger i and `target` where the challenger's true chance is `chance`,
    /// the challenger demands as if it were `challengerEstimate` and the target judges it to be
    /// `targetEstimate` (accepting iff its cost ≥ demand − targetEstimate). Returns whether settled.
    func bargained(
        _ i: Int, _ target: Int, chance: Double, challengerEstimate: Double, targetEstimate: Double, tick: Int, rng: inout SplitMix64,
        record: (WorldEvent) -> Void
    ) -> Bool {
        guard let settings = mechanisms.crisis else { return false }
        let p = challengerEstimate
        let stake = parameters.spoils * wealth[target]
        // With c_lo = c_hi (complete information) the screening algorithm never reaches its
        // interior branch (x_int ≤ safe), so it returns the safe demand, accepted for sure.
        let offer = FearonBargaining.screening(p: p, costA: settings.costChallenger, costLow: settings.costLow, costHigh: settings.costHigh)
        let u = rng.uniform()
        let cost = settings.costLow + u * (settings.costHigh - settings.costLow)
        let accepted = cost >= offer.xStar - targetEstimate
        if accepted {
            let transfer = offer.xStar * stake
            wealth[target] = wealth[target] - transfer
            wealth[i] = wealth[i] + transfer
        }
        record(.crisis(Crisis(
            tick: tick, challenger: i, target: target, winProbability: chance, stake: stake, demand: offer.xStar,
            expectedWarProbability: offer.probabilityWar, targetCost: cost, accepted: accepted, challengerEstimate: challengerEstimate,
            targetEstimate: targetEstimate)))
        return accepted
    }
}

extension WorldState {
    /// Whether a would-be attack's gain is already granted by the status quo (the crisis
    /// mechanism's `settled` s: Powell 1999; Fearon 1995): never without the mechanism or at
    /// s = 0, always at s = 1, else with probability s (one uniform draw).
    func alreadyConceded(rng: inout SplitMix64) -> Bool {
        guard let s = mechanisms.crisis?.settled, s > 0 else { return false }
        return s >= 1 || rng.uniform() < s
    }
}
