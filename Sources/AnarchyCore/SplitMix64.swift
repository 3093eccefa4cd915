#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
/// OOPSLA, doi:10.1145/2660193.2660195): the one random stream of an SDW-1 run.
///
/// The generator is *counter-based*: the state before the m-th draw (0-based) is
/// `seed &+ m &* 0x9E3779B97F4A7C15`, so ``init(seed:skipping:)`` jumps to any draw in O(1).
/// That is what lets parallel phases give every worker its own exact slice of the stream.
public struct SplitMix64: Sendable, Equatable {
    /// The golden-ratio increment added before every draw.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The generator's whole state.
    public var state: UInt64

    /// A generator whose first draw is the first draw of `seed`'s stream.
    @inlinable public init(seed: UInt64) { state = seed }

    /// A generator positioned after `draws` draws of `seed`'s stream.
    @inlinable public init(seed: UInt64, skipping draws: UInt64) {
        state = seed &+ draws &* SplitMix64.increment
    }

    /// The number of draws made since `seed` (the inverse of ``init(seed:skipping:)``).
    @inlinable public func draws(since seed: UInt64) -> UInt64 {
        (state &- seed) &* SplitMix64.inverseIncrement
    }

    /// The multiplicative inverse of ``increment`` modulo 2^64 (the increment is odd).
    public static let inverseIncrement: UInt64 = {
        // Newton's iteration for the inverse of an odd number modulo 2^64.
        var x: UInt64 = increment
        for _ in 0..<6 { x = x &* (2 &- increment &* x) }
        return x
    }()

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        state = state &+ SplitMix64.increment
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw in [0, 1) with 53 random bits: `Double(next() >> 11) * 0x1.0p-53`.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// One standard normal draw (Box–Muller, cosine branch only; two uniforms):
    /// `sqrt(-2.0 * log(1.0 - u1)) * cos(6.283185307179586 * u2)`.
    ///
    /// `log` and `cos` are the C library's, so results are bit-exact only against the same libm.
    @inlinable @inline(__always)
    public mutating func normal() -> Double {
        let u1 = uniform()
        let u2 = uniform()
        return (-2.0 * log(1.0 - u1)).squareRoot() * cos(SplitMix64.twoPi * u2)
    }

    /// Shuffles `items[range]` in place (Fisher–Yates, Knuth 1997, §3.4.2): for i from the last
    /// position down to the second, swap it with position `j = first + next() % (i − first + 1)`
    /// — one draw per position, modulo bias below 2^-40 for any range that fits in memory.
    public mutating func shuffle<Element>(_ items: inout [Element], _ range: Range<Int>) {
        var i = range.upperBound - 1
        while i > range.lowerBound {
            let j = range.lowerBound + Int(next() % UInt64(i - range.lowerBound + 1))
            items.swapAt(i, j)
            i -= 1
        }
    }

    /// 2π as SDW-1 writes it (6.283185307179586), given as a hex literal so that the compiler's
    /// literal conversion cannot round it twice (see shared/notes/swift-exactness.md).
    public static let twoPi: Double = 0x1.921FB54442D18p2
}
