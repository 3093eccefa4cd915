import AnarchyCore

extension WorldState {
    /// SDW-1's initialisation, draws in the spec's order: first every state's type
    /// (`greedy = uniform() < pGreedy`), then every state's wealth (`100.0 * (0.5 + uniform())`).
    /// Forces, purchases and beliefs start as allocated (0.0, and pGreedy for beliefs).
    func initialise(rng: inout SplitMix64) {
        let p = parameters
        for i in 0..<count {
            greedy[i] = rng.uniform() < p.pGreedy
        }
        for i in 0..<count {
            let w = 100.0 * (0.5 + rng.uniform())
            wealth[i] = w
            initialWealth[i] = w
            offense[i] = 0.0
            defense[i] = 0.0
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
