extension BuiltinClaims {
    /// Claim 5 (deterrence school): alliance expansion reads as escalation whatever its intent.
    static let allianceExpansion = """
        claim: 5
        title: Defensive and offensive alliances look alike
        school: deterrence
        statement: >-
          Defensive and offensive alliances cannot be told apart by their rivals; expansion is read as
          escalation whatever its intent.
        sources: [Jervis 1978, Snyder 1984, Walt 1987, Kydd 2005, Schweller 1994]
        operationalisation: >-
          The alliance-expansion world: a Western bloc takes in the Buffer that borders Rus at tick 5.
          The metric is beliefOfFocalRivalsMean for West-3, the bloc's state at the border: the belief
          that it is greedy held by its neighbours outside its alliance (Rus, and the Buffer until it
          joins), averaged over the 100 ticks. Expansion against no expansion: higher holds "read as
          escalation". A defensive bloc (seekers) against an offensive one (the three Western states
          greedy), both expanding by the same guarantee: a difference within ±0.1 holds "cannot be told
          apart" in the wide sense — by anything the rivals see, the members' arming and attacks
          included. The expansion signal itself: in the model an expansion shows its character k
          (1 offensive, 0 defensive) only through the distinguishable part δ_A of what rivals observe,
          y = δ_A·k + (1 − δ_A) + noise, and a guarantee is always read as defensive (k = 0), so the
          test above sends the same alliance signal in both conditions. A third test holds the bloc
          (seekers, arming and acting alike) and the guarantee fixed and changes only the signal: the
          same expansion read as an offensive one would be (k = 1: y = 1 + noise at any δ_A, which is
          exactly how a guarantee reads at δ_A = 0) against as the defensive one it is, at the world's
          δ_A = 0.2 and noise 0.3; a difference within ±0.1 holds "cannot be told apart" in the narrow
          sense — by the alliance alone. The first test carries a placebo: the same contrast with
          expansions not read by rivals (expansionNoise 0), so any remaining effect comes from what the
          alliance does (deterrence, commitments), not from how it is read.
        limits: >-
          Intent is the bloc's motive; an offensive bloc also arms and attacks as greedy states do, so
          in the second test its rivals may tell it apart by what it does rather than by the alliance.
          How far expansion itself reveals intent is a parameter (expansionDelta): the third test's
          signals differ by δ_A in their mean, so its answer is set by δ_A and the noise — identical at
          δ_A = 0 by construction — and it measures only whether the world's δ_A = 0.2 moves rivals'
          suspicion by a tenth. Because the third test's treatment sets expansionDelta, the claim no
          longer sweeps it (a sweep may not vary a field a condition sets); the two first tests' δ_A
          sweep is in the built-in file and the register. Every expansion of the treatment's run,
          including any later balancing tie, is read as offensive. The two `same` tests carry no
          placebo: switching a channel off can only make two conditions alike, which is what those
          tests expect, so a placebo cannot show that their verdict needs the channel.
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
            placebo:
              label: expansions not read by rivals (expansionNoise 0)
              control:
                label: no expansion, expansions not read
                set:
                  policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
                  mechanisms.alliances.expansionNoise: 0
              treatment:
                label: expansion, expansions not read
                set: {mechanisms.alliances.expansionNoise: 0}
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
          - name: defensive and offensive expansion signals read alike
            metric: beliefOfFocalRivalsMean
            control: {label: "the bloc's expansion read as defensive (k = 0, δ_A = 0.2)"}
            treatment:
              label: the same expansion read as offensive (k = 1, i.e. δ_A = 0 for the guarantee)
              set: {mechanisms.alliances.expansionDelta: 0}
            expect: same
            smallestEffect: 0.1
            reason: >-
              a tenth of the probability scale, the margin of the second test, so the wide and the narrow reading of "cannot be told apart" are judged alike.
        across:
          - {path: system.delta, values: [0.1, 0.9]}
          - {path: mechanisms.alliances.expansionNoise, values: [0.1, 0.6]}
        replications: 100
        quick: 20
        seed: 5
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: smallest effects of two points of belief and ±0.1. Depends → depends.
          - date: "2026-12-05"
            change: >-
              A placebo for expansion (expansions unread) and a test of the signal alone (the same bloc, only expansionDelta changed); expansionDelta no longer swept, since a condition sets it. Claim depends → depends.
        """
}
