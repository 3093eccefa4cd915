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

        func problems() -> [ScenarioError] {
            var found = lag < 0 || lag > 100 ? [ScenarioError("mechanisms.mobilisation.lag", "must be in 0…100, got \(lag)")] : []
            if let share = offensiveShare { found += Mechanisms.outsideUnit("mechanisms.mobilisation", [("offensiveShare", share)]) }
            return found
        }
    }
}
