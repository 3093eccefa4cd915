extension BuiltinClaims {
    /// Claim 11 (deterrence school): the deterrence model — against greedy rivals, deterrence
    /// prevents the wars that reassurance invites.
    static let deterrenceModel = """
        claim: 11
        title: Against greedy rivals, deterrence prevents the wars reassurance invites
        school: deterrence
        statement: >-
          When the rival is greedy, the deterrence model applies: restraint reads as weakness and
          invites attack, while deterrence denies the aggressor its chance — and since motives cannot
          be known, deterring is the safer policy.
        sources: [Jervis 1976, Snyder 1961, Mearsheimer 2001, Glaser 1997]
        operationalisation: >-
          The spiral-war world: twelve states on a ring (k = 2), offence slightly cheaper than defence
          (β = 0.9), arms hard to tell apart (δ = 0.1), preemption on. The six even states (A, C, …, K)
          are security seekers whose policy varies: none (SDW-1's seeker: arms by the threat it feels,
          offence share 1/(1 + β)), reassurance (the reassurer doctrine: baseline spending, defence
          only, never attacks for gain) or deterrence by denial (the deterrer doctrine: answers threat
          twice as hard, same mix). The six odd states are the rivals, whose motive varies: security
          seekers, greedy, or unknown (each greedy with probability 0.5). Policies and motives are set
          before any run; 200 ticks. The metrics are attacksOnSeekers (wars begun against security seekers) and
          warsBegun. With greedy rivals: deterrence against reassurance, fewer attacks on seekers by at
          least one, holds "deterrence prevents"; reassurance against no policy, more by at least one,
          holds "reassurance invites". With rivals of unknown motive: deterrence against reassurance,
          fewer wars begun by at least one, holds "deterring is the safer policy".
        limits: >-
          Deterrence here is denial (more arms in the usual mix); punishment is claim 3's question.
          A greedy state attacks its weakest neighbour whenever its offence beats the threshold, so
          the model's greedy rival is an opportunist, not a risk-taking revisionist; there is no
          placebo, because the channel (the attacker's reckoning of the target's defence) has no
          switch that leaves the rest of the world as it is.
        base: spiral-war
        conditions:
          reassurance vs greedy:
            label: home reassures, rivals greedy
            set: {'states[0].doctrine': reassurer, 'states[2].doctrine': reassurer, 'states[4].doctrine': reassurer, 'states[6].doctrine': reassurer, 'states[8].doctrine': reassurer, 'states[10].doctrine': reassurer, 'states[1].motive': greedy, 'states[3].motive': greedy, 'states[5].motive': greedy, 'states[7].motive': greedy, 'states[9].motive': greedy, 'states[11].motive': greedy}
        tests:
          - name: against greedy rivals, deterrence prevents war
            metric: attacksOnSeekers
            control: reassurance vs greedy
            treatment:
              label: home deters, rivals greedy
              set: {'states[0].doctrine': deterrer, 'states[2].doctrine': deterrer, 'states[4].doctrine': deterrer, 'states[6].doctrine': deterrer, 'states[8].doctrine': deterrer, 'states[10].doctrine': deterrer, 'states[1].motive': greedy, 'states[3].motive': greedy, 'states[5].motive': greedy, 'states[7].motive': greedy, 'states[9].motive': greedy, 'states[11].motive': greedy}
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: against greedy rivals, reassurance invites war
            metric: attacksOnSeekers
            control:
              label: no policy, rivals greedy
              set: {'states[1].motive': greedy, 'states[3].motive': greedy, 'states[5].motive': greedy, 'states[7].motive': greedy, 'states[9].motive': greedy, 'states[11].motive': greedy}
            treatment: reassurance vs greedy
            expect: higher
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: against rivals of unknown motive, deterrence is the safer policy
            metric: warsBegun
            control:
              label: home reassures, rivals unknown (p = 0.5)
              set: {'states[0].doctrine': reassurer, 'states[2].doctrine': reassurer, 'states[4].doctrine': reassurer, 'states[6].doctrine': reassurer, 'states[8].doctrine': reassurer, 'states[10].doctrine': reassurer, 'states[1].motive': 0.5, 'states[3].motive': 0.5, 'states[5].motive': 0.5, 'states[7].motive': 0.5, 'states[9].motive': 0.5, 'states[11].motive': 0.5}
            treatment:
              label: home deters, rivals unknown (p = 0.5)
              set: {'states[0].doctrine': deterrer, 'states[2].doctrine': deterrer, 'states[4].doctrine': deterrer, 'states[6].doctrine': deterrer, 'states[8].doctrine': deterrer, 'states[10].doctrine': deterrer, 'states[1].motive': 0.5, 'states[3].motive': 0.5, 'states[5].motive': 0.5, 'states[7].motive': 0.5, 'states[9].motive': 0.5, 'states[11].motive': 0.5}
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
        across:
          - {path: system.beta, values: [0.5, 1.5]}
          - {path: system.delta, values: [0.5, 0.9]}
        replications: 40
        quick: 10
        seed: 11
        revisions:
          - date: "2026-12-05"
            change: >-
              Written, with its smallest effects, before its first run (the deterrence model against the spiral model, Jervis 1976 ch. 3). Depends.
        """
}
