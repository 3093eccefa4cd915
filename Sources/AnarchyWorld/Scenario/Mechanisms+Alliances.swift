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
        }    }
}

extension Mechanisms.Alliances: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "alliances by balance of threat between neighbours that trust each other and fear a common neighbour; commitments honoured (chain-ganging) or abandoned (buck-passing) when an ally is attacked (Walt 1987; Snyder 1984; Christensen & Snyder 1990); bandwagoning for profit (Schweller 1994); expansions read by rivals under the distinguishability logic of arms"
    public static var fields: [SettingField<Self>] {
        [
            .number("trustBelow", \.trustBelow, .closed(0, 1), "allies believe each other greedy below this; at or above it the alliance ends"),
            .number("threatAbove", \.threatAbove, .closed(0, 1), "a common neighbour both believe greedy at least this is a shared threat"),
            .number("credibility", \.credibility, .closed(0, 1), "probability that an ally is willing to honour its commitment"),
            .number(
                "buckPassingBelow", \.buckPassingBelow, .closed(0, 1),
                "an ally passes the buck when the attacker's visible chance against the ally itself (its own danger should the victim fall) is below this; at or above it the ally chain-gangs"),
            .number("share", \.share, .leftOpen(0, 1), "share of its defense an honouring ally commits"),
            .number("expansionNoise", \.expansionNoise, .closed(0, 100), "noise of rivals' reading of an alliance's expansion; 0 = expansions are not read"),
            .number(
                "expansionDelta", \.expansionDelta, .closed(0, 1),
                "how far an expansion shows the alliance's character: 0 = defensive and offensive alliances cannot be told apart, 1 = fully"),
            .number(
                "bandwagonRatio", \.bandwagonRatio, .closed(0, 100),
                "a greedy state (for profit, Schweller 1994) or a security seeker without allies (for protection, Walt 1987) joins a neighbour it sees as a revisionist whose offense is at least this multiple of its own; 0 = off"),
            .whole("maxAllies", \.maxAllies, 1...1_000, "the most allies a state keeps"),
        ]
    }
}
