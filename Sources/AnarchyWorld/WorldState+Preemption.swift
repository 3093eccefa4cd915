import AnarchyCore
import AnarchyModels

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension WorldState {
    /// Each state's estimate of how greedy its neighbours believe it to be (preemption
    /// mechanism), moved after phase 2 by the evidence its own arms give them: SDW-1's observers
    /// read the rate `signal[i]` with noise σz, and the log-likelihood ratio
    /// `((y − μS)² − (y − μG)²)/(2σ²)` is linear in y, so its expectation is the ratio at the
    /// noiseless rate itself. The state applies that expected ratio (clamped as SDW-1 clamps) to
    /// its estimate by Bayes's rule. Attacking sets it to the ceiling, as it sets its neighbours'
    /// beliefs (``revealAggression(by:)``). No draw: the state reasons, it does not observe.
    func reflectOnOwnArming(states: Range<Int>) {
        guard let settings = mechanisms.preemption, settings.beliefs == .updated else { return }
        let muS = constants.muSeeker, muG = constants.muGreedy, twoSigmaSquared = constants.twoSigmaSquared
        for i in states where alive[i] {
            let llr = likelihoodRatio(observed: signal[i], muS: muS, muG: muG, twoSigmaSquared: twoSigmaSquared)
            let p = reflected[i]
            let odds = p / (1.0 - p) * exp(llr)
            reflected[i] = StrictOrder.clamp(odds / (1.0 + odds), WorldState.beliefFloor, WorldState.beliefCeiling)
        }
    }

    /// The neighbour state i strikes first, if any (preemption mechanism; Schelling 1960, ch. 9;
    /// Fearon 1995; docs/MODEL.md).
    ///
    /// For each alive neighbour j that is neither an ally nor a friend, i reckons:
    /// - whether j could take it: SDW-1's attack rule as j would apply it, j's offense against
    ///   the threshold `attackRatio·β·d_i`, d_i as j would reckon it (as shown, plus the help i's
    ///   allies would bring; stocks are visible in the engine, motives are not); a neighbour
    ///   already at war (protracted war) starts no other war and is no danger;
    /// - the danger that j strikes, `π = b + (1 − b)·λ·r` when j could, else 0: b is i's belief
    ///   that j is greedy (a greedy state attacks when it can), r its estimate of j's belief that
    ///   *i* is greedy (``reflectOnOwnArming(states:)``: a seeker that fears i may strike it too),
    ///   λ the weight of that reciprocal fear;
    /// - the first-strike chances of SDW-1's contest, `p_i = o_i²/(o_i² + (β·d_j)²)` if i strikes
    ///   and `p_j = o_j²/(o_j² + (β·d_i)²)` if j does (effective strengths, times the reach of
    ///   loss of strength when that mechanism is on; each defense as shown, with allied help).
    /// j's first strike is credible with probability π; otherwise j can only defend, winning
    /// `1 − p_i`. So i asks `FearonBargaining.preemption` with `pA_first = p_i`,
    /// `pB_first = π·p_j + (1 − π)(1 − p_i)` and both costs c: war iff `π·(p_i + p_j − 1) > 2c`
    /// — at π = 1 exactly Fearon's condition. Among the neighbours where war holds, i strikes the
    /// one with the largest margin `π·(p_i + p_j − 1) − 2c` (ties: lowest index).
    func preemptiveTarget(of i: Int, _ settings: Mechanisms.Preemption) -> (Int, PreemptiveDecision)? {
        let beta = parameters.beta, threshold = parameters.attackRatio * parameters.beta
        let prior = settings.beliefs == .prior
        let r = prior ? parameters.pGreedy : reflected[i]
        let ownOffense = offense[i] * skill[i], shownOwnDefense = shownDefense(of: i)
        let allying = mechanisms.alliances != nil, engagement = mechanisms.protractedWar != nil
        var best: (Int, PreemptiveDecision)? = nil
        var bestMargin = 0.0
        forEachPossibleEnemy(of: i) { slot, j in
            if engagement && warCount[j] > 0 { return }  // a state at war starts no other war
            let reach = mechanisms.lossOfStrength == nil ? 1.0 : proximity[slot]
            // Each side's defense as the other would reckon it when attacking (``weakestNeighbour``):
            // as shown, with the help its allies would bring.
            let ownDefense = allying ? shownOwnDefense + expectedAlliedHelp(to: i, against: j) : shownOwnDefense
            let theirDefense = allying ? shownDefense(of: j) + expectedAlliedHelp(to: j, against: i) : shownDefense(of: j)
            let theirOffense = offense[j] * skill[j] * reach
            guard theirOffense > threshold * ownDefense else { return }  // j could not take i: SDW-1's attack rule, as j would apply it
            let b = prior ? parameters.pGreedy : belief[slot]
            let danger = b + (1 - b) * settings.reciprocalFear * r
            let o = ownOffense * reach, betaD = beta * theirDefense, betaOwnDefense = beta * ownDefense
            let mine = o * o + betaD * betaD, theirs = theirOffense * theirOffense + betaOwnDefense * betaOwnDefense
            guard mine > 0, theirs > 0 else { return }
            let decision = PreemptiveDecision(
                belief: b, reflected: r, danger: danger, firstStrike: o * o / mine, enemyFirstStrike: theirOffense * theirOffense / theirs, cost: settings.cost)
            let result = FearonBargaining.preemption(
                pAFirst: decision.firstStrike, pBFirst: decision.credibleEnemyFirstStrike, costA: settings.cost, costB: settings.cost)
            let margin = result.firstStrikeSum - result.costSum
            guard result.war, best == nil || margin > bestMargin else { return }
            bestMargin = margin
            best = (j, decision)
        }
        return best
    }
}

/// The numbers behind a preemptive war (preemption mechanism): what the striker believed and
/// reckoned of the neighbour it struck (docs/MODEL.md).
public struct PreemptiveDecision: Sendable, Equatable {
    /// The striker's belief that the target is greedy, and its estimate of the target's belief
    /// that the striker is greedy (both the prior pGreedy under the placebo `beliefs: prior`).
    public let belief: Double, reflected: Double
    /// The danger that the target strikes: `belief + (1 − belief)·λ·reflected`.
    public let danger: Double
    /// The striker's chance of winning if it strikes first, and the target's if the target does.
    public let firstStrike: Double, enemyFirstStrike: Double
    /// Each side's cost of war (units of the stake).
    public let cost: Double

    public init(belief: Double, reflected: Double, danger: Double, firstStrike: Double, enemyFirstStrike: Double, cost: Double) {
        self.belief = belief
        self.reflected = reflected
        self.danger = danger
        self.firstStrike = firstStrike
        self.enemyFirstStrike = enemyFirstStrike
        self.cost = cost
    }

    /// The target's first strike as the striker weighs it: `danger·p_j + (1 − danger)(1 − p_i)`.
    public var credibleEnemyFirstStrike: Double { danger * enemyFirstStrike + (1 - danger) * (1 - firstStrike) }
    /// The expected mutual first-strike advantage, `danger·(p_i + p_j − 1)`, against the costs 2c.
    public var expectedAdvantage: Double { firstStrike + credibleEnemyFirstStrike - 1 }
}
