extension Mechanisms {
    /// Deterrence by punishment as well as denial (Snyder 1961; Becker 1968; catalogue §8.2).
    /// Security seekers put the share `punishmentShare` of their defensive purchases into a
    /// retaliation stock instead of defense. A greedy state that could attack (SDW-1's threshold)
    /// now also weighs the expected punishment with `AnarchyModels.DenialAndPunishment.attack`:
    /// q = its win probability (denial lowers it), G = spoils × the target's wealth, L = 0,
    /// c_war = 0, r = `retaliationProbability`, P = `efficiency` × the target's retaliation stock;
    /// it attacks only if not deterred (EU > 0). After such a war the target retaliates with
    /// probability r (one draw): the attacker loses min(P, half its wealth).
    public struct Deterrence: Sendable, Equatable {
        /// Share of a seeker's defensive purchases that buys retaliation instead, in [0, 1].
        public var punishmentShare: Double = 0.5
        /// Wealth destroyed per unit of retaliation stock, ≥ 0.
        public var efficiency: Double = 2
        /// Probability that a victim retaliates, in [0, 1].
        public var retaliationProbability: Double = 0.9

        public init(punishmentShare: Double = 0.5, efficiency: Double = 2, retaliationProbability: Double = 0.9) {
            self.punishmentShare = punishmentShare
            self.efficiency = efficiency
            self.retaliationProbability = retaliationProbability
        }
    }
}

extension Mechanisms.Deterrence: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "deterrence by punishment beside denial: seekers put a share of defensive purchases into retaliation; greedy states weigh expected punishment (Snyder 1961; Becker 1968)"
    public static var fields: [SettingField<Self>] {
        [
            .number("punishmentShare", \.punishmentShare, .closed(0, 1), "share of a seeker's defensive purchases that buys retaliation instead"),
            .number("efficiency", \.efficiency, .atLeast(0), "wealth destroyed per unit of retaliation stock"),
            .number("retaliationProbability", \.retaliationProbability, .closed(0, 1), "probability that a victim retaliates"),
        ]
    }
}
