/// Alliance tallies over a run (alliances mechanism), shared by the ``WorldState`` view.
final class AllianceBook: @unchecked Sendable {
    var formed = 0
    var dissolved = 0
    var honoured = 0
    var abandoned = 0
}

extension WorldState {
    /// After phase 3 with alliances on (``Mechanisms/Alliances``), sequential in index order: ties
    /// between states that no longer trust each other end; then each pair i < j of alive
    /// neighbours, not allied, that trust each other (belief < trustBelow both ways), share a
    /// threat (a common neighbour both believe greedy, belief ≥ threatAbove) and have room
    /// (fewer than maxAllies each) ally. Recorded as events.
    func updateAlliances(tick: Int, record: (WorldEvent) -> Void) {
        guard let settings = mechanisms.alliances else { return }
        for i in 0..<count where alive[i] {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, allied[slot] else { return }
                let back = self.slot(of: i, in: j) ?? slot
                if belief[slot] >= settings.trustBelow || belief[back] >= settings.trustBelow {
                    dissolveAlliance(i, slot)
                    record(.alliance(AllianceChange(tick: tick, kind: .dissolved, a: i, b: j)))
                }
            }
        }
        for i in 0..<count where alive[i] && Int(allyCount[i]) < settings.maxAllies {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, !allied[slot], Int(allyCount[i]) < settings.maxAllies, Int(allyCount[j]) < settings.maxAllies,
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

    /// Ends every alliance of a state that has fallen.
    func dissolveAlliances(of fallen: Int) {
        for slot in slotStart[fallen]..<slotStart[fallen + 1] where allied[slot] { dissolveAlliance(fallen, slot) }
    }

    /// Ends the alliance between i and the neighbour in i's slot `slot` (both directions).
    func dissolveAlliance(_ i: Int, _ slot: Int) {
        guard allied[slot] else { return }
        let j = Int(slotTarget[slot])
        allied[slot] = false
        if let back = self.slot(of: i, in: j) { allied[back] = false }
        allyCount[i] -= 1
        allyCount[j] -= 1
        allianceBook.dissolved += 1
    }
}
