import AnarchyCore
import AnarchyWorld

/// The model's parameters that calibration fits: the prior probability that a state is greedy,
/// the attack ratio (how far offense must beat defense), the upper bound of targets' private
/// cost of war in crises (the crisis mechanism makes most would-be attacks demands first), the
/// reach of power over distance, and the cost of preventive war (seekers facing a rising
/// neighbour weigh it: Powell 2006), and how much states misjudge the balance in crises (the crisis
/// mechanism's `misjudgement`: disagreement about relative strength, Blainey 1973 — challenges
/// between near-equals).
public struct ModelParameters: Sendable, Equatable, Hashable {
    public var pGreedy: Double
    public var attackRatio: Double
    public var crisisCostHigh: Double
    /// Loss of strength's reach: how far power projects (history scenarios' distances are 1–4).
    public var reach: Double
    /// The cost of a preventive war to each side (Powell 2006's c_D = c_R; preventive war is on).
    public var preventionCost: Double
    /// The crisis mechanism's misjudgement σ (log-odds error; 0 = off).
    public var misjudgement: Double
    /// The crisis mechanism's settled status quo s: the chance that a would-be attack's gain is
    /// already conceded (Powell 1999; 0 = never).
    public var settled: Double
    /// The memory of past disputes the worlds start from, with the preemption mechanism
    /// (``DisputeMemory``); nil (the default) = every world starts from the prior.
    public var memory: DisputeMemory? = nil

    public init(
        pGreedy: Double, attackRatio: Double, crisisCostHigh: Double, reach: Double = 5, preventionCost: Double = 0.3, misjudgement: Double = 0,
        settled: Double = 0
    ) {
        self.misjudgement = misjudgement
        self.settled = settled
        self.pGreedy = pGreedy
        self.attackRatio = attackRatio
        self.crisisCostHigh = crisisCostHigh
        self.reach = reach
        self.preventionCost = preventionCost
    }

    /// The parameters by name (the JSON key, and the words for people), in the grid's order; the
    /// memory's after them when there is one.
    public var fields: [(key: String, label: String, value: Double)] {
        baseFields + (memory?.fields ?? [])
    }

    private var baseFields: [(key: String, label: String, value: Double)] {
        [
            ("pGreedy", "pGreedy", pGreedy), ("attackRatio", "attackRatio", attackRatio), ("crisisCostHigh", "crisis costHigh", crisisCostHigh),
            ("reach", "reach", reach), ("preventionCost", "prevention cost", preventionCost), ("misjudgement", "misjudgement", misjudgement),
            ("settled", "settled status quo", settled),
        ]
    }

    /// "pGreedy 0.35, attackRatio 8, …".
    public var summary: String { fields.map { "\($0.label) \(PlainNumber.text($0.value))" }.joined(separator: ", ") }

    /// The grid calibration searches: 4 × 3 × 4 × 2 × 2 × 4 × 5 = 3,840 points.
    public static let grid: [ModelParameters] = [0.1, 0.2, 0.35, 0.5].flatMap { p in
        [3.0, 8.0, 21.0].flatMap { r in
            [0.2, 0.5, 1.0, 2.0].flatMap { c in
                [5.0, 10.0].flatMap { reach in
                    [0.3, 1.0].flatMap { cost in
                        [0.0, 0.25, 0.5, 1.0].flatMap { m in
                            [0.0, 0.25, 0.5, 0.75, 1.0].map { s in
                                ModelParameters(pGreedy: p, attackRatio: r, crisisCostHigh: c, reach: reach, preventionCost: cost, misjudgement: m, settled: s)
                            }
                        }
                    }
                }
            }
        }
    }

    /// A historical year's scenario with these parameters and the crisis mechanism on, for one
    /// tick (a year); with memory, the year's initial beliefs and the preemption mechanism too.
    func apply(to year: HistoricalYear, seed: UInt64) -> Scenario {
        var s = apply(to: year.scenario, seed: seed)
        memory?.apply(to: &s, year, prior: pGreedy)
        return s
    }

    /// `scenario` with these parameters (all but the memory) and the crisis mechanism on, for one tick.
    func apply(to scenario: Scenario, seed: UInt64) -> Scenario {
        var s = scenario
        s.system.pGreedy = pGreedy
        s.system.attackRatio = attackRatio
        s.mechanisms.crisis = Mechanisms.CrisisBargaining(costChallenger: 0.1, costLow: 0, costHigh: crisisCostHigh, misjudgement: misjudgement, settled: settled)
        s.mechanisms.lossOfStrength = Mechanisms.LossOfStrength(reach: reach)
        s.mechanisms.preventiveWar = Mechanisms.PreventiveWar(costDeclining: preventionCost, costRising: preventionCost)
        s.ticks = 1
        s.seed = seed
        return s
    }
}

/// What the model says about one historical year: for each relevant dyad, the share of seeded
/// runs in which a dispute began between the two in that year — a crisis (a demand under the
/// crisis mechanism) or a war — and the share in which a war began. A run is a one-year world,
/// or with a memory's run-up a multi-year world over the years before (`CarriedHistory`).
public struct ModelForecast: Sendable {
    public let onset: [Double]
    public let war: [Double]

    /// Runs `seeds` worlds of `year` (seeds offset+1…offset+seeds, mixed with the year): one-tick
    /// worlds, or — when the parameters' memory has a run-up L > 0 — runs through the last L
    /// years of `runUp` (consecutive years ending the year before `year`, ascending; fewer when
    /// it holds fewer) and then `year`, each year one tick of its own scenario, carrying
    /// `CarriedHistory` from year to year.
    public init(
        _ year: HistoricalYear, runUp: [HistoricalYear] = [], parameters: ModelParameters, seeds: Int, offset: Int = 0
    ) throws(ScenarioError) {
        var index: [COWHistory.Pair: Int] = [:]
        for (k, d) in year.dyads.enumerated() { index[COWHistory.Pair(d.a, d.b)] = k }
        // A war carried over is under way, not begun: its own pair is no onset (its joiners' are).
        if let carry = parameters.memory?.carriesWars, carry != .none { for w in year.warsUnderWay { index[COWHistory.Pair(w.attacker, w.target)] = nil } }
        let chain = Array(runUp.suffix(parameters.memory?.runUp ?? 0))
        precondition(chain.enumerated().allSatisfy { $1.year == year.year - chain.count + $0 }, "a run-up is the consecutive years before the year forecast")
        var byCodes: [COWHistory.Pair: Int] = [:]
        if !chain.isEmpty { for (k, d) in year.dyads.enumerated() { byCodes[COWHistory.Pair(d.codeA, d.codeB)] = k } }
        var onsets = [Int](repeating: 0, count: year.dyads.count), wars = [Int](repeating: 0, count: year.dyads.count)
        // The years' scenarios with these parameters (and their memory) are built once; runs differ by seed.
        let scenario = parameters.apply(to: year, seed: 0)
        let before = chain.map { parameters.apply(to: $0, seed: 0) }
        let positions = chain.isEmpty ? [] : ([scenario] + before).map(CarriedHistory.positions(in:))
        for s in 1...Swift.max(1, seeds) {
            var carried = CarriedHistory()
            for (k, earlier) in chain.enumerated() {
                var runUpScenario = before[k]
                runUpScenario.seed = SeedDerivation.named("history \(year.year) seed \(offset + s) run-up \(earlier.year)")
                carried.apply(to: &runUpScenario, earlier, positions: positions[k + 1])
                let world = try World(scenario: runUpScenario)
                world.step()
                carried.record(world, earlier, next: k + 1 < chain.count ? chain[k + 1] : year)
            }
            var final = scenario
            final.seed = SeedDerivation.named("history \(year.year) seed \(offset + s)")
            if !chain.isEmpty { carried.apply(to: &final, year, positions: positions[0]) }
            let world = try World(scenario: final)
            world.step()
            let underWay = Set(carried.atWar.keys.compactMap { byCodes[$0] })
            var seen = Set<Int>(), fought = Set<Int>()
            for event in world.events {
                switch event {
                case let .crisis(c): if let k = index[COWHistory.Pair(c.challenger, c.target)], !underWay.contains(k) { seen.insert(k) }
                case let .war(w) where w.round == 1:
                    for (a, b) in Self.opposingPairs(w) {
                        guard let k = index[COWHistory.Pair(a, b)], !underWay.contains(k) else { continue }
                        seen.insert(k)
                        fought.insert(k)
                    }
                default: break
                }
            }
            for k in seen { onsets[k] += 1 }
            for k in fought { wars[k] += 1 }
        }
        let n = Double(Swift.max(1, seeds))
        onset = onsets.map { Double($0) / n }
        war = wars.map { Double($0) / n }
    }

    /// The consecutive years before `year` that a run-up of `length` years runs through, ascending,
    /// from those `built` holds (by year): fewer when one is missing (the data's first years).
    public static func runUp(of year: Int, length: Int, from built: [Int: HistoricalYear]) -> [HistoricalYear] {
        var years: [HistoricalYear] = []
        var y = year - 1
        while years.count < length, let earlier = built[y] {
            years.append(earlier)
            y -= 1
        }
        return years.reversed()
    }
}

extension ModelForecast {
    /// The pairs on opposite sides of a war's round, as the dyadic dispute data record a
    /// multilateral dispute: attacker and target; the target's honouring allies and defending
    /// joiners against the attacker; attacking joiners against the target.
    static func opposingPairs(_ w: War) -> [(Int, Int)] {
        [(w.attacker, w.target)] + (w.honouredBy + w.targetAllies).map { ($0, w.attacker) } + w.attackerAllies.map { ($0, w.target) }
    }
}
