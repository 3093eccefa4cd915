import AnarchyCore

/// Phases 1–3 of a tick split over observer ranges ("chunks"), one chunk per ``WorkerTeam``
/// piece (a few per member, claimed by whichever member is free). Phase 1 counts each chunk's (alive, alive) pairs; their prefix sums place every chunk
/// at its own first draw of phase 3 (SplitMix64 is counter-based), so the result is the serial
/// result, bit for bit, whatever the number of chunks or threads.
final class ParallelPhases: PieceWork, @unchecked Sendable {
    enum Phase {
        case threat, spend, perceive, restraint, dependable
    }

    let state: WorldState
    /// Observer ranges, one per chunk.
    let chunks: [Range<Int>]
    /// Per chunk: phase 1's count of draws, then phase 3's first draw (offset from `start`).
    let draws: Column<UInt64>
    /// The phase the next ``WorkerTeam/perform()`` runs.
    var phase = Phase.threat
    /// The stream's position at the start of phase 3.
    var start = SplitMix64(seed: 0)
    /// The tick the relations phases run for; per chunk, their identity shifts and the pairs
    /// whose dependability changed.
    var tick = 0
    let shifts: Column<[IdentityShift]>
    let flips: Column<Int>

    init(state: WorldState, chunks: [Range<Int>]) {
        self.state = state
        self.chunks = chunks
        draws = Column(repeating: 0, count: chunks.count)
        shifts = Column(repeating: [], count: chunks.count)
        flips = Column(repeating: 0, count: chunks.count)
    }

    deinit {
        draws.deallocate()
        shifts.deallocate()
        flips.deallocate()
    }

    func run(piece: Int) {
        switch phase {
        case .threat:
            draws[piece] = UInt64(state.computeThreat(states: chunks[piece])) &* 2
        case .spend:
            state.spend(states: chunks[piece])
        case .perceive:
            var generator = SplitMix64(seed: start.state, skipping: draws[piece])
            state.perceive(states: chunks[piece], rng: &generator)
        case .restraint:
            var found: [IdentityShift] = []
            state.reciprocateRestraint(states: chunks[piece], tick: tick, shifts: &found)
            shifts[piece] = found
        case .dependable:
            flips[piece] = state.markDependablePairs(states: chunks[piece], tick: tick)
        }
    }

    /// ``WorldState/updateRelations(tick:wars:record:)`` with its per-slot passes split over the
    /// team: the same result and the same events in the same order.
    func updateRelations(on team: WorkerTeam<ParallelPhases>, tick: Int, wars: [War], record: (WorldEvent) -> Void) {
        state.applyWarsToRelations(tick: tick, wars: wars)
        self.tick = tick
        if state.mechanisms.identity != nil {
            phase = .restraint
            team.perform()
            for c in 0..<chunks.count {
                for shift in shifts[c] { record(.identity(shift)) }
                shifts[c] = []
            }
        }
        if state.mechanisms.communities != nil {
            phase = .dependable
            team.perform()
            var changes = 0
            for c in 0..<chunks.count { changes += flips[c] }
            state.detectCommunities(tick: tick, changes: changes, record: record)
        }
    }

    /// Runs phases 1–3 on `team` and advances `rng` past phase 3's draws.
    /// - Returns: the number of observations made.
    func step(on team: WorkerTeam<ParallelPhases>, rng: inout SplitMix64) -> Int {
        phase = .threat
        team.perform()
        phase = .spend
        team.perform()
        var offset: UInt64 = 0
        for c in 0..<chunks.count {
            let count = draws[c]
            draws[c] = offset
            offset &+= count
        }
        start = rng
        phase = .perceive
        team.perform()
        rng = SplitMix64(seed: start.state, skipping: offset)
        return Int(offset / 2)
    }
}
