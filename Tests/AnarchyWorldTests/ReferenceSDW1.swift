import AnarchyCore
import AnarchyWorld
import Foundation

/// A deliberately naive SDW-1, transcribed line by line from shared/specs/sdw1.md with none of
/// the engine's structure (no columns, no slots, no precomputed constants, no threads): nested
/// arrays, neighbour lists built by sorting a set, every formula inline as the spec writes it.
/// It is the second route the engine's digests and series are checked against.
struct ReferenceSDW1 {
    let p: SDW1Parameters
    var rngState: UInt64
    var greedy: [Bool], alive: [Bool]
    var w: [Double], w0: [Double], o: [Double], d: [Double], s: [Double], a: [Double], b: [Double]
    var neighbours: [[Int]]
    var belief: [[Double]]
    var series: [TickMetrics] = []

    mutating func next() -> UInt64 {
        rngState = rngState &+ 0x9E37_79B9_7F4A_7C15
        var z = rngState
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    mutating func normal() -> Double {
        let u1 = uniform(); let u2 = uniform()
        return sqrt(-2.0 * Foundation.log(1.0 - u1)) * Foundation.cos(strtod("6.283185307179586", nil) * u2)
    }
    func minimum(_ x: Double, _ y: Double) -> Double { y < x ? y : x }
    func maximum(_ x: Double, _ y: Double) -> Double { y > x ? y : x }
    func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double { minimum(maximum(x, lo), hi) }

    init(_ p: SDW1Parameters) {
        self.p = p
        let n = p.n
        rngState = p.seed
        greedy = Array(repeating: false, count: n); alive = Array(repeating: true, count: n)
        w = Array(repeating: 0, count: n); w0 = w; o = w; d = w; s = w; a = w; b = w
        neighbours = (0..<n).map { i in
            Set((1...p.k).flatMap { m in [((i - m) % n + n) % n, (i + m) % n] }).sorted()
        }
        belief = neighbours.map { Array(repeating: p.pGreedy, count: $0.count) }
        for i in 0..<n { greedy[i] = uniform() < p.pGreedy }
        for i in 0..<n {
            w[i] = 100.0 * (0.5 + uniform()); w0[i] = w[i]; o[i] = 0.0; d[i] = 0.0; alive[i] = true
            s[i] = greedy[i] ? p.sGreedy : p.s0; a[i] = 0.0; b[i] = 0.0
        }
    }

    mutating func run() {
        for tick in 0..<p.ticks { step(tick: tick + 1) }
    }

    mutating func step(tick: Int) {
        let n = p.n, beta = p.beta, delta = p.delta
        let phiSeeker = 1.0 / (1.0 + beta)
        // 1. Threat
        var threat = Array(repeating: 0.0, count: n)
        for i in 0..<n where alive[i] {
            var best: Double? = nil
            for (x, j) in neighbours[i].enumerated() where alive[j] {
                let perceived = delta * o[j] + (1.0 - delta) * (o[j] + d[j]) * 0.5
                let c = belief[i][x] * perceived / (beta * d[i] + 1.0)
                best = best.map { maximum($0, c) } ?? c
            }
            threat[i] = best ?? 0.0
        }
        // 2. Spending
        for i in 0..<n where alive[i] {
            s[i] = greedy[i] ? p.sGreedy : minimum(p.sMax, p.s0 * (1.0 + p.kappa * threat[i]))
            let phi = greedy[i] ? p.phiGreedy : phiSeeker
            let spend = s[i] * w[i]
            a[i] = spend * phi; b[i] = spend * (1.0 - phi)
            o[i] = (1.0 - p.rho) * o[i] + a[i]
            d[i] = (1.0 - p.rho) * d[i] + b[i]
            w[i] = w[i] * (1.0 + p.growth - p.burden * s[i])
        }
        // 3. Perception and belief update
        let muG = delta * p.sGreedy * p.phiGreedy + (1.0 - delta) * p.sGreedy * 0.5
        let muS = delta * p.s0 * phiSeeker + (1.0 - delta) * p.s0 * 0.5
        for i in 0..<n where alive[i] {
            for (x, j) in neighbours[i].enumerated() where alive[j] {
                let z = normal()
                let y = (delta * a[j] + (1.0 - delta) * (a[j] + b[j]) * 0.5) / w[j] + p.sigma * z
                let llr = clamp(((y - muS) * (y - muS) - (y - muG) * (y - muG)) / (2.0 * p.sigma * p.sigma), -30.0, 30.0)
                let prior = belief[i][x]
                let odds = prior / (1.0 - prior) * Foundation.exp(llr)
                belief[i][x] = clamp(odds / (1.0 + odds), 1e-9, 1.0 - 1e-9)
            }
        }
        // 4. War
        var wars = 0
        for i in 0..<n where alive[i] && greedy[i] {
            var target: Int? = nil
            for j in neighbours[i] where alive[j] {
                if target == nil || d[j] < d[target!] { target = j }
            }
            guard let j = target, o[i] > p.attackRatio * beta * d[j] else { continue }
            wars += 1
            let pWin = o[i] * o[i] / (o[i] * o[i] + (beta * d[j]) * (beta * d[j]))
            let u = uniform()
            o[i] = o[i] * (1.0 - p.attrition); d[j] = d[j] * (1.0 - p.attrition)
            if u < pWin {
                let take = w[j] * p.spoils
                w[j] = w[j] - take; w[i] = w[i] + take
                if w[j] < p.conquest * w0[j] {
                    w[i] = w[i] + w[j]; w[j] = 0.0; alive[j] = false; o[j] = 0.0; d[j] = 0.0
                }
            }
            for m in 0..<n where alive[m] {
                if let x = neighbours[m].firstIndex(of: i) { belief[m][x] = 1.0 - 1e-9 }
            }
        }
        // Outputs
        var count = 0, shareSum = 0.0, os = 0.0, ds = 0.0, ws = 0.0, spiralSum = 0.0, pairs = 0
        for i in 0..<n where alive[i] { count += 1; shareSum = shareSum + s[i]; os = os + o[i]; ds = ds + d[i]; ws = ws + w[i] }
        for i in 0..<n where alive[i] && !greedy[i] {
            for (x, j) in neighbours[i].enumerated() where alive[j] && !greedy[j] { spiralSum = spiralSum + belief[i][x]; pairs += 1 }
        }
        series.append(TickMetrics(
            tick: tick, alive: count, wars: wars, meanShare: shareSum / Double(count),
            spiral: pairs == 0 ? 0.0 : spiralSum / Double(pairs), offense: os, defense: ds, wealth: ws))
    }

    var digest: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ x: Double) {
            var bits = x.bitPattern
            for _ in 0..<8 { h = (h ^ (bits & 0xff)) &* 0x100000001b3; bits >>= 8 }
        }
        for i in 0..<p.n { add(w[i]); add(o[i]); add(d[i]) }
        for row in belief { for x in row { add(x) } }
        return h
    }
}
