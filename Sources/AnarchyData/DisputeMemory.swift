import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyWorld

/// A dispute in a dyad's record: how many years before the year in question it began (≥ 1) and
/// whether it reached war.
public struct PastDispute: Sendable, Equatable {
    public let yearsAgo: Int
    public let war: Bool
}

/// The memory a history world starts from (`anarchy backtest --memory`; docs/DATA.md): what the
/// record of past disputes tells, through two channels of the security dilemma's machinery.
///
/// A dyad's remembered conflict in year t is `m = Σ w_d · 2^(−(a_d − 1)/h)` over the disputes d
/// that began between them before t, `a_d` years earlier, each weighing `w_d = 1`, or 2 when it
/// reached war (severity; fixed, not fitted); h is the half-life in years, so last year's dispute
/// counts fully. A state's remembered conflict `m_i` is the sum of its relevant dyads' m.
/// - **Beliefs** (Jervis 1976, ch. 3: images persist; rivalries, Diehl & Goertz 2000, are dyads
///   whose disputes recur): both states of a dyad start believing the other greedy with
///   `logit b = logit pGreedy + κ_b·m`, and the preemption mechanism is on (cost 0.1, its
///   default), so fear of a neighbour believed greedy can start a war (Schelling 1960, ch. 9).
/// - **Motives** (Kydd 2005: aggression is evidence of greed, and a forecaster reads the record
///   as the states' neighbours do): state i is greedy with probability
///   `logit q_i = logit pGreedy + κ_m·m_i` instead of pGreedy, drawn as SDW-1 draws motives.
/// κ_b = κ_m = 0 is the world without memory. Calibration fits h, κ_b and κ_m on the training
/// years (``MemoryCalibration``).
public struct DisputeMemory: Sendable, Hashable {
    /// h: the years after which a dispute counts half.
    public var halfLife: Double
    /// κ_b: log-odds of greed added to each side's belief per remembered dispute (0 = the prior).
    public var beliefWeight: Double
    /// κ_m: log-odds added to a state's own probability of greed per remembered dispute (0 = pGreedy).
    public var motiveWeight: Double

    public init(halfLife: Double, beliefWeight: Double, motiveWeight: Double) {
        self.halfLife = halfLife
        self.beliefWeight = beliefWeight
        self.motiveWeight = motiveWeight
    }

    /// How much a dispute that reached war weighs against one that did not.
    public static let warWeight = 2.0

    /// The preemption mechanism's cost of war when beliefs remember (its default).
    public static let preemptionCost = 0.1

    /// The remembered conflict `m` of a dyad's record.
    public func remembered(_ past: [PastDispute]) -> Double {
        past.reduce(0.0) { total, d in total + (d.war ? Self.warWeight : 1) * pow(0.5, Double(d.yearsAgo - 1) / halfLife) }
    }

    /// `logistic(logit prior + weight·m)`, kept in the engine's bounds for beliefs.
    static func raised(_ prior: Double, by weight: Double, _ m: Double) -> Double {
        let b = 1 / (1 + exp(-(log(prior / (1 - prior)) + weight * m)))
        return Swift.min(InitialBelief.bounds.upperBound, Swift.max(InitialBelief.bounds.lowerBound, b))
    }

    /// The belief each state of a dyad with record `past` starts from.
    public func belief(prior: Double, past: [PastDispute]) -> Double { Self.raised(prior, by: beliefWeight, remembered(past)) }

    /// `year`'s scenario with the memory: initial beliefs both ways for every relevant dyad with a
    /// record (the dyads are the scenario's borders, so each pair is a pair of neighbours) and the
    /// preemption mechanism when κ_b > 0; each state's probability of greed when κ_m > 0.
    func apply(to scenario: inout Scenario, _ year: HistoricalYear, prior: Double) {
        if beliefWeight > 0 {
            scenario.beliefs = year.dyads.filter { !$0.past.isEmpty }.flatMap { d -> [InitialBelief] in
                let b = belief(prior: prior, past: d.past)
                return [InitialBelief(observer: d.a, neighbour: d.b, belief: b), InitialBelief(observer: d.b, neighbour: d.a, belief: b)]
            }
            scenario.mechanisms.preemption = Mechanisms.Preemption(cost: Self.preemptionCost)
        }
        if motiveWeight > 0 {
            var m = [Double](repeating: 0, count: scenario.states.count)
            for d in year.dyads where !d.past.isEmpty {
                let r = remembered(d.past)
                m[d.a] += r
                m[d.b] += r
            }
            for i in m.indices where m[i] > 0 { scenario.states[i].motive = .probability(Self.raised(prior, by: motiveWeight, m[i])) }
        }
    }

    /// The memory's fields by name, after the model's (``ModelParameters/fields``).
    var fields: [(key: String, label: String, value: Double)] {
        [("memoryHalfLife", "memory half-life", halfLife), ("beliefMemory", "belief memory κ_b", beliefWeight), ("motiveMemory", "motive memory κ_m", motiveWeight)]
    }

    /// The grid ``MemoryCalibration`` searches at each candidate point: h ∈ {2, 5, 10, 20} years
    /// × κ_b ∈ {0, 1, 4} × κ_m ∈ {0, 0.5, 1, 2}, less the twelve without memory (κ_b = κ_m = 0)
    /// — 44 memories.
    public static let grid: [DisputeMemory] = [2.0, 5.0, 10.0, 20.0].flatMap { h in
        [0.0, 1.0, 4.0].flatMap { b in
            [0.0, 0.5, 1.0, 2.0].compactMap { k in b == 0 && k == 0 ? nil : DisputeMemory(halfLife: h, beliefWeight: b, motiveWeight: k) }
        }
    }
}
