/// Minimum and maximum with the strict comparisons a bit-exact spec defines.
///
/// `Swift.max(x, y)` is `y >= x ? y : x`, which differs on ties (`max(0.0, -0.0)`) and NaN;
/// SDW-1 defines `min(x, y) = y < x ? y : x`, `max(x, y) = y > x ? y : x`,
/// `clamp(x, lo, hi) = min(max(x, lo), hi)`. These are those definitions, literally.
public enum StrictOrder {
    /// `y < x ? y : x`.
    @inlinable @inline(__always)
    public static func min(_ x: Double, _ y: Double) -> Double { y < x ? y : x }

    /// `y > x ? y : x`.
    @inlinable @inline(__always)
    public static func max(_ x: Double, _ y: Double) -> Double { y > x ? y : x }

    /// `min(max(x, lo), hi)`.
    @inlinable @inline(__always)
    public static func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
        min(max(x, lo), hi)
    }
}
