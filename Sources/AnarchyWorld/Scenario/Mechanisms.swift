/// The optional mechanisms a scenario switches on, each with its parameters. All are off by
/// default, and with all off the engine is SDW-1 (the rules of `shared/specs/sdw1.md`).
public struct Mechanisms: Sendable, Equatable {
    /// Perspective taking (``WorldState/perceive(states:rng:)``): the weight in [0, 1] with which
    /// an observer accounts for the fear its own arms cause a neighbour when it reads that
    /// neighbour's arming (Jervis 1976, ch. 3; tested by Kertzer, Brutger & Quek 2024, who find
    /// its real-world effect overstated). 0 = off (SDW-1).
    public var perspectiveTaking: Double = 0

    /// Preventive war under shifting power (``PreventiveWar``); nil = off (SDW-1).
    public var preventiveWar: PreventiveWar? = nil

    /// Costly reassurance (``Signalling``); nil = off (SDW-1).
    public var signalling: Signalling? = nil

    /// Deterrence by punishment beside denial (``Deterrence``); nil = off (SDW-1).
    public var deterrence: Deterrence? = nil
    /// Wars fought out under Lanchester's square law (``LanchesterWar``); nil = SDW-1's contest.
    public var lanchester: LanchesterWar? = nil
    /// Crisis bargaining before war (``CrisisBargaining``); nil = off (SDW-1).
    public var crisis: CrisisBargaining? = nil

    /// Crisis bargaining (Fearon 1995): a state about to attack makes a take-it-or-leave-it demand
    /// instead, chosen by `AnarchyModels.FearonBargaining.screening` against the target's cost of
    /// war, which only the target knows (uniform on [costLow, costHigh] in units of the stake);
    /// the target accepts iff its cost ≥ demand − p. War happens only when it refuses — through
    /// private information, never when both sides know the outcome (costLow = costHigh).
    public struct CrisisBargaining: Sendable, Equatable {
        /// The challenger's cost of war, in units of the stake (≥ 0).
        public var costChallenger: Double = 0.1
        /// The range of the target's private cost of war (0 ≤ costLow ≤ costHigh).
        public var costLow: Double = 0
        public var costHigh: Double = 0.4
        public init(costChallenger: Double = 0.1, costLow: Double = 0, costHigh: Double = 0.4) {
            self.costChallenger = costChallenger
            self.costLow = costLow
            self.costHigh = costHigh
        }
    }

    /// Battles under Lanchester's (1916) square law instead of SDW-1's one-draw contest: the
    /// attacker's effective offense (Red, per-unit effectiveness 1) against the target's effective
    /// defense (Blue, per-unit effectiveness β — the defender advantage of catalogue §2.4), stepped
    /// with `AnarchyModels.Lanchester.squareDiscrete` for `steps` steps of `dt`. The attacker wins
    /// iff the defense is destroyed within them; survivors replace the fixed attrition. No draw.
    public struct LanchesterWar: Sendable, Equatable {
        public var dt: Double = 0.05
        public var steps: Int = 200
        public init(dt: Double = 0.05, steps: Int = 200) {
            self.dt = dt
            self.steps = steps
        }
    }

    public init(
        perspectiveTaking: Double = 0, preventiveWar: PreventiveWar? = nil, signalling: Signalling? = nil,
        deterrence: Deterrence? = nil
    ) {
        self.perspectiveTaking = perspectiveTaking
        self.preventiveWar = preventiveWar
        self.signalling = signalling
        self.deterrence = deterrence
    }

    /// Whether every mechanism is off.
    public var allOff: Bool {
        perspectiveTaking == 0 && preventiveWar == nil && signalling == nil && deterrence == nil && lanchester == nil
            && crisis == nil
    }

    /// Deterrence by punishment as well as denial (Snyder 1961; Becker 1968; catalogue §8.2).
    /// Security seekers put the share `punishmentShare` of their defensive purchases into a
    /// retaliation stock instead of defense. A greedy state that could attack (SDW-1's threshold)
    /// now also weighs the expected punishment with `AnarchyModels.DenialAndPunishment.attack`:
    /// q = its win probability (denial lowers it), G = spoils × the target's wealth, L = 0,
    /// c_war = 0, r = `retaliationProbability`, P = `efficiency` × the target's retaliation stock;
    /// it attacks only if not deterred (EU > 0). After such a war the target retaliates with
    /// probability r (one draw): the attacker loses min(P, half its wealth).
    public struct Deterrence: Sendable, Equatable {
        /// Share of a seeker's defensive purchases that buys retaliation instead, in [0, 1].
        public var punishmentShare: Double = 0.5
        /// Wealth destroyed per unit of retaliation stock, ≥ 0.
        public var efficiency: Double = 2
        /// Probability that a victim retaliates, in [0, 1].
        public var retaliationProbability: Double = 0.9

        public init(punishmentShare: Double = 0.5, efficiency: Double = 2, retaliationProbability: Double = 0.9) {
            self.punishmentShare = punishmentShare
            self.efficiency = efficiency
            self.retaliationProbability = retaliationProbability
        }
    }

    /// Costly reassurance by sinking costs (Kydd 2000; Fearon 1997; Spence 1973) — an
    /// [operationalisation]: every tick a state may destroy the share `cut` of its offense stock
    /// as a signal. Being believed a security seeker is worth `benefitSeeker` to a seeker and
    /// `benefitGreedy` to a greedy state; destroying share s of its offense costs them
    /// `costSeeker·s` and `costGreedy·s` (offense is worth more to a state that means to use it).
    /// Through `AnarchyModels.SeparatingSignal` (catalogue §4.5): seekers signal iff
    /// `cut ≤ s_max = benefitSeeker/costSeeker`, greedy states mimic iff `cut < s_min =
    /// benefitGreedy/costGreedy`; a signal is informative only when seekers send it and greedy
    /// states do not, and then observers know the sender is a seeker. A cheap signal (pooling)
    /// moves no belief.
    public struct Signalling: Sendable, Equatable {
        /// Share of its offense stock a signaller destroys each tick, in [0, 1].
        public var cut: Double = 0.2
        public var benefitSeeker: Double = 1
        public var benefitGreedy: Double = 2
        public var costSeeker: Double = 1
        public var costGreedy: Double = 1

        public init(cut: Double = 0.2, benefitSeeker: Double = 1, benefitGreedy: Double = 2, costSeeker: Double = 1, costGreedy: Double = 1) {
            self.cut = cut
            self.benefitSeeker = benefitSeeker
            self.benefitGreedy = benefitGreedy
            self.costSeeker = costSeeker
            self.costGreedy = costGreedy
        }
    }

    /// The preventive-war mechanism's settings (Fearon 1995; Powell 2006): a security seeker that
    /// projects a neighbour's rise over `horizon` ticks fights it now when the two-stage
    /// commitment-problem model (`AnarchyModels.PowellPreventiveWar.twoStage`, catalogue §6) says
    /// its war value exceeds the best peace the riser could credibly offer.
    public struct PreventiveWar: Sendable, Equatable {
        /// Ticks ahead over which growth is projected (1…1000).
        public var horizon: Int = 20
        /// Costs of war to the declining and the rising state, in units of the stake (≥ 0).
        public var costDeclining: Double = 0.1
        public var costRising: Double = 0.1
        /// Weight of the future stage, in (0, 1].
        public var delta: Double = 1

        public init(horizon: Int = 20, costDeclining: Double = 0.1, costRising: Double = 0.1, delta: Double = 1) {
            self.horizon = horizon
            self.costDeclining = costDeclining
            self.costRising = costRising
            self.delta = delta
        }
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
        }
        if let war = lanchester {
            let at = "mechanisms.lanchester"
            if !(war.dt > 0 && war.dt <= 1) { found.append(ScenarioError("\(at).dt", "must be in (0, 1], got \(Scenario.show(war.dt))")) }
            if war.steps < 1 || war.steps > 100_000 { found.append(ScenarioError("\(at).steps", "must be in 1…100000, got \(war.steps)")) }
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
