/// The optional mechanisms a scenario switches on, each with its parameters. All are off by
/// default, and with all off the engine is SDW-1 (the rules of `shared/specs/sdw1.md`).
public struct Mechanisms: Sendable, Equatable {
    /// Perspective taking (``WorldState/perceive(states:rng:)``): the weight in [0, 1] with which
    /// an observer accounts for the fear its own arms cause a neighbour when it reads that
    /// neighbour's arming (Jervis 1976, ch. 3; tested by Kertzer, Brutger & Quek 2024, who find
    /// its real-world effect overstated). 0 = off (SDW-1).
    public var perspectiveTaking: Double = 0

    public init(perspectiveTaking: Double = 0) {
        self.perspectiveTaking = perspectiveTaking
    }

    /// Whether every mechanism is off.
    public var allOff: Bool { perspectiveTaking == 0 }

    func problems() -> [ScenarioError] {
        var found: [ScenarioError] = []
        if !(perspectiveTaking >= 0 && perspectiveTaking <= 1) {
            found.append(ScenarioError("mechanisms.perspectiveTaking.weight", "must be in 0…1, got \(Scenario.show(perspectiveTaking))"))
        }
        return found
    }
}
