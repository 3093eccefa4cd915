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
