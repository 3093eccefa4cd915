/// Alliance tallies over a run (alliances mechanism), shared by the ``WorldState`` view.
final class AllianceBook: @unchecked Sendable {
    var formed = 0
    var dissolved = 0
    var honoured = 0
    var abandoned = 0
    /// The next scripted policy to apply.
    var nextPolicy = 0
}

extension WorldState {
    /// After phase 3 with alliances on (``Mechanisms/Alliances``), sequential in index order: ties
    /// between states that no longer trust each other end; then each pair i < j of alive
    /// neighbours, not allied, that trust each other (belief < trustBelow both ways), share a
    /// threat (a common neighbour both believe greedy, belief ≥ threatAbove) and have room
    /// (fewer than maxAllies each) ally. Recorded as events.
    func updateAlliances(tick: Int, record: (WorldEvent) -> Void) {
        guard let settings = mechanisms.alliances else { return }
        applyPolicies(tick: tick, record: record)
        for i in 0..<count where alive[i] {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, allied[slot], !guaranteed[slot] else { return }
                let back = self.slot(of: i, in: j) ?? slot
                if belief[slot] >= settings.trustBelow || belief[back] >= settings.trustBelow {
                    dissolveAlliance(i, slot)
                    record(.alliance(AllianceChange(tick: tick, kind: .dissolved, a: i, b: j)))
                }
            }
        }
        for i in 0..<count where alive[i] && !neutral[i] && Int(allyCount[i]) < settings.maxAllies {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, !allied[slot], !neutral[j], Int(allyCount[i]) < settings.maxAllies, Int(allyCount[j]) < settings.maxAllies,
                    belief[slot] < settings.trustBelow, let back = self.slot(of: i, in: j), belief[back] < settings.trustBelow,
                    let threat = commonThreat(i, j, settings.threatAbove)
                else { return }
                allied[slot] = true
                allied[back] = true
                allyCount[i] += 1
                allyCount[j] += 1
                allianceBook.formed += 1
                record(.alliance(AllianceChange(tick: tick, kind: .formed, a: i, b: j, threat: threat)))
            }
        }
    }

    /// A neighbour of both i and j that both believe greedy at least `above` (lowest index), if any.
    private func commonThreat(_ i: Int, _ j: Int, _ above: Double) -> Int? {
        var found: Int? = nil
        forEachLiveSlot(of: i) { slot in
            guard found == nil, belief[slot] >= above else { return }
            let m = Int(slotTarget[slot])
            if m != j, let other = self.slot(of: m, in: j), belief[other] >= above { found = m }
        }
        return found
    }

    /// The policies scripted for this tick, in order: a guarantee makes a tie that holds whatever
    /// the partners come to believe; a withdrawal ends it; neutrality ends a state's ties and keeps
    /// it out of alliances and others' wars. A policy naming a fallen state does nothing.
    private func applyPolicies(tick: Int, record: (WorldEvent) -> Void) {
        while allianceBook.nextPolicy < policies.count && policies[allianceBook.nextPolicy].tick <= tick {
            let policy = policies[allianceBook.nextPolicy]
            allianceBook.nextPolicy += 1
            guard policy.states.allSatisfy({ alive[$0] }) else { continue }
            switch policy.action {
            case let .ally(a, b):
                guard let slot = self.slot(of: b, in: a), let back = self.slot(of: a, in: b), !neutral[a], !neutral[b] else { continue }
                if !allied[slot] {
                    allied[slot] = true
                    allied[back] = true
                    allyCount[a] += 1
                    allyCount[b] += 1
                    allianceBook.formed += 1
                }
                guaranteed[slot] = true
                guaranteed[back] = true
                record(.alliance(AllianceChange(tick: tick, kind: .guaranteed, a: a, b: b)))
            case let .withdraw(a, b):
                guard let slot = self.slot(of: b, in: a), allied[slot] else { continue }
                dissolveAlliance(a, slot)
                record(.alliance(AllianceChange(tick: tick, kind: .withdrawn, a: a, b: b)))
            case let .neutral(a):
                neutral[a] = true
                dissolveAlliances(of: a)
                record(.alliance(AllianceChange(tick: tick, kind: .neutral, a: a, b: a)))
            }
        }
    }

    /// Ends every alliance of a state that has fallen.
    func dissolveAlliances(of fallen: Int) {
        for slot in slotStart[fallen]..<slotStart[fallen + 1] where allied[slot] { dissolveAlliance(fallen, slot) }
    }

    /// Ends the alliance between i and the neighbour in i's slot `slot` (both directions).
    func dissolveAlliance(_ i: Int, _ slot: Int) {
        guard allied[slot] else { return }
        let j = Int(slotTarget[slot])
        allied[slot] = false
        guaranteed[slot] = false
        if let back = self.slot(of: i, in: j) {
            allied[back] = false
            guaranteed[back] = false
        }
        allyCount[i] -= 1
        allyCount[j] -= 1
        allianceBook.dissolved += 1
    }
}
