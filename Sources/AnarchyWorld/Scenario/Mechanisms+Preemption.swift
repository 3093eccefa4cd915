extension Mechanisms {
    /// The preemption mechanism's settings (Schelling 1960, ch. 9, "the reciprocal fear of surprise
    /// attack"; Fearon 1995, first-strike advantages; Van Evera 1999): any state, security seeker
    /// or greedy, strikes a neighbour first when it expects an attack on itself and striking first
    /// beats waiting. The decision is `AnarchyModels.FearonBargaining.preemption` (catalogue §5.3)
    /// with the neighbour's first strike weighed by the danger that it comes (docs/MODEL.md).
    public struct Preemption: Sendable, Equatable {
        /// Each side's cost of war, in units of the stake (≥ 0): Fearon's c_A = c_B.
        public var cost: Double = 0.1
        /// The weight in 0…1 of reciprocal fear: how much a state fears a neighbour because it
        /// reckons that the neighbour believes *it* greedy (Schelling's "he thinks that I think").
        /// 0 = a state fears only neighbours it believes greedy.
        public var reciprocalFear: Double = 1
        /// Where the fear comes from: the beliefs as they are updated (the mechanism), or the
        /// common prior pGreedy in place of every belief it reads (the placebo: no learning).
        public var beliefs: Beliefs = .updated

        public enum Beliefs: String, Sendable, CaseIterable {
            case updated, prior
        }

        public init(cost: Double = 0.1, reciprocalFear: Double = 1, beliefs: Beliefs = .updated) {
            self.cost = cost
            self.reciprocalFear = reciprocalFear
            self.beliefs = beliefs
        }

        func problems() -> [ScenarioError] {
            let at = "mechanisms.preemption"
            var found = Mechanisms.outsideUnit(at, [("reciprocalFear", reciprocalFear)])
            if !(cost.isFinite && cost >= 0 && cost <= 10) { found.append(ScenarioError("\(at).cost", "must be in 0…10, got \(Scenario.show(cost))")) }
            return found
        }
    }
}
