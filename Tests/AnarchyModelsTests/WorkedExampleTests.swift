import AnarchyCore
import Foundation
import Testing

@testable import AnarchyModels

/// The catalogue's worked examples are normative unit tests (formal-models.md, preamble): each
/// expected output must match within the section's tolerance (§0.4); booleans, strings and null
/// exactly; lists element-wise.
@Suite(.timeLimit(.minutes(10)))
struct WorkedExampleTests {
    struct Case: CustomStringConvertible, Sendable {
        let id: String
        let params: JSONValue
        let expect: JSONValue?
        let error: String?
        let param: String?
        let tolerance: (absolute: Double, relative: Double)
        var description: String { "\(id) \(params.text)" }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "worked-examples", withExtension: "json", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8), let document = try? JSONParser.parse(text),
            case let .array(items)? = document["cases"], case let .object(tolerances)? = document["tolerances"]
        else { return [] }
        return items.map { item in
            var tolerance = (1e-9, 1e-9)
            if case let .string(name)? = item["tolerance"],
                case let .array(pair)? = tolerances.first(where: { $0.key == name })?.value,
                let a = pair.first?.numberValue, let r = pair.last?.numberValue
            {
                tolerance = (a, r)
            }
            func string(_ key: String) -> String? {
                if case let .string(s)? = item[key] { return s }
                return nil
            }
            return Case(
                id: string("id") ?? "", params: item["params"] ?? .null, expect: item["expect"], error: string("error"),
                param: string("param"), tolerance: tolerance)
        }
    }()

    @Test func theFixtureCoversEveryFunction() {
        #expect(Self.cases.count >= 60)
        let covered = Set(Self.cases.map(\.id))
        for function in FormalCatalogue.all {
            #expect(covered.contains(function.id), "no worked example for \(function.id)")
        }
    }

    @Test(arguments: cases)
    func workedExample(_ example: Case) throws {
        let function = try #require(FormalCatalogue.function(example.id))
        switch function.evaluate(example.params) {
        case let .success(output):
            #expect(example.error == nil, "expected error \(example.error ?? "")")
            guard case let .object(expected)? = example.expect else { return }
            for (key, value) in expected {
                let got = try #require(output[key], "missing output \(key)")
                #expect(
                    JSONComparison.matches(got, value, tolerance: example.tolerance),
                    "\(key): got \(got.text), expected \(value.text)")
            }
        case let .failure(error):
            #expect(example.error == error.code.rawValue, "unexpected error: \(error.message)")
            #expect(example.param == error.parameter)
        }
    }
}

/// Comparison of outputs with expected values under a tolerance `|got − exp| ≤ a + r·|exp|`.
enum JSONComparison {
    static func matches(_ got: JSONValue, _ expected: JSONValue, tolerance: (absolute: Double, relative: Double)) -> Bool {
        switch (got, expected) {
        case let (.array(g), .array(e)):
            return g.count == e.count && zip(g, e).allSatisfy { matches($0, $1, tolerance: tolerance) }
        case (.null, .null): return true
        case let (.bool(g), .bool(e)): return g == e
        case let (.string(g), .string(e)): return g == e
        default:
            guard let g = got.numberValue, let e = expected.numberValue else { return false }
            return abs(g - e) <= tolerance.absolute + tolerance.relative * abs(e)
        }
    }
}
