extension Mechanisms {
    /// Wars that last several ticks (Fearon 1995's costly war; Slantchev 2003 and Powell 2004 on
    /// war as a bargaining process fought in rounds) — an [operationalisation]. A war is fought one
    /// round per tick. In SDW-1's contest a round is decisive with probability `decisiveness` (one
    /// draw), and then the usual draw decides who won; otherwise both sides take the round's
    /// attrition and fight again next tick. Under Lanchester's law a round is decisive when one
    /// side is destroyed. A war still undecided after `maxRounds` rounds ends in a stalemate, with
    /// no spoils. States at war start no new war; others may still attack them (and, when
    /// ``JoiningSides`` is on, neighbours may join either side each round).
    public struct ProtractedWar: Sendable, Equatable {
        /// Probability in (0, 1] that a round of the contest decides the war.
        public var decisiveness: Double = 0.5
        /// Rounds (ticks) after which an undecided war ends in a stalemate, 1…1000.
        public var maxRounds: Int = 10
        public init(decisiveness: Double = 0.5, maxRounds: Int = 10) {
            self.decisiveness = decisiveness
            self.maxRounds = maxRounds
        }
    }
}

extension Mechanisms.ProtractedWar: MechanismSettings {
    public init() {}
    /// What the mechanism does, in a sentence (the schema's description).
    public static let summary = "wars fought over several ticks, one round per tick, until a round decides them or they end in a stalemate (Fearon 1995; Slantchev 2003)"
    public static var fields: [SettingField<Self>] {
        [
            .number("decisiveness", \.decisiveness, .leftOpen(0, 1), "probability that a round of the contest decides the war"),
            .whole("maxRounds", \.maxRounds, 1...1_000, "rounds after which an undecided war ends in a stalemate"),
        ]
    }
}
