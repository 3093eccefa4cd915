import AnarchyCore

extension WorldState {
    /// Phase 4, war, sequential over alive greedy states in ascending index.
    ///
    /// A greedy i targets its alive neighbour with the least defense (ties: lowest index) and
    /// attacks if `o[i] > attackRatio * beta * d[target]` (offense must beat defense at the
    /// exchange rate β: Glaser & Kaufmann 1998's cost ratio). It wins with probability
    /// `o² / (o² + (β d)²)` (one uniform draw). Both sides lose `attrition` of the engaged
    /// forces; a winner takes `spoils` of the loser's wealth, and all of it if the loser falls
    /// below `conquest × w0`, which kills the loser and zeroes its forces. Aggression reveals
    /// type: every alive state that has i as a neighbour now believes i greedy (1 − 1e-9).
    /// A state that dies in this phase does not act later in it.
    ///
    /// - Parameter record: called once per war, in order, with the war's record.
    /// - Returns: the number of wars this tick.
    func resolveWars(tick: Int, rng: inout SplitMix64, record: (War) -> Void) -> Int {
        let p = parameters
        let beta = p.beta
        let keep = constants.oneMinusAttrition
        var wars = 0
        for i in 0..<count where alive[i] && greedy[i] {
            var target = -1
            var weakest = 0.0
            for slot in slotStart[i]..<slotStart[i + 1] {
                let j = Int(slotTarget[slot])
                guard alive[j] else { continue }
                if target < 0 || defense[j] < weakest {
                    target = j
                    weakest = defense[j]
                }
            }
            guard target >= 0 else { continue }
            let o = offense[i], d = defense[target]
            let threshold = p.attackRatio * beta * d
            guard o > threshold else { continue }
            wars += 1
            let betaD = beta * d
            let winProbability = o * o / (o * o + betaD * betaD)
            let u = rng.uniform()
            offense[i] = o * keep
            defense[target] = d * keep
            var taken = 0.0
            var conquered = false
            if u < winProbability {
                let take = wealth[target] * p.spoils
                wealth[target] = wealth[target] - take
                wealth[i] = wealth[i] + take
                taken = take
                if wealth[target] < p.conquest * initialWealth[target] {
                    taken = taken + wealth[target]
                    wealth[i] = wealth[i] + wealth[target]
                    wealth[target] = 0.0
                    alive[target] = false
                    offense[target] = 0.0
                    defense[target] = 0.0
                    conquered = true
                }
            }
            revealAggression(by: i)
            record(War(
                tick: tick, attacker: i, target: target, attackerOffense: o, targetDefense: d,
                threshold: threshold, winProbability: winProbability, draw: u,
                attackerWon: u < winProbability, wealthTaken: taken, targetConquered: conquered))
        }
        return wars
    }

    /// Every alive state that has `aggressor` among its neighbours sets its belief about it to
    /// 1 − 1e-9. Ring neighbourhoods are symmetric, so those are `aggressor`'s own neighbours.
    private func revealAggression(by aggressor: Int) {
        for slot in slotStart[aggressor]..<slotStart[aggressor + 1] {
            let m = Int(slotTarget[slot])
            guard alive[m], let back = self.slot(of: aggressor, in: m) else { continue }
            belief[back] = WorldState.beliefCeiling
        }
    }
}
