import AnarchyCore
import AnarchyScenarioFiles
import AnarchyTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AnarchyExperiments
@testable import AnarchyServer

/// Fuzzing the web API (issue 19): mutated bodies and query strings for every route that reads
/// input — scenario validation, runs, sweeps, run commands and the id-taking routes — over the
/// router without sockets. No request may crash the server or get a 5xx; every refusal is a 4xx
/// whose JSON body says why.
@Suite(.timeLimit(.minutes(10)))
struct APIFuzzTests {
    static let bodyFragments = ByteMutator.yamlFragments + [
        "\u{0000}", "ticks: 100001", "n: 1000000", "ring: {k: 500}", "base: ../../etc/passwd", "replications: 0",
        "design: {kind: random, points: 1000000}", "metrics: [nothing]",
    ]
    static let queryFragments = [
        "&", "=", "&&", "%", "%zz", "%00", "%ff", "+", "ticks=-1", "ticks=0", "ticks=1e9", "ticks=", "seed=-1", "seed=18446744073709551616",
        "set=", "set=system.beta=abc", "set=system.beta=-1", "set=states[0].motive=greedy", "set=states[999].motive=greedy",
        "set=mechanisms.nothing=1", "set=system.beta", "replications=0", "replications=1001", "replications=x", "experiment=nothing",
        "experiment=four-worlds", "experiment=..%2f..%2fetc", "\u{00e9}", "#frag", "?",
    ]

    /// Bytes a URI may carry as they are; every other byte is percent-encoded, so the router sees
    /// odd but well-formed request lines (a `%` stays, so broken escapes reach the query parser).
    static let uriBytes = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?%[]".utf8))

    static func uriSafe(_ bytes: [UInt8]) -> String {
        bytes.map { uriBytes.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// What the fuzz saw: answers by status class, and any answer that broke the contract.
    struct Tally {
        var byClass: [Int: Int] = [:]
        var broken: [String] = []

        /// Checks one answer: never a 5xx; a 4xx carries `{"error": "…"}` with a message.
        mutating func check(_ response: TestResponse, _ request: String) {
            let code = Int(response.status.code)
            byClass[code / 100, default: 0] += 1
            if code >= 500 { broken.append("\(code) for \(request): \(RouteTests.text(response))") }
            if (400..<500).contains(code) {
                let message = (try? JSONParser.parse(RouteTests.text(response)))?["error"]
                guard case let .string(text)? = message, !text.isEmpty else {
                    broken.append("\(code) without a message for \(request): \(RouteTests.text(response))")
                    return
                }
            }
        }
    }

    @Test func mutatedRequestsGetAnAnswerNeverAServerError() async throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) } }
        var limits = ServerLimits()
        limits.maximumWork = 4_000  // runs the fuzz starts stay tiny
        limits.maximumBody = 64 << 10
        limits.runTimeout = 10
        let app = Application(router: AnarchyWebApp.router(limits: limits, store: store))
        try await app.test(.router) { client in
            var bodies = ByteMutator(seed: 19, fragments: Self.bodyFragments)
            var queries = ByteMutator(seed: 20, fragments: Self.queryFragments, maximumEdits: 4)
            var tally = Tally()
            var runsStarted = 0, requests = 0, sweeps: [String] = []
            func send(_ method: HTTPRequest.Method, _ uri: String, _ body: String? = nil) async throws -> TestResponse {
                requests += 1
                return try await client.execute(uri: uri, method: method, body: body.map { ByteBuffer(string: $0) }) { response in
                    tally.check(response, "\(method) \(uri)")
                    return response
                }
            }
            let scenarios = BuiltinScenarios.all.map(\.yaml)
            for round in 0..<800 {
                _ = try await send(.post, "/api/validate", bodies.mutate(scenarios[round % scenarios.count]))
            }
            for round in 0..<1_200 {
                let query = Self.uriSafe(queries.mutate(Array("ticks=5&seed=\(round)&set=system.beta=1.5".utf8)))
                let body = round % 3 == 0 ? "name: tiny\nstates: [{}, {}, {}, {}]\ngeography: {ring: {k: 1}}\nticks: 5\n" : scenarios[round % scenarios.count]
                let response = try await send(.post, "/api/runs?\(query)", bodies.mutate(body))
                if response.status == .created, case let .string(id)? = try JSONParser.parse(RouteTests.text(response))["id"] {
                    runsStarted += 1
                    _ = try await send(.post, "/api/runs/\(id)/stop")
                }
            }
            let experiments = BuiltinExperiments.all.map(\.yaml)
            for round in 0..<1_000 {
                let query = Self.uriSafe(queries.mutate(Array((round % 2 == 0 ? "replications=1" : "experiment=four-worlds&replications=1").utf8)))
                let response = try await send(.post, "/api/sweeps?\(query)", round % 2 == 0 ? bodies.mutate(experiments[round % experiments.count]) : "")
                if response.status == .created, case let .string(id)? = try JSONParser.parse(RouteTests.text(response))["id"] { sweeps.append(id) }
            }
            let ids = ["1", "0", "-1", "99999999999999999999", "four-worlds", "spiral", "%2e%2e", "..", "a b", "\u{00e9}"]
            for round in 0..<1_000 {
                let id = Self.uriSafe(queries.mutate(Array(ids[round % ids.count].utf8))).replacingOccurrences(of: "?", with: "%3F")
                switch round % 5 {
                case 0: _ = try await send(.get, "/api/runs/\(id)")
                case 1: _ = try await send(.post, "/api/runs/\(id)/\(["stop", "pause", "step", "resume", "explode"][(round / 5) % 5])")
                case 2: _ = try await send(.get, "/api/sweeps/\(id)")
                case 3: _ = try await send(.get, "/api/scenarios/\(id)")
                default: _ = try await send(.get, "/experiments/\(id)")
                }
            }
            // Let the sweeps the fuzz started finish before the store is removed.
            for id in sweeps {
                for _ in 0..<2_400 {
                    let running = try await client.execute(uri: "/api/sweeps/\(id)", method: .get) { response in
                        try JSONParser.parse(RouteTests.text(response))["status"] == .string("running")
                    }
                    if !running { break }
                    try await Task.sleep(nanoseconds: 50_000_000)
                }
            }
            #expect(tally.broken.isEmpty, "\(tally.broken.prefix(10).joined(separator: "\n"))")
            #expect(requests >= 4_000 && runsStarted > 20 && !sweeps.isEmpty, "\(requests) requests, \(runsStarted) runs and \(sweeps.count) sweeps started")
            #expect((tally.byClass[2] ?? 0) > 500 && (tally.byClass[4] ?? 0) > 1_000, "\(tally.byClass)")
        }
    }
}
