import AnarchyCore
import Testing

@testable import AnarchyModels

/// Landscape theory (Axelrod & Bennett 1993): hand cases, brute force, and the heuristic.
@Suite(.timeLimit(.minutes(10)))
struct LandscapeTheoryTests {
    @Test func twoFriendsAgainstACommonEnemy() {
        // A and B like each other, both dislike C: the only stable alignment is {A, B} vs {C},
        // E = 2·(s_A s_C p_AC + s_B s_C p_BC) = 2·(−2·3 − 1·3) = −18 with sizes 2, 1, 3.
        let outcome = LandscapeTheory.minima(sizes: [2, 1, 3], propensity: [[0, 1, -1], [1, 0, -1], [-1, -1, 0]])
        #expect(outcome.exhaustive)
        #expect(outcome.minima == [LandscapeTheory.Alignment(energy: -18, side: [0, 0, 1])])
    }

    @Test func aFrustratedTriangleHasThreeMinima() {
        let outcome = LandscapeTheory.minima(sizes: [1, 1, 1], propensity: [[0, -1, -1], [-1, 0, -1], [-1, -1, 0]])
        #expect(outcome.minima.map(\.side) == [[0, 0, 1], [0, 1, 0], [0, 1, 1]])
        #expect(outcome.minima.allSatisfy { $0.energy == -4 })
    }

    /// Random instances up to 9 states: the Gray-code search finds exactly the configurations
    /// that a from-scratch check of every configuration calls local minima.
    @Test func exhaustiveSearchAgreesWithBruteForce() {
        var random = SplitMix64(seed: 31)
        for round in 0..<60 {
            let n = 2 + round % 8
            let sizes = (0..<n).map { _ in 0.5 + random.uniform() }
            var p = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for i in 0..<n { for j in 0..<i { let x = (random.uniform() * 2 - 1).dyadic(bits: 2); p[i][j] = x; p[j][i] = x } }
            var expected: [[Int]] = []
            for mask in 0..<(1 << (n - 1)) {
                let side = (0..<n).map { $0 == 0 ? 0 : (mask >> ($0 - 1)) & 1 }
                if LandscapeTheory.isLocalMinimum(sizes: sizes, propensity: p, side: side) { expected.append(side) }
            }
            let found = LandscapeTheory.minima(sizes: sizes, propensity: p).minima
            #expect(Set(found.map(\.side)) == Set(expected), "n = \(n)")
            #expect(found.map(\.energy) == found.map(\.energy).sorted())
            #expect(!found.isEmpty)  // the global minimum is always a local one
        }
    }

    /// Twenty states, exhaustively (2^19 configurations); and beyond the limit the heuristic
    /// finds the planted two-bloc structure as its lowest minimum.
    @Test func twentyStatesAndBeyond() {
        var random = SplitMix64(seed: 5)
        func planted(_ n: Int) -> ([Double], [[Double]]) {
            let bloc = (0..<n).map { $0 % 2 }
            var p = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for i in 0..<n { for j in 0..<i {
                let x = (bloc[i] == bloc[j] ? 1.0 : -1.0) + 0.4 * (random.uniform() - 0.5)
                p[i][j] = x; p[j][i] = x
            } }
            return ((0..<n).map { _ in 1 + random.uniform() }, p)
        }
        let (s20, p20) = planted(20)
        let exact = LandscapeTheory.minima(sizes: s20, propensity: p20)
        #expect(exact.exhaustive && exact.minima.first?.side == (0..<20).map { $0 % 2 })
        let (s30, p30) = planted(30)
        let heuristic = LandscapeTheory.minima(sizes: s30, propensity: p30, starts: 200)
        #expect(!heuristic.exhaustive && heuristic.minima.first?.side == (0..<30).map { $0 % 2 })
        #expect(heuristic.minima.allSatisfy { LandscapeTheory.isLocalMinimum(sizes: s30, propensity: p30, side: $0.side) })
    }
}

extension Double {
    /// Rounded to a multiple of 2^−bits: exact in binary, so equal energies tie exactly.
    func dyadic(bits: Int) -> Double {
        let scale = Double(1 << bits)
        return (self * scale).rounded() / scale
    }
}
