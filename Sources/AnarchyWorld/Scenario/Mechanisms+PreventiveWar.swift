extension Mechanisms {
    /// The preventive-war mechanism's settings (Fearon 1995; Powell 2006): a security seeker that
    /// projects a neighbour's rise over `horizon` ticks fights it now when the two-stage
    /// commitment-problem model (`AnarchyModels.PowellPreventiveWar.twoStage`, catalogue §6) says
    /// its war value exceeds the best peace the riser could credibly offer.
    public struct PreventiveWar: Sendable, Equatable {
        /// Ticks ahead over which growth is projected (1…1000).
        public var horizon: Int = 20
        /// Costs of war to the declining and the rising state, in units of the stake (≥ 0).
        public var costDeclining: Double = 0.1
        public var costRising: Double = 0.1
        /// Weight of the future stage, in (0, 1].
        public var delta: Double = 1

        public init(horizon: Int = 20, costDeclining: Double = 0.1, costRising: Double = 0.1, delta: Double = 1) {
            self.horizon = horizon
            self.costDeclining = costDeclining
            self.costRising = costRising
            self.delta = delta
        }
    }
}
