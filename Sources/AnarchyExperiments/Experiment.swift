import AnarchyWorld

/// An experiment (`docs/EXPERIMENTS.md`): a base scenario, the factors to vary and how, the
/// replications per design point, the master seed, the metrics to collect and an optional
/// stopping rule. A value; files are read by ``ExperimentFile``.
public struct Experiment: Sendable, Equatable {
    public var name: String
    public var summary: String = ""
    /// Where the base came from (a built-in's name or a file path), for records.
    public var baseSource: String
    /// The scenario every design point starts from (its own seed is replaced per run).
    public var base: Scenario
    public var design: Design = .grid
    public var factors: [Factor] = []
    /// Replications per design point (with a stopping rule: per round).
    public var replications: Int = 10
    /// The master seed every run's seed is derived from (`SeedDerivation.run` (AnarchyCore)).
    public var seed: UInt64 = 1
    /// What each run reports (all final-state metrics by default).
    public var metrics: [Metric] = Metric.finals
    public var stop: StoppingRule? = nil
    /// The state the focal metrics (``Metric/needsFocal``) read, by name: a rising power, a
    /// bleeder, a state whose alliance expands. Nil: none.
    public var focal: String? = nil

    /// The focal state's index in the base scenario (states without a name are "S" and their index).
    public var focalIndex: Int? {
        guard let focal else { return nil }
        return base.states.indices.first { (base.states[$0].name ?? "S\($0)") == focal }
    }

    public init(name: String, baseSource: String, base: Scenario) {
        self.name = name
        self.baseSource = baseSource
        self.base = base
    }

    /// How design points are chosen from the factors.
    public enum Design: Sendable, Equatable {
        /// Every combination of the factors' values (the last factor varies fastest).
        case grid
        /// `points` points drawn uniformly in the factors' ranges.
        case random(points: Int)
        /// `points` points of a Latin hypercube over the factors' ranges (McKay, Beckman & Conover 1979).
        case latinHypercube(points: Int)
        /// The base point, then each factor over its values with the others at the base's values.
        case oneAtATime

        public var name: String {
            switch self {
            case .grid: "grid"
            case .random: "random"
            case .latinHypercube: "latinHypercube"
            case .oneAtATime: "oneAtATime"
            }
        }
    }

    /// A number of the scenario file to vary, by its path in the scenario schema (`system.beta`,
    /// `states[0].wealth`, `mechanisms.joiningSides.share`), over listed values (grid,
    /// one-at-a-time) or a range (random, Latin hypercube).
    public struct Factor: Sendable, Equatable {
        public var path: String
        public var values: [Double] = []
        public var range: ClosedRange<Double>? = nil
        public init(path: String, values: [Double] = [], range: ClosedRange<Double>? = nil) {
            self.path = path
            self.values = values
            self.range = range
        }
    }

    /// Replicate each design point in rounds of `replications` until the 95% normal interval of
    /// `metric`'s mean is narrower than `width`, or `maxReplications` runs.
    public struct StoppingRule: Sendable, Equatable {
        public var metric: Metric
        public var width: Double
        public var maxReplications: Int
        public init(metric: Metric, width: Double, maxReplications: Int) {
            self.metric = metric
            self.width = width
            self.maxReplications = maxReplications
        }
    }
}

/// A number a run reports. Final-state metrics are read after the last tick; the `…Mean` ones are
/// means over ticks (tick 1 to the last).
public enum Metric: String, Sendable, CaseIterable, Equatable {
    case alive, wars, conquered, meanShare, spiral, misperception, concentration, offense, defense, wealth
    case meanShareMean, spiralMean, misperceptionMean, concentrationMean
    case alliances, blocs, polarity, honouredShare
    case communities, largestCommunity, communityShare, communityBirth, communityBirthByEnd, beliefBetweenCommunities, friendShare, enemyShare
    case beliefAboutSeekers, beliefAboutGreedy, greedyWealthShare, discrimination, discriminationMean
    case greedyWars, attacksOnSeekers
    case warsBegun, warRounds, seekerWars, fearWars, unwarrantedShare, wealthLost
    case focalWealthShare, beliefOfFocalRivals, beliefOfFocalRivalsMean

    /// The final-state metrics, the default.
    public static let finals: [Metric] = [.alive, .wars, .conquered, .meanShare, .spiral, .misperception, .concentration, .offense, .defense, .wealth]

    /// Whether it reads the experiment's focal state (``Experiment/focal``).
    public var needsFocal: Bool { [.focalWealthShare, .beliefOfFocalRivals, .beliefOfFocalRivalsMean].contains(self) }

    /// Whether it needs every tick's metrics.
    public var perTick: Bool { rawValue.hasSuffix("Mean") }

    public var meaning: String {
        switch self {
        case .alive: "states alive at the end"
        case .wars: "wars begun over the run (a protracted war counts once; warRounds counts its rounds, as SDW-1's per-tick series column wars does)"
        case .conquered: "states conquered over the run"
        case .meanShare: "mean spending share at the end (the arms burden)"
        case .spiral: "spiral index at the end (mean belief among neighbouring seekers that the other is greedy)"
        case .misperception: "mean |belief − truth| over neighbour pairs at the end"
        case .concentration: "Herfindahl–Hirschman index of wealth shares at the end"
        case .offense: "total offense at the end"
        case .defense: "total defense at the end"
        case .wealth: "total wealth at the end"
        case .meanShareMean: "mean spending share, averaged over ticks"
        case .spiralMean: "spiral index, averaged over ticks"
        case .misperceptionMean: "misperception, averaged over ticks"
        case .concentrationMean: "power concentration, averaged over ticks"
        case .alliances: "alliance ties standing at the end (alliances mechanism)"
        case .blocs: "blocs of two or more allied states at the end"
        case .polarity: "blocs (or lone states) holding at least 10% of the wealth at the end"
        case .honouredShare: "share of commitments honoured when an ally was attacked (NaN if none was)"
        case .communities: "security communities standing at the end (communities mechanism)"
        case .largestCommunity: "members of the largest security community at the end"
        case .communityShare: "share of alive states in a security community at the end"
        case .communityBirth: "tick the first security community was born (NaN if none was)"
        case .communityBirthByEnd: "tick the first security community was born, or the run's length if none was (censored at the horizon: its mean is the restricted mean time to the first birth; NaN without the communities mechanism)"
        case .beliefBetweenCommunities: "mean belief across the borders of different communities at the end — their own security dilemma (NaN if none border)"
        case .friendShare: "share of neighbour relations that are friendships at the end (identity mechanism)"
        case .enemyShare: "share of neighbour relations that are enmities at the end (identity mechanism)"
        case .beliefAboutSeekers: "mean belief that a neighbour is greedy, over neighbours that are security seekers, at the end"
        case .beliefAboutGreedy: "mean belief that a neighbour is greedy, over neighbours that are greedy, at the end"
        case .greedyWealthShare: "share of the alive states' wealth held by greedy states at the end"
        case .discrimination: "beliefAboutGreedy − beliefAboutSeekers at the end: how much better greedy neighbours are read as greedy than seekers (0: the signal is lost)"
        case .discriminationMean: "discrimination averaged over the ticks where it is defined (greedy and seeker neighbours both alive)"
        case .greedyWars: "wars started by greedy states over the run (first rounds; a war's later rounds are not counted)"
        case .attacksOnSeekers: "wars started against security seekers over the run (first rounds)"
        case .warsBegun: "wars begun over the run: the same as wars (the name the claims use)"
        case .warRounds: "rounds of war over the run: a protracted war counts once per round it is fought (SDW-1's per-tick count, summed)"
        case .seekerWars: "wars begun in which neither side held a greedy state (attacker, target, first-round joiners): unwarranted wars"
        case .fearWars: "wars begun from fear: by preemption, or preventive wars that weighed the belief that the riser is greedy"
        case .unwarrantedShare: "seekerWars / warsBegun (NaN when no war was begun)"
        case .wealthLost: "wealth destroyed by war over the run: forces lost (bought one for one with wealth) and retaliation"
        case .focalWealthShare: "the focal state's share of the alive states' wealth at the end (0 if conquered)"
        case .beliefOfFocalRivals: "mean belief that the focal state is greedy held by its alive neighbours not allied to it, at the end (NaN if none)"
        case .beliefOfFocalRivalsMean: "beliefOfFocalRivals averaged over the ticks where it is defined"
        }
    }
}
