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
    }
}

extension Mechanisms.Preemption: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "any state strikes a neighbour first when the danger of being struck, times the mutual first-strike advantage, exceeds the costs of war (Schelling 1960; Fearon 1995, catalogue fearon.preemption)"
    public static var fields: [SettingField<Self>] {
        [
            .number("cost", \.cost, .closed(0, 10), "each side's cost of war, in units of the stake"),
            .number("reciprocalFear", \.reciprocalFear, .closed(0, 1), "weight of the fear that a neighbour believes one greedy (he thinks that I think)"),
            .choice("beliefs", \.beliefs, "the beliefs fear is read from: as updated, or the prior pGreedy for every belief (the placebo)"),
        ]
    }
}
