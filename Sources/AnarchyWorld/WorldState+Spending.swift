import AnarchyCore

extension WorldState {
    /// Phase 2, spending and the economy, for each alive i in `states`.
    ///
    /// A state with a doctrine (``Doctrine``) takes its share and offensive share from it; the
    /// others follow SDW-1:
    /// a greedy state spends `sGreedy`; a security seeker `min(sMax, s0 * (1.0 + kappa * threat))`
    /// (the spiral's engine: fear buys arms). New arms split by the offensive share
    /// (`phiGreedy`, or `phiSeeker = 1 / (1 + β)`: when offense is cheap even seekers buy it),
    /// stocks depreciate at ρ, and wealth grows at `growth - burden * s` (the burden of arms).
    /// A state mobilising for war (mechanism `mobilisation`) spends sMax, at its usual offensive
    /// share unless the mechanism sets one.
    /// Also records the noiseless observable rate phase 3 reads,
    /// `(delta * a + (1.0 - delta) * (a + b) * 0.5) / w` with w after this phase.
    func spend(states: Range<Int>) {
        let p = parameters, c = constants
        let mobilisation = mechanisms.mobilisation != nil
        for i in states where alive[i] {
            var s: Double
            var phi: Double
            if let doctrine = doctrines?[i] {
                let decision = doctrine.allocation(observation(of: i))
                s = decision.share
                phi = decision.offensiveShare
            } else if greedy[i] {
                s = p.sGreedy
                phi = p.phiGreedy
            } else {
                s = StrictOrder.min(p.sMax, p.s0 * (1.0 + p.kappa * threat[i]))
                phi = c.phiSeeker
            }
            if mobilisation && mobilising[i] {  // a mobilising state spends sMax (the visible surge)
                s = p.sMax
                phi = mechanisms.mobilisation?.offensiveShare ?? phi
            }
            share[i] = s
            let w = wealth[i]
            let spend = s * w
            let a = spend * phi
            let b = spend * (1.0 - phi)
            offenseBought[i] = a
            defenseBought[i] = b
            let o = c.oneMinusRho * offense[i] + a
            let d = c.oneMinusRho * defense[i] + b
            offense[i] = o
            defense[i] = d
            perceivedOffense[i] = p.delta * o + c.oneMinusDelta * (o + d) * 0.5
            let grown = w * (onePlusGrowth[i] - p.burden * s)
            wealth[i] = grown
            signal[i] = (p.delta * a + c.oneMinusDelta * (a + b) * 0.5) / grown
        }
        if mechanisms.deterrence != nil { buildRetaliation(states: states) }
        if mechanisms.signalling != nil { sendSignals(states: states) }
        if mechanisms.perception != nil { disguiseArming(states: states) }
        if mechanisms.preemption != nil { reflectOnOwnArming(states: states) }
    }
}
