import AnarchyCore
import AnarchyModels

extension WorldState {
    /// End of phase 2 with the deterrence mechanism: each alive seeker moves the share
    /// `punishmentShare` of this tick's defensive purchase from its defense stock into its
    /// retaliation stock, which depreciates at ρ like other forces. Greedy states buy none.
    func buildRetaliation(states: Range<Int>) {
        guard let settings = mechanisms.deterrence else { return }
        let keep = constants.oneMinusRho
        for i in states where alive[i] {
            let moved = greedy[i] ? 0.0 : defenseBought[i] * settings.punishmentShare
            defense[i] = defense[i] - moved
            retaliation[i] = keep * retaliation[i] + moved
            refreshPerceivedOffense(of: i)
        }
    }

    /// Whether a greedy attacker with effective offense `o` is deterred from attacking `target`
    /// (effective defense `d`): `AnarchyModels.DenialAndPunishment.attack` with q = its win
    /// probability, G = spoils × the target's wealth, L = c_war = 0, r = the retaliation
    /// probability and P = efficiency × the target's retaliation stock; deterred iff EU ≤ 0.
    func deterred(attacker o: Double, target: Int, defense d: Double) -> Bool {
        guard let settings = mechanisms.deterrence else { return false }
        return DenialAndPunishment.attack(
            q: contestWinProbability(offense: o, defense: d), gain: parameters.spoils * wealth[target], loss: 0, costOfWar: 0,
            r: settings.retaliationProbability, punishment: settings.efficiency * retaliation[target]
        ).deterred
    }

    /// After a war against a state holding retaliation: with probability r (one draw) the victim
    /// retaliates and the attacker loses min(efficiency × retaliation stock, half its wealth).
    /// Returns the wealth destroyed.
    func retaliate(against attacker: Int, by victim: Int, rng: inout SplitMix64) -> Double {
        guard let settings = mechanisms.deterrence, retaliation[victim] > 0 else { return 0 }
        let u = rng.uniform()
        guard u < settings.retaliationProbability else { return 0 }
        let loss = Swift.min(settings.efficiency * retaliation[victim], 0.5 * wealth[attacker])
        wealth[attacker] = wealth[attacker] - loss
        return loss
    }
}
