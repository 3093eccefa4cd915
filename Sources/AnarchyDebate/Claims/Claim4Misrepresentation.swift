extension BuiltinClaims {
    /// Claim 4 (deterrence school): misrepresenting the balance pays a rising revisionist.
    static let misrepresentation = """
        claim: 4
        title: Misrepresentation pays
        school: deterrence
        statement: >-
          Misrepresenting the balance pays for a rising revisionist (concealment) and for a state
          baiting two rivals into a war of attrition (bait-and-bleed).
        sources: [Mearsheimer 2001, Fearon 1995, Glaser 2010]
        operationalisation: >-
          The rising-power world with the Riser made greedy and third parties joining wars. Concealment:
          the greedy states hide half their offensive purchases from observers, paying for it
          (perception mechanism). Bait-and-bleed: the Riser follows the offensive-realist doctrine —
          it never joins others' wars and pounces on a neighbour already at war. The metric is
          focalWealthShare, the Riser's share of the wealth after 300 ticks; higher holds the claim.
        limits: >-
          Concealment hides the arming rate that beliefs read, not the stocks that threat reads. The
          doctrine models the bleeding (staying out, pouncing on the bled), not the baiting that
          starts the rivals' war.
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
        across:
          - {path: system.delta, values: [0.1, 0.9]}
          - {path: system.beta, values: [0.75, 2.5]}
          - {path: "states[0].growth", values: [0.02, 0.1]}
        replications: 100
        quick: 20
        seed: 4
        """
}
