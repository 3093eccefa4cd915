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
        public init(
            trustBelow: Double = 0.3, threatAbove: Double = 0.5, credibility: Double = 0.8, buckPassingBelow: Double = 0.5,
            share: Double = 0.5, maxAllies: Int = 3
        ) {
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
            if maxAllies < 1 || maxAllies > 1_000 { found.append(ScenarioError("\(at).maxAllies", "must be in 1…1000, got \(maxAllies)")) }
            return found
        }
    }
}
