/// Something that happened in the world, with what caused it: the first entries of the cause
/// ledger a user reads to ask why an event happened.
public enum WorldEvent: Sendable, Equatable {
    /// A state attacked a neighbour (phase 4).
    case war(War)
    /// A crisis: a state that could attack made a demand instead (crisis mechanism).
    case crisis(Crisis)
    /// An alliance formed or ended (alliances mechanism; honoured and abandoned commitments are
    /// recorded on the war that called them).
    case alliance(AllianceChange)
    /// An observer's identity for a neighbour changed (identity mechanism).
    case identity(IdentityShift)
    /// A security community formed, gained or lost members, or dissolved (communities mechanism).
    case community(CommunityChange)

    /// The tick the event happened in (1-based).
    public var tick: Int {
        switch self {
        case .war(let war): war.tick
        case .crisis(let crisis): crisis.tick
        case .alliance(let change): change.tick
        case .identity(let shift): shift.tick
        case .community(let change): change.tick
        }
    }
}

/// A crisis of the crisis mechanism (Fearon 1995's risk–return trade-off): the challenger, able to
/// attack, demanded the share `demand` of the stake; the target, whose cost of war is private,
/// accepted (a peaceful transfer) or refused (war follows, recorded as its own event).
public struct Crisis: Sendable, Equatable {
    public let tick: Int
    public let challenger: Int
    public let target: Int
    /// The challenger's chance of winning a war (SDW-1's contest, effective strengths).
    public let winProbability: Double
    /// The stake: what a victorious challenger would take (`spoils × the target's wealth`).
    public let stake: Double
    /// The optimal demand x* (share of the stake) from `FearonBargaining.screening`.
    public let demand: Double
    /// The challenger's expected probability of war when it made the demand.
    public let expectedWarProbability: Double
    /// The target's private cost of war, drawn uniformly from [costLow, costHigh].
    public let targetCost: Double
    /// Whether the target accepted (`targetCost ≥ demand − targetEstimate`).
    public let accepted: Bool
    /// The challenger's chance of winning as the challenger and as the target judge it (both
    /// `winProbability` unless the crisis mechanism's `misjudgement` is on).
    public let challengerEstimate: Double
    public let targetEstimate: Double
}

/// One war of SDW-1's phase 4 and the numbers that decided it.
///
/// Cause: a greedy `attacker` whose offense exceeded `attackRatio × β × d[target]`, the target
/// being its alive neighbour with the least defense (ties: lowest index). Outcome: a contest
/// success function of the Tullock form with exponent 2 and defense weighted by β.
public struct War: Sendable, Equatable {
    public let tick: Int
    public let attacker: Int
    public let target: Int
    /// The attacker's offense and the target's defense before this war's attrition, effective
    /// (stock × force-employment skill; the stocks themselves when skills are 1, as in SDW-1).
    public let attackerOffense: Double
    public let targetDefense: Double
    /// The threshold the attacker's offense exceeded: `attackRatio * beta * targetDefense`.
    public let threshold: Double
    /// `o² / (o² + (β d)²)`.
    public let winProbability: Double
    /// The uniform draw compared with `winProbability`.
    public let draw: Double
    public let attackerWon: Bool
    /// Wealth moved from target to attacker (spoils, plus the remainder if conquered).
    public let wealthTaken: Double
    /// Whether the target fell below `conquest × w0` and died.
    public let targetConquered: Bool
    /// Why the attacker went to war.
    public let cause: Cause
    /// Wealth the attacker lost to the victim's retaliation (deterrence mechanism; else 0).
    public let punishment: Double
    /// Wealth the attacker paid for breaking a public commitment (signalling by tying hands; else 0).
    public let audienceCost: Double
    /// The round of the war this event records: 1 for its first (and, in SDW-1, only) battle.
    public let round: Int
    /// Whether the round decided the war (always, in SDW-1); if not, the war goes on
    /// (`continues`) or, after the last allowed round, ends in a stalemate.
    public let decided: Bool
    public let continues: Bool
    /// States that joined this round on the attacker's and the target's side (joining sides).
    public let attackerAllies: [Int]
    public let targetAllies: [Int]
    /// What the attacker knew and weighed when it decided (this round's values for later rounds).
    public let ledger: DecisionLedger
    /// The target's allies that honoured their commitment this round, and those that abandoned
    /// it (alliances mechanism; an abandoned alliance ends).
    public let honouredBy: [Int]
    public let abandonedBy: [Int]
    /// Wealth the attacker paid for attacking a fellow member of an institution (else 0).
    public let defectionCost: Double
    /// Offense and defense destroyed this round, summed over the belligerents (attrition, and
    /// the forces of a conquered state): arms are bought one for one with wealth, so this is
    /// wealth the war destroyed.
    public let forcesLost: Double
    /// Ticks the attacker mobilised before this war (mobilisation mechanism; 0: a surprise attack),
    /// and whether the target was itself mobilising when it was struck.
    public let mobilised: Int
    public let targetMobilising: Bool

    /// Wealth this round destroyed: the forces lost and the retaliation the attacker suffered
    /// (spoils move wealth, they do not destroy it).
    public var wealthDestroyed: Double { forcesLost + punishment }

    /// Whether the war ended in this round without a verdict (protracted war's round limit).
    public var stalemate: Bool { !decided && !continues }

    /// Why a state went to war.
    public enum Cause: Sendable, Equatable {
        /// SDW-1's rule: a greedy state whose offense beat its weakest neighbour's defense at the
        /// exchange rate (`threshold`).
        case opportunity
        /// The preventive-war mechanism: a security seeker facing a rising neighbour (Powell 2006).
        case prevention(PreventiveDecision)
        /// The preemption mechanism: a state that expected a neighbour's attack and judged that
        /// striking first beat waiting (Schelling 1960; Fearon 1995).
        case preemption(PreemptiveDecision)
        /// Crisis misjudgement: a challenge made on an overestimate of the challenger's chance
        /// (its estimate given), refused by a target that misjudged the other way (Blainey 1973).
        case misjudgement(estimate: Double)
        /// A war the scenario begins (a `war` policy): one under way before the run, as a history
        /// scenario with memory carries it over, or a what-if.
        case scripted
    }

    public init(
        tick: Int, attacker: Int, target: Int, attackerOffense: Double, targetDefense: Double, threshold: Double,
        winProbability: Double, draw: Double, attackerWon: Bool, wealthTaken: Double, targetConquered: Bool,
        cause: Cause = .opportunity, punishment: Double = 0, audienceCost: Double = 0, round: Int = 1, decided: Bool = true, continues: Bool = false,
        attackerAllies: [Int] = [], targetAllies: [Int] = [], ledger: DecisionLedger = DecisionLedger(),
        honouredBy: [Int] = [], abandonedBy: [Int] = [], defectionCost: Double = 0, forcesLost: Double = 0,
        mobilised: Int = 0, targetMobilising: Bool = false
    ) {
        self.mobilised = mobilised
        self.targetMobilising = targetMobilising
        self.forcesLost = forcesLost
        self.defectionCost = defectionCost
        self.honouredBy = honouredBy
        self.abandonedBy = abandonedBy
        self.ledger = ledger
        self.round = round
        self.audienceCost = audienceCost
        self.decided = decided
        self.continues = continues
        self.attackerAllies = attackerAllies
        self.targetAllies = targetAllies
        self.tick = tick
        self.attacker = attacker
        self.target = target
        self.attackerOffense = attackerOffense
        self.targetDefense = targetDefense
        self.threshold = threshold
        self.winProbability = winProbability
        self.draw = draw
        self.attackerWon = attackerWon
        self.wealthTaken = wealthTaken
        self.targetConquered = targetConquered
        self.cause = cause
        self.punishment = punishment
    }
}

/// The numbers behind a preventive war: the rising neighbour's chance of winning a war now and
/// after the projected shift, and the declining state's war and peace values (Powell 2006, via
/// `AnarchyModels.PowellPreventiveWar`, two-stage form).
public struct PreventiveDecision: Sendable, Equatable {
    /// Probability that the rising state would win a war now (p1) and after the shift (p2).
    public let risingNow: Double, risingLater: Double
    /// The declining state's value of war now (W) and of the best credible peace (V); war iff W > V.
    public let warValue: Double, peaceValue: Double
    /// The belief that the riser is greedy the decliner weighed (`weighsBelief`), else nil: the
    /// war was then begun from fear of the riser's intentions as well as its power.
    public let weighedBelief: Double?

    public init(risingNow: Double, risingLater: Double, warValue: Double, peaceValue: Double, weighedBelief: Double? = nil) {
        self.risingNow = risingNow
        self.risingLater = risingLater
        self.warValue = warValue
        self.peaceValue = peaceValue
        self.weighedBelief = weighedBelief
    }
}

/// An alliance formed between `a` and `b` (in the face of `threat`), or ended; a greedy `a`
/// joined a revisionist `b` (bandwagoning); a tie expanded a bloc and its rivals read the move;
/// or a scripted policy: a guarantee extended or withdrawn, a state declared neutral (`a` = `b`).
public struct AllianceChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case formed, joined, expanded, dissolved, guaranteed, withdrawn, neutral }
    public let tick: Int
    public let kind: Kind
    public let a: Int, b: Int
    /// For a formation: the common neighbour both believed greedy.
    public let threat: Int?
    /// For an expansion: the alliance's size after it (the partners and their allies), the rivals that read it, and their beliefs
    /// about the bloc members they border, averaged over those slots, before and after.
    public let blocSize: Int
    public let readers: Int
    public let beliefBefore: Double
    public let beliefAfter: Double
    public init(
        tick: Int, kind: Kind, a: Int, b: Int, threat: Int? = nil, blocSize: Int = 0, readers: Int = 0, beliefBefore: Double = 0,
        beliefAfter: Double = 0
    ) {
        self.tick = tick
        self.kind = kind
        self.a = a
        self.b = b
        self.threat = threat
        self.blocSize = blocSize
        self.readers = readers
        self.beliefBefore = beliefBefore
        self.beliefAfter = beliefAfter
    }
}

/// An observer's identity for a neighbour moved from one culture of anarchy to another (Wendt
/// 1999), with the amity that moved it.
public struct IdentityShift: Sendable, Equatable {
    public let tick: Int
    public let observer: Int, other: Int
    public let from: Relation, to: Relation
    public let amity: Double
}

/// A security community's birth, growth, shrinking or death (Adler & Barnett 1998): `states`
/// are its members at birth, those that joined or left, or its last members.
public struct CommunityChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case formed, joined, left, dissolved }
    public let tick: Int
    public let kind: Kind
    public let community: Int
    public let states: [Int]
}
