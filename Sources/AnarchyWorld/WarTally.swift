/// A run's wars counted as a historian counts them (``World/warTally``): wars *begun* (a
/// protracted war's later rounds are the same war), by whom and against whom, which of them no
/// greedy state fought — the security dilemma's tragedy (Herz 1950; Jervis 1978) — and the
/// wealth they destroyed.
public struct WarTally: Sendable, Equatable {
    /// Wars begun (first rounds).
    public private(set) var begun = 0
    /// Wars begun by a greedy state.
    public private(set) var byGreedy = 0
    /// Wars begun against a security seeker.
    public private(set) var onSeekers = 0
    /// Wars begun in which neither side held a greedy state (attacker, target and the states that
    /// joined either side in the first round): unwarranted wars, fought from fear alone. A war the
    /// scenario began (a `war` policy) is none: no state chose it.
    public private(set) var seekerWars = 0
    /// Wars begun from fear: by preemption, or preventive wars that weighed the belief that the
    /// riser is greedy (by any state).
    public private(set) var fearWars = 0
    /// Wealth destroyed by war over the run, every round counted (``War/wealthDestroyed``).
    public private(set) var wealthLost = 0.0

    public init() {}

    /// seekerWars / wars begun; NaN when no war was begun.
    public var unwarrantedShare: Double { begun == 0 ? .nan : Double(seekerWars) / Double(begun) }

    /// Counts one round of war; `greedy` is each state's motive.
    mutating func add(_ war: War, greedy: (Int) -> Bool) {
        wealthLost = wealthLost + war.wealthDestroyed
        guard war.round == 1 else { return }
        begun += 1
        if greedy(war.attacker) { byGreedy += 1 }
        if !greedy(war.target) { onSeekers += 1 }
        if war.cause != .scripted && !greedy(war.attacker) && !greedy(war.target) && !war.attackerAllies.contains(where: greedy)
            && !war.targetAllies.contains(where: greedy)
        {
            seekerWars += 1
        }
        switch war.cause {
        case .preemption: fearWars += 1
        case let .prevention(decision) where decision.weighedBelief != nil: fearWars += 1
        default: break
        }
    }
}
