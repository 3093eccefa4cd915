/// What a war's attacker knew and weighed when it decided, for `anarchy explain`: the rule it
/// followed, the beliefs on both sides, the threat it felt, whether the target had signalled
/// reassurance, and the neighbours it passed over (Jervis 1976 asks exactly these questions of
/// a decision: what did they believe, and what else could they have done?).
public struct DecisionLedger: Sendable, Equatable {
    /// The attacker's doctrine id, or `sdw1-greedy` / `sdw1-seeker` for SDW-1's rule for its motive.
    public var rule: String = ""
    /// The attacker's belief that the target is greedy, and the target's that the attacker is,
    /// before the war revealed anything (the prior `pGreedy` where they do not border).
    public var attackerBelief: Double = 0
    public var targetBelief: Double = 0
    /// The threat the attacker perceived this tick (SDW-1 phase 1).
    public var attackerThreat: Double = 0
    /// Whether the target sent a reassurance signal this tick (signalling mechanism).
    public var targetSignalled = false
    /// The attacker's other alive neighbours, with their effective defense as shown: the targets it did not pick.
    public var passedOver: [Alternative] = []

    /// A neighbour not chosen as the target.
    public struct Alternative: Sendable, Equatable {
        public let state: Int
        public let defense: Double
        public init(state: Int, defense: Double) {
            self.state = state
            self.defense = defense
        }
    }

    public init() {}
}

extension WorldState {
    /// The ledger of `attacker`'s decision to fight `target`, read before the fight changes anything.
    func ledger(_ attacker: Int, _ target: Int) -> DecisionLedger {
        var ledger = DecisionLedger()
        ledger.rule = doctrines?[attacker].map { type(of: $0).metadata.id } ?? (greedy[attacker] ? "sdw1-greedy" : "sdw1-seeker")
        ledger.attackerBelief = slot(of: target, in: attacker).map { belief[$0] } ?? parameters.pGreedy
        ledger.targetBelief = slot(of: attacker, in: target).map { belief[$0] } ?? parameters.pGreedy
        ledger.attackerThreat = threat[attacker]
        ledger.targetSignalled = mechanisms.signalling != nil && signalled[target]
        forEachLiveSlot(of: attacker) { slot in
            let j = Int(slotTarget[slot])
            guard j != target && alive[j] else { return }
            var d = shownDefense(of: j)
            if mechanisms.alliances != nil { d = d + expectedAlliedHelp(to: j, against: attacker) }  // as the attacker reckoned it
            ledger.passedOver.append(.init(state: j, defense: d))
        }
        return ledger
    }
}
