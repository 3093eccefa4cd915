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

        func problems() -> [ScenarioError] {
            let at = "mechanisms.identity"
            var found: [ScenarioError] = []
            for (name, value) in [("initial", initial), ("friendAbove", friendAbove), ("enemyBelow", enemyBelow)] where !(value >= -1 && value <= 1) {
                found.append(ScenarioError("\(at).\(name)", "must be in −1…1, got \(Scenario.show(value))"))
            }
            if friendAbove >= -1 && enemyBelow <= 1 && !(enemyBelow < friendAbove) {
                found.append(ScenarioError("\(at).enemyBelow", "must be below friendAbove (\(Scenario.show(friendAbove))), got \(Scenario.show(enemyBelow))"))
            }
            for (name, value) in [("restraintGain", restraintGain), ("institutionGain", institutionGain), ("honourGain", honourGain), ("abandonLoss", abandonLoss), ("attackLoss", attackLoss)]
            where !(value >= 0 && value <= 2) {
                found.append(ScenarioError("\(at).\(name)", "must be in 0…2, got \(Scenario.show(value))"))
            }
            found += Mechanisms.outsideUnit(at, [("charity", charity), ("suspicion", suspicion), ("friendFear", friendFear)])
            return found
        }
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
        }

        func problems() -> [ScenarioError] {
            var found = Mechanisms.outsideUnit("mechanisms.communities", [("trustBelow", trustBelow)])
            if peaceTicks < 0 || peaceTicks > 100_000 {
                found.append(ScenarioError("mechanisms.communities.peaceTicks", "must be in 0…100000, got \(peaceTicks)"))
            }
            return found
        }
    }
}
