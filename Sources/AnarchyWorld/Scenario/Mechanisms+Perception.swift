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
    }
}

extension Mechanisms.Perception: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "per-observer perception (sword and shield), concealment of offense at a cost, and misrepresentation of the balance: greedy states lull, seekers bluff (Jervis 1978; Glaser & Kaufmann 1998)"
    public static var fields: [SettingField<Self>] {
        [
            .number("shield", \.shield, .closed(0, 1), "share of a neighbour's shown defense read as offense, scaled by its offense against the observer's own defense"),
            .number("concealment", \.concealment, .closed(0, 1), "share of offensive purchases greedy states hide from observers"),
            .number("concealmentCost", \.concealmentCost, .closed(0, 100), "wealth paid per unit of offense hidden (at most half the state's wealth)"),
            .number("lull", \.lull, .closed(0, 1), "share of offensive purchases greedy states present as defensive (concealment + lull ≤ 1)"),
            .number(
                "bluff", \.bluff, .closed(0, 100),
                "factor by which seekers overstate their defense to would-be attackers (shown defense × (1 + bluff)) until an attack exposes it"),
        ]
    }

    /// What greedy states hide and what they present as defensive come out of the same purchases.
    public func crossFieldProblems(at: String) -> [ScenarioError] {
        concealment + lull > 1
            ? [ScenarioError("\(at).lull", "concealment + lull must be ≤ 1, got \(Scenario.show(concealment)) + \(Scenario.show(lull))")] : []
    }
}
