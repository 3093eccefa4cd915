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

extension Mechanisms.LanchesterWar: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "wars fought out under Lanchester's square law instead of SDW-1's one-draw contest (Lanchester 1916)"
    public static var fields: [SettingField<Self>] {
        [
            .number("dt", \.dt, .leftOpen(0, 1), "time step of the battle"),
            .whole("steps", \.steps, 1...100_000, "steps a battle may last; the attack fails if the defense survives them"),
        ]
    }
}
