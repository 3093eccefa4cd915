import AnarchyCore
import Testing

@testable import AnarchyModels

/// The error contract (catalogue §0.3): every invalid input class gives `invalid_parameter` naming
/// the first offending parameter in validation order, and the documented parameter lists are
/// the ones the functions read.
@Suite(.timeLimit(.minutes(10)))
struct ErrorContractTests {
    /// One valid parameter object per function: its first worked example.
    static let bases: [(FormalFunction, [(key: String, value: JSONValue)])] = FormalCatalogue.all.compactMap { function in
        guard let example = WorkedExampleTests.cases.first(where: { $0.id == function.id && $0.error == nil }),
            case let .object(members) = example.params
        else { return nil }
        return (function, members)
    }

    /// Parameters whose absence is an error (no default, not an alternative to another).
    static func required(_ function: FormalFunction) -> [ParameterDoc] {
        function.id == "jervis.world" ? [] : function.parameters.filter { $0.fallback == nil }
    }

    @Test func everyFunctionHasAValidBase() {
        #expect(Self.bases.count == FormalCatalogue.all.count)
        for (function, members) in Self.bases {
            guard case .success = function.evaluate(.object(members)) else {
                Issue.record("\(function.id): base parameters rejected")
                continue
            }
        }
    }

    @Test func theDocumentedParametersAreTheOnesRead() throws {
        for (function, members) in Self.bases {
            let asked = try Self.askedNames(function, members)
            let documented = function.parameters.map(\.name)
            if function.id == "jervis.world" {
                #expect(asked.allSatisfy(documented.contains))
            } else {
                #expect(asked == documented, "\(function.id): reads \(asked), documents \(documented)")
            }
        }
    }

    /// The names a function's reader asks for, in order, for these parameters.
    static func askedNames(_ function: FormalFunction, _ members: [(key: String, value: JSONValue)]) throws -> [String] {
        let recorder = RecordingFunction(function)
        return try recorder.names(for: members)
    }

    @Test func eachInvalidClassNamesTheParameter() {
        let invalidValues: [(String, JSONValue)] = [
            ("a string", "text"), ("NaN", .number(.nan)), ("+Infinity", .number(.infinity)),
            ("-Infinity", .number(-.infinity)), ("an object", .object([])), ("a boolean", .bool(true)),
        ]
        for (function, members) in Self.bases {
            for doc in function.parameters where members.contains(where: { $0.key == doc.name }) {
                for (label, value) in invalidValues {
                    if doc.domain == "true | false" && label == "a boolean" { continue }
                    let changed = members.map { $0.key == doc.name ? (key: $0.key, value: value) : $0 }
                    Self.expectInvalid(function, changed, doc.name, "\(doc.name) as \(label)")
                }
            }
            for doc in Self.required(function) {
                let without = members.filter { $0.key != doc.name }
                Self.expectInvalid(function, without, doc.name, "\(doc.name) missing")
                let nulled = members.map { $0.key == doc.name ? (key: $0.key, value: JSONValue.null) : $0 }
                Self.expectInvalid(function, nulled, doc.name, "\(doc.name) null")
            }
        }
    }

    /// With two parameters broken, the earlier one in validation order is reported.
    @Test func theFirstOffendingParameterIsReported() {
        for (function, members) in Self.bases {
            let present = function.parameters.filter { doc in members.contains { $0.key == doc.name } }
            for (i, first) in present.enumerated() {
                for second in present.dropFirst(i + 1) {
                    let broken = members.map { m -> (key: String, value: JSONValue) in
                        m.key == first.name || m.key == second.name ? (key: m.key, value: .string("x")) : m
                    }
                    Self.expectInvalid(function, broken, first.name, "\(first.name) and \(second.name) broken")
                }
            }
        }
    }

    @Test func outOfDomainValuesFromTheCatalogue() {
        let cases: [(String, JSONValue, String)] = [
            ("richardson.equilibrium", ["k": -0.1, "l": 0.4, "a": 1, "b": 0.8, "g": 1, "h": 0.5], "k"),
            ("richardson.equilibrium", ["k": 0.5, "l": 0.4, "a": 1, "b": 0, "g": 1, "h": 0.5], "b"),
            ("richardson.trajectory", ["k": 0.5, "l": 0.4, "a": 1, "b": 0.8, "g": 1, "h": 0.5, "x0": 0, "y0": 0, "t": -1], "t"),
            ("richardson.discrete", ["k": 0.5, "l": 0.4, "a": 1, "b": 0.8, "g": 1, "h": 0.5, "x0": 0, "y0": 0, "dt": 0, "steps": 1], "dt"),
            ("richardson.discrete", ["k": 0.5, "l": 0.4, "a": 1, "b": 0.8, "g": 1, "h": 0.5, "x0": 0, "y0": 0, "dt": 1, "steps": 2.5], "steps"),
            ("richardson.discrete", ["k": 0.5, "l": 0.4, "a": 1, "b": 0.8, "g": 1, "h": 0.5, "x0": 0, "y0": 0, "dt": 1, "steps": -1], "steps"),
            ("richardson.n_nation", ["K": [[0, 1], [1, 0], [0, 0]], "a": [1, 1], "g": [1, 1]], "K"),
            ("richardson.n_nation", ["K": [[0, -1], [1, 0]], "a": [1, 1], "g": [1, 1]], "K"),
            ("richardson.n_nation", ["K": [[1, 1], [1, 0]], "a": [1, 1], "g": [1, 1]], "K"),
            ("richardson.n_nation", ["K": [[0, 1], [1, 0]], "a": [1, 0], "g": [1, 1]], "a"),
            ("richardson.n_nation", ["K": [[0, 1], [1, 0]], "a": [1, 1], "g": [1]], "g"),
            ("lanchester.requirement", ["law": "cubic", "defender_advantage": 2], "law"),
            ("lanchester.requirement", ["law": "square", "defender_advantage": 2, "survivor_fraction": 1], "survivor_fraction"),
            ("fearon.screening", ["p": 0.5, "c_A": 0.1, "c_lo": 0.2, "c_hi": 0.2], "c_hi"),
            ("fearon97.sunk_costs", ["v_H": 1, "v_L": 0.2, "p": 0.5, "c": 0.6, "theta": 0.5, "pi_H": 0.5], "v_H"),
            ("fearon97.sunk_costs", ["v_H": 1, "v_L": 0.9, "p": 0.5, "c": 0.4, "theta": 0.5, "pi_H": 0.5], "v_L"),
            ("fearon97.tying_hands", ["v_H": 1, "v_L": 0.2, "p": 0.5, "c": 0.6, "theta": 0.5, "pi_H": 0.5, "a": -1], "v_H"),
            ("powell.preventive", ["p1": 0.4, "p2": 0.7, "c_D": 0.1, "c_R": 0.1, "delta": 1, "horizon": "infinite"], "delta"),
            ("powell.preventive", ["p1": 0.4, "p2": 0.7, "c_D": 0.1, "c_R": 0.1, "delta": 0, "horizon": "two_stage"], "delta"),
            ("alliance.volunteers", ["N": 3, "b": 1, "c": 1], "b"),
            ("alliance.volunteers", ["N": 3, "b": 4, "c": 0], "c"),
            ("alliance.volunteers", ["N": 1, "b": 4, "c": 1], "N"),
            ("walt.threat", ["power_share": 0.5, "distance": 1, "reach": 2, "offense": 0.5, "intent": 0.5, "weights": [0.5, 0.5, 0.5, 0]], "weights"),
            ("kydd.posterior", ["prior": 0.5, "sigma_T": 1, "sigma_U": 0, "epsilon": 0.6, "observations": "D"], "epsilon"),
            ("kydd.posterior", ["prior": 0.5, "sigma_T": 1, "sigma_U": 0, "epsilon": 0.1, "observations": "DX"], "observations"),
            ("alliance.commitment", ["A": -1, "a0": 2, "E": 2, "e0": 0.5], "A"),
            ("replicator.two_strategy", ["R": 5, "S": 0, "T": 3, "P": 1, "x0": 1.5, "t": 1], "x0"),
        ]
        for (id, params, parameter) in cases {
            guard let function = FormalCatalogue.function(id), case let .object(members) = params else {
                Issue.record("bad case \(id)")
                continue
            }
            Self.expectInvalid(function, members, parameter, "\(id) \(params.text)")
        }
    }

    @Test func theOtherErrorCodes() throws {
        func code(_ id: String, _ params: JSONValue) -> String? {
            guard case let .failure(error) = FormalCatalogue.function(id)?.evaluate(params) else { return nil }
            #expect(error.parameter == nil)
            return error.code.rawValue
        }
        #expect(code("repeated.grim_trigger", ["R": 5, "S": 0, "T": 3, "P": 1, "delta": 0.5]) == "not_a_prisoners_dilemma")
        #expect(code("repeated.tft", ["R": 3, "S": 0, "T": 5, "P": 5, "w": 0.5]) == "not_a_prisoners_dilemma")
        #expect(code("contest.tullock", ["V1": 1, "V2": 1, "m": 2.5]) == "no_pure_equilibrium")
        #expect(code("contest.tullock_n", ["n": 3, "V": 1, "m": 1.6]) == "no_pure_equilibrium")
        #expect(
            code("kydd.posterior", ["prior": 0.5, "sigma_T": 1, "sigma_U": 1, "epsilon": 0, "observations": "D"])
                == "zero_probability_observation")
        #expect(code("alliance.commitment", ["A": 0, "a0": 0.5, "E": 2, "e0": 0]) == "indeterminate")
        // The PD check comes before delta's domain.
        #expect(code("repeated.grim_trigger", ["R": 5, "S": 0, "T": 3, "P": 1, "delta": 7]) == "not_a_prisoners_dilemma")
    }

    @Test func theBoundariesOfTheDomainsAreAccepted() {
        let cases: [(String, JSONValue)] = [
            ("contest.tullock", ["V1": 1, "V2": 1, "m": 2]),
            ("contest.tullock_n", ["n": 2, "V": 1, "m": 2]),
            ("kydd.sd_uniform", ["c": 0.5, "g_max": 1.125]),
            ("lanchester.square", ["red0": 0, "blue0": 0, "rho": 1, "beta": 1, "t": 0]),
            ("lanchester.mixed", ["red0": 0, "blue0": 0, "rho": 1, "beta": 1, "t": 3]),
            ("replicator.two_strategy", ["R": 1, "S": 1, "T": 1, "P": 1, "x0": 0.3, "t": 5]),
            ("kydd.posterior", ["prior": 0, "sigma_T": 1, "sigma_U": 0, "epsilon": 0.5, "observations": ""]),
            ("fearon97.tying_hands", ["v_H": 1, "v_L": 0.2, "p": 0.5, "c": 0.4, "theta": 0, "pi_H": 1, "a": 0]),
        ]
        for (id, params) in cases {
            guard case .success = FormalCatalogue.function(id)?.evaluate(params) else {
                Issue.record("\(id) \(params.text) rejected")
                continue
            }
        }
    }

    static func expectInvalid(_ function: FormalFunction, _ members: [(key: String, value: JSONValue)], _ parameter: String, _ label: String) {
        switch function.evaluate(.object(members)) {
        case .success: Issue.record("\(function.id): \(label) was accepted")
        case let .failure(error):
            #expect(error.code == .invalidParameter, "\(function.id): \(label): \(error.code)")
            #expect(error.parameter == parameter, "\(function.id): \(label): reported \(error.parameter ?? "nil")")
            #expect(error.message.hasPrefix(parameter + ":"), "\(error.message)")
        }
    }
}

/// Evaluates a function and returns the parameter names its reader asked for.
struct RecordingFunction {
    let function: FormalFunction
    init(_ function: FormalFunction) { self.function = function }
    func names(for members: [(key: String, value: JSONValue)]) throws -> [String] {
        let reader = try ParameterReader(.object(members))
        _ = try function.read(with: reader)
        var seen: [String] = []
        for (name, _) in reader.asked where !seen.contains(name) { seen.append(name) }
        return seen
    }
}
