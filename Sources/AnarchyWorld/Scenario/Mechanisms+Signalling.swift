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
    ///
    /// `form: tieHands` (Fearon 1997's other costly signal): instead of destroying offense, a
    /// signaller publicly commits; the commitment costs nothing unless it starts a war while
    /// committed, when it pays the audience cost `cut × its wealth`. A seeker that never means to
    /// attack expects to pay nothing, so seekers always signal (`s_max` is unbounded); a greedy
    /// state that means to attack pays `costGreedy·cut`-worth and mimics iff `cut < s_min`, as before.
    public struct Signalling: Sendable, Equatable {
        /// How a signal is made costly.
        public enum Form: String, Sendable, CaseIterable {
            /// Destroy the share `cut` of the offense stock now (a sunk cost).
            case sinkCosts
            /// Commit publicly; pay `cut × wealth` only on starting a war while committed.
            case tieHands
        }
        public var form = Form.sinkCosts
        /// Share of its offense stock a signaller destroys each tick, in [0, 1].
        public var cut: Double = 0.2
        public var benefitSeeker: Double = 1
        public var benefitGreedy: Double = 2
        public var costSeeker: Double = 1
        public var costGreedy: Double = 1

        public init(
            cut: Double = 0.2, benefitSeeker: Double = 1, benefitGreedy: Double = 2, costSeeker: Double = 1, costGreedy: Double = 1,
            form: Form = .sinkCosts
        ) {
            self.form = form
            self.cut = cut
            self.benefitSeeker = benefitSeeker
            self.benefitGreedy = benefitGreedy
            self.costSeeker = costSeeker
            self.costGreedy = costGreedy
        }
    }
}

extension Mechanisms.Signalling: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "costly reassurance: states may destroy a share of their offense each tick; informative only when greedy states would not mimic (Spence 1973; Kydd 2000)"
    public static var fields: [SettingField<Self>] {
        [
            .number("cut", \.cut, .closed(0, 1), "share of its offense stock a signaller destroys each tick"),
            .number("benefitSeeker", \.benefitSeeker, .atLeast(0), "value to a seeker of being believed a seeker"),
            .number("benefitGreedy", \.benefitGreedy, .atLeast(0), "value to a greedy state of being believed a seeker"),
            .number("costSeeker", \.costSeeker, .above(0), "a seeker's cost per unit of signal"),
            .number("costGreedy", \.costGreedy, .above(0), "a greedy state's cost per unit of signal"),
            .choice(
                "form", \.form,
                "sinkCosts: destroy the share cut of the offense stock now; tieHands: commit publicly and pay cut × wealth only on starting a war while committed (Fearon 1997)"),
        ]
    }
}
