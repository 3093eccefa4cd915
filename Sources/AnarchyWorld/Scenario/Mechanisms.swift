/// The optional mechanisms a scenario switches on, each with its parameters. All are off by
/// default, and with all off the engine is SDW-1 (the rules of `shared/specs/sdw1.md`).
public struct Mechanisms: Sendable, Equatable {
    /// Perspective taking (`WorldState.perceive(states:rng:)`): the weight in [0, 1] with which
    /// an observer accounts for the fear its own arms cause a neighbour when it reads that
    /// neighbour's arming (Jervis 1976, ch. 3; tested by Kertzer, Brutger & Quek 2024, who find
    /// its real-world effect overstated). 0 = off (SDW-1).
    public var perspectiveTaking: Double = 0

    /// Preventive war under shifting power (``PreventiveWar``); nil = off (SDW-1).
    public var preventiveWar: PreventiveWar? = nil
    /// Preemption from reciprocal fear of attack (``Preemption``); nil = off (SDW-1).
    public var preemption: Preemption? = nil
    /// Visible preparation before an attack (``Mobilisation``); nil = surprise attacks (SDW-1).
    public var mobilisation: Mobilisation? = nil
    /// Costly reassurance (``Signalling``); nil = off (SDW-1).
    public var signalling: Signalling? = nil
    /// Deterrence by punishment beside denial (``Deterrence``); nil = off (SDW-1).
    public var deterrence: Deterrence? = nil
    /// Wars fought out under Lanchester's square law (``LanchesterWar``); nil = SDW-1's contest.
    public var lanchester: LanchesterWar? = nil
    /// Crisis bargaining before war (``CrisisBargaining``); nil = off (SDW-1).
    public var crisis: CrisisBargaining? = nil
    /// Wars fought over several ticks (``ProtractedWar``); nil = SDW-1's one-tick wars.
    public var protractedWar: ProtractedWar? = nil
    /// Third parties joining wars (``JoiningSides``); nil = off (SDW-1).
    public var joiningSides: JoiningSides? = nil
    /// Per-observer perception, concealment and misrepresentation (``Perception``); nil = SDW-1's lens.
    public var perception: Perception? = nil
    /// Power that wanes with distance (``LossOfStrength``); nil = distance does not matter (SDW-1).
    public var lossOfStrength: LossOfStrength? = nil
    /// Alliances by balance of threat, honoured or abandoned (``Alliances``); nil = none (SDW-1).
    public var alliances: Alliances? = nil
    /// Pairwise identity, enemy / rival / friend, made by interaction (``Identity``); nil = none (SDW-1).
    public var identity: Identity? = nil
    /// Detection of security communities (``Communities``); nil = off (SDW-1).
    public var communities: Communities? = nil

    public init(
        perspectiveTaking: Double = 0, preventiveWar: PreventiveWar? = nil, signalling: Signalling? = nil,
        deterrence: Deterrence? = nil, lanchester: LanchesterWar? = nil, crisis: CrisisBargaining? = nil,
        protractedWar: ProtractedWar? = nil, joiningSides: JoiningSides? = nil, perception: Perception? = nil,
        lossOfStrength: LossOfStrength? = nil, alliances: Alliances? = nil, identity: Identity? = nil, communities: Communities? = nil,
        preemption: Preemption? = nil, mobilisation: Mobilisation? = nil
    ) {
        self.preemption = preemption
        self.mobilisation = mobilisation
        self.identity = identity
        self.communities = communities
        self.alliances = alliances
        self.lossOfStrength = lossOfStrength
        self.perception = perception
        self.protractedWar = protractedWar
        self.joiningSides = joiningSides
        self.perspectiveTaking = perspectiveTaking
        self.preventiveWar = preventiveWar
        self.signalling = signalling
        self.deterrence = deterrence
        self.lanchester = lanchester
        self.crisis = crisis
    }

    /// Each named value outside 0…1, as an error under `at`.
    static func outsideUnit(_ at: String, _ values: [(String, Double)]) -> [ScenarioError] {
        values.filter { !($0.1 >= 0 && $0.1 <= 1) }.map { ScenarioError("\(at).\($0.0)", "must be in 0…1, got \(Scenario.show($0.1))") }
    }

    func problems() -> [ScenarioError] {
        var found: [ScenarioError] = []
        if !(perspectiveTaking >= 0 && perspectiveTaking <= 1) {
            found.append(ScenarioError("mechanisms.perspectiveTaking.weight", "must be in 0…1, got \(Scenario.show(perspectiveTaking))"))
        }
        if let war = preventiveWar {
            let at = "mechanisms.preventiveWar"
            if war.horizon < 1 || war.horizon > 1_000 { found.append(ScenarioError("\(at).horizon", "must be in 1…1000, got \(war.horizon)")) }
            if !(war.costDeclining.isFinite && war.costDeclining >= 0) { found.append(ScenarioError("\(at).costDeclining", "must be ≥ 0, got \(Scenario.show(war.costDeclining))")) }
            if !(war.costRising.isFinite && war.costRising >= 0) { found.append(ScenarioError("\(at).costRising", "must be ≥ 0, got \(Scenario.show(war.costRising))")) }
            if !(war.delta > 0 && war.delta <= 1) { found.append(ScenarioError("\(at).delta", "must be in (0, 1], got \(Scenario.show(war.delta))")) }
        }
        if let preemption { found += preemption.problems() }
        if let mobilisation { found += mobilisation.problems() }
        if let d = deterrence {
            let at = "mechanisms.deterrence"
            if !(d.punishmentShare >= 0 && d.punishmentShare <= 1) { found.append(ScenarioError("\(at).punishmentShare", "must be in 0…1, got \(Scenario.show(d.punishmentShare))")) }
            if !(d.efficiency.isFinite && d.efficiency >= 0) { found.append(ScenarioError("\(at).efficiency", "must be ≥ 0, got \(Scenario.show(d.efficiency))")) }
            if !(d.retaliationProbability >= 0 && d.retaliationProbability <= 1) { found.append(ScenarioError("\(at).retaliationProbability", "must be in 0…1, got \(Scenario.show(d.retaliationProbability))")) }
        }
        if let c = crisis {
            let at = "mechanisms.crisis"
            if !(c.costChallenger.isFinite && c.costChallenger >= 0) { found.append(ScenarioError("\(at).costChallenger", "must be ≥ 0, got \(Scenario.show(c.costChallenger))")) }
            if !(c.costLow.isFinite && c.costLow >= 0) { found.append(ScenarioError("\(at).costLow", "must be ≥ 0, got \(Scenario.show(c.costLow))")) }
            if !(c.costHigh.isFinite && c.costHigh >= c.costLow) { found.append(ScenarioError("\(at).costHigh", "must be ≥ costLow (\(Scenario.show(c.costLow))), got \(Scenario.show(c.costHigh))")) }
            if !(c.misjudgement >= 0 && c.misjudgement <= 10) { found.append(ScenarioError("\(at).misjudgement", "must be in 0…10, got \(Scenario.show(c.misjudgement))")) }
            if !(c.settled >= 0 && c.settled <= 1) { found.append(ScenarioError("\(at).settled", "must be in 0…1, got \(Scenario.show(c.settled))")) }
        }
        if let war = lanchester {
            let at = "mechanisms.lanchester"
            if !(war.dt > 0 && war.dt <= 1) { found.append(ScenarioError("\(at).dt", "must be in (0, 1], got \(Scenario.show(war.dt))")) }
            if war.steps < 1 || war.steps > 100_000 { found.append(ScenarioError("\(at).steps", "must be in 1…100000, got \(war.steps)")) }
        }
        if let war = protractedWar {
            let at = "mechanisms.protractedWar"
            if !(war.decisiveness > 0 && war.decisiveness <= 1) { found.append(ScenarioError("\(at).decisiveness", "must be in (0, 1], got \(Scenario.show(war.decisiveness))")) }
            if war.maxRounds < 1 || war.maxRounds > 1_000 { found.append(ScenarioError("\(at).maxRounds", "must be in 1…1000, got \(war.maxRounds)")) }
        }
        if let joining = joiningSides {
            let at = "mechanisms.joiningSides"
            if !(joining.belief >= 0 && joining.belief <= 1) { found.append(ScenarioError("\(at).belief", "must be in 0…1, got \(Scenario.show(joining.belief))")) }
            if !(joining.share > 0 && joining.share <= 1) { found.append(ScenarioError("\(at).share", "must be in (0, 1], got \(Scenario.show(joining.share))")) }
        }
        if let perception { found += perception.problems() }
        if let alliances { found += alliances.problems() }
        if let identity { found += identity.problems() }
        if let communities { found += communities.problems() }
        if let loss = lossOfStrength, !(loss.reach > 0 && loss.reach.isFinite) {
            found.append(ScenarioError("mechanisms.lossOfStrength.reach", "must be a finite number > 0, got \(Scenario.show(loss.reach))"))
        }
        if let signal = signalling {
            let at = "mechanisms.signalling"
            if !(signal.cut >= 0 && signal.cut <= 1) { found.append(ScenarioError("\(at).cut", "must be in 0…1, got \(Scenario.show(signal.cut))")) }
            for (name, value) in [("benefitSeeker", signal.benefitSeeker), ("benefitGreedy", signal.benefitGreedy)] where !(value.isFinite && value >= 0) {
                found.append(ScenarioError("\(at).\(name)", "must be ≥ 0, got \(Scenario.show(value))"))
            }
            for (name, value) in [("costSeeker", signal.costSeeker), ("costGreedy", signal.costGreedy)] where !(value.isFinite && value > 0) {
                found.append(ScenarioError("\(at).\(name)", "must be > 0, got \(Scenario.show(value))"))
            }
        }
        return found
    }
}
