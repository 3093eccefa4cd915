extension Mechanisms {
    /// Third parties join wars (Walt 1987's balancing against threat; Schweller 1994's jackal
    /// bandwagoning) — an [operationalisation]. In every round of a war, each alive neighbour of
    /// the target other than the belligerents decides whether to join, and on which side: a state
    /// with a doctrine asks it (``Doctrine/joins(_:war:)``); the others follow the default rule —
    /// a security seeker defends the target when its belief that the attacker is greedy is at
    /// least `belief` (its prior `pGreedy` if it does not border the attacker); a greedy state
    /// joins the attacker when the attacker's side would win with probability ≥ ½ without it.
    /// A joiner commits the share `share` of its effective defense (defending) or offense
    /// (attacking) to the round, loses that part's attrition, and attacking joiners split the
    /// spoils with the attacker in proportion to the strength they brought.
    public struct JoiningSides: Sendable, Equatable {
        /// A seeker's belief threshold for defending the target, in [0, 1].
        public var belief: Double = 0.5
        /// Share of a joiner's forces committed to a round, in (0, 1].
        public var share: Double = 0.5
        public init(belief: Double = 0.5, share: Double = 0.5) {
            self.belief = belief
            self.share = share
        }
    }
}

extension Mechanisms.JoiningSides: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "neighbours of a war's target join either side each round: seekers balance against an attacker they believe greedy, greedy states join a likely winner, doctrines decide for their states (Walt 1987; Schweller 1994)"
    public static var fields: [SettingField<Self>] {
        [
            .number("belief", \.belief, .closed(0, 1), "a seeker's belief that the attacker is greedy at which it defends the target"),
            .number("share", \.share, .leftOpen(0, 1), "share of a joiner's forces committed to a round"),
        ]
    }
}
