import AnarchyModels

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension WorldState {
    /// Each state's projected strength multiplier over the mechanism's horizon H:
    /// `(1 + g_i − burden·s_i)^H`, its wealth factor this tick compounded (forces follow wealth).
    func projectStrength() {
        guard let settings = mechanisms.preventiveWar else { return }
        let burden = parameters.burden, horizon = Double(settings.horizon)
        for i in 0..<count where alive[i] {
            projection[i] = pow(onePlusGrowth[i] - burden * share[i], horizon)
        }
    }

    /// The neighbour a security seeker i would fight preventively, if any (mechanism
    /// `preventiveWar`; Fearon 1995, Powell 2006).
    ///
    /// For each alive neighbour j, i reckons the chance that j would win a war i starts now,
    /// `p1 = 1 − o_i²/(o_i² + (β·d_j)²)` (SDW-1's contest), and after H ticks of the current
    /// growth, `p2` the same with `o_i·F_i` and `d_j·F_j` (``projectStrength()``). If j is rising
    /// (p2 > p1), i asks the two-stage commitment-problem model of `AnarchyModels`
    /// (`PowellPreventiveWar.twoStage`, max concession, φ = 0) whether war now beats the best
    /// peace j could credibly offer. Among the neighbours where it does, i fights the one with the
    /// largest margin W − V (ties: lowest index); the war then runs as any SDW-1 war.
    func preventiveTarget(of i: Int, _ settings: Mechanisms.PreventiveWar) -> (Int, PreventiveDecision)? {
        let beta = parameters.beta
        let o = offense[i] * skill[i], oLater = o * projection[i]
        var best: (Int, PreventiveDecision)? = nil
        var bestMargin = 0.0
        forEachPossibleEnemy(of: i) { slot, j in
            let betaD = beta * (defense[j] * skill[j]), betaDLater = betaD * projection[j]
            let nowDenominator = o * o + betaD * betaD, laterDenominator = oLater * oLater + betaDLater * betaDLater
            guard nowDenominator > 0, laterDenominator > 0 else { return }
            let p1 = 1 - o * o / nowDenominator
            var p2 = 1 - oLater * oLater / laterDenominator
            guard p2 > p1 else { return }
            // Levy 1987; Copeland 2000: the shift counts as far as the riser is expected to press it.
            let weighed: Double? = settings.weighsBelief ? belief[slot] : nil
            if let b = weighed { p2 = p1 + b * (p2 - p1) }
            let result = PowellPreventiveWar.twoStage(
                p1: p1, p2: p2, costD: settings.costDeclining, costR: settings.costRising, delta: settings.delta)
            guard result.war, best == nil || result.margin > bestMargin else { return }
            bestMargin = result.margin
            best = (j, PreventiveDecision(risingNow: p1, risingLater: p2, warValue: result.warValue, peaceValue: result.peaceValue, weighedBelief: weighed))
        }
        return best
    }
}
