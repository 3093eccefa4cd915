/// The parameters of SDW-1, the reference Security Dilemma World (`shared/specs/sdw1.md`),
/// with the spec's defaults.
///
/// SDW-1 encodes Jervis (1978), "Cooperation under the Security Dilemma", *World Politics*
/// 30(2):167–214: the spiral arises when a security seeker's arming is read as evidence of greed.
/// Distinguishability (`delta`) and the offense-defense balance (`beta`, Glaser & Kaufmann's
/// cost ratio, 1998) decide how often that happens. Call ``validate()`` (or build a ``World``,
/// which does) before use: every field has a domain, and three constraints join fields.
public struct SDW1Parameters: Sendable, Equatable, Hashable, Codable {
    /// Number of states (3…10,000,000).
    public var n: Int = 12
    /// Ring neighbours on each side (1 ≤ k, 2k < n).
    public var k: Int = 2
    /// Number of steps (0…10,000,000).
    public var ticks: Int = 200
    /// Seed of the run's one SplitMix64 stream.
    public var seed: UInt64 = 1
    /// Probability that a state is greedy; also everyone's prior belief (0 < p < 1).
    public var pGreedy: Double = 0.25
    /// Offense-defense balance: units of offense needed per unit of defense (> 0).
    public var beta: Double = 1.5
    /// Distinguishability of offensive from defensive arms (0…1).
    public var delta: Double = 0.5
    /// Standard deviation of observation noise (≥ 1e-6).
    public var sigma: Double = 0.02
    /// Economic growth per tick (0…1).
    public var growth: Double = 0.03
    /// Growth lost per unit of military spending share (≥ 0).
    public var burden: Double = 0.5
    /// A security seeker's baseline spending share (0 < s0 ≤ sMax).
    public var s0: Double = 0.03
    /// A greedy state's spending share (0 < sGreedy ≤ sMax).
    public var sGreedy: Double = 0.08
    /// Cap on any spending share (0 < sMax < 1).
    public var sMax: Double = 0.25
    /// A seeker's spending response to threat (≥ 0).
    public var kappa: Double = 0.5
    /// A greedy state's offensive share of new arms (0…1).
    public var phiGreedy: Double = 0.7
    /// Depreciation of forces per tick (0…1).
    public var rho: Double = 0.05
    /// A greedy state attacks when its offense exceeds attackRatio × β × the target's defense (> 0).
    public var attackRatio: Double = 1.2
    /// Share of the loser's wealth taken by a victorious attacker (0…1).
    public var spoils: Double = 0.3
    /// Share of engaged forces each side loses in a war (0…1).
    public var attrition: Double = 0.3
    /// A state dies when its wealth falls below conquest × its initial wealth (0…1).
    public var conquest: Double = 0.2

    /// The spec's defaults.
    public init() {}

    /// A security seeker's offensive share of new arms, `1.0 / (1.0 + beta)`: when offense is
    /// cheap (small β) even security seekers buy offense (Jervis's offense-dominant worlds).
    public var phiSeeker: Double { 1.0 / (1.0 + beta) }
}
