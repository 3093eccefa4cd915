import AnarchyCore
import Testing

@Suite("FNV-1a 64", .timeLimit(.minutes(10)))
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

/// SHA-256 against FIPS 180-4's examples (and the empty message's well-known digest).
@Suite(.timeLimit(.minutes(10)))
struct SHA256Tests {
    @Test func theStandardsExamples() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
