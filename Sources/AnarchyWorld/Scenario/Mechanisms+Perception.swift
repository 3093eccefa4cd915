extension Mechanisms {
    /// How arms are seen, beyond SDW-1's common lens (δ and σ) — an [operationalisation] of three
    /// claims of the security-dilemma literature:
    ///
    /// - **Sword and shield** (`shield`, h in [0, 1]; Jervis 1978, Glaser & Kaufmann 1998): a
    ///   shield protecting a strong sword reads as offense, and how strong the sword is depends on
    ///   who looks. Observer i reads the share `h · o_j / (o_j + β·d_i)` of neighbour j's shown
    ///   defensive purchases as offensive — the more j's offense outweighs i's own defense, the
    ///   more j's shield looks like cover for attacking i. Perception becomes per observer.
    /// - **Concealment** (`concealment`, c in [0, 1], at `concealmentCost` per unit): greedy
    ///   states hide the share c of their offensive purchases from observers, paying
    ///   `concealmentCost × hidden` in wealth (at most half their wealth). Stocks stay visible
    ///   (threat reads them); the arming rate, which beliefs read, does not show the hidden part.
    /// - **Misrepresentation of the balance**, both directions, by the states that gain from it:
    ///   greedy states present the share `lull` (l, c + l ≤ 1) of their offensive purchases as
    ///   defensive, making the balance look defense-dominant (free, and it matters only when
    ///   δ > 0); security seekers overstate their defense to would-be attackers by the factor
    ///   `1 + bluff` (target choice, attack thresholds, deterrence and crisis reckoning use the
    ///   shown defense; the battle uses the real one) until an attack exposes the bluff for good.
    public struct Perception: Sendable, Equatable {
        public var shield: Double = 0
        public var concealment: Double = 0
        public var concealmentCost: Double = 0.5
        public var lull: Double = 0
        public var bluff: Double = 0
        public init(shield: Double = 0, concealment: Double = 0, concealmentCost: Double = 0.5, lull: Double = 0, bluff: Double = 0) {
            self.shield = shield
            self.concealment = concealment
            self.concealmentCost = concealmentCost
            self.lull = lull
            self.bluff = bluff
        }

        func problems() -> [ScenarioError] {
            let at = "mechanisms.perception"
            var found = Mechanisms.outsideUnit(at, [("shield", shield), ("concealment", concealment), ("lull", lull)])
            if concealment + lull > 1 { found.append(ScenarioError("\(at).lull", "concealment + lull must be ≤ 1, got \(Scenario.show(concealment)) + \(Scenario.show(lull))")) }
            if !(concealmentCost >= 0 && concealmentCost <= 100) { found.append(ScenarioError("\(at).concealmentCost", "must be in 0…100, got \(Scenario.show(concealmentCost))")) }
            if !(bluff >= 0 && bluff <= 100) { found.append(ScenarioError("\(at).bluff", "must be in 0…100, got \(Scenario.show(bluff))")) }
            return found
        }
    }
}
