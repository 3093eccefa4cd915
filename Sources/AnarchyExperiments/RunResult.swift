import AnarchyCore
import AnarchyWorld

/// One run of an experiment: where it sits in the design, its seed, what it measured and how
/// long it took (kept out of exports unless asked: timings are the only thing that varies
/// between two runs of the same experiment).
public struct RunResult: Sendable, Equatable {
    public let point: Int
    public let replication: Int
    public let seed: UInt64
    /// The run's SDW-1 digest (the fingerprint of its final state).
    public let digest: String
    /// One value per metric, in the experiment's metric order.
    public let values: [Double]
    public let seconds: Double

    public init(point: Int, replication: Int, seed: UInt64, digest: String, values: [Double], seconds: Double) {
        self.point = point
        self.replication = replication
        self.seed = seed
        self.digest = digest
        self.values = values
        self.seconds = seconds
    }

    /// Runs `scenario` with `seed` on one thread and measures `metrics` (the focal ones read
    /// state `focal`; NaN without one).
    public static func run(
        _ scenario: Scenario, point: Int, replication: Int, seed: UInt64, metrics: [Metric], focal: Int? = nil
    ) throws(ScenarioError) -> RunResult {
        let start = MonotonicClock.seconds()
        var scenario = scenario
        scenario.seed = seed
        let world = try World(scenario: scenario, threads: 1)
        let perTick = metrics.contains { $0.perTick }
        var share = 0.0, spiral = 0.0, misperception = 0.0, concentration = 0.0
        var wars = 0
        var rivalsBelief = 0.0, rivalsTicks = 0, discrimination = 0.0, discriminationTicks = 0
        world.run(ticks: scenario.ticks) { w in
            wars += w.warsThisTick
            if let focal, metrics.contains(.beliefOfFocalRivalsMean) {
                let b = w.focalReadings(of: focal).beliefOfRivals
                if !b.isNaN { rivalsBelief += b; rivalsTicks += 1 }
            }
            if metrics.contains(.discriminationMean) {
                let r = w.motiveReadings()
                let d = r.beliefAboutGreedy - r.beliefAboutSeekers
                if !d.isNaN { discrimination += d; discriminationTicks += 1 }
            }
            guard perTick else { return }
            let m = w.metrics(), s = w.systemMetrics()
            share += m.meanShare
            spiral += m.spiral
            misperception += s.misperception
            concentration += s.concentration
        }
        let final = world.metrics(), system = world.systemMetrics(), alliances = world.allianceMetrics()
        let communities = world.communityMetrics(), identity = world.identityShares(), readings = world.motiveReadings()
        let focalNow = focal.map { world.focalReadings(of: $0) }
        let tally = world.warTally
        let ticks = Double(max(scenario.ticks, 1))
        let values = metrics.map { metric -> Double in
            switch metric {
            case .alive: Double(final.alive)
            case .wars: Double(tally.begun)
            case .warRounds: Double(wars)
            case .conquered: Double(system.conquered)
            case .meanShare: final.meanShare
            case .spiral: final.spiral
            case .misperception: system.misperception
            case .concentration: system.concentration
            case .offense: final.offense
            case .defense: final.defense
            case .wealth: final.wealth
            case .meanShareMean: share / ticks
            case .spiralMean: spiral / ticks
            case .misperceptionMean: misperception / ticks
            case .concentrationMean: concentration / ticks
            case .alliances: Double(alliances.alliances)
            case .blocs: Double(alliances.blocs)
            case .polarity: Double(alliances.polarity)
            case .honouredShare: alliances.honouredShare
            case .communities: Double(communities?.communities ?? 0)
            case .largestCommunity: Double(communities?.largest ?? 0)
            case .communityShare: communities?.memberShare ?? 0
            case .communityBirth: communities?.firstBirth.map(Double.init) ?? .nan
            case .communityBirthByEnd: communities.map { c in c.firstBirth.map(Double.init) ?? Double(scenario.ticks) } ?? .nan
            case .beliefBetweenCommunities: communities?.beliefBetween ?? .nan
            case .friendShare: identity?.friends ?? 0
            case .enemyShare: identity?.enemies ?? 0
            case .beliefAboutSeekers: readings.beliefAboutSeekers
            case .beliefAboutGreedy: readings.beliefAboutGreedy
            case .greedyWealthShare: readings.greedyWealthShare
            case .discrimination: readings.beliefAboutGreedy - readings.beliefAboutSeekers
            case .discriminationMean: discriminationTicks > 0 ? discrimination / Double(discriminationTicks) : .nan
            case .greedyWars: Double(tally.byGreedy)
            case .attacksOnSeekers: Double(tally.onSeekers)
            case .warsBegun: Double(tally.begun)
            case .seekerWars: Double(tally.seekerWars)
            case .fearWars: Double(tally.fearWars)
            case .unwarrantedShare: tally.unwarrantedShare
            case .wealthLost: tally.wealthLost
            case .focalWealthShare: focalNow?.wealthShare ?? .nan
            case .beliefOfFocalRivals: focalNow?.beliefOfRivals ?? .nan
            case .beliefOfFocalRivalsMean: rivalsTicks > 0 ? rivalsBelief / Double(rivalsTicks) : .nan
            }
        }
        return RunResult(
            point: point, replication: replication, seed: seed, digest: world.digestHex, values: values,
            seconds: MonotonicClock.seconds() - start)
    }
}
