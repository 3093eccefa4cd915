import AnarchyCore
import Foundation
import Testing

@Suite("SplitMix64", .timeLimit(.minutes(10)))
struct SplitMix64Tests {
    @Test("first outputs for seed 0 match the published reference values")
    func referenceOutputs() {
        // Vigna's splitmix64.c with x = 0 (the values every SplitMix64 port checks).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xe220_a839_7b1d_cdaf)
        #expect(rng.next() == 0x6e78_9e6a_a1b9_65f4)
        #expect(rng.next() == 0x06c4_5d18_8009_454f)
    }

    @Test("skipping m draws lands where m calls of next() land", arguments: [0, 1, 2, 17, 1000] as [UInt64])
    func skipping(draws: UInt64) {
        for seed: UInt64 in [0, 1, 42, .max] {
            var walked = SplitMix64(seed: seed)
            for _ in 0..<draws { _ = walked.next() }
            let jumped = SplitMix64(seed: seed, skipping: draws)
            #expect(walked == jumped)
            #expect(jumped.draws(since: seed) == draws)
        }
    }

    @Test("the increment's inverse is its inverse modulo 2^64")
    func inverse() {
        #expect(SplitMix64.increment &* SplitMix64.inverseIncrement == 1)
    }

    @Test("uniforms lie in [0, 1) and use 53 bits")
    func uniforms() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let u = rng.uniform()
            #expect(u >= 0 && u < 1)
            #expect((u * 0x1.0p53).rounded(.towardZero) == u * 0x1.0p53)
        }
    }

    @Test("normals follow the spec's Box–Muller formula and look standard")
    func normals() {
        var a = SplitMix64(seed: 3), b = SplitMix64(seed: 3)
        var sum = 0.0, sumSquares = 0.0
        let count = 20_000
        for _ in 0..<count {
            let z = a.normal()
            let u1 = b.uniform(), u2 = b.uniform()
            #expect(z == (-2.0 * Foundation.log(1.0 - u1)).squareRoot() * Foundation.cos(6.283185307179586 * u2))
            sum += z
            sumSquares += z * z
        }
        let mean = sum / Double(count), variance = sumSquares / Double(count) - mean * mean
        // 5 standard errors: a false alarm has probability below 1e-6.
        #expect(abs(mean) < 5 / Double(count).squareRoot())
        #expect(abs(variance - 1) < 5 * (2 / Double(count)).squareRoot())
    }

    @Test("constants written in source equal what the C library's strtod reads")
    func literalsAreCorrectlyRounded() {
        #expect(SplitMix64.twoPi == strtod("6.283185307179586", nil))
        #expect(1e-9 == strtod("1e-9", nil))
        #expect(1.0 - 1e-9 == 1.0 - strtod("1e-9", nil))
    }
}
