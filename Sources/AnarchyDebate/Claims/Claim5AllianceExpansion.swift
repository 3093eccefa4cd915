extension BuiltinClaims {
    /// Claim 5 (deterrence school): alliance expansion reads as escalation whatever its intent.
    static let allianceExpansion = """
        claim: 5
        title: Defensive and offensive alliances look alike
        school: deterrence
        statement: >-
          Defensive and offensive alliances cannot be told apart by their rivals; expansion is read as
          escalation whatever its intent.
        sources: [Jervis 1978, Snyder 1984, Walt 1987, Kydd 2005]
        operationalisation: >-
          The alliance-expansion world: a Western bloc takes in the Buffer that borders Rus at tick 5.
          The metric is beliefOfFocalRivalsMean for West-3, the bloc's state at the border: the belief
          that it is greedy held by its neighbours outside its alliance (Rus, and the Buffer until it
          joins), averaged over the 100 ticks. Expansion against no expansion: higher holds "read as
          escalation". A defensive bloc (seekers) against an offensive one (the three Western states
          greedy), both expanding: a difference within ±0.1 holds "cannot be told apart".
        limits: >-
          Intent is the bloc's motive; an offensive bloc also arms and attacks as greedy states do, so
          its rivals may tell it apart by what it does rather than by the alliance. How far expansion
          itself reveals intent is a parameter (expansionDelta), swept here.
        base: alliance-expansion
        focal: West-3
        tests:
          - name: expansion is read as escalation
            metric: beliefOfFocalRivalsMean
            control:
              label: no expansion
              set:
                policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
            treatment: {label: expansion}
            expect: higher
            smallestEffect: 0.02
            reason: >-
              two percentage points of belief, the smallest difference in the rivals' suspicion the debate counts (as for the spiral index).
          - name: defensive and offensive blocs read alike
            metric: beliefOfFocalRivalsMean
            control: {label: defensive bloc expands}
            treatment:
              label: offensive bloc expands
              set:
                states[0].motive: greedy
                states[1].motive: greedy
                states[2].motive: greedy
            expect: same
            smallestEffect: 0.1
            reason: >-
              a tenth of the probability scale: rivals whose suspicion of a defensive and an offensive bloc differs by less cannot be said to tell them apart (the margin of claim 1's same question about arms).
        across:
          - {path: mechanisms.alliances.expansionDelta, values: [0, 0.5, 1]}
          - {path: system.delta, values: [0.1, 0.9]}
          - {path: mechanisms.alliances.expansionNoise, values: [0.1, 0.6]}
        replications: 100
        quick: 20
        seed: 5
        """
}
