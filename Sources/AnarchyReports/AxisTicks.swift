#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// "Nice" axis ticks (steps of 1, 2 or 5 × 10ᵏ) covering a range, about `count` of them
/// (Heckbert 1990), and their labels.
public struct AxisTicks: Sendable, Equatable {
    public let low: Double
    public let high: Double
    public let step: Double
    public var values: [Double] {
        var out: [Double] = []
        var k = 0
        while true {
            let v = low + Double(k) * step
            if v > high + step * 1e-9 { break }
            out.append(v)
            k += 1
        }
        return out
    }

    public init(from a: Double, to b: Double, count: Int = 5) {
        var (lo, hi) = (Swift.min(a, b), Swift.max(a, b))
        if !(lo.isFinite && hi.isFinite) { (lo, hi) = (0, 1) }
        if hi - lo < 1e-12 { (lo, hi) = (lo - 0.5, hi + 0.5) }
        let raw = (hi - lo) / Double(Swift.max(1, count))
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice = fraction <= 1 ? 1.0 : fraction <= 2 ? 2.0 : fraction <= 5 ? 5.0 : 10.0
        step = nice * magnitude
        low = floor(lo / step) * step
        high = ceil(hi / step) * step
    }

    /// A tick's label: as many decimals as the step needs, no more.
    public func label(_ v: Double) -> String {
        let decimals = Swift.min(12, Swift.max(0, Int(-floor(log10(step) + 1e-9))))
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((v * Double(scale)).rounded())
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / scale, fraction = abs(n) % scale
        guard decimals > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
