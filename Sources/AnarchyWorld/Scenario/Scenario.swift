/// A world to run, as a value: its states, their geography, the system's parameters, the horizon
/// and the seed (read from scenario files by `AnarchyScenarioFiles`; documented field by field in
/// `docs/SCENARIOS.md`).
///
/// The rules are SDW-1's (`shared/specs/sdw1.md`) on any geography, with states that may be given
/// one by one: a fixed motive or their own probability of greed, starting wealth, forces and
/// growth rate. With every state left to its defaults on SDW-1's ring, a scenario *is* SDW-1 and
/// gives SDW-1's digest bit for bit (``sdw1(_:)``; a test keeps this forever).
public struct Scenario: Sendable, Equatable {
    /// A short identifier (for lists and file names).
    public var name: String = "scenario"
    /// What the scenario shows, in a sentence or a paragraph.
    public var summary: String = ""
    /// Seed of the run's one SplitMix64 stream.
    public var seed: UInt64 = 1
    /// Number of ticks (0…10,000,000).
    public var ticks: Int = 200
    /// The system parameters (β, δ, σ, growth, …). Its `n`, `k`, `ticks` and `seed` are not used:
    /// the states, the geography and the fields above decide them.
    public var system = SDW1Parameters()
    /// The states, in index order (at least 2; at least 3 on a ring).
    public var states: [StateSpec] = Array(repeating: StateSpec(), count: 12)
    /// Who neighbours whom.
    public var geography: Geography = .ring(k: 2)
    /// The optional mechanisms switched on (none by default).
    public var mechanisms = Mechanisms()
    /// Scripted policy levers (alliances mechanism), in the order given.
    public var policies: [Policy] = []
    /// Institutions among the states (``Institution``); none in SDW-1.
    public var institutions: [Institution] = []
    /// Beliefs the world starts from in place of the prior `pGreedy` (``InitialBelief``), each
    /// between neighbours; none in SDW-1. A pair given twice takes the last.
    public var beliefs: [InitialBelief] = []

    public init() {}

    /// SDW-1 with these parameters, as a scenario (default states on the ring).
    public static func sdw1(_ parameters: SDW1Parameters) -> Scenario {
        var scenario = Scenario()
        scenario.name = "sdw1"
        scenario.summary = "SDW-1, the reference Security Dilemma World (docs/SDW1.md)."
        scenario.seed = parameters.seed
        scenario.ticks = parameters.ticks
        scenario.system = parameters
        scenario.states = Array(repeating: StateSpec(), count: parameters.n)
        scenario.geography = .ring(k: parameters.k)
        return scenario
    }

    /// Shortens (or lengthens) the run to `ticks`, dropping the scheduled policies and
    /// institutions that would start past the new horizon. Returns what was dropped, in words
    /// ("policies[2] at tick 60", "institutions[0] (League) from tick 80"), for the user.
    public mutating func setTicks(_ ticks: Int) -> [String] {
        self.ticks = ticks
        let horizon = Swift.max(1, ticks)
        var dropped: [String] = []
        for (i, policy) in policies.enumerated() where policy.tick > horizon { dropped.append("policies[\(i)] at tick \(policy.tick)") }
        for (i, institution) in institutions.enumerated() where institution.from > horizon {
            dropped.append("institutions[\(i)] (\(institution.name)) from tick \(institution.from)")
        }
        policies.removeAll { $0.tick > horizon }
        institutions.removeAll { $0.from > horizon }
        return dropped
    }

    /// The parameters the engine runs with: the system's, with n, k, ticks and seed from the scenario.
    public var parameters: SDW1Parameters {
        var p = system
        p.n = states.count
        p.k = if case let .ring(k) = geography { k } else { 1 }
        p.ticks = ticks
        p.seed = seed
        return p
    }
}

/// One state of a scenario. Every field has a default, drawn or taken as SDW-1 does.
public struct StateSpec: Sendable, Equatable {
    /// A name for outputs (default: "S" and the index).
    public var name: String?
    /// Security seeker, greedy, or greedy with a probability; default: greedy with probability
    /// `pGreedy`, drawn in SDW-1's first initialisation pass.
    public var motive: Motive?
    /// Starting wealth (> 0); default: drawn as SDW-1 does, `100 × (0.5 + u)`.
    public var wealth: Double?
    /// Starting offense and defense stocks (≥ 0; default 0).
    public var offense: Double = 0
    public var defense: Double = 0
    /// Starting retaliation (punishment) stock, ≥ 0 (default 0); needs the deterrence mechanism.
    public var retaliation: Double = 0
    /// Economic growth per tick (0…1); default: the system's `growth`.
    public var growth: Double?
    /// Force-employment skill (Biddle 2004), > 0: combat strength is stock × skill. Default 1.
    /// Observers cannot see it (threat and perception read stocks).
    public var skill: Double?
    /// The doctrine's id in ``DoctrineRegistry`` (default: SDW-1's rule for the state's motive).
    public var doctrine: String?
    /// Values for the doctrine's parameters (``Doctrine/parameters``); the rest take defaults.
    public var doctrineSettings: [String: Double] = [:]
    /// A major power (COW's Major Powers list when the scenario comes from history): recorded
    /// for analysis — summaries, and the politically relevant dyads a history scenario links.
    public var major = false

    public init(
        name: String? = nil, motive: Motive? = nil, wealth: Double? = nil, offense: Double = 0, defense: Double = 0,
        retaliation: Double = 0, growth: Double? = nil, skill: Double? = nil, doctrine: String? = nil
    ) {
        self.retaliation = retaliation
        self.name = name
        self.motive = motive
        self.wealth = wealth
        self.offense = offense
        self.defense = defense
        self.growth = growth
        self.skill = skill
        self.doctrine = doctrine
    }
}

/// A state's private motive (Glaser 1997; Kydd 1997): a security seeker arms only for safety, a
/// greedy state to expand.
public enum Motive: Sendable, Equatable {
    case security
    case greedy
    /// Greedy with this probability, drawn at initialisation.
    case probability(Double)
}

/// Why a scenario cannot run: the field (a path such as `states[3].wealth`) and the reason.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where: `system.beta`, `states[3].wealth`, `geography.edges[2]`, … (empty for the whole file).
    public let path: String
    public let message: String
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
