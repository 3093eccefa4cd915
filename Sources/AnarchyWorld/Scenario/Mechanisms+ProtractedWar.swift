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
