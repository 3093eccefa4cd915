extension Mechanisms {
    /// Crisis bargaining (Fearon 1995): a state about to attack makes a take-it-or-leave-it demand
    /// instead, chosen by `AnarchyModels.FearonBargaining.screening` against the target's cost of
    /// war, which only the target knows (uniform on [costLow, costHigh] in units of the stake);
    /// the target accepts iff its cost ≥ demand − p. War happens only when it refuses — through
    /// private information, never when both sides know the outcome (costLow = costHigh).
    public struct CrisisBargaining: Sendable, Equatable {
        /// The challenger's cost of war, in units of the stake (≥ 0).
        public var costChallenger: Double = 0.1
        /// The range of the target's private cost of war (0 ≤ costLow ≤ costHigh).
        public var costLow: Double = 0
        public var costHigh: Double = 0.4
        public init(costChallenger: Double = 0.1, costLow: Double = 0, costHigh: Double = 0.4) {
            self.costChallenger = costChallenger
            self.costLow = costLow
            self.costHigh = costHigh
        }
    }
}
