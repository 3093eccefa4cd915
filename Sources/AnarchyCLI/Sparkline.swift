/// A one-line Unicode picture of a series: `▁▂▃▄▅▆▇█`, one character per bucket of ticks.
enum Sparkline {
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Buckets `values` into at most `width` columns (`combine` reduces a bucket) and scales
    /// them to the bars between `low` and `high` (default: the buckets' own maximum, floor 0).
    /// Non-finite values draw as a space.
    static func draw(
        _ values: [Double], width: Int = 60, low: Double = 0, high: Double? = nil,
        combine: ([Double]) -> Double
    ) -> String {
        guard !values.isEmpty, width > 0 else { return "" }
        let columns = Swift.min(width, values.count)
        let buckets: [Double] = (0..<columns).map { c in
            let lo = c * values.count / columns, hi = (c + 1) * values.count / columns
            return combine(Array(values[lo..<hi]))
        }
        let top = high ?? buckets.filter(\.isFinite).max() ?? low
        return String(buckets.map { v -> Character in
            guard v.isFinite else { return " " }
            guard top > low else { return bars[0] }
            let scaled = (v - low) / (top - low) * Double(bars.count - 1)
            let index = scaled.isFinite ? Swift.min(Swift.max(scaled.rounded(), 0), Double(bars.count - 1)) : 0
            return bars[Int(index)]
        })
    }

    static func sum(_ xs: [Double]) -> Double { xs.reduce(0, +) }
    static func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
}
