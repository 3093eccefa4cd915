extension BuiltinClaims {
    /// Claim 2 (deterrence school): reassurance does not make a greedy rival less likely to attack; deterrence does.
    static let reassuranceAndDeterrence = """
        claim: 2
        title: Reassurance does not stop a greedy rival; deterrence does
        school: deterrence
        statement: >-
          Reassurance (restraint, a neutral buffer, halting alliance expansion) does not lower the
          probability of war with a greedy rival; deterrence (alliance expansion, punishment
          capability) does.
        sources: [Mearsheimer 2001, Snyder 1961, Kydd 2005, Glaser 2010]
        operationalisation: >-
          The alliance-expansion world with its power, Rus, made greedy. The status quo: West-1, West-2
          and West-3 allied, the small Buffer between them and Rus alone. Reassurance: the Buffer
          declares neutrality at tick 5, or the Western states and the Buffer adopt the reassurer
          doctrine (restrained, defensive, never attacking). Deterrence: the bloc takes in the Buffer
          at tick 5 (expansion), or the seekers put half their defensive purchases into a punishment
          stock (deterrence mechanism). The metric is greedyWars, the wars Rus starts in 100 ticks;
          one war fewer or more is the smallest effect that counts (margin 1). The contested case, where
          the deterrence model and the spiral model part (Jervis 1976, ch. 3; Glaser 2010): Rus a
          security seeker that may strike first from fear (preemption on), facing the expansion; the
          metric is fearWars, wars begun from fear by anyone; not more than one war more holds "expansion
          does not provoke".
        limits: >-
          One small world and one greedy power; wars are counted, not weighted by their cost; Rus's
          motive is fixed, so reassurance cannot change it (the model has no motive change; identity
          is off here). The contested case is a null expectation, so it has no placebo (a switched-off
          channel would also show no effect).
        base: alliance-expansion
        set:
          states[4].motive: greedy
        conditions:
          status quo:
            label: status quo
            set:
              policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
        tests:
          - name: a neutral buffer does not lower war
            metric: greedyWars
            control: status quo
            treatment:
              label: neutral buffer
              set:
                policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}, {tick: 5, neutral: Buffer}]
            expect: notLower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: restraint does not lower war
            metric: greedyWars
            control: status quo
            treatment:
              label: restraint (reassurer doctrine)
              set:
                policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
                states[0].doctrine: reassurer
                states[1].doctrine: reassurer
                states[2].doctrine: reassurer
                states[3].doctrine: reassurer
            expect: notLower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: alliance expansion lowers war
            metric: greedyWars
            control: status quo
            treatment: {label: alliance expansion}
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: punishment capability lowers war
            metric: greedyWars
            control: status quo
            treatment:
              label: punishment capability
              set:
                policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
                mechanisms.deterrence: {punishmentShare: 0.5}
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: alliance expansion does not provoke a security-seeking rival
            metric: fearWars
            control:
              label: status quo, Rus a security seeker who may strike first
              set:
                policies: [{tick: 1, ally: [West-1, West-2]}, {tick: 1, ally: [West-2, West-3]}]
                states[4].motive: security
                mechanisms.preemption: {}
            treatment:
              label: alliance expansion, Rus a security seeker who may strike first
              set: {'states[4].motive': security, mechanisms.preemption: {}}
            expect: notHigher
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
        across:
          - {path: system.beta, values: [0.5, 2]}
          - {path: system.delta, values: [0.1, 0.9]}
          - {path: mechanisms.alliances.credibility, values: [0.3, 1]}
        replications: 100
        quick: 20
        seed: 2
        revisions:
          - date: "2026-12-05"
            change: >-
              Honest verdicts: smallest effects of one war. Expansion not supported → contradicted; claim depends → depends.
          - date: "2026-12-05"
            change: >-
              The contested case added: Rus a security seeker who may strike first (preemption on), fear wars not higher with expansion. Claim depends → depends.
        """
}
