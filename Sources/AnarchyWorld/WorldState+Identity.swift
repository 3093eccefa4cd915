import AnarchyCore

extension WorldState {
    /// After phase 4 (identity or communities on), sequentially: this tick's wars mark the pairs
    /// they set against each other and move amity (an attack costs `attackLoss` both ways, an
    /// honoured commitment gains `honourGain` both ways, an abandoned one costs the victim's view
    /// `abandonLoss`); then every observer's amity toward each alive neighbour gains
    /// `restraintGain` (+ `institutionGain` under a shared institution) when the pair was at peace
    /// this tick and each believes the other a seeker (belief < ½) — reciprocated restraint —
    /// and is clamped to [−1, 1]. A slot whose identity changes is recorded (``IdentityShift``).
    /// Then security communities are detected (``detectCommunities(tick:record:)``).
    /// See ``Mechanisms/Identity`` (Wendt 1999).
    func updateRelations(tick: Int, wars: [War], record: (WorldEvent) -> Void) {
        applyWarsToRelations(tick: tick, wars: wars)
        if mechanisms.identity != nil {
            var shifts: [IdentityShift] = []
            reciprocateRestraint(states: 0..<count, tick: tick, shifts: &shifts)
            for shift in shifts { record(.identity(shift)) }
        }
        if mechanisms.communities != nil { detectCommunities(tick: tick, record: record) }
    }

    /// The sequential part of ``updateRelations(tick:wars:record:)``: this tick's wars mark the
    /// pairs they set against each other and move amity.
    func applyWarsToRelations(tick: Int, wars: [War]) {
        let settings = mechanisms.identity
        for war in wars {
            if mechanisms.communities != nil && war.round == 1 { noteCommunityWar(war.attacker, war.target) }
            markWar(war.attacker, war.target, tick: tick)
            for c in war.attackerAllies { markWar(c, war.target, tick: tick) }
            for c in war.targetAllies { markWar(c, war.attacker, tick: tick) }
            guard let settings else { continue }
            if war.round == 1 {
                adjustAmity(war.attacker, war.target, -settings.attackLoss)
                adjustAmity(war.target, war.attacker, -settings.attackLoss)
            }
            for c in war.honouredBy {
                adjustAmity(war.target, c, settings.honourGain)
                adjustAmity(c, war.target, settings.honourGain)
            }
            for c in war.abandonedBy { adjustAmity(war.target, c, -settings.abandonLoss) }
        }
    }

    /// Reciprocated restraint and identity shifts for the observers in `states` (ascending): each
    /// writes only its own slots and reads beliefs and war marks, so disjoint ranges may run in
    /// parallel; `shifts` receives their identity shifts in order.
    func reciprocateRestraint(states: Range<Int>, tick: Int, shifts: inout [IdentityShift]) {
        guard let settings = mechanisms.identity else { return }
        let stamp = Int32(truncatingIfNeeded: tick)
        let institutionsOn = institutionOf.count > 0
        for i in states where alive[i] {
            for slot in liveSlotSequence(of: i) {
                var a = amity[slot]
                if belief[slot] < 0.5, lastWar[slot] != stamp, let back = back(slot, from: i), belief[back] < 0.5 {
                    a = a + settings.restraintGain
                    if institutionsOn && institutionOf[slot] >= 0 { a = a + settings.institutionGain }
                }
                a = StrictOrder.clamp(a, -1.0, 1.0)
                amity[slot] = a
                let now = Relation.of(amity: a, settings)
                let before = Relation(rawValue: identity[slot]) ?? .rival
                if now != before {
                    identity[slot] = now.rawValue
                    shifts.append(IdentityShift(tick: tick, observer: i, other: Int(slotTarget[slot]), from: before, to: now, amity: a))
                }
            }
        }
    }

    /// i's identity for its neighbour in `slot` (rival when the identity mechanism is off).
    @inline(__always)
    func relation(_ slot: Int) -> Relation {
        identity.count == 0 ? .rival : Relation(rawValue: identity[slot]) ?? .rival
    }

    /// Adds `change` to i's amity toward j, clamped to [−1, 1] (nothing if they are not neighbours).
    private func adjustAmity(_ i: Int, _ j: Int, _ change: Double) {
        guard let slot = slot(of: j, in: i) else { return }
        amity[slot] = StrictOrder.clamp(amity[slot] + change, -1.0, 1.0)
    }

    /// Records that a war set neighbours a and b against each other this tick (both slots).
    private func markWar(_ a: Int, _ b: Int, tick: Int) {
        let stamp = Int32(truncatingIfNeeded: tick)
        if let slot = slot(of: b, in: a) { lastWar[slot] = stamp }
        if let slot = slot(of: a, in: b) { lastWar[slot] = stamp }
    }

    /// The shares of alive observer → alive neighbour slots in which the observer counts the
    /// neighbour a friend and an enemy (identity mechanism; nil when it is off).
    func identityShares() -> (friends: Double, enemies: Double)? {
        guard mechanisms.identity != nil else { return nil }
        var friends = 0, enemies = 0, slots = 0
        for i in 0..<count where alive[i] {
            forEachLiveSlot(of: i) { slot in
                slots += 1
                switch relation(slot) {
                case .friend: friends += 1
                case .enemy: enemies += 1
                case .rival: break
                }
            }
        }
        guard slots > 0 else { return (0, 0) }
        return (Double(friends) / Double(slots), Double(enemies) / Double(slots))
    }
}

extension World {
    /// The shares of neighbour relations that are friendships and enmities after the last tick
    /// (nil when the identity mechanism is off).
    public func identityShares() -> (friends: Double, enemies: Double)? { state.identityShares() }
}
