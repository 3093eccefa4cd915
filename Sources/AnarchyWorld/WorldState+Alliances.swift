import AnarchyCore

/// Alliance tallies over a run (alliances mechanism), shared by the ``WorldState`` view.
final class AllianceBook: @unchecked Sendable {
    var formed = 0
    var dissolved = 0
    var honoured = 0
    var abandoned = 0
    var expansions = 0
    /// The next scripted policy to apply.
    var nextPolicy = 0
}

extension WorldState {
    /// After phase 3 with alliances on (``Mechanisms/Alliances``), sequential in index order:
    /// scripted policies; then balancing ties between states that no longer trust each other, and
    /// bandwagoning ties whose reason is gone, end; then each pair i < j of alive neighbours, not
    /// allied, that trust each other (belief < trustBelow both ways), share a threat (a common
    /// neighbour both believe greedy, belief ≥ threatAbove) and have room (fewer than maxAllies
    /// each) ally; then, with bandwagoning on, greedy states join revisionists for profit and
    /// seekers without allies join them for protection (Walt 1987; Schweller 1994). A tie that
    /// enlarges a bloc is an expansion, which rivals read (``readExpansion(_:_:offensive:tick:rng:record:)``).
    func updateAlliances(tick: Int, rng: inout SplitMix64, record: (WorldEvent) -> Void) {
        guard let settings = mechanisms.alliances else { return }
        applyPolicies(tick: tick, rng: &rng, record: record)
        for i in 0..<count where alive[i] {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, allied[slot], !guaranteed[slot] else { return }
                let back = back(slot, from: i) ?? slot
                let ends =
                    bandwagonTie[slot]
                    ? !bandwagonReason(jackal: i, revisionist: j, settings) && !bandwagonReason(jackal: j, revisionist: i, settings)
                    : belief[slot] >= settings.trustBelow || belief[back] >= settings.trustBelow
                if ends {
                    dissolveAlliance(i, slot)
                    record(.alliance(AllianceChange(tick: tick, kind: .dissolved, a: i, b: j)))
                }
            }
        }
        for i in 0..<count where alive[i] && !neutral[i] && Int(allyCount[i]) < settings.maxAllies {
            forEachLiveSlot(of: i) { slot in
                let j = Int(slotTarget[slot])
                guard j > i, !allied[slot], !neutral[j], Int(allyCount[i]) < settings.maxAllies, Int(allyCount[j]) < settings.maxAllies,
                    belief[slot] < settings.trustBelow, let back = back(slot, from: i), belief[back] < settings.trustBelow,
                    let threat = commonThreat(i, j, settings.threatAbove)
                else { return }
                tie(i, j, slot, back, kind: .formed, threat: threat, tick: tick, rng: &rng, record: record)
            }
        }
        guard settings.bandwagonRatio > 0 else { return }
        // Greedy states bandwagon for profit; security seekers without allies, for protection.
        for i in 0..<count where alive[i] && (greedy[i] || allyCount[i] == 0) && !neutral[i] && Int(allyCount[i]) < settings.maxAllies {
            forEachLiveSlot(of: i) { slot in
                let r = Int(slotTarget[slot])
                guard !allied[slot], greedy[r], !neutral[r], Int(allyCount[i]) < settings.maxAllies, Int(allyCount[r]) < settings.maxAllies,
                    bandwagonReason(jackal: i, revisionist: r, settings), let back = self.slot(of: i, in: r)
                else { return }
                tie(i, r, slot, back, kind: .joined, threat: nil, tick: tick, rng: &rng, record: record)
            }
        }
    }

    /// Why `jackal` bandwagons with `revisionist` (Schweller 1994's jackal; Walt 1987's weak state
    /// appeasing a threat it cannot balance): it believes the revisionist greedy (≥ threatAbove)
    /// and the revisionist's effective offense is at least `bandwagonRatio` times its own.
    private func bandwagonReason(jackal: Int, revisionist: Int, _ settings: Mechanisms.Alliances) -> Bool {
        guard let slot = slot(of: revisionist, in: jackal) else { return false }
        return belief[slot] >= settings.threatAbove
            && offense[revisionist] * skill[revisionist] >= settings.bandwagonRatio * (offense[jackal] * skill[jackal])
    }

    /// Makes the tie i–j (slots `slot` of j in i, `back` of i in j) and records it; a tie that
    /// enlarges a bloc — either state already had allies — is also recorded as an expansion, read
    /// by the bloc's rivals when `expansionNoise` > 0 (bandwagoning ties as offensive).
    private func tie(
        _ i: Int, _ j: Int, _ slot: Int, _ back: Int, kind: AllianceChange.Kind, threat: Int?, tick: Int, rng: inout SplitMix64,
        record: (WorldEvent) -> Void
    ) {
        let expands = allyCount[i] > 0 || allyCount[j] > 0
        allied[slot] = true
        allied[back] = true
        bandwagonTie[slot] = kind == .joined
        bandwagonTie[back] = kind == .joined
        allyCount[i] += 1
        allyCount[j] += 1
        allianceBook.formed += 1
        record(.alliance(AllianceChange(tick: tick, kind: kind, a: i, b: j, threat: threat)))
        if expands { readExpansion(i, j, offensive: kind == .joined, tick: tick, rng: &rng, record: record) }
    }

    /// An alliance's expansion read by its rivals under the distinguishability logic of arms
    /// (Jervis 1978, applied to alliances as the first essay does; Snyder 1984): the alliance B
    /// the new tie i–j enlarges — i, j and their allies (what a rival sees move; not the whole
    /// chain of blocs, which would make each reading cost as much as the system); each alive
    /// state r outside B that borders a member, in
    /// ascending order, draws one z and sees `y = δ_A·k + (1 − δ_A)·1 + σ_A·z` — the
    /// distinguishable part shows the alliance's character k (1 offensive, i.e. bandwagoning; 0
    /// defensive), the rest only that it grew. As SDW-1's observer compares arming with a seeker's
    /// at baseline, r compares the expansion with a defensive alliance's at baseline, which does
    /// not grow (0), and an offensive one's (1): `llr = (y² − (y − 1)²)/(2σ_A²)`, clamped to
    /// [−30, 30] (weighted by identity), updates r's belief about every member of B it borders.
    /// With δ_A = 0 every expansion reads as offensive; with δ_A = 1 a defensive one reassures.
    private func readExpansion(_ i: Int, _ j: Int, offensive: Bool, tick: Int, rng: inout SplitMix64, record: (WorldEvent) -> Void) {
        guard let settings = mechanisms.alliances else { return }
        allianceBook.expansions += 1
        var bloc = [i, j], inBloc: Set<Int> = [i, j]
        for m in [i, j] {
            forEachLiveSlot(of: m) { slot in
                let x = Int(slotTarget[slot])
                if allied[slot], inBloc.insert(x).inserted { bloc.append(x) }
            }
        }
        var readers = 0, before = 0.0, after = 0.0, slots = 0
        if settings.expansionNoise > 0 {
            var rivals = Set<Int>()
            for m in bloc { forEachLiveSlot(of: m) { slot in let r = Int(slotTarget[slot]); if !inBloc.contains(r) { rivals.insert(r) } } }
            let sigma = settings.expansionNoise, deltaA = settings.expansionDelta
            let k = offensive ? 1.0 : 0.0
            for r in rivals.sorted() {
                let y = deltaA * k + (1.0 - deltaA) + sigma * rng.normal()
                let llr = StrictOrder.clamp((y * y - (y - 1.0) * (y - 1.0)) / (2.0 * sigma * sigma), -30.0, 30.0)
                readers += 1
                forEachLiveSlot(of: r) { slot in
                    guard inBloc.contains(Int(slotTarget[slot])) else { return }
                    before += belief[slot]
                    applyLikelihoodRatio(slot: slot, llr: weighedByIdentity(llr, slot: slot))
                    after += belief[slot]
                    slots += 1
                }
            }
        }
        record(.alliance(AllianceChange(
            tick: tick, kind: .expanded, a: i, b: j, blocSize: bloc.count, readers: readers,
            beliefBefore: slots > 0 ? before / Double(slots) : .nan, beliefAfter: slots > 0 ? after / Double(slots) : .nan)))
    }

    /// The defense an attacker i expects j's allies to bring (deterrence by alliance; Snyder 1984,
    /// Walt 1987): for each ally c of j that is alive, not i, not neutral and not at war, and that
    /// would not pass the buck — the attacker's visible chance against c itself at least
    /// `buckPassingBelow`, the rule allies follow (``joiners(attacker:target:round:rng:)``) —
    /// `credibility × share × d_c × skill_c`, summed. Only the credibility draw is left to chance.
    func expectedAlliedHelp(to j: Int, against i: Int) -> Double {
        guard let settings = mechanisms.alliances, allyCount[j] > 0 else { return 0 }
        var help = 0.0
        forEachLiveSlot(of: j) { slot in
            let c = Int(slotTarget[slot])
            guard allied[slot], c != i, alive[c], !neutral[c], mechanisms.protractedWar == nil || warCount[c] == 0,
                contestWinProbability(offense: offense[i], defense: defense[c]) >= settings.buckPassingBelow
            else { return }
            help = help + settings.credibility * settings.share * defense[c] * skill[c]
        }
        return help
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
    /// the partners come to believe (a defensive expansion when either already had allies, read
    /// by rivals — except at tick 1, where guarantees set the alliances the world starts with); a
    /// withdrawal ends it; neutrality ends a state's ties and keeps it out of alliances and
    /// others' wars. A policy naming a fallen state does nothing.
    private func applyPolicies(tick: Int, rng: inout SplitMix64, record: (WorldEvent) -> Void) {
        while allianceBook.nextPolicy < policies.count && policies[allianceBook.nextPolicy].tick <= tick {
            let policy = policies[allianceBook.nextPolicy]
            allianceBook.nextPolicy += 1
            guard policy.states.allSatisfy({ alive[$0] }) else { continue }
            switch policy.action {
            case let .ally(a, b):
                guard let slot = self.slot(of: b, in: a), let back = self.slot(of: a, in: b), !neutral[a], !neutral[b] else { continue }
                let expands = !allied[slot] && (allyCount[a] > 0 || allyCount[b] > 0)
                if !allied[slot] {
                    allied[slot] = true
                    allied[back] = true
                    allyCount[a] += 1
                    allyCount[b] += 1
                    allianceBook.formed += 1
                }
                bandwagonTie[slot] = false
                bandwagonTie[back] = false
                guaranteed[slot] = true
                guaranteed[back] = true
                record(.alliance(AllianceChange(tick: tick, kind: .guaranteed, a: a, b: b)))
                if expands && tick > 1 { readExpansion(a, b, offensive: false, tick: tick, rng: &rng, record: record) }
            case let .withdraw(a, b):
                guard let slot = self.slot(of: b, in: a), allied[slot] else { continue }
                dissolveAlliance(a, slot)
                record(.alliance(AllianceChange(tick: tick, kind: .withdrawn, a: a, b: b)))
            case let .neutral(a):
                neutral[a] = true
                dissolveAlliances(of: a)
                record(.alliance(AllianceChange(tick: tick, kind: .neutral, a: a, b: a)))
            case .war: break  // begun in the war phase (``beginScriptedWars``)
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
        bandwagonTie[slot] = false
        if let back = back(slot, from: i) {
            allied[back] = false
            guaranteed[back] = false
            bandwagonTie[back] = false
        }
        allyCount[i] -= 1
        allyCount[j] -= 1
        allianceBook.dissolved += 1
    }
}
