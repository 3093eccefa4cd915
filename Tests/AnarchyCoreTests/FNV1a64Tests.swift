import AnarchyCore
import Testing

@Suite("FNV-1a 64")
struct FNV1a64Tests {
    @Test("published test vectors", arguments: [
        ("", 0xcbf2_9ce4_8422_2325 as UInt64),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func vectors(text: String, expected: UInt64) {
        var hash = FNV1a64()
        for byte in text.utf8 { hash.append(byte: byte) }
        #expect(hash.value == expected)
    }

    @Test("a double is hashed as its 8 little-endian bytes")
    func doubles() {
        let x = 1234.5678
        var byBytes = FNV1a64()
        var bits = x.bitPattern
        for _ in 0..<8 { byBytes.append(byte: UInt8(bits & 0xff)); bits >>= 8 }
        var byDouble = FNV1a64()
        byDouble.append(x)
        #expect(byBytes == byDouble)
    }

    @Test("hex keeps leading zeros")
    func hex() {
        #expect(Hex.sixteenDigits(0x0425_bf1b_df2e_c5cb) == "0425bf1bdf2ec5cb")
        #expect(Hex.sixteenDigits(0) == "0000000000000000")
        #expect(Hex.sixteenDigits(.max) == "ffffffffffffffff")
    }
}
