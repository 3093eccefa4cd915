import AnarchyCore

/// A running world: SDW-1 (`shared/specs/sdw1.md`), the reference configuration of the engine.
///
/// A `World` owns its struct-of-arrays state (`WorldState`) and steps it through the four
/// phases of a tick (threat, spending, perception and belief, war), emitting typed
/// ``WorldEvent``s and, on request, a row of ``TickMetrics``. It is a class because a run has
/// identity: its storage is large, mutated in place and never copied.
///
/// **Determinism.** One SplitMix64 stream serves the whole run. Phases 1–3 may run on several
/// threads (`threads`); the observers are split into contiguous chunks, each chunk starts phase 3
/// at its exact offset in the stream (SplitMix64 is counter-based), so digests are bit-identical for
/// every thread count and schedule. Phase 4 and the metrics are sequential, as the spec orders.
///
/// **Allocation.** Nothing is allocated per tick once the event buffer has grown to the largest
/// number of wars in a tick.
public final class World {
    /// The parameters the world was built from (validated).
    public let parameters: SDW1Parameters
    /// How many workers phases 1–3 are split over (results do not depend on it).
    public let threads: Int
    /// Ticks completed so far (0 before the first step).
    public private(set) var tick = 0
    /// The run's random stream, positioned after every draw made so far.
    public private(set) var rng: SplitMix64
    /// Wars in the last tick.
    public private(set) var warsThisTick = 0
    /// Wars since the start — rounds of war, as SDW-1's series counts them (a protracted war
    /// counts once per round); ``warTally`` counts wars begun.
    public private(set) var totalWars = 0
    /// The run's wars begun, who fought them, and the wealth they destroyed.
    public private(set) var warTally = WarTally()
    /// The events of the last tick, in the order they happened.
    public private(set) var events: [WorldEvent] = []
    /// (Alive observer, alive neighbour) observations made since the start: phase 3's work.
    public private(set) var observations = 0

    let state: WorldState
    /// The threads that run phases 1–3 on observer chunks (the calling thread runs chunk 0).
    private let team: WorkerTeam<ParallelPhases>

    /// Below this many neighbour slots, threads cost more than they save; the world then runs
    /// phases serially whatever `threads` says (results are identical either way).
    public static let minimumSlotsForThreads = 4_096

    /// A tick whose previous tick made fewer observations than this runs serially: waking the
    /// workers (tens of microseconds) would cost more than it saves once wars have thinned the
    /// world out. Results are identical either way.
    public static let minimumObservationsForThreads = 4_096

    /// Observer chunks per worker: phases 1–3 are split into this many pieces per thread, which
    /// threads claim as they come free, so a thread the operating system has not scheduled (another
    /// process on its core) delays a job by at most a small piece (docs/PERFORMANCE.md).
    static let piecesPerWorker = 4

    /// Observations in the last tick (all slots before the first).
    private var lastObservations: Int

    /// Builds and initialises SDW-1 on the ring given by `parameters` (draws `2n` numbers).
    /// - Parameters:
    ///   - parameters: the spec's parameters (SDW-1 §2), validated first.
    ///   - threads: workers for phases 1–3, ≥ 1 (capped at the number of states).
    /// - Throws: ``ParameterError`` if `parameters` are outside the spec's domain.
    public convenience init(parameters: SDW1Parameters, threads: Int = 1) throws(ParameterError) {
        try parameters.validate()
        self.init(
            parameters: parameters, neighbourhood: .ring(n: parameters.n, k: parameters.k), states: nil,
            mechanisms: Mechanisms(), doctrines: nil, proximity: [], policies: [], institutions: [], threads: threads)
    }

    /// Builds and initialises the world a scenario describes: SDW-1's rules on its geography,
    /// with its states (see ``Scenario``). A scenario equal to ``Scenario/sdw1(_:)`` gives SDW-1.
    /// - Throws: ``ScenarioError`` naming the first invalid field.
    public convenience init(scenario: Scenario, threads: Int = 1) throws(ScenarioError) {
        try scenario.validate()
        let parameters = scenario.parameters
        let neighbourhood = scenario.geography.neighbourhood(count: scenario.states.count, seed: scenario.seed)
        let doctrines: [(any Doctrine)?]? =
            scenario.states.contains { $0.doctrine != nil }
            ? scenario.states.map { spec in spec.doctrine.flatMap { DoctrineRegistry.doctrine($0, settings: spec.doctrineSettings) } } : nil
        let proximity = scenario.mechanisms.lossOfStrength.map { loss in
            scenario.geography.distances(of: neighbourhood, seed: scenario.seed).map { Swift.max(0, 1 - $0 / loss.reach) }
        } ?? []
        for (i, policy) in scenario.policies.enumerated() {
            if case let .ally(a, b) = policy.action, !neighbourhood.neighbours(of: a).contains(Int32(b)) {
                throw ScenarioError("policies[\(i)]", "states \(a) and \(b) are not neighbours: alliances join neighbours")
            }
            if case let .war(a, b) = policy.action, neighbourhood.slot(of: b, in: a) == nil {
                throw ScenarioError("policies[\(i)]", "states \(a) and \(b) are not neighbours: wars are fought between neighbours")
            }
        }
        for (i, belief) in scenario.beliefs.enumerated() where neighbourhood.slot(of: belief.neighbour, in: belief.observer) == nil {
            throw ScenarioError("beliefs[\(i)]", "states \(belief.observer) and \(belief.neighbour) are not neighbours: beliefs are held about neighbours")
        }
        self.init(
            parameters: parameters, neighbourhood: neighbourhood, states: scenario.states,
            mechanisms: scenario.mechanisms, doctrines: doctrines, proximity: proximity, policies: scenario.policies,
            institutions: scenario.institutions, threads: threads)
        for belief in scenario.beliefs {
            if let slot = neighbourhood.slot(of: belief.neighbour, in: belief.observer) { state.belief[slot] = belief.belief }
        }
    }

    private init(
        parameters: SDW1Parameters, neighbourhood: Neighbourhood, states: [StateSpec]?, mechanisms: Mechanisms,
        doctrines: [(any Doctrine)?]?, proximity: [Double], policies: [Policy], institutions: [Institution], threads: Int
    ) {
        precondition(threads >= 1, "threads must be ≥ 1")
        self.parameters = parameters
        state = WorldState(
            parameters: parameters, neighbourhood: neighbourhood, mechanisms: mechanisms, doctrines: doctrines, proximity: proximity,
            policies: policies, institutions: institutions)
        let n = parameters.n
        let workers = neighbourhood.edgeCount < World.minimumSlotsForThreads ? 1 : Swift.min(threads, n)
        self.threads = workers
        let pieces = workers == 1 ? 1 : Swift.min(n, workers * World.piecesPerWorker)
        let chunks = (0..<pieces).map { c in (c * n / pieces)..<((c + 1) * n / pieces) }
        team = WorkerTeam(size: workers, pieces: pieces, work: ParallelPhases(state: state, chunks: chunks))
        lastObservations = neighbourhood.edgeCount
        var generator = SplitMix64(seed: parameters.seed)
        state.linkBackSlots()
        state.initialise(rng: &generator, states: states)
        rng = generator
    }

    deinit {
        state.deallocate()
    }

    /// Advances one tick: threat, spending, perception and belief update, war.
    public func step() {
        tick += 1
        events.removeAll(keepingCapacity: true)
        if !state.institutions.isEmpty { state.startInstitutions(tick: tick) }
        let all = 0..<state.count
        if team.size == 1 || lastObservations < World.minimumObservationsForThreads {
            lastObservations = state.computeThreat(states: all)
            state.spend(states: all)
            state.perceive(states: all, rng: &rng)
        } else {
            lastObservations = team.work.step(on: team, rng: &rng)
        }
        observations += lastObservations
        let tick = self.tick
        if state.mechanisms.alliances != nil {
            state.updateAlliances(tick: tick, rng: &rng) { events.append($0) }
        }
        warsThisTick = state.resolveWars(tick: tick, rng: &rng) { event in
            events.append(event)
        }
        totalWars += warsThisTick
        if warsThisTick > 0 {
            let greedy = state.greedy
            for case let .war(war) in events { warTally.add(war, greedy: { greedy[$0] }) }
        }
        if state.mechanisms.identity != nil || state.mechanisms.communities != nil {
            let wars = events.compactMap { event -> War? in if case let .war(w) = event { w } else { nil } }
            if team.size == 1 || lastObservations < World.minimumObservationsForThreads {
                state.updateRelations(tick: tick, wars: wars) { events.append($0) }
            } else {
                team.work.updateRelations(on: team, tick: tick, wars: wars) { events.append($0) }
            }
        }
    }

    /// Steps `ticks` times.
    public func run(ticks: Int) {
        for _ in 0..<Swift.max(ticks, 0) { step() }
    }

    /// Steps `ticks` times, calling `onTick` after each step.
    public func run(ticks: Int, onTick: (World) throws -> Void) rethrows {
        for _ in 0..<Swift.max(ticks, 0) {
            step()
            try onTick(self)
        }
    }

    /// The spec's per-tick outputs for the current state (O(n + slots)).
    public func metrics() -> TickMetrics { state.metrics(tick: tick, wars: warsThisTick) }

    /// The digest of the current state: SDW-1's bit-exact fingerprint of a run.
    public var digest: UInt64 { state.digest() }

    /// The digest as 16 lower-case hex digits.
    public var digestHex: String { Hex.sixteenDigits(digest) }

    /// The number of states.
    public var count: Int { state.count }

    /// Alliance tallies since the start (alliances mechanism): formed, dissolved, and the
    /// commitments honoured and abandoned when an ally was attacked.
    public var allianceTally: (formed: Int, dissolved: Int, honoured: Int, abandoned: Int, standing: Int) {
        let b = state.allianceBook
        var standing = 0
        for i in 0..<state.allyCount.count { standing += Int(state.allyCount[i]) }
        return (b.formed, b.dissolved, b.honoured, b.abandoned, standing / 2)
    }
}
