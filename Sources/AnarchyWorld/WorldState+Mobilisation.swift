extension WorldState {
    /// Whether state i, whose rules chose war this tick, may fight now (mobilisation mechanism).
    /// Without the mechanism, or with lag 0, at once (returns 0: a surprise attack). Otherwise a
    /// state that was not mobilising begins to: it mobilises for `lag` ticks — spending sMax, all
    /// on offence, in phase 2 (``spend(states:)``), a surge its neighbours see through δ and the
    /// noise — and fights in the tick its mobilisation reaches `lag`, if its rules still choose war
    /// then; a tick in which they do not stands it down (``standDown(_:)`` at the turn's start).
    /// - Parameter renewing: whether i was mobilising when its turn began.
    /// - Returns: the ticks i mobilised before fighting, or nil while it is still mobilising.
    func readyToFight(_ i: Int, renewing: Bool) -> Int? {
        guard let settings = mechanisms.mobilisation, settings.lag > 0 else { return 0 }
        let ticks = renewing ? Int(mobilisedTicks[i]) + 1 : 0
        if ticks >= settings.lag {
            mobilisedTicks[i] = 0
            return ticks
        }
        mobilisedTicks[i] = Int32(ticks)
        mobilising[i] = true
        return nil
    }

    /// At the start of i's turn in phase 4: whether it was mobilising; it stands down unless its
    /// rules choose war again this turn (``readyToFight(_:renewing:)``).
    @inline(__always)
    func standDown(_ i: Int) -> Bool {
        guard mechanisms.mobilisation != nil else { return false }
        let was = mobilising[i]
        mobilising[i] = false
        return was
    }
}
