extension Mechanisms {
    /// Costly reassurance by sinking costs (Kydd 2000; Fearon 1997; Spence 1973) — an
    /// [operationalisation]: every tick a state may destroy the share `cut` of its offense stock
    /// as a signal. Being believed a security seeker is worth `benefitSeeker` to a seeker and
    /// `benefitGreedy` to a greedy state; destroying share s of its offense costs them
    /// `costSeeker·s` and `costGreedy·s` (offense is worth more to a state that means to use it).
    /// Through `AnarchyModels.SeparatingSignal` (catalogue §4.5): seekers signal iff
    /// `cut ≤ s_max = benefitSeeker/costSeeker`, greedy states mimic iff `cut < s_min =
    /// benefitGreedy/costGreedy`; a signal is informative only when seekers send it and greedy
    /// states do not, and then observers know the sender is a seeker. A cheap signal (pooling)
    /// moves no belief.
    public struct Signalling: Sendable, Equatable {
        /// Share of its offense stock a signaller destroys each tick, in [0, 1].
        public var cut: Double = 0.2
        public var benefitSeeker: Double = 1
        public var benefitGreedy: Double = 2
        public var costSeeker: Double = 1
        public var costGreedy: Double = 1

        public init(cut: Double = 0.2, benefitSeeker: Double = 1, benefitGreedy: Double = 2, costSeeker: Double = 1, costGreedy: Double = 1) {
            self.cut = cut
            self.benefitSeeker = benefitSeeker
            self.benefitGreedy = benefitGreedy
            self.costSeeker = costSeeker
            self.costGreedy = costGreedy
        }
    }
}
