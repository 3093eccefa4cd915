import AnarchyCore
import AnarchyTestSupport
import Testing

@testable import AnarchyModels

/// Fuzzing the JSON parameter path (issue: "no input crashes the tool"): a large corpus of mutated
/// parameter texts goes through the JSON reader and every catalogue function. Each must end in a
/// result whose numbers are all finite (§0.3: never NaN or Inf) or in a typed error — never a trap.
@Suite(.timeLimit(.minutes(10)))
struct ParameterFuzzTests {
    /// Fragments spliced into texts: JSON tokens, extreme numbers, broken syntax.
    static let fragments = [
        "1e308", "-1e308", "1e-320", "-0", "0", "1", "-1", "0.5", "2", "1e400", "NaN", "Infinity", "-Infinity",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "null", "true", "false", "\"\"", "\"C\"",
        "\"DDCD\"", "[]", "[[]]", "[[0,1],[1,0]]", "{}", "[", "]", "{", "}", ",", ":", "\"", "\\", "\\u0000", "\\ud800",
        "1.", ".5", "01", "1e", "--1", "+1", "[1,2,3,4]", "[0.25,0.25,0.25,0.25]", "\"square\"", "\"infinite\"",
        "\"min_concession\"", "\"multipolar\"", String(repeating: "[", count: 300), "\u{00e9}", "\u{1F600}",
    ]

    /// Replaces one parameter's value with a fragment (keeps the text valid JSON more often).
    static func substitute(_ members: [(key: String, value: JSONValue)], _ random: inout SplitMix64) -> String {
        guard !members.isEmpty else { return "{}" }
        let target = Int(random.next() % UInt64(members.count))
        let fragment = fragments[Int(random.next() % UInt64(fragments.count))]
        let inner = members.enumerated().map { i, m in
            JSONValue.quote(m.key) + ":" + (i == target ? fragment : m.value.text)
        }
        return "{" + inner.joined(separator: ",") + "}"
    }

    @Test func mutatedParametersNeverCrashOrProduceNonFiniteNumbers() {
        var mutator = ByteMutator(seed: 20261123, fragments: Self.fragments, maximumEdits: 4)
        var evaluated = 0, succeeded = 0
        for (function, members) in ErrorContractTests.bases {
            let base = JSONValue.object(members).text
            for round in 0..<300 {
                let text = round % 2 == 0 ? mutator.mutate(base) : Self.substitute(members, &mutator.random)
                guard let parameters = try? JSONParser.parse(text) else { continue }
                evaluated += 1
                switch function.evaluate(parameters) {
                case let .success(output):
                    succeeded += 1
                    #expect(output.numbersAreFinite, "\(function.id) \(text) → \(output.text)")
                case let .failure(error):
                    #expect(!error.message.isEmpty)
                    #expect((error.code == .invalidParameter) == (error.parameter != nil) || error.code == .invalidParameter)
                }
            }
        }
        #expect(evaluated > 4_000)
        #expect(succeeded > 500)
    }

    @Test func theReaderRejectsMalformedTextWithAPosition() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 40)
            let text = String((0..<length).map { _ in
                Self.fragments[Int(random.next() % UInt64(Self.fragments.count))].first ?? " "
            })
            do {
                _ = try JSONParser.parse(text)
            } catch {
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(String(repeating: "[", count: 10_000)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("{\"a\":1,\"a\":2}") }
        #expect(try JSONParser.parse("{\"n\": 3, \"x\": 3.0, \"big\": 1e400}") == [
            "n": .integer(3), "x": .number(3), "big": .number(.infinity),
        ])
    }
}
