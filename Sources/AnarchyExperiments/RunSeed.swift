import AnarchyCore

/// Each run's seed, from the experiment's master seed, the design point's index and the
/// replication's index alone — so results do not depend on threads, shards or completion order:
///
/// `seed = mix(mix(master + γ·(point + 1)) + γ·(replication + 1))` (wrapping arithmetic), with
/// γ = 0x9E3779B97F4A7C15 and `mix` SplitMix64's finaliser (Steele, Lea & Flood 2014):
/// `z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z ← (z ⊕ z≫27)·0x94D049BB133111EB; z ⊕ z≫31`.
public enum RunSeed {
    public static func seed(master: UInt64, point: Int, replication: Int) -> UInt64 {
        let gamma = SplitMix64.increment
        let first = mix(master &+ gamma &* (UInt64(truncatingIfNeeded: point) &+ 1))
        return mix(first &+ gamma &* (UInt64(truncatingIfNeeded: replication) &+ 1))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
