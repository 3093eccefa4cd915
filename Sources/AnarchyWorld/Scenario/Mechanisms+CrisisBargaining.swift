extension Mechanisms {
    /// Crisis bargaining (Fearon 1995): a state about to attack makes a take-it-or-leave-it demand
    /// instead, chosen by `AnarchyModels.FearonBargaining.screening` against the target's cost of
    /// war, which only the target knows (uniform on [costLow, costHigh] in units of the stake);
    /// the target accepts iff its cost ≥ demand − p. War happens only when it refuses — through
    /// private information, never when both sides know the outcome (costLow = costHigh).
    ///
    /// `misjudgement` σ ≥ 0 adds disagreement about the balance (Blainey 1973; Fearon 1995;
    /// Reed 2003) — an [operationalisation]: each side misjudges the challenger's chance of winning
    /// by an independent normal error of standard deviation σ on the log-odds scale. A greedy state
    /// that does not attack by SDW-1's rule challenges the neighbour where its estimate p̂ exceeds
    /// the true chance p — which the status quo is taken to reflect — by more than its own cost of
    /// war; the demand is chosen from p̂, and the target, reading the challenger's chance as its
    /// own estimate, refuses more often the more it misjudges the other way. The log-odds scale
    /// compresses errors near certainty, so such challenges come mostly between near-equals.
    /// 0 = off (the rule above).
    ///
    /// `settled` s ∈ [0, 1] is how much of what the strong could take the status quo already
    /// grants them (Powell 1999: the status quo adjusts to the distribution of power; Fearon 1995:
    /// a state demands only what the status quo does not already give it) — an
    /// [operationalisation]: a would-be attack by SDW-1's rule (or a doctrine's) is, with
    /// probability s, already conceded — no demand, no crisis, no war (one uniform draw when
    /// 0 < s < 1; none at 0 or 1) — and the state may still challenge by misjudgement. 0 = never
    /// (the rule above); 1 = always: disputes then come only from misjudgement and prevention.
    public struct CrisisBargaining: Sendable, Equatable {
        /// The challenger's cost of war, in units of the stake (≥ 0).
        public var costChallenger: Double = 0.1
        /// The range of the target's private cost of war (0 ≤ costLow ≤ costHigh).
        public var costLow: Double = 0
        public var costHigh: Double = 0.4
        /// Standard deviation of each side's log-odds error about the challenger's chance (≥ 0; 0 = off).
        public var misjudgement: Double = 0
        /// The chance that a would-be attack's gain is already granted by the status quo (0…1; 0 = never).
        public var settled: Double = 0
        public init(costChallenger: Double = 0.1, costLow: Double = 0, costHigh: Double = 0.4, misjudgement: Double = 0, settled: Double = 0) {
            self.costChallenger = costChallenger
            self.costLow = costLow
            self.costHigh = costHigh
            self.misjudgement = misjudgement
            self.settled = settled
        }
    }
}

extension Mechanisms.CrisisBargaining: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "crisis bargaining before war: demands chosen by Fearon's screening model against the target's private cost of war (Fearon 1995)"
    public static var fields: [SettingField<Self>] {
        [
            .number("costChallenger", \.costChallenger, .atLeast(0), "the challenger's cost of war, in units of the stake"),
            .number("costLow", \.costLow, .atLeast(0), "lowest possible target cost of war"),
            .number("costHigh", \.costHigh, .atLeast(0), "highest possible target cost of war (≥ costLow; equal = complete information)"),
            .number(
                "misjudgement", \.misjudgement, .closed(0, 10), writtenAtDefault: false,
                "standard deviation of each side's log-odds error about the challenger's chance of winning; greedy states challenge where they overestimate it by more than their cost of war (Blainey 1973; Fearon 1995; Reed 2003); 0 = off"),
            .number(
                "settled", \.settled, .closed(0, 1), writtenAtDefault: false,
                "chance that a would-be attack's gain is already granted by the status quo (Powell 1999), so no demand is made; the state may still challenge by misjudgement; 0 = never"),
        ]
    }

    /// The target's cost range must not be reversed (checked once both ends are in their domains).
    public func crossFieldProblems(at: String) -> [ScenarioError] {
        guard costLow.isFinite && costLow >= 0 && costHigh.isFinite && costHigh >= 0 && costHigh < costLow else { return [] }
        return [ScenarioError("\(at).costHigh", "must be ≥ costLow (\(Scenario.show(costLow))), got \(Scenario.show(costHigh))")]
    }
}
