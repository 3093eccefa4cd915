extension Mechanisms {
    /// Alliances by balance of threat, with commitments that may be honoured or abandoned — an
    /// [operationalisation] of Walt (1987), Snyder (1984) and Christensen & Snyder (1990).
    ///
    /// **Formation** (after phase 3, in index order): two alive neighbouring states that are not
    /// allied ally when each believes the other a security seeker (belief < `trustBelow`) and they
    /// share a threat — a common neighbour both believe greedy (belief ≥ `threatAbove`) — and each
    /// has fewer than `maxAllies` allies. **Dissolution**: when either comes to distrust the other
    /// (belief ≥ `trustBelow`, e.g. after it attacked someone), or one abandons the other.
    /// **Commitments**: when a state is attacked, each alive ally of it that is free (not fighting
    /// a war of its own) honours the commitment iff one draw is below `credibility` *and* the
    /// attacker's visible chance against the victim alone is at least `buckPassingBelow` — under
    /// offense dominance a victim falls fast unless helped, so allies chain-gang; under defense
    /// dominance it can hold alone, so they pass the buck. An honouring ally brings `share` of its
    /// effective defense to the round (as a joiner, ``JoiningSides``); an ally that does not
    /// abandons the victim, and the alliance ends.
    public struct Alliances: Sendable, Equatable {
        public var trustBelow: Double = 0.3
        public var threatAbove: Double = 0.5
        public var credibility: Double = 0.8
        public var buckPassingBelow: Double = 0.5
        public var share: Double = 0.5
        public var maxAllies: Int = 3
        /// Rivals' reading of an expansion: the noise σ_A of what they see (0 = expansions are not
        /// read) and how far an expansion shows the alliance's character, δ_A (0: defensive and
        /// offensive alliances cannot be told apart; 1: fully).
        public var expansionNoise: Double = 0
        public var expansionDelta: Double = 0.5
        /// Bandwagoning for profit (Schweller 1994): a greedy state joins a neighbour it sees as a
        /// revisionist whose offense is at least this multiple of its own; 0 = off.
        public var bandwagonRatio: Double = 0
        public init(
            trustBelow: Double = 0.3, threatAbove: Double = 0.5, credibility: Double = 0.8, buckPassingBelow: Double = 0.5,
            share: Double = 0.5, maxAllies: Int = 3, expansionNoise: Double = 0, expansionDelta: Double = 0.5, bandwagonRatio: Double = 0
        ) {
            self.expansionNoise = expansionNoise
            self.expansionDelta = expansionDelta
            self.bandwagonRatio = bandwagonRatio
            self.trustBelow = trustBelow
            self.threatAbove = threatAbove
            self.credibility = credibility
            self.buckPassingBelow = buckPassingBelow
            self.share = share
            self.maxAllies = maxAllies
        }

        func problems() -> [ScenarioError] {
            let at = "mechanisms.alliances"
            var found = Mechanisms.outsideUnit(
                at, [("trustBelow", trustBelow), ("threatAbove", threatAbove), ("credibility", credibility), ("buckPassingBelow", buckPassingBelow)])
            if !(share > 0 && share <= 1) { found.append(ScenarioError("\(at).share", "must be in (0, 1], got \(Scenario.show(share))")) }
            found += Mechanisms.outsideUnit(at, [("expansionDelta", expansionDelta)])
            if !(expansionNoise >= 0 && expansionNoise <= 100) { found.append(ScenarioError("\(at).expansionNoise", "must be in 0…100, got \(Scenario.show(expansionNoise))")) }
            if !(bandwagonRatio >= 0 && bandwagonRatio <= 100) { found.append(ScenarioError("\(at).bandwagonRatio", "must be in 0…100, got \(Scenario.show(bandwagonRatio))")) }
            if maxAllies < 1 || maxAllies > 1_000 { found.append(ScenarioError("\(at).maxAllies", "must be in 1…1000, got \(maxAllies)")) }
            return found
        }
    }
}
