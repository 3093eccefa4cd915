extension WorldState {
    /// The spec's per-tick outputs for the current state. O(n + slots), sequential: every sum
    /// runs in ascending index order with plain `+`.
    func metrics(tick: Int, wars: Int) -> TickMetrics {
        var aliveCount = 0
        var shareSum = 0.0, offenseSum = 0.0, defenseSum = 0.0, wealthSum = 0.0
        for i in 0..<count where alive[i] {
            aliveCount += 1
            shareSum = shareSum + share[i]
            offenseSum = offenseSum + offense[i]
            defenseSum = defenseSum + defense[i]
            wealthSum = wealthSum + wealth[i]
        }
        var beliefSum = 0.0
        var pairs = 0
        for i in 0..<count where alive[i] && !greedy[i] {
            forEachLiveSlot(of: i) { slot in
                if !greedy[Int(slotTarget[slot])] {
                    beliefSum = beliefSum + belief[slot]
                    pairs += 1
                }
            }
        }
        return TickMetrics(
            tick: tick, alive: aliveCount, wars: wars,
            meanShare: aliveCount > 0 ? shareSum / Double(aliveCount) : 0.0,
            spiral: pairs > 0 ? beliefSum / Double(pairs) : 0.0,
            offense: offenseSum, defense: defenseSum, wealth: wealthSum)
    }
}
