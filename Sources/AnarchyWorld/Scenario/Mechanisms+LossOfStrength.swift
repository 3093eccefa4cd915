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
