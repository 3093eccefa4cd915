import AnarchyCore
import AnarchyModels

extension WorldState {
    /// Phase 4, war, sequential over alive greedy states in ascending index.
    ///
    /// Strengths in combat are *effective*: stock × the state's force-employment skill (Biddle
    /// 2004; a scenario field, 1 by default, so SDW-1's numbers are unchanged). Skill is not
    /// observable: threat and perception read stocks only.
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
    /// - Parameter record: called once per event (war or crisis), in order.
    /// - Returns: the number of wars this tick.
    func resolveWars(tick: Int, rng: inout SplitMix64, record: (WorldEvent) -> Void) -> Int {
        let p = parameters
        let beta = p.beta
        var wars = 0
        var stale = 0
        let preventive = mechanisms.preventiveWar
        if preventive != nil { projectStrength() }
        for i in 0..<count where alive[i] {
            // A doctrine decides for its state; the others follow SDW-1 (greedy states attack when
            // they can, seekers fight only preventive wars and only with that mechanism on).
            let doctrine = doctrines?[i]
            if doctrine != nil || greedy[i], let (target, o, d) = weakestNeighbour(of: i) {
                let threshold = p.attackRatio * beta * d
                let attack = doctrine.map { $0.attacks(observation(of: i), ownOffense: o, targetDefense: d) } ?? (o > threshold)
                if attack {
                    if mechanisms.deterrence != nil && deterred(attacker: o, target: target, defense: d) { continue }
                    if mechanisms.crisis != nil, settled(i, target, o, d, tick: tick, rng: &rng, record: record) { continue }
                    wars += 1
                    record(.war(fight(i, target, tick: tick, threshold: threshold, cause: .opportunity, rng: &rng, stale: &stale)))
                    continue
                }
            }
            guard !greedy[i], let preventive, let (target, decision) = preventiveTarget(of: i, preventive) else { continue }
            wars += 1
            record(.war(fight(i, target, tick: tick, threshold: 0, cause: .prevention(decision), rng: &rng, stale: &stale)))
        }
        for index in 0..<stale {
            let m = Int(staleList[index])
            isStale[m] = false
            rebuildLiveSlots(of: m)
        }
        return wars
    }

    /// State i's alive neighbour with the least effective defense (ties: lowest index), with i's
    /// effective offense and that defense — strengths are stocks × force-employment skill (1 in
    /// SDW-1, where x·1 = x). Live lists are refreshed after phase 4, so a neighbour killed
    /// earlier in it is still listed: `alive` is tested here.
    private func weakestNeighbour(of i: Int) -> (target: Int, offense: Double, defense: Double)? {
        var target = -1
        var weakest = 0.0
        let start = slotStart[i]
        for position in start..<(start + Int(liveCount[i])) {
            let j = Int(slotTarget[Int(liveSlots[position])])
            guard alive[j] else { continue }
            let d = defense[j] * skill[j]
            if target < 0 || d < weakest {
                target = j
                weakest = d
            }
        }
        guard target >= 0 else { return nil }
        return (target, offense[i] * skill[i], defense[target] * skill[target])
    }

    /// SDW-1's contest: the attacker's chance `o² / (o² + (β·d)²)` on effective strengths.
    @inline(__always)
    func contestWinProbability(offense o: Double, defense d: Double) -> Double {
        let betaD = parameters.beta * d
        return o * o / (o * o + betaD * betaD)
    }

    /// What state i can observe, for its doctrine.
    func observation(of i: Int) -> DoctrineObservation {
        DoctrineObservation(
            greedy: greedy[i], wealth: wealth[i], offense: offense[i], defense: defense[i], threat: threat[i],
            parameters: parameters, phiSeeker: constants.phiSeeker)
    }

    /// One war of phase 4 between `attacker` and `target`, in SDW-1's order: the win probability
    /// `o² / (o² + (β d)²)`, one uniform draw, attrition, spoils, conquest, revealed aggression.
    /// Queues the dead target's neighbours for a live-list rebuild (`stale` is the queue length).
    private func fight(
        _ i: Int, _ target: Int, tick: Int, threshold: Double, cause: War.Cause, rng: inout SplitMix64, stale: inout Int
    ) -> War {
        let p = parameters
        let keep = constants.oneMinusAttrition
        let o = offense[i] * skill[i], d = defense[target] * skill[target]
        let winProbability: Double, u: Double, won: Bool
        if let battle = mechanisms.lanchester {
            // Fought out: survivors replace attrition; the verdict is certain (no draw, u = −1).
            let survivors = Lanchester.squareDiscrete(red: o, blue: d, rho: 1, beta: p.beta, dt: battle.dt, steps: battle.steps)
            won = survivors.blue == 0
            winProbability = won ? 1 : 0
            u = -1
            offense[i] = o > 0 ? offense[i] * (survivors.red / o) : offense[i]
            defense[target] = d > 0 ? defense[target] * (survivors.blue / d) : defense[target]
        } else {
            winProbability = contestWinProbability(offense: o, defense: d)
            u = rng.uniform()
            won = u < winProbability
            offense[i] = offense[i] * keep
            defense[target] = defense[target] * keep
        }
        refreshPerceivedOffense(of: i)
        var taken = 0.0
        var conquered = false
        if won {
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
                if mechanisms.deterrence != nil { retaliation[target] = 0.0 }
                conquered = true
                stale = markNeighboursStale(of: target, listed: stale)
            }
        }
        refreshPerceivedOffense(of: target)
        revealAggression(by: i)
        let punishment = mechanisms.deterrence == nil ? 0.0 : retaliate(against: i, by: target, rng: &rng)
        return War(
            tick: tick, attacker: i, target: target, attackerOffense: o, targetDefense: d,
            threshold: threshold, winProbability: winProbability, draw: u,
            attackerWon: won, wealthTaken: taken, targetConquered: conquered, cause: cause,
            punishment: punishment)
    }

    /// Queues the neighbours of a state that just died for a rebuild of their live lists (once
    /// each per tick, so the rebuilds cost at most one pass over the slots). Returns the queue's length.
    private func markNeighboursStale(of dead: Int, listed: Int) -> Int {
        var listed = listed
        for slot in slotStart[dead]..<slotStart[dead + 1] {
            let m = Int(slotTarget[slot])
            if alive[m] && !isStale[m] {
                isStale[m] = true
                staleList[listed] = Int32(truncatingIfNeeded: m)
                listed += 1
            }
        }
        return listed
    }

    /// Every alive state that has `aggressor` among its neighbours sets its belief about it to
    /// 1 − 1e-9. Ring neighbourhoods are symmetric, so those are `aggressor`'s own neighbours.
    private func revealAggression(by aggressor: Int) {
        let start = slotStart[aggressor]
        for position in start..<(start + Int(liveCount[aggressor])) {
            let m = Int(slotTarget[Int(liveSlots[position])])
            guard alive[m], let back = self.slot(of: aggressor, in: m) else { continue }
            belief[back] = WorldState.beliefCeiling
        }
    }
}
