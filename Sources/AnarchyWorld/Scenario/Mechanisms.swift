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

    /// Every problem of the mechanisms switched on: each setting outside its domain, then the
    /// rules that span settings, mechanism by mechanism in the order documents write them.
    func problems() -> [ScenarioError] {
        Self.declarations.flatMap { $0.problems(self) }
    }
}
