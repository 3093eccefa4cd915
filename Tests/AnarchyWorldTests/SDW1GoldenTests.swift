import AnarchyTestSupport
import AnarchyWorld
import Testing

/// Golden digests. The first three are the spec's check values; the rest were computed by the C
/// port of the spec (Benchmarks/c/sdw1.c) and agree with ``ReferenceSDW1`` — two routes besides
/// the engine — and cover the spec's edge cases: n = 3, one tick, seeds 0 and 2^64 − 1,
/// δ = 0 and 1, the widest ring (2k = n − 1), many wars and conquests, a larger world.
@Suite("SDW-1 golden digests", .timeLimit(.minutes(10)), .enabled(if: ReferencePlatform.isHere, Comment(rawValue: ReferencePlatform.elsewhere)))
struct SDW1GoldenTests {
    static let cases: [(String, @Sendable (inout SDW1Parameters) -> Void, String)] = [
        ("spec: seed 1", { $0.seed = 1 }, "0425bf1bdf2ec5cb"),
        ("spec: seed 2", { $0.seed = 2 }, "aa6300ffd77c46ff"),
        ("spec: ticks 0, seed 15", { $0.ticks = 0; $0.seed = 15 }, "3397eed5b733c858"),
        ("n 3, one tick", { $0.n = 3; $0.k = 1; $0.ticks = 1 }, "746ddabbad747078"),
        ("n 3, seed 0", { $0.n = 3; $0.k = 1; $0.ticks = 50; $0.seed = 0 }, "ab664950af3549de"),
        ("seed 2^64 - 1", { $0.seed = .max }, "f3a85a4287b139a3"),
        ("delta 0", { $0.delta = 0; $0.seed = 5 }, "4709dc09b13dccff"),
        ("delta 1", { $0.delta = 1; $0.seed = 5 }, "6f6ac57f5a2f634e"),
        ("widest ring 2k = n - 1", { $0.n = 11; $0.k = 5; $0.ticks = 300; $0.seed = 3 }, "175f80ca718653e4"),
        ("many wars and conquests", {
            $0.n = 60; $0.k = 3; $0.ticks = 300; $0.beta = 0.2; $0.attackRatio = 0.1; $0.conquest = 0.9; $0.seed = 8
        }, "a50408add2add195"),
        ("mostly greedy, total spoils", {
            $0.n = 200; $0.ticks = 500; $0.pGreedy = 0.9; $0.spoils = 1; $0.seed = 21
        }, "8f480afc510d461c"),
        ("5,000 states", { $0.n = 5000; $0.k = 3; $0.ticks = 40; $0.seed = 77 }, "cc37358d9866929b"),
    ]

    @Test("digests equal the golden values on 1 and 2 threads", arguments: 0..<cases.count)
    func golden(index: Int) throws {
        let (_, configure, expected) = Self.cases[index]
        var parameters = SDW1Parameters()
        configure(&parameters)
        for threads in [1, 2] {
            let world = try World(parameters: parameters, threads: threads)
            world.run(ticks: parameters.ticks)
            #expect(world.digestHex == expected, "threads \(threads)")
        }
    }
}
