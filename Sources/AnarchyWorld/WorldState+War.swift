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
        var stale = 0
        var wars = mechanisms.protractedWar == nil ? 0 : continueWars(tick: tick, rng: &rng, stale: &stale, record: record)
        if !scriptedWars.isEmpty { wars += beginScriptedWars(tick: tick, rng: &rng, stale: &stale, record: record) }
        let preventive = mechanisms.preventiveWar
        if preventive != nil { projectStrength() }
        let engagement = mechanisms.protractedWar != nil
        for i in 0..<count where alive[i] {
            let renewing = standDown(i)
            if engagement && warCount[i] > 0 { continue }  // a state at war starts no other war
            // A doctrine decides for its state; the others follow SDW-1 (greedy states attack when
            // they can, seekers fight only preventive wars and only with that mechanism on).
            let doctrine = doctrines?[i]
            if doctrine != nil || greedy[i], let (target, o, d) = weakestNeighbour(of: i) {
                let threshold = p.attackRatio * beta * d
                let attack = doctrine.map {
                    var seen = observation(of: i)
                    seen.targetEngaged = engagement && warCount[target] > 0
                    return $0.attacks(seen, ownOffense: o, targetDefense: d)
                } ?? (o > threshold)
                if attack && !alreadyConceded(rng: &rng) {
                    if !institutions.isEmpty && institutionRestrains(i, target: target, offense: o, defense: d) { continue }
                    if mechanisms.deterrence != nil && deterred(attacker: o, target: target, defense: d) { continue }
                    guard let mobilised = readyToFight(i, renewing: renewing) else { continue }  // mobilising first
                    if mechanisms.crisis != nil, settled(i, target, o, d, tick: tick, rng: &rng, record: record) { continue }
                    wars += 1
                    open(fight(i, target, tick: tick, threshold: threshold, cause: .opportunity, mobilised: mobilised, rng: &rng, stale: &stale), record: record)
                    continue
                }
            }
            if let preemption = mechanisms.preemption, let (target, decision) = preemptiveTarget(of: i, preemption) {
                guard let mobilised = readyToFight(i, renewing: renewing) else { continue }
                wars += 1
                open(fight(i, target, tick: tick, threshold: 0, cause: .preemption(decision), mobilised: mobilised, rng: &rng, stale: &stale), record: record)
                continue
            }
            if greedy[i], let crisis = mechanisms.crisis, crisis.misjudgement > 0 {
                if misjudgedChallenge(of: i, crisis, tick: tick, rng: &rng, stale: &stale, record: record) { wars += 1 }
                continue
            }
            guard !greedy[i], let preventive, let (target, decision) = preventiveTarget(of: i, preventive) else { continue }
            guard let mobilised = readyToFight(i, renewing: renewing) else { continue }
            wars += 1
            open(fight(i, target, tick: tick, threshold: 0, cause: .prevention(decision), mobilised: mobilised, rng: &rng, stale: &stale), record: record)
        }
        for index in 0..<stale {
            let m = Int(staleList[index])
            isStale[m] = false
            rebuildLiveSlots(of: m)
        }
        return wars
    }

    /// The wars the scenario begins this tick (`war` policies), in order, before any state decides:
    /// each is fought as any war is (allies and joiners decide; a round may leave it undecided
    /// under protracted war). One whose states are not both alive, or whose attacker is already
    /// at war (protracted war), does not begin.
    private func beginScriptedWars(tick: Int, rng: inout SplitMix64, stale: inout Int, record: (WorldEvent) -> Void) -> Int {
        var begun = 0
        while warBook.nextScripted < scriptedWars.count && scriptedWars[warBook.nextScripted].tick <= tick {
            let (scheduled, a, b) = scriptedWars[warBook.nextScripted]
            warBook.nextScripted += 1
            guard scheduled == tick, alive[a], alive[b], mechanisms.protractedWar == nil || warCount[a] == 0 else { continue }
            begun += 1
            open(fight(a, b, tick: tick, threshold: 0, cause: .scripted, rng: &rng, stale: &stale), record: record)
        }
        return begun
    }

    /// Records a war's first round and, if it goes on (protracted-war mechanism), enters it in the book.
    func open(_ war: War, record: (WorldEvent) -> Void) {
        record(.war(war))
        if mechanisms.protractedWar != nil && war.continues { enterWar(war) }
    }

    /// State i's alive neighbour with the least effective defense (ties: lowest index), with i's
    /// effective offense and that defense — strengths are stocks × force-employment skill (1 in
    /// SDW-1, where x·1 = x), defenses as shown (``shownDefense(of:)``: a bluff inflates them),
    /// with alliances plus the help i expects the neighbour's allies to bring
    /// (``expectedAlliedHelp(to:against:)``); friends (identity) and allies are not targets. Live lists are refreshed after phase 4, so a neighbour killed
    /// earlier in it is still listed: `alive` is tested here.
    private func weakestNeighbour(of i: Int) -> (target: Int, offense: Double, defense: Double)? {
        var target = -1
        var weakest = 0.0, key = 0.0, reach = 1.0
        let distant = mechanisms.lossOfStrength != nil
        let friendly = mechanisms.identity != nil, allying = mechanisms.alliances != nil
        let start = slotStart[i]
        for position in start..<(start + Int(liveCount[i])) {
            let slot = Int(liveSlots[position])
            let j = Int(slotTarget[slot])
            guard alive[j] else { continue }
            if friendly && relation(slot) == .friend { continue }  // identity: no state attacks a friend
            if allying && allied[slot] { continue }  // nor, while the tie stands, an ally
            var d = shownDefense(of: j)
            if allying {  // alliances deter; help only adds, so a neighbour already no weaker needs none reckoned
                if target >= 0 && (distant ? (proximity[slot] > 0 && d / proximity[slot] >= key) : d >= key) { continue }
                d = d + expectedAlliedHelp(to: j, against: i)
            }
            var k = d
            if distant {  // loss of strength: defense per unit of offense i can bring; out of reach is no target
                guard proximity[slot] > 0 else { continue }
                k = d / proximity[slot]
            }
            if target < 0 || k < key {
                target = j
                weakest = d
                key = k
                if distant { reach = proximity[slot] }
            }
        }
        guard target >= 0 else { return nil }
        let o = offense[i] * skill[i]
        return (target, distant ? o * reach : o, weakest)
    }

    /// Calls `body(slot, j)` for each alive neighbour j of state i that i could go to war with:
    /// not a friend (identity) and not an ally while the tie stands — the neighbours preventive
    /// war and preemption reckon with. Ascending order; the slot is i's slot of j.
    @inline(__always)
    func forEachPossibleEnemy(of i: Int, _ body: (Int, Int) -> Void) {
        let friendly = mechanisms.identity != nil, allying = mechanisms.alliances != nil
        let start = slotStart[i]
        for position in start..<(start + Int(liveCount[i])) {
            let slot = Int(liveSlots[position])
            let j = Int(slotTarget[slot])
            guard alive[j] else { continue }
            if friendly && relation(slot) == .friend { continue }
            if allying && allied[slot] { continue }
            body(slot, j)
        }
    }

    /// The share of its power `i` can project onto its neighbour `j`: the slot's proximity under
    /// the loss-of-strength mechanism, else 1.
    func reach(from i: Int, to j: Int) -> Double {
        guard mechanisms.lossOfStrength != nil, let slot = slot(of: j, in: i) else { return 1 }
        return proximity[slot]
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

    /// One round of war between `attacker` and `target` — with SDW-1's mechanisms, the whole war,
    /// in SDW-1's order: the win probability `o² / (o² + (β d)²)`, one uniform draw, attrition,
    /// spoils, conquest, revealed aggression. With joining sides, joiners' strength adds to each
    /// side and shares its losses; with protracted war, a round may leave the war undecided.
    /// Queues the dead target's neighbours for a live-list rebuild (`stale` is the queue length).
    func fight(
        _ i: Int, _ target: Int, tick: Int, threshold: Double, cause: War.Cause, round: Int = 1, mobilised: Int = 0, rng: inout SplitMix64,
        stale: inout Int
    ) -> War {
        let p = parameters
        let keep = constants.oneMinusAttrition
        let decision = ledger(i, target)
        let audience = round == 1 && mechanisms.signalling != nil ? audienceCost(of: i) : 0.0
        let defection = round == 1 && !institutions.isEmpty ? payDefectionCost(i, target: target) : 0.0
        var o = offense[i] * skill[i], d = defense[target] * skill[target]
        if mechanisms.lossOfStrength != nil { o = o * reach(from: i, to: target) }
        var allies = Sides()
        if mechanisms.joiningSides != nil || mechanisms.alliances != nil {
            allies = joiners(attacker: i, target: target, round: round, rng: &rng)
            for joiner in allies.attackers { o = o + joiner.strength }
            for joiner in allies.defenders { d = d + joiner.strength }
        }
        let stocksBefore = engagedStocks(i, target, allies)
        let protracted = mechanisms.protractedWar
        var decided = true
        let winProbability: Double, u: Double, won: Bool
        if let battle = mechanisms.lanchester {
            // Fought out: survivors replace attrition; the verdict is certain (no draw, u = −1).
            let survivors = Lanchester.squareDiscrete(red: o, blue: d, rho: 1, beta: p.beta, dt: battle.dt, steps: battle.steps)
            won = survivors.blue == 0
            if protracted != nil { decided = won || survivors.red == 0 }
            winProbability = won ? 1 : 0
            u = -1
            let red = o > 0 ? survivors.red / o : 1.0, blue = d > 0 ? survivors.blue / d : 1.0
            offense[i] = o > 0 ? offense[i] * red : offense[i]
            defense[target] = d > 0 ? defense[target] * blue : defense[target]
            commitLosses(allies.attackers, kept: red)
            commitLosses(allies.defenders, kept: blue)
        } else {
            winProbability = contestWinProbability(offense: o, defense: d)
            if let protracted { decided = rng.uniform() < protracted.decisiveness }
            u = decided ? rng.uniform() : -1
            won = decided && u < winProbability
            offense[i] = offense[i] * keep
            defense[target] = defense[target] * keep
            commitLosses(allies.attackers, kept: keep)
            commitLosses(allies.defenders, kept: keep)
        }
        refreshPerceivedOffense(of: i)
        var taken = 0.0
        var conquered = false
        if won {
            let take = wealth[target] * p.spoils
            wealth[target] = wealth[target] - take
            wealth[i] = wealth[i] + shareOfSpoils(take, among: allies.attackers, total: o)
            taken = take
            if wealth[target] < p.conquest * initialWealth[target] {
                taken = taken + wealth[target]
                wealth[i] = wealth[i] + wealth[target]
                wealth[target] = 0.0
                alive[target] = false
                offense[target] = 0.0
                defense[target] = 0.0
                if mechanisms.deterrence != nil { retaliation[target] = 0.0 }
                if mechanisms.alliances != nil { dissolveAlliances(of: target) }
                conquered = true
                stale = markNeighboursStale(of: target, listed: stale)
            }
        }
        refreshPerceivedOffense(of: target)
        if mechanisms.perception != nil { bluffExposed[target] = true }  // a fight shows real strength
        revealAggression(by: i)
        for joiner in allies.attackers { revealAggression(by: joiner.state) }
        for joiner in allies.defenders { revealRestraint(by: joiner.state, except: i) }
        let forcesLost = stocksBefore - engagedStocks(i, target, allies)
        let punishment = mechanisms.deterrence == nil || round > 1 ? 0.0 : retaliate(against: i, by: target, rng: &rng)
        allianceBook.honoured += allies.honoured.count
        allianceBook.abandoned += allies.abandoned.count
        let continues = !decided && round < (protracted?.maxRounds ?? 1)
        return War(
            tick: tick, attacker: i, target: target, attackerOffense: o, targetDefense: d,
            threshold: threshold, winProbability: winProbability, draw: u,
            attackerWon: won, wealthTaken: taken, targetConquered: conquered, cause: cause,
            punishment: punishment, audienceCost: audience, round: round, decided: decided, continues: continues,
            attackerAllies: allies.attackers.map(\.state), targetAllies: allies.defenders.map(\.state), ledger: decision,
            honouredBy: allies.honoured, abandonedBy: allies.abandoned, defectionCost: defection, forcesLost: forcesLost, mobilised: mobilised,
            targetMobilising: mechanisms.mobilisation != nil && round == 1 && mobilising[target])
    }

    /// The offense and defense stocks of a war's belligerents, summed: what it can destroy.
    private func engagedStocks(_ i: Int, _ target: Int, _ allies: Sides) -> Double {
        var total = offense[i] + defense[i] + offense[target] + defense[target]
        for joiner in allies.attackers { total = total + offense[joiner.state] + defense[joiner.state] }
        for joiner in allies.defenders { total = total + offense[joiner.state] + defense[joiner.state] }
        return total
    }

    /// Queues the neighbours of a state that just died for a rebuild of their live lists (once
    /// each per tick, so the rebuilds cost at most one pass over the slots). Returns the queue's length.
    func markNeighboursStale(of dead: Int, listed: Int) -> Int {
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

    /// An alliance move read by Bayes's rule (joining sides): under the engine's rule greedy states
    /// never defend a victim, so every alive neighbour of a state that did — except the attacker
    /// it stood against, to whom a coalition forming against it looks no less hostile (the first
    /// essay's point about defensive alliances) — sets its belief about it to the floor 1e-9.
    func revealRestraint(by defender: Int, except attacker: Int) {
        let start = slotStart[defender]
        for position in start..<(start + Int(liveCount[defender])) {
            let m = Int(slotTarget[Int(liveSlots[position])])
            guard m != attacker, alive[m], let back = self.slot(of: defender, in: m) else { continue }
            belief[back] = WorldState.beliefFloor
        }
    }

    /// Every alive state that has `aggressor` among its neighbours sets its belief about it to
    /// 1 − 1e-9. Ring neighbourhoods are symmetric, so those are `aggressor`'s own neighbours.
    func revealAggression(by aggressor: Int) {
        if mechanisms.preemption != nil { reflected[aggressor] = WorldState.beliefCeiling }  // it knows what its neighbours now think
        let start = slotStart[aggressor]
        for position in start..<(start + Int(liveCount[aggressor])) {
            let m = Int(slotTarget[Int(liveSlots[position])])
            guard alive[m], let back = self.slot(of: aggressor, in: m) else { continue }
            belief[back] = WorldState.beliefCeiling
        }
    }
}
