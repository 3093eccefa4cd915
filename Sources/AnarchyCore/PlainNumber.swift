/// Parsing of numbers written by people (command-line flags, later scenario fields) against an
/// explicit grammar, because `Double(String)` also accepts `inf`, `nan`, hex floats and more.
///
/// - Reals: `-?digits[.digits][(e|E)[+-]digits]`, also `-?.digits…` and `-?digits.` (plain
///   decimal). Rejected: empty text, spaces, a leading `+`, `inf`, `nan`, hex, digit separators.
///   A value that overflows to ±infinity is reported as not finite.
/// - Whole numbers: `digits` only (no sign, no exponent, no separators), within `UInt64`.
public enum PlainNumber {
    /// A number as people write it in messages: whole values without ".0" (`> 1`, `got -2`),
    /// others in shortest round-trip form.
    public static func text(_ x: Double) -> String {
        x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }

    /// A number rounded to four decimals, then written as ``text(_:)`` writes it (`0.1235`, `2`;
    /// non-finite values as themselves).
    public static func fourDecimals(_ x: Double) -> String { text((x * 10_000).rounded() / 10_000) }

    /// A number with four decimals for people (non-finite values as themselves).
    public static func fixed(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        let scaled = (x * 10_000).rounded()
        guard abs(scaled) < 1e15 else { return "\(x)" }
        let whole = Int64(scaled)
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let fraction = String(magnitude % 10_000)
        return "\(sign)\(magnitude / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    /// Why a text is not a number of the expected kind.
    public enum Problem: Error, Equatable, Sendable {
        /// The text is empty.
        case empty
        /// The text does not follow the grammar (`inf`, `0x1p3`, `1_000`, `+1`, `1.5.2`, …).
        case notDecimal
        /// The text is a decimal number whose value is not finite (e.g. `1e999`).
        case notFinite
        /// A whole number was expected.
        case notWhole
        /// The whole number is larger than the largest representable value.
        case tooLarge

        /// A short phrase for error messages.
        public var phrase: String {
            switch self {
            case .empty: "an empty value is not a number"
            case .notDecimal: "not a plain decimal number"
            case .notFinite: "not a finite number"
            case .notWhole: "not a whole number written in digits"
            case .tooLarge: "too large"
            }
        }
    }

    /// The real number `text` denotes, or the problem with it.
    public static func real(_ text: String) -> Result<Double, Problem> {
        if text.isEmpty { return .failure(.empty) }
        guard followsDecimalGrammar(Array(text.utf8)) else { return .failure(.notDecimal) }
        // The grammar is a subset of what Double(String) (strtod) reads, so this cannot fail.
        guard let value = Double(text) else { return .failure(.notDecimal) }
        guard value.isFinite else { return .failure(.notFinite) }
        return .success(value)
    }

    /// The whole number `text` denotes (digits only), or the problem with it.
    public static func whole(_ text: String) -> Result<UInt64, Problem> {
        if text.isEmpty { return .failure(.empty) }
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy(isDigit) else {
            return .failure(followsDecimalGrammar(bytes) ? .notWhole : .notDecimal)
        }
        var value: UInt64 = 0
        for byte in bytes {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            if o1 || o2 { return .failure(.tooLarge) }
            value = sum
        }
        return .success(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `-?(digits(.digits?)?|.digits)([eE][+-]?digits)?`
    private static func followsDecimalGrammar(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        var mantissaDigits = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1; mantissaDigits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, isDigit(bytes[i]) { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var exponentDigits = 0
            while i < bytes.count, isDigit(bytes[i]) { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return false }
        }
        return i == bytes.count
    }
}
