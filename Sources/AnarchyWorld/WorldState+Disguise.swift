extension WorldState {
    /// End of phase 2 with the perception mechanism (``Mechanisms/Perception``): greedy states
    /// hide the share `concealment` of this tick's offensive purchase a (paying
    /// `min(concealmentCost × hidden, w/2)`) and present the share `lull` of it as defense, so
    /// the observable rate becomes `(δ·a' + (1 − δ)·(a + b − hidden)·0.5) / w` with
    /// `a' = a − hidden − lulled`. Every state's shown defensive rate `(b + lulled) / w` is kept
    /// for the sword-and-shield lens. Seekers show what they bought.
    func disguiseArming(states: Range<Int>) {
        guard let lens = mechanisms.perception else { return }
        let p = parameters
        for i in states where alive[i] {
            let a = offenseBought[i], b = defenseBought[i]
            guard greedy[i], lens.concealment != 0 || lens.lull != 0 else {
                shownDefenseRate[i] = b / wealth[i]
                continue
            }
            let hidden = lens.concealment * a, lulled = lens.lull * a
            let w = wealth[i] - Swift.min(lens.concealmentCost * hidden, 0.5 * wealth[i])
            wealth[i] = w
            let shownOffense = a - hidden - lulled
            signal[i] = (p.delta * shownOffense + constants.oneMinusDelta * (a + b - hidden) * 0.5) / w
            shownDefenseRate[i] = (b + lulled) / w
        }
    }

    /// The effective defense state j shows a would-be attacker: stock × skill, times `1 + bluff`
    /// for a security seeker whose bluff no attack has yet exposed (perception mechanism).
    @inline(__always)
    func shownDefense(of j: Int) -> Double {
        let d = defense[j] * skill[j]
        guard let bluff = mechanisms.perception?.bluff, bluff != 0, !greedy[j], !bluffExposed[j] else { return d }
        return d * (1.0 + bluff)
    }
}
