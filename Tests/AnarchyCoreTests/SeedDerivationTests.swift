import Testing

@testable import AnarchyCore

@Suite(.timeLimit(.minutes(10)))
struct SeedDerivationTests {
    @Test func runSeedsAreDistinctAndStable() {
        var seen = Set<UInt64>()
        for point in 0..<100 { for replication in 0..<100 { seen.insert(SeedDerivation.run(master: 1, point: point, replication: replication)) } }
        #expect(seen.count == 10_000)
        // The formula of docs/EXPERIMENTS.md, computed independently (Python's integers, 2026-12-05):
        // mix(mix(master + γ(point + 1)) + γ(replication + 1)), SplitMix64's finalizer and γ.
        #expect(SeedDerivation.run(master: 1, point: 0, replication: 0) == 0x5e41_ab08_7439_611e)
        #expect(SeedDerivation.run(master: 7, point: 3, replication: 5) == 0xe5ec_8f64_2ad3_13aa)
        #expect(SeedDerivation.run(master: .max, point: 1000, replication: 99) == 0xd3ec_55d0_2f6d_10b2)
        #expect(SeedDerivation.run(master: 1, point: 0, replication: 1) != SeedDerivation.run(master: 2, point: 0, replication: 1))
    }

    /// The tournament's streams and the history's named seeds, computed independently (Python's
    /// integers, 2026-12-06: SplitMix64 as the spec defines it, FNV-1a 64's offset and prime).
    @Test func streamsAndNamedSeedsAreStable() {
        var stream = SeedDerivation.stream(seed: 42, path: [1, 2, 3])
        #expect(stream.next() == 0x0226_81a3_1123_86a9)
        var empty = SeedDerivation.stream(seed: 0, path: [])
        #expect(empty.next() == 0xa706_dd2f_4d19_7e6f)
        var long = SeedDerivation.stream(seed: .max, path: [.max, 5, 0, 7])
        #expect(long.next() == 0xcca7_a67a_8be3_82be)
        #expect(SeedDerivation.named("history 1900 seed 1") == 0x2b32_efca_78c9_1ca7)
    }
}
