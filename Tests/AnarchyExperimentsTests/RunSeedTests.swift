import Testing

@testable import AnarchyExperiments

@Suite(.timeLimit(.minutes(10)))
struct RunSeedTests {
    @Test func seedsAreDistinctAndStable() {
        var seen = Set<UInt64>()
        for point in 0..<100 { for replication in 0..<100 { seen.insert(RunSeed.seed(master: 1, point: point, replication: replication)) } }
        #expect(seen.count == 10_000)
        // The formula of docs/EXPERIMENTS.md, computed independently (Python's integers, 2026-12-05):
        // mix(mix(master + γ(point + 1)) + γ(replication + 1)), SplitMix64's finalizer and γ.
        #expect(RunSeed.seed(master: 1, point: 0, replication: 0) == 0x5e41_ab08_7439_611e)
        #expect(RunSeed.seed(master: 7, point: 3, replication: 5) == 0xe5ec_8f64_2ad3_13aa)
        #expect(RunSeed.seed(master: .max, point: 1000, replication: 99) == 0xd3ec_55d0_2f6d_10b2)
        #expect(RunSeed.seed(master: 1, point: 0, replication: 1) != RunSeed.seed(master: 2, point: 0, replication: 1))
    }
}
