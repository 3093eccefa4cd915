extension Mechanisms {
    /// The mobilisation mechanism's settings: attacking takes preparation that neighbours can see
    /// (Van Evera 1999 on mobilisation and windows; Schelling 1960, ch. 9). A state whose rules
    /// choose war first mobilises for `lag` ticks — it spends sMax, all of it on offence, and the
    /// surge shows in what its neighbours observe, through δ and the noise — and fights only then,
    /// if its rules still choose war (docs/MODEL.md).
    public struct Mobilisation: Sendable, Equatable {
        /// Ticks of visible preparation before an attack can start (0…100; 0 = surprise, as without
        /// the mechanism).
        public var lag: Int = 2

        public init(lag: Int = 2) { self.lag = lag }

        func problems() -> [ScenarioError] {
            lag < 0 || lag > 100 ? [ScenarioError("mechanisms.mobilisation.lag", "must be in 0…100, got \(lag)")] : []
        }
    }
}
