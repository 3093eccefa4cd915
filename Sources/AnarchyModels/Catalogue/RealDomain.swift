import AnarchyCore

/// The set of values a real parameter may take, with the text used in messages and help
/// (formal-models catalogue §0.2–0.3). Membership is tested exactly, without tolerance.
public struct RealDomain: Sendable {
    /// How the domain reads in messages: "> 0", "in [0, 1)", "any real".
    public let text: String
    private let test: @Sendable (Double) -> Bool

    public init(_ text: String, _ test: @escaping @Sendable (Double) -> Bool) {
        self.text = text
        self.test = test
    }

    /// Whether `x` (assumed finite) lies in the domain.
    public func contains(_ x: Double) -> Bool { test(x) }

    public static let any = RealDomain("any real") { _ in true }
    public static let positive = RealDomain("> 0") { $0 > 0 }
    public static let nonNegative = RealDomain("≥ 0") { $0 >= 0 }
    /// [0, 1].
    public static let unit = RealDomain("in [0, 1]") { $0 >= 0 && $0 <= 1 }
    /// [0, 1).
    public static let unitBelowOne = RealDomain("in [0, 1)") { $0 >= 0 && $0 < 1 }
    /// (0, 1).
    public static let openUnit = RealDomain("in (0, 1)") { $0 > 0 && $0 < 1 }
    /// (0, 1].
    public static let unitAboveZero = RealDomain("in (0, 1]") { $0 > 0 && $0 <= 1 }

    /// Strictly greater than another parameter's value.
    public static func greaterThan(_ bound: Double, _ name: String) -> RealDomain {
        RealDomain("> \(name) (\(bound))") { $0 > bound }
    }

    /// Strictly greater than a constant.
    public static func greaterThan(_ bound: Double) -> RealDomain {
        RealDomain("> \(bound.formatted)") { $0 > bound }
    }

    /// Within [lower, upper].
    public static func closed(_ lower: Double, _ upper: Double) -> RealDomain {
        RealDomain("in [\(lower.formatted), \(upper.formatted)]") { $0 >= lower && $0 <= upper }
    }
}

extension Double {
    /// Whole values without a trailing ".0" (for messages: "> 1", not "> 1.0").
    var formatted: String { PlainNumber.text(self) }
}
