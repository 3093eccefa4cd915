extension BuiltinClaims {
    /// Claim 7 (mitigation school): costly signals reassure; cheap talk does not.
    static let costlySignals = """
        claim: 7
        title: Costly signals reassure; cheap talk does not
        school: mitigation
        statement: >-
          Costly signals let security seekers reassure each other; cheap talk does not.
        sources: [Kydd 1997, Kydd 2005, Fearon 1997, Spence 1973]
        operationalisation: >-
          Jervis's dilemma-compatible world (defense dominant, β = 2.5, but arms indistinguishable,
          δ = 0.1), a quarter of the states greedy. Signalling by sinking costs (Kydd): a state may
          destroy the share cut of its offense each tick. Costly: cut = 0.3, worth it to a seeker
          (benefit 1, cost 1) but not to a greedy state (benefit 0.2, cost 1) — a separating signal.
          Cheap talk: cut = 0, which every state sends. The metric is spiralMean, seekers' mean belief
          that neighbouring seekers are greedy, over 200 ticks: lower than without signals holds
          "costly signals reassure"; within ±0.02 of it holds "cheap talk does not". The deterrence
          school's objection is that reassurance costs capability: the signal destroys offence, which
          greedy neighbours may exploit. So a third test reads "reassure" as safety, not only belief:
          attacksOnSeekers (wars begun against seekers), not more than one war more with the costly
          signal than without.
        limits: >-
          Signals are read as the separating equilibrium says (catalogue §4.5), with common knowledge
          of the costs; a signal is one tick's cut, so reassurance must be renewed. A separating
          signal sets the receivers' belief to the floor by definition, so the first test measures how
          often seekers can afford to signal and how much that matters against the spiral, not whether
          signals can inform; and cheap talk is modelled as a signal every type sends, so it cannot
          move any belief — the second test holds by construction (its runs are identical to those
          without signals) and is kept to show it. The signal's costs are not swept (a condition sets
          the whole mechanism): below the greedy state's mimicry threshold (cut < 0.2 here) it pools.
        base: jervis-2-dilemma-compatible
        conditions:
          none: {label: no signals}
          costly signal:
            label: costly signal (cut 0.3)
            set:
              mechanisms.signalling: {cut: 0.3, benefitSeeker: 1, costSeeker: 1, benefitGreedy: 0.2, costGreedy: 1}
        tests:
          - name: costly signals reassure
            metric: spiralMean
            control: none
            treatment: costly signal
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
            placebo:
              label: the signal's information removed (the same cut, but greedy states gain as much from it and mimic)
              control: none
              treatment:
                label: pooling signal (cut 0.3)
                set:
                  mechanisms.signalling: {cut: 0.3, benefitSeeker: 1, costSeeker: 1, benefitGreedy: 1, costGreedy: 1}
          - name: cheap talk does not
            metric: spiralMean
            control: none
            treatment:
              label: cheap talk (cut 0)
              set:
                mechanisms.signalling: {cut: 0, benefitSeeker: 1, costSeeker: 1, benefitGreedy: 0.2, costGreedy: 1}
            expect: same
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
          - name: costly signals do not invite attack
            metric: attacksOnSeekers
            control: none
            treatment: costly signal
            expect: notHigher
            smallestEffect: 1
            reason: >-
              one attack on a security seeker fewer or more over the run is the smallest difference in safety that counts.
        across:
          - {path: system.delta, values: [0.5, 0.9]}
          - {path: system.pGreedy, values: [0.1, 0.5]}
          - {path: system.beta, values: [0.5, 1]}
        replications: 100
        quick: 20
        seed: 7
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: a smallest effect of two points of belief; the costly signal's effect is a quarter of it. Supported → depends.
          - date: "2026-12-05"
            change: >-
              Placebo: the same cut with the signal's information removed (a pooling signal). No verdict moved.
          - date: "2026-12-05"
            change: >-
              Added what the signal costs in safety (attacks on seekers, not higher), and limits that say cheap talk holds by construction. Claim depends → depends.
        """
}
