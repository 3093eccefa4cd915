extension BuiltinClaims {
    /// Claim 9 (mitigation school): perspective taking reduces misperception.
    static let perspectiveTaking = """
        claim: 9
        title: Perspective taking reduces misperception
        school: mitigation
        statement: >-
          Perspective taking (accounting for the fear one causes) reduces misperception.
        sources: [Jervis 1976, Booth & Wheeler 2008, Kertzer, Brutger & Quek 2024]
        operationalisation: >-
          The spiral world (twelve seekers). With perspective taking at full weight each observer
          discounts the part of a neighbour's arming that its own arms explain. The metric is
          misperceptionMean, the mean |belief − truth| over neighbour pairs, averaged over 200 ticks;
          lower holds the claim. The spiral world has no greedy state, so charity toward a real aggressor
          cannot cost anything there; two further tests make three of the twelve greedy (B, F, J):
          misperceptionMean lower with perspective taking, and attacksOnSeekers (wars begun against
          seekers) not more than one war more — the price the deterrence school expects of reading a
          greedy neighbour's arming as fear.
        limits: >-
          The weight is a free parameter; Kertzer, Brutger & Quek (2024) find the real-world effect
          of perspective taking smaller than its theorists expect.
        base: spiral
        conditions:
          no perspective taking, three greedy states:
            label: no perspective taking, three greedy states
            set: {'states[1].motive': greedy, 'states[5].motive': greedy, 'states[9].motive': greedy}
          perspective taking, three greedy states:
            label: perspective taking (weight 1), three greedy states
            set: {mechanisms.perspectiveTaking: {weight: 1}, 'states[1].motive': greedy, 'states[5].motive': greedy, 'states[9].motive': greedy}
        tests:
          - name: perspective taking reduces misperception
            metric: misperceptionMean
            control: {label: no perspective taking}
            treatment:
              label: perspective taking (weight 1)
              set: {mechanisms.perspectiveTaking: {weight: 1}}
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of error in belief, averaged over the run, as for the spiral index.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control: {label: no perspective taking with σ = 10, set: {system.sigma: 10}}
              treatment:
                label: perspective taking with σ = 10
                set: {mechanisms.perspectiveTaking: {weight: 1}, system.sigma: 10}
          - name: perspective taking reduces misperception among greedy neighbours too
            metric: misperceptionMean
            control: no perspective taking, three greedy states
            treatment: perspective taking, three greedy states
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of error in belief, averaged over the run, as for the spiral index.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control: {label: "no perspective taking, three greedy states, σ = 10", set: {system.sigma: 10, 'states[1].motive': greedy, 'states[5].motive': greedy, 'states[9].motive': greedy}}
              treatment:
                label: perspective taking, three greedy states, σ = 10
                set: {mechanisms.perspectiveTaking: {weight: 1}, system.sigma: 10, 'states[1].motive': greedy, 'states[5].motive': greedy, 'states[9].motive': greedy}
          - name: perspective taking does not invite attack by greedy neighbours
            metric: attacksOnSeekers
            control: no perspective taking, three greedy states
            treatment: perspective taking, three greedy states
            expect: notHigher
            smallestEffect: 1
            reason: >-
              one attack on a security seeker fewer or more over the run is the smallest difference in safety that counts.
        across:
          - {path: system.delta, values: [0.1, 0.6, 0.9]}
          - {path: system.beta, values: [0.5, 2.5]}
          - {path: system.sigma, values: [0.005, 0.05]}
        replications: 100
        quick: 20
        seed: 9
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: a smallest effect of two points of error in belief. Supported → depends.
          - date: "2026-12-05"
            change: >-
              Placebo: observation made uninformative (σ = 10). No verdict moved.
          - date: "2026-12-05"
            change: >-
              Two tests with three greedy states among the twelve (misperception; attacks on seekers not higher): the cost of charity toward a real aggressor. Claim depends → depends.
        """
}
