import AnarchyCore

/// The world's state as a struct of arrays: one ``Column`` per per-state quantity, one per
/// per-slot (observer → neighbour) quantity, and the run's constants.
///
/// Mechanisms are extensions of this type, one file each (`WorldState+Threat.swift`, …), each a
/// function over an index range so that a phase can run on disjoint ranges in parallel. The
/// storage is owned and freed by ``World``; a `WorldState` value is only a view of it.
@usableFromInline
struct WorldState: @unchecked Sendable {
    // Per state (index 0..<n).
    let greedy: Column<Bool>
    let alive: Column<Bool>
    /// Wealth w and initial wealth w0.
    let wealth: Column<Double>
    let initialWealth: Column<Double>
    /// Offense stock o and defense stock d.
    let offense: Column<Double>
    let defense: Column<Double>
    /// Spending share s this tick.
    let share: Column<Double>
    /// `1.0 + growth` of each state (a scenario may give states their own growth rates; SDW-1's
    /// is the same for all). Wealth is multiplied by `onePlusGrowth[i] - burden * s`.
    let onePlusGrowth: Column<Double>
    /// Force-employment skill (Biddle 2004): combat strength = stock × skill (1 unless a scenario says).
    let skill: Column<Double>
    /// Projected strength multiplier over the preventive-war horizon (used only with that mechanism).
    let projection: Column<Double>
    /// Each state's estimate of how greedy its neighbours believe it to be, read as SDW-1's
    /// observers would read the arms it shows (preemption mechanism only: the "he thinks that I
    /// think" of reciprocal fear).
    let reflected: Column<Double>
    /// Whether each state is mobilising for war, and for how many ticks it has been (mobilisation only).
    let mobilising: Column<Bool>
    let mobilisedTicks: Column<Int32>
    /// Each state's doctrine, when a scenario assigns any (nil entries follow SDW-1's rules).
    let doctrines: [(any Doctrine)?]?
    /// Retaliation (punishment) stocks (deterrence mechanism only).
    let retaliation: Column<Double>
    /// Whether each state signalled this tick (signalling mechanism only).
    let signalled: Column<Bool>
    /// Who signals and whether signals inform (signalling mechanism only).
    let signallingRegime: SignallingRegime?
    /// Each state's shown defensive purchases over wealth, and whether its bluff has been called
    /// (perception mechanism only).
    let shownDefenseRate: Column<Double>
    let bluffExposed: Column<Bool>
    /// Alliance ties by slot, allies per state, and the run's alliance tallies (alliances mechanism only).
    let allied: Column<Bool>
    let allyCount: Column<Int32>
    let allianceBook: AllianceBook
    /// Guaranteed (scripted) ties by slot, neutral states, and the scripted policies sorted by tick.
    let guaranteed: Column<Bool>
    /// Ties made by bandwagoning for profit, by slot (alliances mechanism only).
    let bandwagonTie: Column<Bool>
    let neutral: Column<Bool>
    let policies: [Policy]
    /// The `war` policies, by tick (ties in the order given): attacker and target.
    let scriptedWars: [(tick: Int, attacker: Int, target: Int)]
    /// Each observer's amity toward each neighbour in −1…1, and the identity it makes (−1 enemy,
    /// 0 rival, 1 friend), by slot (identity mechanism only).
    let amity: Column<Double>
    let identity: Column<Int8>
    /// The tick of the last war that set the slot's pair against each other, 0 = none (communities only).
    let lastWar: Column<Int32>
    /// Each state's security community (0 = none) and the communities' book (communities only).
    let community: Column<Int32>
    /// For each slot i → j with j > i: whether the pair was dependable at the last detection.
    let dependablePair: Column<Bool>
    let communityBook: CommunityBook
    /// The scenario's institutions, and the index of the one governing each slot's pair once it
    /// has started (−1 = none; institutions only).
    let institutions: [Institution]
    let institutionTerms: [InstitutionTerms]
    let institutionOf: Column<Int32>
    /// How many wars each state is fighting (protracted-war mechanism only).
    let warCount: Column<Int32>
    /// The wars still being fought (protracted-war mechanism only).
    let warBook: WarBook
    /// Offense a and defense b bought this tick.
    let offenseBought: Column<Double>
    let defenseBought: Column<Double>
    /// Phase 1's threat.
    let threat: Column<Double>
    /// What a neighbour sees of this state's forces, `delta * o + (1.0 - delta) * (o + d) * 0.5`,
    /// kept current wherever o or d change (phases 2 and 4), so phase 1 reads it per edge
    /// instead of recomputing it: the same operations on the same values, so the same bits.
    let perceivedOffense: Column<Double>
    /// The observable offensive spending rate of phase 3 without noise, computed once per state
    /// after phase 2: `(delta * a + (1.0 - delta) * (a + b) * 0.5) / w`.
    let signal: Column<Double>

    /// How many of state i's neighbours are alive: the first `liveCount[i]` entries of its
    /// region of ``liveSlots``.
    let liveCount: Column<Int32>
    /// Scratch for phase 4: states whose live-neighbour list must be rebuilt, and a flag each.
    let staleList: Column<Int32>
    let isStale: Column<Bool>

    // Per slot (see ``Neighbourhood``).
    let slotStart: Column<Int>
    let slotTarget: Column<Int32>
    /// For each state, in its own slot range: the slots of its *alive* neighbours in ascending
    /// order (the first `liveCount[i]`), so the hot phases visit exactly the spec's (alive,
    /// alive) pairs in the spec's order without testing and skipping dead neighbours.
    let liveSlots: Column<Int32>
    /// backSlot[slot] = the slot of the observer among its neighbour's slots, −1 if it has none
    /// there (kept when alliances, identity or communities are on, whose rules read both directions).
    let backSlot: Column<Int32>
    /// belief[slot] = the observer's probability that the neighbour in that slot is greedy.
    let belief: Column<Double>
    /// proximity[slot] = the share of its power the neighbour in that slot can project onto the
    /// observer, and the observer onto it (loss-of-strength mechanism only).
    let proximity: Column<Double>

    let parameters: SDW1Parameters
    /// The optional mechanisms switched on (all off: SDW-1).
    let mechanisms: Mechanisms
    let constants: Constants

    var count: Int { alive.count }

    /// Quantities derived once from the parameters, each computed exactly as the spec writes it.
    struct Constants: Sendable {
        let phiSeeker: Double
        /// Expected observed rate if greedy: `delta * sGreedy * phiGreedy + (1.0 - delta) * sGreedy * 0.5`.
        let muGreedy: Double
        /// Expected observed rate if a seeker at baseline: `delta * s0 * phiSeeker + (1.0 - delta) * s0 * 0.5`.
        let muSeeker: Double
        /// `2.0 * sigma * sigma`.
        let twoSigmaSquared: Double
        let oneMinusDelta: Double
        let oneMinusRho: Double
        let oneMinusAttrition: Double

        init(_ p: SDW1Parameters) {
            phiSeeker = 1.0 / (1.0 + p.beta)
            muGreedy = p.delta * p.sGreedy * p.phiGreedy + (1.0 - p.delta) * p.sGreedy * 0.5
            muSeeker = p.delta * p.s0 * phiSeeker + (1.0 - p.delta) * p.s0 * 0.5
            twoSigmaSquared = 2.0 * p.sigma * p.sigma
            oneMinusDelta = 1.0 - p.delta
            oneMinusRho = 1.0 - p.rho
            oneMinusAttrition = 1.0 - p.attrition
        }
    }

    /// Beliefs never leave [beliefFloor, beliefCeiling] = [1e-9, 1 − 1e-9].
    static let beliefFloor: Double = 1e-9
    static let beliefCeiling: Double = 1.0 - 1e-9

    /// Allocates the columns for `neighbourhood` (nothing is initialised beyond zeros).
    init(
        parameters: SDW1Parameters, neighbourhood: Neighbourhood, mechanisms: Mechanisms = Mechanisms(),
        doctrines: [(any Doctrine)?]? = nil, proximity: [Double] = [], policies: [Policy] = [], institutions: [Institution] = []
    ) {
        let slots = neighbourhood.edgeCount, n = neighbourhood.count
        amity = Column(repeating: mechanisms.identity?.initial ?? 0, count: mechanisms.identity == nil ? 0 : slots)
        identity = Column(repeating: mechanisms.identity.map { Relation.of(amity: $0.initial, $0).rawValue } ?? 0, count: mechanisms.identity == nil ? 0 : slots)
        lastWar = Column(repeating: 0, count: mechanisms.communities == nil && mechanisms.identity == nil ? 0 : slots)
        community = Column(repeating: 0, count: mechanisms.communities == nil ? 0 : n)
        dependablePair = Column(repeating: false, count: mechanisms.communities == nil ? 0 : slots)
        communityBook = CommunityBook()
        self.institutions = institutions
        institutionTerms = institutions.map(InstitutionTerms.init)
        institutionOf = Column(repeating: -1, count: institutions.isEmpty ? 0 : slots)
        self.mechanisms = mechanisms
        self.proximity = Column(proximity)
        self.doctrines = doctrines
        greedy = Column(repeating: false, count: n)
        alive = Column(repeating: true, count: n)
        wealth = Column(repeating: 0.0, count: n)
        initialWealth = Column(repeating: 0.0, count: n)
        offense = Column(repeating: 0.0, count: n)
        defense = Column(repeating: 0.0, count: n)
        share = Column(repeating: 0.0, count: n)
        onePlusGrowth = Column(repeating: 1.0 + parameters.growth, count: n)
        skill = Column(repeating: 1.0, count: n)
        projection = Column(repeating: 1.0, count: mechanisms.preventiveWar == nil ? 0 : n)
        reflected = Column(repeating: parameters.pGreedy, count: mechanisms.preemption == nil ? 0 : n)
        mobilising = Column(repeating: false, count: mechanisms.mobilisation == nil ? 0 : n)
        mobilisedTicks = Column(repeating: 0, count: mechanisms.mobilisation == nil ? 0 : n)
        signalled = Column(repeating: false, count: mechanisms.signalling == nil ? 0 : n)
        retaliation = Column(repeating: 0.0, count: mechanisms.deterrence == nil ? 0 : n)
        signallingRegime = mechanisms.signalling.map(SignallingRegime.init)
        warCount = Column(repeating: 0, count: mechanisms.protractedWar == nil ? 0 : n)
        warBook = WarBook()
        allied = Column(repeating: false, count: mechanisms.alliances == nil ? 0 : neighbourhood.edgeCount)
        allyCount = Column(repeating: 0, count: mechanisms.alliances == nil ? 0 : n)
        allianceBook = AllianceBook()
        guaranteed = Column(repeating: false, count: mechanisms.alliances == nil ? 0 : neighbourhood.edgeCount)
        neutral = Column(repeating: false, count: mechanisms.alliances == nil ? 0 : n)
        bandwagonTie = Column(repeating: false, count: mechanisms.alliances == nil ? 0 : neighbourhood.edgeCount)
        self.policies = policies.enumerated().sorted { ($0.element.tick, $0.offset) < ($1.element.tick, $1.offset) }.map(\.element)
        scriptedWars = self.policies.compactMap { policy in
            if case let .war(a, b) = policy.action { (policy.tick, a, b) } else { nil }
        }
        shownDefenseRate = Column(repeating: 0.0, count: mechanisms.perception == nil ? 0 : n)
        bluffExposed = Column(repeating: false, count: mechanisms.perception == nil ? 0 : n)
        offenseBought = Column(repeating: 0.0, count: n)
        defenseBought = Column(repeating: 0.0, count: n)
        threat = Column(repeating: 0.0, count: n)
        perceivedOffense = Column(repeating: 0.0, count: n)
        signal = Column(repeating: 0.0, count: n)
        slotStart = Column(neighbourhood.offsets)
        slotTarget = Column(neighbourhood.targets)
        liveSlots = Column(repeating: 0, count: neighbourhood.edgeCount)
        let pairwise = mechanisms.alliances != nil || mechanisms.identity != nil || mechanisms.communities != nil
        backSlot = Column(repeating: -1, count: pairwise ? neighbourhood.edgeCount : 0)
        liveCount = Column(repeating: 0, count: n)
        staleList = Column(repeating: 0, count: n)
        isStale = Column(repeating: false, count: n)
        belief = Column(repeating: parameters.pGreedy, count: neighbourhood.edgeCount)
        self.parameters = parameters
        constants = Constants(parameters)
    }

    /// Frees every column. Called once, by the owning ``World``.
    func deallocate() {
        greedy.deallocate(); alive.deallocate()
        wealth.deallocate(); initialWealth.deallocate()
        offense.deallocate(); defense.deallocate()
        share.deallocate(); onePlusGrowth.deallocate(); projection.deallocate(); reflected.deallocate(); mobilising.deallocate(); mobilisedTicks.deallocate(); skill.deallocate(); retaliation.deallocate(); signalled.deallocate(); warCount.deallocate(); allied.deallocate(); allyCount.deallocate(); guaranteed.deallocate(); bandwagonTie.deallocate(); neutral.deallocate(); shownDefenseRate.deallocate(); bluffExposed.deallocate(); offenseBought.deallocate(); defenseBought.deallocate()
        threat.deallocate(); signal.deallocate(); perceivedOffense.deallocate()
        amity.deallocate(); identity.deallocate(); lastWar.deallocate(); community.deallocate(); dependablePair.deallocate(); institutionOf.deallocate()
        slotStart.deallocate(); slotTarget.deallocate(); belief.deallocate(); proximity.deallocate()
        liveSlots.deallocate(); backSlot.deallocate(); liveCount.deallocate(); staleList.deallocate(); isStale.deallocate()
    }

    /// Recomputes what neighbours see of state i's forces after o or d changed.
    @inline(__always)
    func refreshPerceivedOffense(of i: Int) {
        let o = offense[i]
        perceivedOffense[i] = parameters.delta * o + constants.oneMinusDelta * (o + defense[i]) * 0.5
    }

    /// Calls `body(slot)` for each slot of state i whose neighbour is alive, in ascending order.
    /// When every neighbour is alive (the common case) the slots are visited directly; only
    /// states next to the dead go through their ``liveSlots`` list.
    @inline(__always)
    func forEachLiveSlot(of i: Int, _ body: (Int) -> Void) {
        let start = slotStart[i], end = slotStart[i + 1]
        let live = Int(liveCount[i])
        if live == end - start {
            for slot in start..<end { body(slot) }
        } else {
            for position in start..<(start + live) { body(Int(liveSlots[position])) }
        }
    }

    /// State i's live-neighbour slots in ascending order, as a sequence (for loops whose bodies
    /// mutate local state, where ``forEachLiveSlot(of:_:)``'s closure would box it).
    @inline(__always)
    func liveSlotSequence(of i: Int) -> LiveSlotSequence {
        let start = slotStart[i], end = slotStart[i + 1], live = Int(liveCount[i])
        return LiveSlotSequence(list: liveSlots, position: start, end: start + live, direct: live == end - start)
    }

    /// Rebuilds state i's list of live-neighbour slots from its full slot range (ascending).
    func rebuildLiveSlots(of i: Int) {
        let start = slotStart[i]
        var live = 0
        for slot in start..<slotStart[i + 1] where alive[Int(slotTarget[slot])] {
            liveSlots[start + live] = Int32(truncatingIfNeeded: slot)
            live += 1
        }
        liveCount[i] = Int32(truncatingIfNeeded: live)
    }

    /// The slot where `i` sits among `m`'s neighbours (binary search; lists are ascending).
    func slot(of i: Int, in m: Int) -> Int? {
        Neighbourhood.slot(of: i, in: slotStart[m]..<slotStart[m + 1]) { slotTarget[$0] }
    }

    /// The reverse of observer i's `slot`: where i sits among that neighbour's slots (from
    /// ``backSlot`` when kept, else by binary search).
    @inline(__always)
    func back(_ slot: Int, from i: Int) -> Int? {
        if backSlot.count > 0 {
            let b = Int(backSlot[slot])
            return b >= 0 ? b : nil
        }
        return self.slot(of: i, in: Int(slotTarget[slot]))
    }

    /// Fills ``backSlot`` (once, at initialisation).
    func linkBackSlots() {
        guard backSlot.count > 0 else { return }
        for i in 0..<count {
            for slot in slotStart[i]..<slotStart[i + 1] {
                backSlot[slot] = Int32(truncatingIfNeeded: self.slot(of: i, in: Int(slotTarget[slot])) ?? -1)
            }
        }
    }
}

/// The slots of one state's live neighbours (``WorldState/liveSlotSequence(of:)``).
struct LiveSlotSequence: Sequence, IteratorProtocol {
    let list: Column<Int32>
    var position: Int
    let end: Int
    /// Every neighbour is alive: the slots are the positions themselves.
    let direct: Bool

    @inline(__always)
    mutating func next() -> Int? {
        guard position < end else { return nil }
        defer { position += 1 }
        return direct ? position : Int(list[position])
    }
}
