extension Mechanisms {
    /// Battles under Lanchester's (1916) square law instead of SDW-1's one-draw contest: the
    /// attacker's effective offense (Red, per-unit effectiveness 1) against the target's effective
    /// defense (Blue, per-unit effectiveness β — the defender advantage of catalogue §2.4), stepped
    /// with `AnarchyModels.Lanchester.squareDiscrete` for `steps` steps of `dt`. The attacker wins
    /// iff the defense is destroyed within them; survivors replace the fixed attrition. No draw.
    public struct LanchesterWar: Sendable, Equatable {
        public var dt: Double = 0.05
        public var steps: Int = 200
        public init(dt: Double = 0.05, steps: Int = 200) {
            self.dt = dt
            self.steps = steps
        }
    }
}
