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
          lower holds the claim.
        limits: >-
          The weight is a free parameter; Kertzer, Brutger & Quek (2024) find the real-world effect
          of perspective taking smaller than its theorists expect.
        base: spiral
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
        across:
          - {path: system.delta, values: [0.1, 0.6, 0.9]}
          - {path: system.beta, values: [0.5, 2.5]}
          - {path: system.sigma, values: [0.005, 0.05]}
        replications: 100
        quick: 20
        seed: 9
        """
}
