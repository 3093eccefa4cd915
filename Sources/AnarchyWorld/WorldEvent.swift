/// Something that happened in the world, with what caused it: the first entries of the cause
/// ledger a user reads to ask why an event happened.
public enum WorldEvent: Sendable, Equatable {
    /// A greedy state attacked its weakest alive neighbour (phase 4).
    case war(War)

    /// The tick the event happened in (1-based).
    public var tick: Int {
        switch self {
        case .war(let war): war.tick
        }
    }
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
    /// The attacker's offense and the target's defense before this war's attrition.
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
}
