import AnarchyCore
import Testing

@Suite("Plain number grammar", .timeLimit(.minutes(10)))
struct PlainNumberTests {
    @Test("plain decimals are read exactly as strtod reads them", arguments: [
        "12", "0.5", "1e-3", "-2.5", "1E6", "0.25", "5.", ".5", "-0", "1e+2", "0.1000000000000000055511151231257827",
    ])
    func accepted(text: String) throws {
        let value = try PlainNumber.real(text).get()
        #expect(value == Double(text))
    }

    @Test("everything else is rejected with its reason", arguments: [
        ("", PlainNumber.Problem.empty), ("inf", .notDecimal), ("-inf", .notDecimal), ("nan", .notDecimal),
        ("NaN", .notDecimal), ("0x1p3", .notDecimal), ("1_000", .notDecimal), ("+1", .notDecimal),
        (" 1", .notDecimal), ("1 ", .notDecimal), ("1.5.2", .notDecimal), ("e5", .notDecimal),
        ("1e", .notDecimal), (".", .notDecimal), ("-", .notDecimal), ("1,5", .notDecimal),
        ("1e999", .notFinite), ("-1e999", .notFinite), ("٣", .notDecimal), ("infinity", .notDecimal),
    ])
    func rejected(text: String, problem: PlainNumber.Problem) {
        #expect(PlainNumber.real(text) == .failure(problem))
    }

    @Test("whole numbers: digits only, within UInt64")
    func whole() {
        #expect(PlainNumber.whole("0") == .success(0))
        #expect(PlainNumber.whole("18446744073709551615") == .success(.max))
        #expect(PlainNumber.whole("18446744073709551616") == .failure(.tooLarge))
        #expect(PlainNumber.whole("99999999999999999999999999") == .failure(.tooLarge))
        #expect(PlainNumber.whole("-1") == .failure(.notWhole))
        #expect(PlainNumber.whole("1.5") == .failure(.notWhole))
        #expect(PlainNumber.whole("1e3") == .failure(.notWhole))
        #expect(PlainNumber.whole("+1") == .failure(.notDecimal))
        #expect(PlainNumber.whole("") == .failure(.empty))
        #expect(PlainNumber.whole("0x10") == .failure(.notDecimal))
    }
}
