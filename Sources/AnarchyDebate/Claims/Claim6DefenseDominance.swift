extension BuiltinClaims {
    /// Claim 6 (mitigation school): distinguishable, defense-dominant worlds dampen spirals.
    static let defenseDominance = """
        claim: 6
        title: Defense dominance and distinguishability dampen spirals
        school: mitigation
        statement: >-
          Distinguishable, defense-dominant worlds dampen spirals among security seekers.
        sources: [Jervis 1978, Glaser & Kaufmann 1998, Van Evera 1999]
        operationalisation: >-
          The spiral world: twelve security seekers and no greedy state. The metric is spiralMean, the
          mean belief among neighbouring seekers that the other is greedy, averaged over 200 ticks.
          Defense dominance: β = 2.5 against an offense-dominant β = 0.5. Distinguishability: δ = 0.9
          against δ = 0.1, at the spiral world's β = 1 — the knife edge where a seeker's offence share,
          1/(1 + β) = 1/2, makes its expected observed rate independent of δ — and, as further readings,
          in an offense-dominant (β = 0.5) and a defense-dominant (β = 2.5) world, where δ changes what
          a seeker's arms show. Lower holds the claim.
        limits: >-
          β and δ are system-wide and fixed; the model has no technology race that shifts them, and
          seekers here face no real threat, so every bit of fear is misperception.
        base: spiral
        tests:
          - name: defense dominance dampens the spiral
            metric: spiralMean
            control:
              label: offense dominant (β = 0.5)
              set: {system.beta: 0.5}
            treatment:
              label: defense dominant (β = 2.5)
              set: {system.beta: 2.5}
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control:
                label: offense dominant with σ = 10
                set: {system.beta: 0.5, system.sigma: 10}
              treatment:
                label: defense dominant with σ = 10
                set: {system.beta: 2.5, system.sigma: 10}
          - name: distinguishability dampens the spiral
            metric: spiralMean
            control:
              label: indistinguishable (δ = 0.1)
              set: {system.delta: 0.1}
            treatment:
              label: distinguishable (δ = 0.9)
              set: {system.delta: 0.9}
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control:
                label: indistinguishable with σ = 10
                set: {system.delta: 0.1, system.sigma: 10}
              treatment:
                label: distinguishable with σ = 10
                set: {system.delta: 0.9, system.sigma: 10}
          - name: distinguishability dampens the spiral where offence dominates
            metric: spiralMean
            control:
              label: indistinguishable (δ = 0.1), β = 0.5
              set: {system.delta: 0.1, system.beta: 0.5}
            treatment:
              label: distinguishable (δ = 0.9), β = 0.5
              set: {system.delta: 0.9, system.beta: 0.5}
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control:
                label: indistinguishable, β = 0.5, σ = 10
                set: {system.delta: 0.1, system.beta: 0.5, system.sigma: 10}
              treatment:
                label: distinguishable, β = 0.5, σ = 10
                set: {system.delta: 0.9, system.beta: 0.5, system.sigma: 10}
          - name: distinguishability dampens the spiral where defence dominates
            metric: spiralMean
            control:
              label: indistinguishable (δ = 0.1), β = 2.5
              set: {system.delta: 0.1, system.beta: 2.5}
            treatment:
              label: distinguishable (δ = 0.9), β = 2.5
              set: {system.delta: 0.9, system.beta: 2.5}
            expect: lower
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, averaged over the run: the debate's smallest difference in how greedy security seekers think each other.
            placebo:
              label: beliefs cannot learn (observation uninformative, σ = 10)
              control:
                label: indistinguishable, β = 2.5, σ = 10
                set: {system.delta: 0.1, system.beta: 2.5, system.sigma: 10}
              treatment:
                label: distinguishable, β = 2.5, σ = 10
                set: {system.delta: 0.9, system.beta: 2.5, system.sigma: 10}
        across:
          - {path: system.kappa, values: [0.5, 1, 4]}
          - {path: system.sigma, values: [0.005, 0.05]}
          - {path: system.sMax, values: [0.1, 0.5]}
        map:
          x: {path: system.sigma, values: [0.005, 0.01, 0.02, 0.05]}
          y: {path: system.kappa, values: [0.5, 1, 2, 4]}
        replications: 100
        quick: 20
        seed: 6
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: a smallest effect of two points of belief. Depends → depends.
          - date: "2026-12-05"
            change: >-
              Placebos: observation made uninformative (σ = 10). No verdict moved.
          - date: "2026-12-05"
            change: >-
              Distinguishability also tested where offence dominates (β = 0.5) and where defence dominates (β = 2.5), off the knife edge at β = 1. Claim depends → depends.
        """
}
