extension BuiltinClaims {
    /// Claim 4 (deterrence school): misrepresenting the balance pays a rising revisionist.
    static let misrepresentation = """
        claim: 4
        title: Misrepresentation pays
        school: deterrence
        statement: >-
          Misrepresenting the balance pays for a rising revisionist (concealment) and for a state
          baiting two rivals into a war of attrition (bait-and-bleed).
        sources: [Mearsheimer 2001, Fearon 1995, Glaser 2010, Levy 1987, Copeland 2000]
        operationalisation: >-
          The rising-power world with the Riser made greedy and third parties joining wars. The metric
          is focalWealthShare, the Riser's share of the wealth after 300 ticks; higher holds the claim.
          Two readings of each half of the claim. (1) Concealment as first built: the greedy states
          hide half their offensive purchases from observers, paying for it (perception mechanism).
          (2) Concealment as the first essay states its purpose — a rising power hides its offensive
          capabilities "to deter preventive wars during a major power transition" and avoids provoking
          conflict in the short term: a patient Riser (greedy-opportunist with margin 100: it strikes
          only with a hundred times the usual edge, i.e. once its rise has made it overwhelming), with
          neighbours that weigh their belief that it is greedy when they reckon a preventive war
          (preventiveWar, weighsBelief: Levy 1987; Copeland 2000), with and without hiding half its
          offensive purchases; so the first attack, which reveals type, comes late and concealment has
          a transition to work in. (3) Bait-and-bleed as first built: the Riser follows the
          offensive-realist doctrine — it never joins others' wars and pounces on a neighbour already
          at war — against the opportunist rule. (4) Bait-and-bleed at equal spending in wars of
          attrition: the offensive-realist doctrine also spends sMax (a burden of 0.125 a tick against
          the Riser's growth of 0.06), so (3) compares strategies and budgets at once; here sMax and
          sGreedy are both set to 0.08 (sGreedy's default) in both conditions — both, so that the
          robustness sample, which varies the system parameters no condition sets, keeps them equal —
          so the two Risers spend the same and differ only in
          staying out of others' wars and pouncing on the bled, and wars are protracted (the essay's
          "costly war of attrition": one-draw wars are over within the tick, and the Riser, state 0,
          decides first, so there is never a war already under way to pounce on). Each test carries a
          placebo: the same contrast with its channel switched off — for concealment, observation made
          uninformative (σ = 10: there is nothing for hiding to keep from observers, only its cost);
          for bleeding, no rival wars to bleed from (C and F, the only other states that may be greedy,
          made security seekers, so no one else starts a war).
        limits: >-
          Concealment hides the arming rate that beliefs read, not the stocks that threat reads, and it
          is paid for every tick at the model's default price (half a unit of wealth per unit hidden),
          after the first attack has revealed the Riser's type as before it; the essay holds that
          perception management is cheap, which is not tested here. The model's riser hides only as a
          greedy state does; it has no security-seeking revisionist type, and no way to misrepresent
          the balance as offense-dominant (lull presents offense as defense, and is not used). The
          patient Riser's patience is a margin on the attack rule, not a plan. The doctrine models the
          bleeding (staying out, pouncing on the bled), not the baiting that starts the rivals' war. In
          test (4) the spending cap of 0.08 binds the seekers too (they otherwise arm up to about 0.10
          of their wealth from fear before they fall), in both conditions; and wars of attrition fix the
          war model, so the model variants do not vary it for this claim.
        base: rising-power
        focal: Riser
        set:
          states[0].motive: greedy
          mechanisms.joiningSides: {belief: 0.5, share: 0.5}
        tests:
          - name: concealment pays the riser
            metric: focalWealthShare
            control: {label: no concealment}
            treatment:
              label: concealment (half hidden)
              set: {mechanisms.perception: {concealment: 0.5}}
            expect: higher
            smallestEffect: 0.01
            reason: >-
              one percentage point of the system's wealth, about an eighth of an average state's share in a world of twelve.
            placebo:
              label: concealment's information removed (observation uninformative, σ = 10)
              control:
                label: no concealment, σ = 10
                set: {system.sigma: 10}
              treatment:
                label: concealment (half hidden), σ = 10
                set: {mechanisms.perception: {concealment: 0.5}, system.sigma: 10}
          - name: bait-and-bleed pays the riser
            metric: focalWealthShare
            control: {label: opportunist riser}
            treatment:
              label: bleeder riser (offensive realist)
              set:
                states[0].doctrine: offensive-realist
            expect: higher
            smallestEffect: 0.01
            reason: >-
              one percentage point of the system's wealth, about an eighth of an average state's share in a world of twelve.
            placebo:
              label: no rival wars to bleed from (C and F security seekers)
              control:
                label: opportunist riser, no other greedy state
                set: {'states[3].motive': security, 'states[6].motive': security}
              treatment:
                label: bleeder riser (offensive realist), no other greedy state
                set: {'states[0].doctrine': offensive-realist, 'states[3].motive': security, 'states[6].motive': security}
          - name: concealment pays a patient riser facing preventive war
            metric: focalWealthShare
            control:
              label: patient riser, preventive war weighs belief, no concealment
              set:
                states[0].doctrine: {id: greedy-opportunist, margin: 100}
                mechanisms.preventiveWar: {weighsBelief: true}
            treatment:
              label: patient riser, preventive war weighs belief, concealment (half hidden)
              set:
                states[0].doctrine: {id: greedy-opportunist, margin: 100}
                mechanisms.preventiveWar: {weighsBelief: true}
                mechanisms.perception: {concealment: 0.5}
            expect: higher
            smallestEffect: 0.01
            reason: >-
              one percentage point of the system's wealth, about a twelfth of an average state's share in this world of eight (the margin of the first readings, so the readings can be compared).
            placebo:
              label: concealment's information removed (observation uninformative, σ = 10)
              control:
                label: patient riser, no concealment, σ = 10
                set:
                  states[0].doctrine: {id: greedy-opportunist, margin: 100}
                  mechanisms.preventiveWar: {weighsBelief: true}
                  system.sigma: 10
              treatment:
                label: patient riser, concealment (half hidden), σ = 10
                set:
                  states[0].doctrine: {id: greedy-opportunist, margin: 100}
                  mechanisms.preventiveWar: {weighsBelief: true}
                  mechanisms.perception: {concealment: 0.5}
                  system.sigma: 10
          - name: bait-and-bleed pays at equal spending in wars of attrition
            metric: focalWealthShare
            control:
              label: opportunist riser, sMax = sGreedy = 0.08, protracted wars
              set:
                system.sMax: 0.08
                system.sGreedy: 0.08
                mechanisms.protractedWar: {}
            treatment:
              label: bleeder riser (offensive realist), sMax = sGreedy = 0.08, protracted wars
              set:
                system.sMax: 0.08
                system.sGreedy: 0.08
                mechanisms.protractedWar: {}
                states[0].doctrine: offensive-realist
            expect: higher
            smallestEffect: 0.01
            reason: >-
              one percentage point of the system's wealth, about a twelfth of an average state's share in this world of eight (the margin of the first readings, so the readings can be compared).
            placebo:
              label: no rival wars to bleed from (C and F security seekers)
              control:
                label: opportunist riser, sMax = sGreedy = 0.08, protracted wars, no other greedy state
                set:
                  system.sMax: 0.08
                  system.sGreedy: 0.08
                  mechanisms.protractedWar: {}
                  'states[3].motive': security
                  'states[6].motive': security
              treatment:
                label: bleeder riser, sMax = sGreedy = 0.08, protracted wars, no other greedy state
                set:
                  system.sMax: 0.08
                  system.sGreedy: 0.08
                  mechanisms.protractedWar: {}
                  states[0].doctrine: offensive-realist
                  'states[3].motive': security
                  'states[6].motive': security
        across:
          - {path: system.delta, values: [0.1, 0.9]}
          - {path: system.beta, values: [0.75, 2.5]}
          - {path: "states[0].growth", values: [0.02, 0.1]}
        replications: 100
        quick: 20
        seed: 4
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: a smallest effect of a percentage point of the system's wealth. Not supported → contradicted.
          - date: "2026-12-05"
            change: >-
              Placebos added (σ = 10 for concealment; no rival wars for bleeding: the old bleeder's loss is its budget), and two readings: a patient riser facing belief-weighing preventive war, and bleeding at equal spending in wars of attrition. Claim contradicted → depends.
        """
}
