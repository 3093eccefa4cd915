import AnarchyCore

/// A state's strategy in the world: how much it arms, how it splits arms between offense and
/// defense, and whether it attacks a weaker neighbour. A doctrine sees only what its state can
/// observe (``DoctrineObservation``), so it cannot cheat by reading other states' motives or beliefs.
///
/// Doctrines are selected per state in a scenario (`states[i].doctrine`); a state without one
/// follows SDW-1's rule for its motive (the ``DefensiveRealist`` rule for a security seeker, the
/// ``GreedyOpportunist`` rule for a greedy state), so the default world is SDW-1.
public protocol Doctrine: Sendable {
    /// Who the doctrine is: id, school, stance, information used, citation.
    static var metadata: DoctrineMetadata { get }
    /// The numbers a scenario may tune (`states[i].doctrine: {id: …, name: value}`).
    static var parameters: [DoctrineParameter] { get }
    /// The doctrine with these parameter values (validated by ``DoctrineRegistry``); a missing
    /// one takes its default.
    init(settings: [String: Double])
    /// This tick's spending share (in (0, sMax]) and offensive share of new arms (in [0, 1]).
    func allocation(_ observation: DoctrineObservation) -> DoctrineAllocation
    /// Whether to attack the weakest alive neighbour, given effective strengths.
    func attacks(_ observation: DoctrineObservation, ownOffense: Double, targetDefense: Double) -> Bool
    /// Whether to join a neighbour's war this round, and on which side (joining-sides mechanism
    /// only; nil = stay out). The default is the engine's rule for the state's motive
    /// (``WarView/defaultSide(greedy:)``).
    func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide?
}

extension Doctrine {
    public static var parameters: [DoctrineParameter] { [] }

    /// The value of `name` in `settings`, else the parameter's default.
    static func value(_ name: String, in settings: [String: Double]) -> Double {
        settings[name] ?? parameters.first { $0.name == name }?.defaultValue ?? .nan
    }

    public func joins(_ observation: DoctrineObservation, war: WarView) -> WarSide? {
        war.defaultSide(greedy: observation.greedy)
    }
}

/// A side of a war.
public enum WarSide: Sendable, Equatable {
    case attacker, defender
}

/// What a bystander sees of a neighbour's war when it decides whether to join it: its own belief
/// about the attacker, the attacker's chance on visible stocks, and the round.
public struct WarView: Sendable, Equatable {
    /// The bystander's belief that the attacker is greedy (its prior if it does not border it).
    public let attackerBelief: Double
    /// The attacker side's chance of winning this round before anyone else joins, from visible
    /// stocks (SDW-1's contest; skill is unobservable).
    public let attackerWinProbability: Double
    /// 1 for the round that opens the war.
    public let round: Int
    /// The joining mechanism's belief threshold (public).
    public let beliefThreshold: Double

    public init(attackerBelief: Double, attackerWinProbability: Double, round: Int, beliefThreshold: Double) {
        self.attackerBelief = attackerBelief
        self.attackerWinProbability = attackerWinProbability
        self.round = round
        self.beliefThreshold = beliefThreshold
    }

    /// The engine's rule (``Mechanisms/JoiningSides``): a seeker balances against a threat it
    /// believes greedy (Walt 1987); a greedy state joins a likely winner for spoils (Schweller 1994).
    public func defaultSide(greedy: Bool) -> WarSide? {
        if greedy { return attackerWinProbability >= 0.5 ? .attacker : nil }
        return attackerBelief >= beliefThreshold ? .defender : nil
    }
}

/// What a state can see when it decides: its own motive, wealth and stocks, the threat it
/// perceives (SDW-1 phase 1, from its own beliefs), and the public system parameters.
public struct DoctrineObservation: Sendable {
    public let greedy: Bool
    public let wealth: Double
    public let offense: Double
    public let defense: Double
    /// `max_j belief[i][j] · perceivedOffense(j) / (β·d_i + 1)` over alive neighbours.
    public let threat: Double
    public let parameters: SDW1Parameters
    /// SDW-1's seeker offensive share `1/(1 + β)`.
    public let phiSeeker: Double
    /// When deciding an attack: whether the target is already fighting a war (protracted-war
    /// mechanism only; public knowledge).
    public var targetEngaged = false
}

/// A spending decision.
public struct DoctrineAllocation: Sendable, Equatable {
    public let share: Double
    public let offensiveShare: Double
    public init(share: Double, offensiveShare: Double) {
        self.share = share
        self.offensiveShare = offensiveShare
    }
}

/// Booth & Wheeler's (2008) three stances toward the security dilemma.
public enum DilemmaStance: String, Sendable, CaseIterable {
    /// The dilemma is inescapable: prepare for the worst (offensive realism).
    case fatalist
    /// It can be dampened by prudence and restraint (defensive realism).
    case mitigator
    /// It can be overcome through trust and changed identities.
    case transcender
}

/// A doctrine's self-description, which the conformance suite checks.
public struct DoctrineMetadata: Sendable, Equatable {
    /// The id a scenario uses (`defensive-realist`).
    public let id: String
    public let name: String
    /// The school of thought it operationalises.
    public let school: String
    public let stance: DilemmaStance
    /// What it reads from its observation (names of ``DoctrineObservation`` fields).
    public let uses: [String]
    /// Whether it draws random numbers (none of the built-ins does).
    public let stochastic: Bool
    public let citation: String
}

/// A number a doctrine lets a scenario tune, with its default and domain.
public struct DoctrineParameter: Sendable, Equatable {
    public let name: String
    public let defaultValue: Double
    public let range: ClosedRange<Double>
    public let meaning: String
    public init(_ name: String, default value: Double, range: ClosedRange<Double>, _ meaning: String) {
        self.name = name
        self.defaultValue = value
        self.range = range
        self.meaning = meaning
    }
}

/// The decision rules several doctrines share, in one place.
extension DoctrineObservation {
    /// Arming in answer to threat: `s = min(sMax, s0·(1 + r·κ·threat))` with SDW-1's seeker split
    /// `1/(1 + β)` (r = 1 is SDW-1's seeker rule exactly).
    public func answeringThreat(responsiveness r: Double) -> DoctrineAllocation {
        let p = parameters
        return DoctrineAllocation(share: StrictOrder.min(p.sMax, p.s0 * (1.0 + r * p.kappa * threat)), offensiveShare: phiSeeker)
    }

    /// Restraint: a fixed share `spending × s0` (at most sMax), defense only.
    public func restrained(spending: Double) -> DoctrineAllocation {
        DoctrineAllocation(share: Swift.min(parameters.sMax, spending * parameters.s0), offensiveShare: 0)
    }

    /// Whether `ownOffense` beats `margin × β × targetDefense` (with margin attackRatio: SDW-1's attack rule).
    public func beats(_ targetDefense: Double, with ownOffense: Double, margin: Double) -> Bool {
        ownOffense > margin * parameters.beta * targetDefense
    }
}

extension DoctrineParameter {
    /// How hard a doctrine answers threat with arms (multiplies κ).
    static func responsiveness(default value: Double) -> DoctrineParameter {
        DoctrineParameter("responsiveness", default: value, range: 0...100, "multiplies κ: how hard it answers threat with arms")
    }
    /// A restrained doctrine's spending share in units of s0.
    static let spending = DoctrineParameter("spending", default: 1, range: 0.01...100, "its spending share in units of s0 (capped at sMax)")
}
