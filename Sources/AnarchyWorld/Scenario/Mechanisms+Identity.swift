extension Mechanisms {
    /// Pairwise identity that changes with interaction — an [operationalisation] of Wendt (1999)'s
    /// three cultures of anarchy (enemy, rival, friend) and of his claim that identities are
    /// made by what states do to each other.
    ///
    /// Each observer holds an amity `a ∈ [−1, 1]` toward each neighbour (`initial` at the start).
    /// After each tick's wars: an attack costs `attackLoss` both ways; an honoured commitment gains
    /// `honourGain` both ways, an abandoned one costs the victim's view `abandonLoss`; a pair of
    /// neighbours at peace that both read the other as a seeker (belief < ½: reciprocated
    /// restraint) gains `restraintGain`, and `institutionGain` more when they share an institution.
    /// The neighbour is a **friend** when `a ≥ friendAbove`, an **enemy** when `a ≤ enemyBelow`,
    /// else a **rival**. Identity feeds back: a friend's evidence of greed counts `charity` of its
    /// weight and an enemy's evidence of restraint `suspicion` of its weight (interpretation); a
    /// friend's offense counts `friendFear` of its weight in the threat an observer feels, and
    /// no state attacks a friend (response).
    public struct Identity: Sendable, Equatable {
        public var initial: Double = 0
        public var friendAbove: Double = 0.5
        public var enemyBelow: Double = -0.5
        public var restraintGain: Double = 0.01
        public var institutionGain: Double = 0.01
        public var honourGain: Double = 0.2
        public var abandonLoss: Double = 0.3
        public var attackLoss: Double = 1
        public var charity: Double = 0.5
        public var suspicion: Double = 0.5
        public var friendFear: Double = 0.5
        public init() {}
    }

    /// Security communities (Adler & Barnett 1998): groups of states whose every pair of
    /// neighbours has dependable expectations of peaceful change. A pair is *dependable* when
    /// each believes the other a seeker below `trustBelow`, no war has set them against each
    /// other for `peaceTicks` ticks, and — with identity on — each counts the other a friend.
    /// A community is a connected group (two or more states) of dependable pairs in which every
    /// bordering pair is dependable.
    public struct Communities: Sendable, Equatable {
        public var trustBelow: Double = 0.1
        public var peaceTicks: Int = 10
        public init(trustBelow: Double = 0.1, peaceTicks: Int = 10) {
            self.trustBelow = trustBelow
            self.peaceTicks = peaceTicks
        }    }
}

extension Mechanisms.Identity: MechanismSettings {
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "pairwise identity — enemy, rival, friend (Wendt 1999) — made by interaction and changing interpretation and response"
    public static var fields: [SettingField<Self>] {
        [
            .number("initial", \.initial, .closed(-1, 1), "each observer's amity toward each neighbour at the start"),
            .number("friendAbove", \.friendAbove, .closed(-1, 1), "a neighbour is a friend at or above this amity"),
            .number("enemyBelow", \.enemyBelow, .closed(-1, 1), "a neighbour is an enemy at or below this amity (below friendAbove)"),
            .number("restraintGain", \.restraintGain, .closed(0, 2), "amity gained per tick of reciprocated restraint (at peace, each believing the other a seeker)"),
            .number("institutionGain", \.institutionGain, .closed(0, 2), "extra amity per such tick when the pair shares an institution"),
            .number("honourGain", \.honourGain, .closed(0, 2), "amity gained both ways when an ally honours its commitment"),
            .number("abandonLoss", \.abandonLoss, .closed(0, 2), "amity the victim loses toward an ally that abandons it"),
            .number("attackLoss", \.attackLoss, .closed(0, 2), "amity lost both ways when one attacks the other"),
            .number("charity", \.charity, .closed(0, 1), "weight of a friend's evidence of greed"),
            .number("suspicion", \.suspicion, .closed(0, 1), "weight of an enemy's evidence of restraint"),
            .number("friendFear", \.friendFear, .closed(0, 1), "weight of a friend's offense in the threat an observer feels"),
        ]
    }

    /// The enemy threshold must lie below the friend threshold (not checked when friendAbove is
    /// below −1 or enemyBelow above 1, which their own domains already report).
    public func crossFieldProblems(at: String) -> [ScenarioError] {
        guard friendAbove >= -1 && enemyBelow <= 1 && !(enemyBelow < friendAbove) else { return [] }
        return [ScenarioError("\(at).enemyBelow", "must be below friendAbove (\(Scenario.show(friendAbove))), got \(Scenario.show(enemyBelow))")]
    }
}

extension Mechanisms.Communities: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "detection of security communities (Adler & Barnett 1998): groups whose every bordering pair has dependable expectations of peaceful change"
    public static var fields: [SettingField<Self>] {
        [
            .number("trustBelow", \.trustBelow, .closed(0, 1), "a dependable pair believes each other greedy below this, both ways"),
            .whole("peaceTicks", \.peaceTicks, 0...100_000, "and has not fought for at least this many ticks"),
        ]
    }
}
