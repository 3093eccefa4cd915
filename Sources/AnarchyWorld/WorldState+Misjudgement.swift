import AnarchyCore
import Foundation

extension WorldState {
    /// Crisis misjudgement (``Mechanisms/CrisisBargaining/misjudgement``; Blainey 1973, Fearon
    /// 1995, Reed 2003): greedy state i, which SDW-1's rule did not send to war, estimates its
    /// chance against each alive neighbour it can reach (allies and friends excepted, in slot
    /// order, one normal draw each): `p̂ = logistic(logit p + σ z)`, p being SDW-1's contest on
    /// effective strengths (defense as shown, with the help the neighbour's allies would bring).
    /// It challenges the neighbour with the largest `p̂ − p − c_A` if that is positive (ties: the
    /// first): it thinks war would give it more than the status quo, which reflects p. The target
    /// judges the challenger's chance with its own draw; the crisis is bargained (``bargained``)
    /// and, if refused, fought. Returns whether a war began.
    func misjudgedChallenge(
        of i: Int, _ settings: Mechanisms.CrisisBargaining, tick: Int, rng: inout SplitMix64, stale: inout Int, record: (WorldEvent) -> Void
    ) -> Bool {
        let σ = settings.misjudgement
        let distant = mechanisms.lossOfStrength != nil
        let allying = mechanisms.alliances != nil
        let own = offense[i] * skill[i]
        var best = -1, bestGain = 0.0, bestChance = 0.0, bestEstimate = 0.0
        forEachPossibleEnemy(of: i) { slot, j in
            if distant && !(proximity[slot] > 0) { return }
            var d = shownDefense(of: j)
            if allying { d = d + expectedAlliedHelp(to: j, against: i) }
            let p = contestWinProbability(offense: distant ? own * proximity[slot] : own, defense: d)
            let estimate = Self.misjudged(p, σ * rng.normal())
            let gain = estimate - p - settings.costChallenger
            if gain > bestGain {
                best = j
                bestGain = gain
                bestChance = p
                bestEstimate = estimate
            }
        }
        guard best >= 0 else { return false }
        let targetEstimate = Self.misjudged(bestChance, σ * rng.normal())
        if bargained(i, best, chance: bestChance, challengerEstimate: bestEstimate, targetEstimate: targetEstimate, tick: tick, rng: &rng, record: record) {
            return false
        }
        open(fight(i, best, tick: tick, threshold: 0, cause: .misjudgement(estimate: bestEstimate), rng: &rng, stale: &stale), record: record)
        return true
    }

    /// A chance judged with a log-odds error: `logistic(logit p + error)`; certainty (0 or 1) stays certain.
    static func misjudged(_ p: Double, _ error: Double) -> Double {
        guard p > 0 && p < 1 else { return p }
        let odds = (p / (1 - p)) * exp(error)
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }
}
