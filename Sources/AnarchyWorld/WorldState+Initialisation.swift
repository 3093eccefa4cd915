import AnarchyCore

extension WorldState {
    /// SDW-1's initialisation, draws in the spec's order: first every state's type
    /// (`greedy = uniform() < pGreedy`), then every state's wealth (`100.0 * (0.5 + uniform())`).
    /// Forces, purchases and beliefs start as allocated (0.0, and pGreedy for beliefs).
    ///
    /// A scenario's `states` replace what they fix: a fixed motive or a given wealth takes no draw
    /// (a motive given as a probability still draws, against that probability), forces and growth
    /// start as given. With no states given (or all at their defaults) this is SDW-1 exactly.
    func initialise(rng: inout SplitMix64, states: [StateSpec]? = nil) {
        let p = parameters
        for i in 0..<count {
            switch states?[i].motive {
            case nil: greedy[i] = rng.uniform() < p.pGreedy
            case let .probability(q)?: greedy[i] = rng.uniform() < q
            case .security?: greedy[i] = false
            case .greedy?: greedy[i] = true
            }
        }
        for i in 0..<count {
            let spec = states?[i]
            let w = spec?.wealth ?? 100.0 * (0.5 + rng.uniform())
            wealth[i] = w
            initialWealth[i] = w
            offense[i] = spec?.offense ?? 0.0
            defense[i] = spec?.defense ?? 0.0
            if let growth = spec?.growth { onePlusGrowth[i] = 1.0 + growth }
            if let skill = spec?.skill { self.skill[i] = skill }
            if mechanisms.deterrence != nil { retaliation[i] = spec?.retaliation ?? 0.0 }
            alive[i] = true
            share[i] = greedy[i] ? p.sGreedy : p.s0
            offenseBought[i] = 0.0
            defenseBought[i] = 0.0
            refreshPerceivedOffense(of: i)
        }
        for i in 0..<count {
            rebuildLiveSlots(of: i)
        }
    }
}
