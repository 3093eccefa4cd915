extension Mechanisms {
    /// Boulding's (1962) loss-of-strength gradient: power wanes with the distance over which it is
    /// projected. A neighbour at distance x (``Geography``: steps round a ring, 1 on a grid, the
    /// Euclidean distance on a random geometric graph, or as an explicit edge states it) projects
    /// only the share `proximity = max(0, 1 − x / reach)` of its offense — the proximity of
    /// `AnarchyModels.BalanceOfThreat` (catalogue §7.3) — in the threat an observer feels (phase 1)
    /// and in war: an attacker's effective offense against a target is multiplied by their
    /// proximity, it picks the target with the least defense per unit of offense it can bring
    /// (`d / proximity`, ties lowest index), and a neighbour it cannot reach (proximity 0) is
    /// never a target. Perception and beliefs are unchanged: states still see what is far away.
    public struct LossOfStrength: Sendable, Equatable {
        /// The distance at which power no longer projects (> 0).
        public var reach: Double = 3
        public init(reach: Double = 3) { self.reach = reach }
    }
}

extension Mechanisms.LossOfStrength: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "Boulding's loss-of-strength gradient: a neighbour at distance x projects the share max(0, 1 − x/reach) of its power in threat and war (Boulding 1962)"
    public static var fields: [SettingField<Self>] {
        [.number("reach", \.reach, .finiteAbove(0), "the distance at which power no longer projects")]
    }
}
