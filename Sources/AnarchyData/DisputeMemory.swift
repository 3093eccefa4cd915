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
/// record of past disputes tells, through three channels of the security dilemma's machinery,
/// and how many years its worlds run before the year forecast.
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
/// - **Wars under way** (the world's own history carried over, where one-year worlds start every
///   year at peace): each war going on at the end of the year before between a relevant dyad
///   begins at tick 1 as a scripted war (side A attacking); the target's allies honour or abandon
///   it as in any war (``CarriedWars/allies``), or, with the joining-sides mechanism on too
///   (defaults), third states join it as they join any war (``CarriedWars/joining``) — the
///   multilateral spread of the world wars' dyadic disputes (Siverson & Starr 1991). The carried
///   wars' own pairs are not counted as onsets (the data count a dispute in its first year only).
/// - **Run-up** (``runUp``): multi-year worlds over the years before, which carry the world's own
///   motives, beliefs and joined wars from year to year (``ModelForecast``).
/// With κ_b = κ_m = 0, no wars carried and no run-up, the world has no memory. Calibration fits h,
/// κ_b, κ_m, whether wars are carried and the run-up on the training years (``MemoryCalibration``).
public struct DisputeMemory: Sendable, Hashable {
    /// h: the years after which a dispute counts half.
    public var halfLife: Double
    /// κ_b: log-odds of greed added to each side's belief per remembered dispute (0 = the prior).
    public var beliefWeight: Double
    /// κ_m: log-odds added to a state's own probability of greed per remembered dispute (0 = pGreedy).
    public var motiveWeight: Double
    /// Whether the wars under way at the end of the year before begin at tick 1, and who may join them.
    public var carriesWars: CarriedWars
    /// L: the years of run-up before the forecast year — 0, one-year worlds; L > 0, each run is a
    /// multi-year world over the years t − L … t that carries from each year into the next what
    /// the data do not record (its states' motives, their beliefs, who has joined which war;
    /// `CarriedHistory`), only year t's disputes counted.
    public var runUp: Int

    /// How a world carries the wars under way at the end of the year before.
    public enum CarriedWars: Int, Sendable, Hashable {
        /// Not at all: every world starts at peace.
        case none = 0
        /// As scripted wars at tick 1 that the target's allies honour or abandon.
        case allies = 1
        /// As scripted wars that third states may join too (the joining-sides mechanism).
        case joining = 2
    }

    /// - Precondition: `halfLife > 0` when a weight is not 0 (a weight reads the decay); `runUp ≥ 0`.
    public init(halfLife: Double, beliefWeight: Double, motiveWeight: Double, carriesWars: CarriedWars = .none, runUp: Int = 0) {
        precondition(halfLife > 0 || (beliefWeight == 0 && motiveWeight == 0), "a memory with weight needs a half-life above 0")
        precondition(runUp >= 0, "a run-up is 0 years or more")
        self.runUp = runUp
        self.halfLife = halfLife
        self.beliefWeight = beliefWeight
        self.motiveWeight = motiveWeight
        self.carriesWars = carriesWars
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
        if beliefWeight != 0 {
            scenario.beliefs = year.dyads.filter { !$0.past.isEmpty }.flatMap { d -> [InitialBelief] in
                let b = belief(prior: prior, past: d.past)
                return [InitialBelief(observer: d.a, neighbour: d.b, belief: b), InitialBelief(observer: d.b, neighbour: d.a, belief: b)]
            }
            scenario.mechanisms.preemption = Mechanisms.Preemption(cost: Self.preemptionCost)
        }
        if motiveWeight != 0 {
            var m = [Double](repeating: 0, count: scenario.states.count)
            for d in year.dyads where !d.past.isEmpty {
                let r = remembered(d.past)
                m[d.a] += r
                m[d.b] += r
            }
            for i in m.indices where m[i] != 0 { scenario.states[i].motive = .probability(Self.raised(prior, by: motiveWeight, m[i])) }
        }
        if carriesWars != .none && !year.warsUnderWay.isEmpty {
            scenario.policies += year.warsUnderWay.map { Policy(tick: 1, action: .war($0.attacker, $0.target)) }
            if carriesWars == .joining { scenario.mechanisms.joiningSides = Mechanisms.JoiningSides() }
        }
    }

    /// The memory's fields by name, after the model's (``ModelParameters/fields``).
    var fields: [(key: String, label: String, value: Double)] {
        [
            ("memoryHalfLife", "memory half-life", halfLife), ("beliefMemory", "belief memory κ_b", beliefWeight), ("motiveMemory", "motive memory κ_m", motiveWeight),
            ("carriedWars", "wars carried over (0 no, 1 with allies, 2 with joiners)", Double(carriesWars.rawValue)),
        ] + (runUp > 0 ? [("memoryRunUp", "run-up years", Double(runUp))] : [])
    }

    /// The grid ``MemoryCalibration`` searches at each candidate point: wars carried over not at
    /// all, with allies or with joiners × h ∈ {2, 5, 10, 20} years × κ_b ∈ {0, 1, 4} × κ_m ∈
    /// {0, 0.5, 1, 2} with a weight above 0, and wars carried over alone, both ways (h = 0: no
    /// weight reads it) — 134 memories — each in one-year worlds and in multi-year worlds with a
    /// run-up of ``gridRunUp`` years: 268 memories.
    public static let grid: [DisputeMemory] = oneYearGrid + oneYearGrid.map { memory in
        var m = memory
        m.runUp = gridRunUp
        return m
    }

    /// The run-up of the grid's multi-year worlds: long enough to span most of a world war's
    /// years before the one forecast (1914–1918, 1939–1945).
    public static let gridRunUp = 3

    static let oneYearGrid: [DisputeMemory] = [CarriedWars.none, .allies, .joining].flatMap { carry in
        [2.0, 5.0, 10.0, 20.0].flatMap { h in
            [0.0, 1.0, 4.0].flatMap { b in
                [0.0, 0.5, 1.0, 2.0].compactMap { k in b == 0 && k == 0 ? nil : DisputeMemory(halfLife: h, beliefWeight: b, motiveWeight: k, carriesWars: carry) }
            }
        }
    } + [CarriedWars.allies, .joining].map { DisputeMemory(halfLife: 0, beliefWeight: 0, motiveWeight: 0, carriesWars: $0) }
}
