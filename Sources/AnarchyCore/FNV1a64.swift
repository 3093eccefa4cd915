/// The 64-bit FNV-1a hash (Fowler, Noll & Vo; IETF draft-eastlake-fnv), fed byte by byte.
///
/// SDW-1's digest hashes the little-endian bytes of IEEE-754 bit patterns with it.
public struct FNV1a64: Sendable, Equatable {
    /// The FNV-1a 64-bit offset basis.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of everything appended so far.
    public private(set) var value: UInt64 = FNV1a64.offsetBasis

    /// An empty hash (the offset basis).
    public init() {}

    /// Appends one byte.
    public mutating func append(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FNV1a64.prime
    }

    /// Appends the 8 little-endian bytes of a 64-bit word.
    public mutating func append(littleEndian word: UInt64) {
        var h = value
        var w = word
        for _ in 0..<8 {
            h = (h ^ (w & 0xff)) &* FNV1a64.prime
            w >>= 8
        }
        value = h
    }

    /// Appends the 8 little-endian bytes of a double's bit pattern.
    public mutating func append(_ x: Double) { append(littleEndian: x.bitPattern) }

    /// The hash as 16 lower-case hexadecimal digits, zero padded.
    public var hex: String { Hex.sixteenDigits(value) }

    /// The hash of a text's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var h = FNV1a64()
        for byte in text.utf8 { h.append(byte: byte) }
        return h.value
    }
}

/// Fixed-width hexadecimal formatting.
public enum Hex {
    /// `value` as exactly 16 lower-case hex digits (leading zeros kept).
    public static func sixteenDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
