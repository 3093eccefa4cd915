import AnarchyCore

extension WorldState {
    /// A state that joined one round of a war, and the effective strength it brought.
    struct Joiner {
        let state: Int
        let side: WarSide
        let strength: Double
        /// The share of its forces it committed.
        let share: Double
    }

    /// Who joined a round, and which allies of the target honoured or abandoned it.
    struct Sides {
        var attackers: [Joiner] = []
        var defenders: [Joiner] = []
        var honoured: [Int] = []
        var abandoned: [Int] = []
    }

    /// Third parties in one round of a war, each alive neighbour c of `target` other than the
    /// belligerents and states fighting wars of their own, in ascending index. An ally of the
    /// target (``Mechanisms/Alliances``) honours its commitment — one draw below `credibility`, and
    /// the attacker's visible chance against the ally itself at least `buckPassingBelow` — or
    /// abandons it (the alliance ends); a greedy state tied to the attacker by bandwagoning joins
    /// the attack (one that bandwagoned for protection does not). Any other neighbour, with joining sides on, decides by its doctrine or the default
    /// rule for its motive (``WarView/defaultSide(greedy:)``). A joiner brings its `share` of its
    /// effective offense (attacking; times its reach under loss of strength) or defense.
    func joiners(attacker i: Int, target: Int, round: Int, rng: inout SplitMix64) -> Sides {
        var sides = Sides()
        let joining = mechanisms.joiningSides, alliances = mechanisms.alliances
        let visible = contestWinProbability(offense: offense[i], defense: defense[target])
        let start = slotStart[target]
        for position in start..<(start + Int(liveCount[target])) {
            let slotOfC = Int(liveSlots[position])
            let c = Int(slotTarget[slotOfC])
            guard c != i, alive[c], mechanisms.protractedWar == nil || warCount[c] == 0 else { continue }  // a state at war is committed
            if mechanisms.alliances != nil && neutral[c] { continue }  // a neutral state stays out
            if let alliances, allied[slotOfC] {
                // Chain-ganging or buck-passing (Christensen & Snyder 1990): the ally fights when
                // it would itself be in danger from the attacker standing alone — the attacker's
                // visible chance against the ally's own defense — as under offense dominance.
                let danger = contestWinProbability(offense: offense[i], defense: defense[c])
                let honours = rng.uniform() < alliances.credibility && danger >= alliances.buckPassingBelow
                if honours {
                    sides.honoured.append(c)
                    let strength = alliances.share * defense[c] * skill[c]
                    if strength > 0 { sides.defenders.append(Joiner(state: c, side: .defender, strength: strength, share: alliances.share)) }
                } else {
                    sides.abandoned.append(c)
                    dissolveAlliance(target, slotOfC)
                }
                continue
            }
            if let alliances, alliances.bandwagonRatio > 0, greedy[c], let toAttacker = slot(of: i, in: c), allied[toAttacker], bandwagonTie[toAttacker] {
                // A jackal joins its revisionist's war for a share of the spoils (Schweller 1994).
                let strength = alliances.share * offense[c] * skill[c] * reach(from: c, to: target)
                if strength > 0 { sides.attackers.append(Joiner(state: c, side: .attacker, strength: strength, share: alliances.share)) }
                continue
            }
            guard let joining else { continue }
            let view = WarView(
                attackerBelief: slot(of: i, in: c).map { belief[$0] } ?? parameters.pGreedy,
                attackerWinProbability: visible, round: round, beliefThreshold: joining.belief)
            let side = doctrines?[c].map { $0.joins(observation(of: c), war: view) } ?? view.defaultSide(greedy: greedy[c])
            switch side {
            case .attacker?:
                let strength = joining.share * offense[c] * skill[c] * reach(from: c, to: target)
                if strength > 0 { sides.attackers.append(Joiner(state: c, side: .attacker, strength: strength, share: joining.share)) }
            case .defender?:
                let strength = joining.share * defense[c] * skill[c]
                if strength > 0 { sides.defenders.append(Joiner(state: c, side: .defender, strength: strength, share: joining.share)) }
            case nil: break
            }
        }
        return sides
    }

    /// A round's losses for joiners: the committed share of each one's stock keeps the fraction
    /// `kept` (1 − attrition in the contest, the survivors' ratio under Lanchester's law).
    func commitLosses(_ joiners: [Joiner], kept: Double) {
        for joiner in joiners {
            let factor = 1.0 - joiner.share + joiner.share * kept
            let c = joiner.state
            if joiner.side == .attacker { offense[c] = offense[c] * factor } else { defense[c] = defense[c] * factor }
            refreshPerceivedOffense(of: c)
        }
    }

    /// The attacker's part of the spoils `take` after attacking joiners have had theirs, in
    /// proportion to the effective strength each brought to the side's `total` (all of it when
    /// none joined).
    func shareOfSpoils(_ take: Double, among joiners: [Joiner], total: Double) -> Double {
        guard !joiners.isEmpty, total > 0 else { return take }
        var left = take
        for joiner in joiners {
            let part = take * (joiner.strength / total)
            wealth[joiner.state] = wealth[joiner.state] + part
            left = left - part
        }
        return left
    }
}
