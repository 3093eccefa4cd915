import AnarchyModels

extension WorldState {
    /// Who signals under the signalling mechanism and whether a signal tells types apart, from
    /// the Spence lemma in `AnarchyModels.SeparatingSignal` (catalogue §4.5): seekers signal iff
    /// `cut ≤ s_max`, greedy states mimic iff `cut < s_min`; informative iff seekers signal and
    /// greedy states do not.
    struct SignallingRegime {
        let seekersSignal: Bool
        let greedyMimic: Bool
        var informative: Bool { seekersSignal && !greedyMimic }

        init(_ s: Mechanisms.Signalling) {
            let (sMin, sMax) = SeparatingSignal.thresholds(
                benefitT: s.benefitSeeker, benefitU: s.benefitGreedy, costT: s.costSeeker, costU: s.costGreedy)
            // Tying hands costs a seeker nothing it expects to pay: it signals whatever the cut.
            seekersSignal = s.form == .tieHands || s.cut <= sMax
            greedyMimic = s.cut < sMin
        }
    }

    /// End of phase 2 with signalling on: every alive state that signals is marked as having
    /// signalled and, sinking costs, destroys the share `cut` of its offense stock (seen by all);
    /// tying hands, it is committed until next tick (``audienceCost(of:)``).
    func sendSignals(states: Range<Int>) {
        guard let settings = mechanisms.signalling, let regime = signallingRegime else { return }
        let keep = 1.0 - settings.cut
        for i in states where alive[i] {
            let sends = greedy[i] ? regime.greedyMimic : regime.seekersSignal
            signalled[i] = sends
            if sends && settings.form == .sinkCosts {
                offense[i] = offense[i] * keep
                refreshPerceivedOffense(of: i)
            }
        }
    }

    /// End of phase 3 with an informative signal: a signal has probability 0 under greed, so each
    /// observer's posterior that a signalling neighbour is greedy falls to the floor (Bayes's rule,
    /// clamped as SDW-1 clamps beliefs). Pooling signals move nothing.
    func readSignals(states: Range<Int>) {
        guard let regime = signallingRegime, regime.informative else { return }
        for i in states where alive[i] {
            forEachLiveSlot(of: i) { slot in
                if signalled[Int(slotTarget[slot])] { belief[slot] = WorldState.beliefFloor }
            }
        }
    }
}

extension WorldState {
    /// A state that tied its hands this tick and starts a war pays the audience cost
    /// `cut × its wealth` (Fearon 1994; 1997). Returns the wealth lost (0 otherwise).
    func audienceCost(of attacker: Int) -> Double {
        guard let settings = mechanisms.signalling, settings.form == .tieHands, signalled[attacker] else { return 0 }
        let cost = settings.cut * wealth[attacker]
        wealth[attacker] = wealth[attacker] - cost
        return cost
    }
}
