import Testing

@testable import AnarchyExperiments

struct RunSeedTests {
    @Test func seedsAreDistinctAndStable() {
        var seen = Set<UInt64>()
        for point in 0..<100 { for replication in 0..<100 { seen.insert(RunSeed.seed(master: 1, point: point, replication: replication)) } }
        #expect(seen.count == 10_000)
        #expect(RunSeed.seed(master: 1, point: 0, replication: 0) == RunSeed.seed(master: 1, point: 0, replication: 0))
        #expect(RunSeed.seed(master: 1, point: 0, replication: 1) != RunSeed.seed(master: 2, point: 0, replication: 1))
    }
}
