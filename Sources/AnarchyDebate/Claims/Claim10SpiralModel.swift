extension BuiltinClaims {
    /// Claim 10 (mitigation school): the spiral model — against security-seeking rivals,
    /// reassurance prevents the unwarranted wars that deterrence provokes.
    static let spiralModel = """
        claim: 10
        title: Against security seekers, reassurance prevents the wars deterrence provokes
        school: mitigation
        statement: >-
          When the rival wants only security, the spiral model applies: arming to deter feeds its
          fear and can end in a war neither side wanted, while reassurance (restraint, defensive
          postures) prevents it — and the danger of misreading a seeker as greedy is the larger one.
        sources: [Jervis 1976, Jervis 1978, Glaser 1997, Glaser 2010, Herz 1950]
        operationalisation: >-
          The spiral-war world: twelve states on a ring (k = 2), offence slightly cheaper than defence
          (β = 0.9), arms hard to tell apart (δ = 0.1), preemption on. The six even states (A, C, …, K)
          are security seekers whose policy varies: none (SDW-1's seeker: arms by the threat it feels,
          offence share 1/(1 + β)), reassurance (the reassurer doctrine: baseline spending, defence
          only, never attacks for gain) or deterrence by denial (the deterrer doctrine: answers threat
          twice as hard, same mix). The six odd states are the rivals, whose motive varies: security
          seekers, greedy, or unknown (each greedy with probability 0.5). Policies and motives are set
          before any run; 200 ticks. The metrics are seekerWars (wars begun with no greedy state on either side: the
          unwarranted wars) and, where rivals may be greedy, warsBegun. With seeking rivals:
          reassurance against deterrence, lower seekerWars by at least one war, holds "reassurance
          prevents"; deterrence against no policy, higher by at least one, holds "deterrence
          provokes". With rivals of unknown motive: reassurance against deterrence, fewer wars begun
          by at least one, holds "the danger of misreading a seeker is the larger one".
        limits: >-
          Reassurance here is a defensive posture with no offence, so a reassurer can neither strike
          first nor be feared as capable of striking: that is the spiral model's own prescription, but
          it means the model cannot separate reassurance by signal from reassurance by incapacity (the
          placebo asks whether fear carries the effect at all). Policies are fixed for the run; the
          rivals do not choose theirs.
        base: spiral-war
        conditions:
          deterrence vs seekers:
            label: home deters, rivals seek security
            set: {'states[0].doctrine': deterrer, 'states[2].doctrine': deterrer, 'states[4].doctrine': deterrer, 'states[6].doctrine': deterrer, 'states[8].doctrine': deterrer, 'states[10].doctrine': deterrer}
          reassurance vs seekers:
            label: home reassures, rivals seek security
            set: {'states[0].doctrine': reassurer, 'states[2].doctrine': reassurer, 'states[4].doctrine': reassurer, 'states[6].doctrine': reassurer, 'states[8].doctrine': reassurer, 'states[10].doctrine': reassurer}
          no policy vs seekers: {label: "no policy, rivals seek security"}
        tests:
          - name: against seekers, reassurance prevents unwarranted war
            metric: seekerWars
            control: deterrence vs seekers
            treatment: reassurance vs seekers
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
            placebo:
              label: fear cannot be learned (observation uninformative, σ = 10)
              control:
                label: home deters, σ = 10
                set: {'states[0].doctrine': deterrer, 'states[2].doctrine': deterrer, 'states[4].doctrine': deterrer, 'states[6].doctrine': deterrer, 'states[8].doctrine': deterrer, 'states[10].doctrine': deterrer, system.sigma: 10}
              treatment:
                label: home reassures, σ = 10
                set: {'states[0].doctrine': reassurer, 'states[2].doctrine': reassurer, 'states[4].doctrine': reassurer, 'states[6].doctrine': reassurer, 'states[8].doctrine': reassurer, 'states[10].doctrine': reassurer, system.sigma: 10}
          - name: against seekers, deterrence provokes war
            metric: seekerWars
            control: no policy vs seekers
            treatment: deterrence vs seekers
            expect: higher
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
          - name: against rivals of unknown motive, reassurance prevents more war than it invites
            metric: warsBegun
            control:
              label: home deters, rivals unknown (p = 0.5)
              set: {'states[0].doctrine': deterrer, 'states[2].doctrine': deterrer, 'states[4].doctrine': deterrer, 'states[6].doctrine': deterrer, 'states[8].doctrine': deterrer, 'states[10].doctrine': deterrer, 'states[1].motive': 0.5, 'states[3].motive': 0.5, 'states[5].motive': 0.5, 'states[7].motive': 0.5, 'states[9].motive': 0.5, 'states[11].motive': 0.5}
            treatment:
              label: home reassures, rivals unknown (p = 0.5)
              set: {'states[0].doctrine': reassurer, 'states[2].doctrine': reassurer, 'states[4].doctrine': reassurer, 'states[6].doctrine': reassurer, 'states[8].doctrine': reassurer, 'states[10].doctrine': reassurer, 'states[1].motive': 0.5, 'states[3].motive': 0.5, 'states[5].motive': 0.5, 'states[7].motive': 0.5, 'states[9].motive': 0.5, 'states[11].motive': 0.5}
            expect: lower
            smallestEffect: 1
            reason: >-
              one war fewer or more is the smallest difference in war a policy maker would count.
        across:
          - {path: system.beta, values: [0.5, 1.5]}
          - {path: system.delta, values: [0.5, 0.9]}
        replications: 40
        quick: 10
        seed: 10
        revisions:
          - date: "2026-12-05"
            change: >-
              Written, with its smallest effects, before its first run (the spiral model against the deterrence model, Jervis 1976 ch. 3). Depends.
        """
}
