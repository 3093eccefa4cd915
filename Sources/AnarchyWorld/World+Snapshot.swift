extension World {
    /// A copy of the world's state for inspection and tests (O(n + slots) memory).
    public struct Snapshot: Sendable, Equatable {
        public let greedy: [Bool]
        public let alive: [Bool]
        public let wealth: [Double]
        public let initialWealth: [Double]
        public let offense: [Double]
        public let defense: [Double]
        public let share: [Double]
        /// Per state, the slots of its neighbours: `slotStart[i]..<slotStart[i + 1]`.
        public let slotStart: [Int]
        /// The neighbour in each slot, ascending per state.
        public let slotTarget: [Int32]
        /// The belief in each slot: the observer's probability that the neighbour is greedy.
        public let belief: [Double]

        /// State i's neighbours and its beliefs about them.
        public func beliefs(of i: Int) -> [(neighbour: Int, belief: Double)] {
            (slotStart[i]..<slotStart[i + 1]).map { (Int(slotTarget[$0]), belief[$0]) }
        }
    }

    /// A copy of the current state.
    public func snapshot() -> Snapshot {
        Snapshot(
            greedy: state.greedy.array, alive: state.alive.array, wealth: state.wealth.array,
            initialWealth: state.initialWealth.array, offense: state.offense.array,
            defense: state.defense.array, share: state.share.array,
            slotStart: state.slotStart.array, slotTarget: state.slotTarget.array,
            belief: state.belief.array)
    }
}
