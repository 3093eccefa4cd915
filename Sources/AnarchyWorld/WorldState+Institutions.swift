import AnarchyCore

extension WorldState {
    /// At the start of a tick: each institution starting now (`from == tick`) governs the slots
    /// between its members that are neighbours, unless an institution listed earlier already does.
    func startInstitutions(tick: Int) {
        var member = [Bool](repeating: false, count: count)
        for (k, institution) in institutions.enumerated() where institution.from == tick {
            for m in institution.members { member[m] = true }
            for i in institution.members {
                for slot in slotStart[i]..<slotStart[i + 1] where member[Int(slotTarget[slot])] {
                    let current = institutionOf[slot]
                    if current < 0 || Int(current) > k { institutionOf[slot] = Int32(k) }
                }
            }
            for m in institution.members { member[m] = false }
        }
    }

    /// The terms of the institution governing the pair in `slot`, if one has started.
    @inline(__always)
    func sharedInstitution(_ slot: Int) -> InstitutionTerms? {
        guard institutionOf.count > 0 else { return nil }
        let k = Int(institutionOf[slot])
        return k >= 0 ? institutionTerms[k] : nil
    }

    /// Whether attacker i, whose effective offense `o` faces its target's shown defense `d`,
    /// holds back because the target is a fellow member of an institution: the expected spoils
    /// `P(win)·spoils·w_target` do not exceed the cost of defection `defectionCost·w_i`.
    func institutionRestrains(_ i: Int, target: Int, offense o: Double, defense d: Double) -> Bool {
        guard let slot = slot(of: target, in: i), let institution = sharedInstitution(slot) else { return false }
        let gain = contestWinProbability(offense: o, defense: d) * parameters.spoils * wealth[target]
        return gain <= institution.defectionCost * wealth[i]
    }

    /// What attacker i pays for attacking a fellow member of an institution: `defectionCost` of its
    /// wealth (0 if they share none), taken from its wealth.
    func payDefectionCost(_ i: Int, target: Int) -> Double {
        guard institutionOf.count > 0, let slot = slot(of: target, in: i), let institution = sharedInstitution(slot) else { return 0 }
        let cost = institution.defectionCost * wealth[i]
        wealth[i] = wealth[i] - cost
        return cost
    }
}

/// What an institution does to its members' relations (``Institution`` without its name and
/// members), kept by value for the hot loops.
struct InstitutionTerms: Sendable {
    let delta: Double
    let noise: Double
    let defectionCost: Double

    init(_ institution: Institution) {
        delta = institution.delta
        noise = institution.noise
        defectionCost = institution.defectionCost
    }
}
