import AnarchyCore
import AnarchyDebate
import AnarchyScenarioFiles
import AnarchyWorld
import Dispatch
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AnarchyServer

/// The API's routes without sockets (Hummingbird's router test mode): listings, validation, runs
/// streamed tick by tick with the same digest as the command line, controls, and every kind of
/// bad request answered with a 4xx and a readable message.
@Suite(.timeLimit(.minutes(10)))
struct RouteTests {
    static func app(_ limits: ServerLimits = ServerLimits()) -> some ApplicationProtocol {
        Application(router: AnarchyWebApp.router(limits: limits))
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// Starts a run (`query` after /api/runs?) of `yaml`; its id, once the server says it was created.
    static func startRun(_ client: some TestClientProtocol, _ query: String, _ yaml: String) async throws -> String {
        let id = try await client.execute(uri: "/api/runs?\(query)", method: .post, body: ByteBuffer(string: yaml)) { response in
            #expect(response.status == .created, "\(Self.text(response))")
            return try JSONParser.parse(Self.text(response))["id"]
        }
        guard case let .string(run)? = id else { throw RunNotStarted() }
        return run
    }

    struct RunNotStarted: Error {}

    @Test func theBuiltInsAndThePage() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                #expect(response.status == .ok)
                let list = try JSONParser.parse(Self.text(response))
                guard case let .array(items) = list else { Issue.record("not a list"); return }
                #expect(items.count == BuiltinScenarios.all.count && items.first?["name"] == .string("jervis-1-doubly-dangerous"))
            }
            try await client.execute(uri: "/api/scenarios/spiral", method: .get) { response in
                #expect(response.status == .ok && Self.text(response).contains("\"yaml\":\"# "))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok && Self.text(response).contains("<script src=\"/app.js\"></script>"))
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
            try await client.execute(uri: "/app.js", method: .get) { response in #expect(response.status == .ok && Self.text(response).contains("EventSource")) }
            for path in ["/api/scenarios/nothing", "/../../etc/passwd", "/api/runs/99", "/static/%2e%2e/Package.swift"] {
                try await client.execute(uri: path, method: .get) { response in #expect(response.status == .notFound, "\(path)") }
            }
        }
    }

    @Test func validationListsEveryProblem() async throws {
        try await Self.app().test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, body: ByteBuffer(string: "name: x\nsystem: {beta: -1}\n")) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(response.status == .ok && body["valid"] == .bool(false))
                guard case let .array(problems)? = body["problems"] else { Issue.record("no problems"); return }
                #expect(!problems.isEmpty && problems[0]["path"] == .string("system.beta") && problems[0]["line"] == .integer(2))
            }
            try await client.execute(uri: "/api/validate", method: .post, body: ByteBuffer(string: "name: x\n")) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(body["valid"] == .bool(true))
            }
        }
    }

    /// A run streams one event per tick, then ends; its digest is the command line's for the same
    /// scenario and seed; a `set=` override is applied as a file's value would be.
    @Test func aRunStreamsItsTicksAndMatchesTheEngine() async throws {
        let yaml = try #require(BuiltinScenarios.entry("spiral")).yaml
        var scenario = try ScenarioFile.parse(yaml)
        scenario.ticks = 30
        scenario.seed = 5
        scenario.system.beta = 2
        let world = try World(scenario: scenario)
        world.run(ticks: 30)
        let digest = world.digestHex
        try await Self.app().test(.router) { client in
            let run = try await Self.startRun(client, "ticks=30&seed=5&set=system.beta=2", yaml)
            try await client.execute(uri: "/api/runs/\(run)/stream", method: .get) { response in
                #expect(response.headers[.contentType] == "text/event-stream")
                let events = Self.text(response).components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.count == 31 && events.last == "event: end\ndata: {}", "\(events.count)")
                let first = try JSONParser.parse(String(events[0].dropFirst("data: ".count)))
                #expect(first["tick"] == .integer(1))
                guard case let .array(states)? = first["states"] else { Issue.record("no states"); return }
                #expect(states.count == 12)
            }
            try await client.execute(uri: "/api/runs/\(run)", method: .get) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(body["status"] == .string("done") && body["digest"] == .string(digest) && body["tick"] == .integer(30))
                guard case let .array(edges)? = body["edges"] else { Issue.record("no edges"); return }
                #expect(edges.count == 24)  // a ring of 12 with k = 2
            }
            try await client.execute(uri: "/api/runs/\(run)/pause", method: .post) { response in #expect(response.status == .conflict) }
        }
    }

    /// Each tick carries its events with their cause ledgers: the greedy power's first war says who
    /// decided, by which rule, what it weighed and how it came out.
    @Test func eventsCarryTheirCauses() async throws {
        let yaml = try #require(BuiltinScenarios.entry("greedy-power")).yaml
        try await Self.app().test(.router) { client in
            let run = try await Self.startRun(client, "ticks=20", yaml)
            try await client.execute(uri: "/api/runs/\(run)/stream", method: .get) { response in
                let text = Self.text(response)
                #expect(text.contains("\"kind\":\"war\",\"summary\":\"Rex attacked "), "\(text.prefix(2000))")
                #expect(text.contains("Who decided: Rex, by SDW-1") && text.contains("Cause: opportunity") && text.contains("Outcome: chance "))
            }
        }
    }

    /// Alliance ties and security communities reach the map: 1914's blocs stand from the first tick,
    /// and the growing community's founding pair becomes a community.
    @Test func alliancesAndCommunitiesReachTheMap() async throws {
        try await Self.app().test(.router) { client in
            for (name, ticks, needle) in [("europe-1914", 3, "\"ties\":\\[\\["), ("growing-community", 100, "\"community\":[0-9]")] {
                let yaml = try #require(BuiltinScenarios.entry(name)).yaml
                let run = try await Self.startRun(client, "ticks=\(ticks)", yaml)
                try await client.execute(uri: "/api/runs/\(run)/stream", method: .get) { response in
                    #expect(Self.text(response).range(of: needle, options: .regularExpression) != nil, "\(name): \(Self.text(response).suffix(600))")
                }
            }
        }
    }

    @Test func pauseStepResumeAndStop() async throws {
        let yaml = try #require(BuiltinScenarios.entry("spiral")).yaml
        try await Self.app().test(.router) { client in
            let run = try await Self.startRun(client, "ticks=100000", yaml)
            try await client.execute(uri: "/api/runs/\(run)/pause", method: .post) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(body["status"] == .string("paused"))
            }
            // Waiting on conditions, not for fixed times: the paused tick once two reads agree, then
            // the tick after the step once it has changed.
            func tick() async throws -> Int? {
                try await client.execute(uri: "/api/runs/\(run)", method: .get) { response in
                    if case let .integer(t)? = try JSONParser.parse(Self.text(response))["tick"] { t } else { nil }
                }
            }
            var before = try await tick()
            for _ in 0..<500 {
                try await Task.sleep(nanoseconds: 10_000_000)
                let again = try await tick()
                if again == before { break }
                before = again
            }
            try await client.execute(uri: "/api/runs/\(run)/step", method: .post) { #expect($0.status == .ok) }
            var after = try await tick()
            for _ in 0..<500 where after == before {
                try await Task.sleep(nanoseconds: 10_000_000)
                after = try await tick()
            }
            guard let b = before, let a = after else { Issue.record("no ticks"); return }
            #expect(a == b + 1, "paused at \(b), after one step \(a)")
            try await client.execute(uri: "/api/runs/\(run)/jump", method: .post) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/runs/\(run)/stop", method: .post) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/runs/\(run)/stream", method: .get) { response in
                #expect(Self.text(response).hasSuffix("event: end\ndata: {}\n\n"))
            }
            try await client.execute(uri: "/api/runs/\(run)", method: .get) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(body["status"] == .string("stopped"))
            }
        }
    }

    /// A run left paused is stopped at the time limit (paused time counts), freeing its place.
    /// (Whether the pause lands before the limit depends on the machine's load: either way the run
    /// must end "timed out", far from its last tick.)
    @Test func aPausedRunTimesOut() async throws {
        var limits = ServerLimits()
        limits.runTimeout = 0.5
        let yaml = try #require(BuiltinScenarios.entry("jervis-1-doubly-dangerous")).yaml
        try await Self.app(limits).test(.router) { client in
            try await client.execute(uri: "/api/runs?ticks=80000", method: .post, body: ByteBuffer(string: yaml)) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/runs/1/pause", method: .post) { response in
                #expect(response.status == .ok || Self.text(response).contains("is timed out"), "\(Self.text(response))")
            }
            try await client.execute(uri: "/api/runs/1/stream", method: .get) { response in
                #expect(Self.text(response).hasSuffix("event: end\ndata: {}\n\n"))
            }
            try await client.execute(uri: "/api/runs/1", method: .get) { response in
                let body = try JSONParser.parse(Self.text(response))
                #expect(body["status"] == .string("timed out") && body["tick"] != .integer(80_000))
            }
        }
    }

    @Test func badRequestsGetA4xxWithAMessage() async throws {
        var limits = ServerLimits()
        limits.maximumBody = 4_096
        limits.maximumConcurrentRuns = 1
        let yaml = try #require(BuiltinScenarios.entry("spiral")).yaml
        try await Self.app(limits).test(.router) { client in
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("/api/runs", "name: x\nsystem: {beta: 0}\n", .unprocessableContent, "system.beta"),
                ("/api/runs", "{not yaml", .unprocessableContent, "not valid"),
                ("/api/runs", String(repeating: "# padding\n", count: 1_000), .contentTooLarge, "larger than 4096 bytes"),
                ("/api/runs?ticks=0", yaml, .badRequest, "ticks"),
                ("/api/runs?seed=-1", yaml, .badRequest, "seed"),
                ("/api/runs?set=system.beta", yaml, .badRequest, "PATH=VALUE"),
                ("/api/runs?set=system.nothing=1", yaml, .unprocessableContent, "system.nothing"),
                ("/api/runs?ticks=100000&set=geography.ring.k=2", "name: big\nstates: {count: 100}\n", .unprocessableContent, "more than this server allows"),
            ]
            for (uri, body, status, message) in cases {
                try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: body)) { response in
                    let text = Self.text(response)
                    #expect(response.status == status && text.contains("\"error\"") && text.contains(message), "\(uri): \(response.status) \(text)")
                }
            }
            // One run at a time here: a second is refused while the first goes on.
            try await client.execute(uri: "/api/runs?ticks=100000", method: .post, body: ByteBuffer(string: yaml)) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/runs?ticks=10", method: .post, body: ByteBuffer(string: yaml)) { response in
                #expect(response.status == .tooManyRequests && Self.text(response).contains("runs are in progress"))
            }
            try await client.execute(uri: "/api/runs/1/stop", method: .post) { #expect($0.status == .ok) }
        }
    }
}

/// docs/api.yaml describes every route the router serves under /api, and the server serves that
/// file itself, byte for byte, at /api/openapi.yaml (compiled in by the EmbedFiles plugin).
@Suite(.timeLimit(.minutes(10)))
struct APIDescriptionTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/api.yaml")

    @Test func theServerServesTheFile() async throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        try await RouteTests.app().test(.router) { client in
            try await client.execute(uri: "/api/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/yaml; charset=utf-8")
                #expect(RouteTests.text(response) == text, "the served description is not docs/api.yaml as it is now (rebuild?)")
            }
        }
    }

    /// The page's three files (Sources/AnarchyServer/Page), served as they are, each with its type.
    @Test(arguments: [("/", "index.html", "text/html"), ("/app.js", "app.js", "text/javascript"), ("/app.css", "app.css", "text/css")])
    func thePageIsItsFiles(path: String, file: String, type: String) async throws {
        let page = Self.file.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/AnarchyServer/Page/\(file)")
        let text = try String(contentsOf: page, encoding: .utf8)
        try await RouteTests.app().test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "\(type); charset=utf-8")
                #expect(RouteTests.text(response) == text, "\(path) is not Sources/AnarchyServer/Page/\(file) as it is now (rebuild?)")
            }
        }
    }

    @Test func everyRouteIsDescribed() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        for path in ["/api/openapi.yaml:", "/api/scenarios:", "/api/scenarios/{name}:", "/api/validate:", "/api/runs:", "/api/runs/{id}:", "/api/runs/{id}/stream:", "/api/runs/{id}/{command}:", "/api/experiments:", "/api/sweeps:", "/api/sweeps/{id}:", "/experiments/{id}:", "/api/debate:", "/debate:"] {
            #expect(text.contains("\n  \(path)\n"), "\(path) is not in docs/api.yaml")
        }
        #expect(text.contains("enum: [pause, resume, step, stop]") && text.contains("enum: [running, paused, done, stopped, timed out]"))
    }
}

/// The debate in the app: the claims run in the background, a second start refused while they
/// run, their progress, the verdicts, and the report page. The runner waits for the test's word before running (two replications a
/// claim), so the refusal does not depend on how fast the machine is.
@Suite(.timeLimit(.minutes(10)))
struct DebateRouteTests {
    @Test func theDebateItsRefusalWhileRunningAndItsReport() async throws {
        let gate = DispatchSemaphore(value: 0)
        let desk = DebateJob { sources, version, progress in
            gate.wait()
            return try DebateRunner.run(sources, quick: true, replications: 2, threads: 2, version: version, samples: 0, variants: false, progress: progress)
        }
        let router = AnarchyWebApp.router(
            limits: ServerLimits(), store: nil, version: "test", debate: desk)
        let app = Application(router: router)
        try await app.test(.router) { client in
            try await client.execute(uri: "/debate", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/debate", method: .post) { #expect($0.status == .accepted) }
            try await client.execute(uri: "/api/debate", method: .post) { response in
                #expect(response.status == .tooManyRequests && RouteTests.text(response).contains("already running"))
            }
            try await client.execute(uri: "/api/debate", method: .get) { #expect(RouteTests.text($0).hasPrefix("{\"status\":\"running\"")) }
            gate.signal()
            var status = "running"
            for _ in 0..<1_200 where status == "running" {
                try await Task.sleep(nanoseconds: 100_000_000)
                try await client.execute(uri: "/api/debate", method: .get) { response in
                    if case let .string(s)? = try JSONParser.parse(RouteTests.text(response))["status"] { status = s }
                }
            }
            #expect(status == "done")
            try await client.execute(uri: "/api/debate", method: .get) { response in
                #expect(RouteTests.text(response).contains("{\"claim\":9,\"title\":\"Perspective taking reduces misperception\",\"verdict\":"))
            }
            try await client.execute(uri: "/debate", method: .get) { response in
                // The debate's report (AnarchyReports), as `anarchy report debate.json` writes it.
                let page = RouteTests.text(response)
                #expect(response.status == .ok && page.hasPrefix("<!DOCTYPE html>") && page.contains("Perspective taking reduces misperception"))
            }
        }
    }
}

/// Experiments in the app: a built-in experiment swept into the server's store, its progress, the
/// store's listing, and its report page.
@Suite(.timeLimit(.minutes(10)))
struct SweepRouteTests {
    @Test func aSweepIntoTheStoreAndItsReport() async throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("serve-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) } }
        let app = Application(router: AnarchyWebApp.router(store: store))
        try await app.test(.router) { client in
            var id = ""
            try await client.execute(uri: "/api/sweeps?experiment=four-worlds&replications=2", method: .post) { response in
                #expect(response.status == .created, "\(RouteTests.text(response))")
                if case let .string(s)? = try JSONParser.parse(RouteTests.text(response))["id"] { id = s }
            }
            var status = "running", experiment = "", report = ""
            for _ in 0..<600 where status == "running" {
                try await Task.sleep(nanoseconds: 50_000_000)
                try await client.execute(uri: "/api/sweeps/\(id)", method: .get) { response in
                    let body = try JSONParser.parse(RouteTests.text(response))
                    if case let .string(s)? = body["status"] { status = s }
                    if case let .string(e)? = body["experiment"] { experiment = e }
                    if case let .string(r)? = body["report"] { report = r }
                    #expect(body["total"] == .integer(8))
                }
            }
            // The sweep is known by its experiment's id, and its report is where the status says.
            #expect(status == "done" && id == experiment && report == "/experiments/\(experiment)")
            try await client.execute(uri: "/api/experiments", method: .get) { response in
                let text = RouteTests.text(response)
                #expect(text.contains("\"name\":\"four-worlds\",\"points\":4,\"runs\":8") && text.contains("\"builtins\":[{\"name\":\"four-worlds\""), "\(text)")
            }
            try await client.execute(uri: "/experiments/\(experiment)", method: .get) { response in
                // The experiment's report (AnarchyReports), as `anarchy report STORE` writes it.
                let page = RouteTests.text(response)
                #expect(response.status == .ok && page.hasPrefix("<!DOCTYPE html>") && page.contains("Anarchy experiment: four-worlds") && page.contains(experiment))
            }
            // The user's own experiment file, sent as the body.
            let mine = "name: mine\nbase: spiral\nticks: 30\nfactors:\n  - {path: system.beta, values: [0.5, 2]}\nreplications: 2\nmetrics: [wars, spiral]\n"
            try await client.execute(uri: "/api/sweeps", method: .post, body: ByteBuffer(string: mine.replacingOccurrences(of: "ticks: 30\n", with: ""))) { response in
                #expect(response.status == .created, "\(RouteTests.text(response))")
                if case let .string(s)? = try JSONParser.parse(RouteTests.text(response))["id"] { id = s }
            }
            status = "running"
            for _ in 0..<600 where status == "running" {
                try await Task.sleep(nanoseconds: 50_000_000)
                try await client.execute(uri: "/api/sweeps/\(id)", method: .get) { response in
                    if case let .string(s)? = try JSONParser.parse(RouteTests.text(response))["status"] { status = s }
                }
            }
            #expect(status == "done")
            try await client.execute(uri: "/api/experiments", method: .get) { response in
                #expect(RouteTests.text(response).contains("\"name\":\"mine\",\"points\":2,\"runs\":4,\"metrics\":[\"wars\",\"spiral\"]"), "\(RouteTests.text(response))")
            }
            for (uri, body, status, message) in [
                ("/api/sweeps?experiment=nothing", "", HTTPResponse.Status.notFound, "no built-in experiment"),
                ("/api/sweeps", "", .badRequest, "send an experiment file as the body"),
                ("/api/runs", " \n", .badRequest, "send a scenario file as the body"),
                ("/api/sweeps?experiment=four-worlds&replications=0", "", .badRequest, "replications"),
                ("/api/sweeps", mine, .unprocessableContent, "the experiment file: ticks: unknown key"),
                ("/api/sweeps", "name: x\nbase: ../../etc/passwd\n", .unprocessableContent, "is not a built-in scenario (the server reads no files"),
                ("/api/sweeps", "name: x\nbase: spiral\nfactors:\n  - {path: system.beta, values: [0]}\n", .unprocessableContent, "system.beta"),
            ] {
                try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status && RouteTests.text(response).contains(message), "\(uri) \(body): \(RouteTests.text(response))")
                }
            }
        }
        // Without a store the experiment routes say how to get one.
        try await Application(router: AnarchyWebApp.router()).test(.router) { client in
            try await client.execute(uri: "/api/sweeps?experiment=four-worlds", method: .post) { response in
                #expect(response.status == .conflict && RouteTests.text(response).contains("--store FILE"))
            }
        }
    }
}
