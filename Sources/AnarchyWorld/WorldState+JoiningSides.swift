extension WorldState {
    /// A state that joined one round of a war, and the effective strength it brought.
    struct Joiner {
        let state: Int
        let side: WarSide
        let strength: Double
    }

    /// The joining-sides mechanism (``Mechanisms/JoiningSides``): each alive neighbour of `target`
    /// other than the belligerents, in ascending index, decides whether to join this round — by
    /// its doctrine, or by the default rule for its motive (``WarView/defaultSide(greedy:)``) — and
    /// brings `share` × its effective offense (attacking; times its reach to the target under the
    /// loss-of-strength mechanism) or defense (defending).
    func joiners(
        attacker i: Int, target: Int, round: Int, _ settings: Mechanisms.JoiningSides
    ) -> (attackers: [Joiner], defenders: [Joiner]) {
        var attackers: [Joiner] = [], defenders: [Joiner] = []
        let visible = contestWinProbability(offense: offense[i], defense: defense[target])
        let start = slotStart[target]
        for position in start..<(start + Int(liveCount[target])) {
            let c = Int(slotTarget[Int(liveSlots[position])])
            guard c != i, alive[c], mechanisms.protractedWar == nil || warCount[c] == 0 else { continue }  // a state at war is committed
            let view = WarView(
                attackerBelief: slot(of: i, in: c).map { belief[$0] } ?? parameters.pGreedy,
                attackerWinProbability: visible, round: round, beliefThreshold: settings.belief)
            let side = doctrines?[c].map { $0.joins(observation(of: c), war: view) } ?? view.defaultSide(greedy: greedy[c])
            switch side {
            case .attacker?:
                let strength = settings.share * offense[c] * skill[c] * reach(from: c, to: target)
                if strength > 0 { attackers.append(Joiner(state: c, side: .attacker, strength: strength)) }
            case .defender?:
                let strength = settings.share * defense[c] * skill[c]
                if strength > 0 { defenders.append(Joiner(state: c, side: .defender, strength: strength)) }
            case nil: break
            }
        }
        return (attackers, defenders)
    }

    /// A round's losses for joiners: the committed share of each one's stock keeps the fraction
    /// `kept` (1 − attrition in the contest, the survivors' ratio under Lanchester's law).
    func commitLosses(_ joiners: [Joiner], kept: Double) {
        guard let share = mechanisms.joiningSides?.share else { return }
        let factor = 1.0 - share + share * kept
        for joiner in joiners {
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
