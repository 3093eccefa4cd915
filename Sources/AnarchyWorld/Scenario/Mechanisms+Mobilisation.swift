extension Mechanisms {
    /// The mobilisation mechanism's settings: attacking takes preparation that neighbours can see
    /// (Van Evera 1999 on mobilisation and windows; Schelling 1960, ch. 9). A state whose rules
    /// choose war first mobilises for `lag` ticks — it spends sMax, and the surge shows in what
    /// its neighbours observe, through δ and the noise — and fights only then, if its rules still
    /// choose war (docs/MODEL.md).
    public struct Mobilisation: Sendable, Equatable {
        /// Ticks of visible preparation before an attack can start (0…100; 0 = surprise, as without
        /// the mechanism).
        public var lag: Int = 2
        /// The offensive share of what a mobilising state buys, 0…1; nil (the default): its usual
        /// share (its doctrine's, phiGreedy, or a seeker's 1/(1 + β)).
        public var offensiveShare: Double? = nil

        public init(lag: Int = 2, offensiveShare: Double? = nil) {
            self.lag = lag
            self.offensiveShare = offensiveShare
        }
    }
}

extension Mechanisms.Mobilisation: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "attacking takes visible preparation: a state whose rules choose war mobilises for lag ticks (spending sMax, seen through delta and the noise) and fights then if its rules still choose war (Van Evera 1999)"
    public static var fields: [SettingField<Self>] {
        [
            .whole("lag", \.lag, 0...100, "ticks of mobilisation before an attack; 0 = surprise"),
            .optionalNumber("offensiveShare", \.offensiveShare, .closed(0, 1), "the offensive share of a mobilising state's purchases (default: its usual share)"),
        ]
    }
}
