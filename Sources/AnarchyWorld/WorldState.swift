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
    /// Offense a and defense b bought this tick.
    let offenseBought: Column<Double>
    let defenseBought: Column<Double>
    /// Phase 1's threat.
    let threat: Column<Double>
    /// The observable offensive spending rate of phase 3 without noise, computed once per state
    /// after phase 2: `(delta * a + (1.0 - delta) * (a + b) * 0.5) / w`.
    let signal: Column<Double>

    // Per slot (see ``Neighbourhood``).
    let slotStart: Column<Int>
    let slotTarget: Column<Int32>
    /// belief[slot] = the observer's probability that the neighbour in that slot is greedy.
    let belief: Column<Double>

    let parameters: SDW1Parameters
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
        /// `1.0 + growth`; wealth is multiplied by `onePlusGrowth - burden * s`.
        let onePlusGrowth: Double

        init(_ p: SDW1Parameters) {
            phiSeeker = 1.0 / (1.0 + p.beta)
            muGreedy = p.delta * p.sGreedy * p.phiGreedy + (1.0 - p.delta) * p.sGreedy * 0.5
            muSeeker = p.delta * p.s0 * phiSeeker + (1.0 - p.delta) * p.s0 * 0.5
            twoSigmaSquared = 2.0 * p.sigma * p.sigma
            oneMinusDelta = 1.0 - p.delta
            oneMinusRho = 1.0 - p.rho
            oneMinusAttrition = 1.0 - p.attrition
            onePlusGrowth = 1.0 + p.growth
        }
    }

    /// Beliefs never leave [beliefFloor, beliefCeiling] = [1e-9, 1 − 1e-9].
    static let beliefFloor: Double = 1e-9
    static let beliefCeiling: Double = 1.0 - 1e-9

    /// Allocates the columns for `neighbourhood` (nothing is initialised beyond zeros).
    init(parameters: SDW1Parameters, neighbourhood: Neighbourhood) {
        let n = neighbourhood.count
        greedy = Column(repeating: false, count: n)
        alive = Column(repeating: true, count: n)
        wealth = Column(repeating: 0.0, count: n)
        initialWealth = Column(repeating: 0.0, count: n)
        offense = Column(repeating: 0.0, count: n)
        defense = Column(repeating: 0.0, count: n)
        share = Column(repeating: 0.0, count: n)
        offenseBought = Column(repeating: 0.0, count: n)
        defenseBought = Column(repeating: 0.0, count: n)
        threat = Column(repeating: 0.0, count: n)
        signal = Column(repeating: 0.0, count: n)
        slotStart = Column(neighbourhood.offsets)
        slotTarget = Column(neighbourhood.targets)
        belief = Column(repeating: parameters.pGreedy, count: neighbourhood.edgeCount)
        self.parameters = parameters
        constants = Constants(parameters)
    }

    /// Frees every column. Called once, by the owning ``World``.
    func deallocate() {
        greedy.deallocate(); alive.deallocate()
        wealth.deallocate(); initialWealth.deallocate()
        offense.deallocate(); defense.deallocate()
        share.deallocate(); offenseBought.deallocate(); defenseBought.deallocate()
        threat.deallocate(); signal.deallocate()
        slotStart.deallocate(); slotTarget.deallocate(); belief.deallocate()
    }

    /// The slot where `i` sits among `m`'s neighbours (binary search; lists are ascending).
    func slot(of i: Int, in m: Int) -> Int? {
        var low = slotStart[m], high = slotStart[m + 1]
        let end = high
        let key = Int32(truncatingIfNeeded: i)
        while low < high {
            let mid = (low + high) / 2
            if slotTarget[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < end && slotTarget[low] == key ? low : nil
    }
}
