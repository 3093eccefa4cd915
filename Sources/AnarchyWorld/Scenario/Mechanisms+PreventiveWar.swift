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
        /// Whether the decliner weighs its belief b that the riser is greedy (Levy 1987; Copeland
        /// 2000): the shift counts only as far as the riser is expected to press it,
        /// `p2' = p1 + b·(p2 − p1)`. False (the default) is the belief-blind reckoning.
        public var weighsBelief: Bool = false

        public init(horizon: Int = 20, costDeclining: Double = 0.1, costRising: Double = 0.1, delta: Double = 1, weighsBelief: Bool = false) {
            self.weighsBelief = weighsBelief
            self.horizon = horizon
            self.costDeclining = costDeclining
            self.costRising = costRising
            self.delta = delta
        }
    }
}

extension Mechanisms.PreventiveWar: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "security seekers fight rising neighbours when the two-stage commitment-problem model says war now beats the best credible peace (Fearon 1995; Powell 2006)"
    public static var fields: [SettingField<Self>] {
        [
            .whole("horizon", \.horizon, 1...1_000, "ticks ahead over which growth is projected"),
            .number("costDeclining", \.costDeclining, .atLeast(0), "cost of war to the declining state, in units of the stake"),
            .number("costRising", \.costRising, .atLeast(0), "cost of war to the rising state"),
            .number("delta", \.delta, .leftOpen(0, 1), "weight of the future stage"),
            .flag(
                "weighsBelief", \.weighsBelief, writtenAtDefault: false,
                "weigh the belief b that the riser is greedy: the shift counts as p2' = p1 + b·(p2 − p1) (Levy 1987; Copeland 2000); such wars count as wars from fear"),
        ]
    }
}
