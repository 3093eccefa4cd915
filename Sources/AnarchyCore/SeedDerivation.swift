/// Every seed the project derives from other seeds, in one place (docs/ARCHITECTURE.md, Seeds).
/// Each form depends only on its inputs — never on the thread, the shard or the order in which
/// work finishes — and each is kept as it was first published: changing one changes results
/// (experiment stores, the debate, noisy tournaments, the calibration), which is a versioned
/// decision. New work takes ``run(master:point:replication:)``'s form: a master seed and indices.
public enum SeedDerivation {
    /// A run's seed from the master seed of an experiment, claim or report and two indices (the
    /// design point or level, and the replication):
    /// `mix(mix(master + γ·(point + 1)) + γ·(replication + 1))` (wrapping arithmetic), with
    /// γ = 0x9E3779B97F4A7C15 and ``mix(_:)`` SplitMix64's finaliser (Steele, Lea & Flood 2014).
    /// Experiments, the debate, the web app's sweeps and reports' bootstraps.
    public static func run(master: UInt64, point: Int, replication: Int) -> UInt64 {
        let gamma = SplitMix64.increment
        let first = mix(master &+ gamma &* (UInt64(truncatingIfNeeded: point) &+ 1))
        return mix(first &+ gamma &* (UInt64(truncatingIfNeeded: replication) &+ 1))
    }

    /// SplitMix64's finaliser: `z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z ← (z ⊕ z≫27)·0x94D049BB133111EB; z ⊕ z≫31`.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stream keyed by a seed and a path of indices — a tournament's match (its players and
    /// repetition), a group's: the seed's first draw is the key, and each index is mixed in
    /// through one SplitMix64 step (`key ← next(key ⊕ index)`), so streams of different paths are
    /// unrelated.
    public static func stream(seed: UInt64, path: [UInt64]) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed)
        var key = mixer.next()
        for index in path {
            var step = SplitMix64(seed: key ^ index)
            key = step.next()
        }
        return SplitMix64(seed: key)
    }

    /// A seed named by a text: its FNV-1a 64 hash — a historical year's seeded worlds in the
    /// calibration and the backtest (`history YEAR seed K`).
    public static func named(_ text: String) -> UInt64 { FNV1a64.hash(text) }
}
