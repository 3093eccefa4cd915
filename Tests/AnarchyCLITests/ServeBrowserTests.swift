import AnarchyCore
import AnarchyTestSupport
import Foundation
import Testing

/// `anarchy serve` as a user meets it: the server started on a free port, the page loaded in
/// headless Chromium from a link that opens the spiral scenario, sets β in the parameters form
/// and runs it — the page streams the run, its charts grow to every tick, it reports the run
/// done with its digest, and logs nothing to the console; the screenshot is far from blank.
@Suite(.timeLimit(.minutes(10)))
struct ServeBrowserTests {
    @Test("the web app runs a scenario in headless Chromium", .enabled(if: Requirement.chromium.runs(available: ReportBrowserTests.chromium != nil), "needs Chromium (scripts/setup.sh installs it)"))
    func theAppRunsAScenarioInABrowser() throws {
        let browser = try #require(ReportBrowserTests.chromium)
        let server = try ServerProcess(prefix: "serve")
        defer { server.end() }
        let dir = server.dir, port = server.port, token = server.token
        let url = "http://127.0.0.1:\(port)/?token=\(token)#scenario=spiral&set=system.beta=2.5&ticks=40&run"
        let flags = "--headless --no-sandbox --hide-scrollbars --disable-gpu --window-size=1280,1400 --virtual-time-budget=10000"
        let dom = try Shell.run("'\(browser)' \(flags) --enable-logging=stderr --v=0 --dump-dom '\(url)'")
        #expect(dom.status == 0, "\(dom.output.suffix(2000))")
        #expect(dom.output.contains("data-status=\"done\"") && dom.output.contains("tick 40 of 40"), "\(dom.output.suffix(3000))")
        #expect(dom.output.components(separatedBy: "data-ticks=\"40\"").count - 1 == 5)  // all five charts drawn to the last tick
        #expect(dom.output.components(separatedBy: "class=\"state\"").count - 1 == 12)  // the map's states
        #expect(!dom.output.contains("CONSOLE") && !dom.output.contains("Uncaught"), "console messages: \(dom.output.suffix(2000))")
        // A comparison link: the run, then the same with β = 0.5, drawn beside the first.
        let compare = "http://127.0.0.1:\(port)/?token=\(token)#scenario=spiral&set=system.beta=2.5&ticks=30&run&compare=system.beta=0.5"
        let compared = try Shell.run("'\(browser)' \(flags) --dump-dom '\(compare)'")
        #expect(compared.output.contains(": spiral, system.beta=0.5</text>") && compared.output.contains(": spiral, system.beta=2.5</text>"), "\(compared.output.suffix(3000))")
        #expect(compared.output.components(separatedBy: "class=\"previous\"").count - 1 == 5 && compared.output.contains("data-status=\"done\""))
        // An experiment swept from the page into the server's store (results.sqlite in dir), then its report page.
        let sweepFlags = flags.replacingOccurrences(of: "--virtual-time-budget=10000", with: "--virtual-time-budget=30000")
        let swept = try Shell.run("'\(browser)' \(sweepFlags) --dump-dom 'http://127.0.0.1:\(port)/?token=\(token)#sweep=four-worlds&replications=2'")
        #expect(swept.output.contains("data-status=\"done\">four-worlds: done, 8 runs stored"), "\(swept.output.suffix(3000))")
        let link = try #require(swept.output.components(separatedBy: "href=\"/experiments/").dropFirst().first?.prefix(16))
        let page = try Shell.run("'\(browser)' \(flags) --enable-logging=stderr --v=0 --dump-dom 'http://127.0.0.1:\(port)/experiments/\(link)'")
        #expect(page.output.contains("Anarchy experiment: four-worlds") && page.output.contains("Phase diagram: mean wars"), "\(page.output.suffix(2000))")
        #expect(!page.output.contains("CONSOLE") && !page.output.contains("Uncaught"))
        let shot = try Shell.run("cd '\(dir)' && '\(browser)' \(flags) --screenshot='\(dir)/app.png' '\(url)'")
        #expect(shot.status == 0)
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: dir + "/blank.html", atomically: true, encoding: .utf8)
        _ = try Shell.run("cd '\(dir)' && '\(browser)' \(flags) --screenshot='\(dir)/blank.png' 'file://\(dir)/blank.html'")
        let app = try Data(contentsOf: URL(fileURLWithPath: dir + "/app.png")), blank = try Data(contentsOf: URL(fileURLWithPath: dir + "/blank.png"))
        #expect(app.count > 10 * blank.count, "app \(app.count) bytes, blank \(blank.count)")
    }
}

/// A user's journey through `anarchy serve` in Chromium and in Firefox, by clicks and keystrokes
/// (scripts/webapp_journey.py: DevTools on a pipe, Marionette): a broken scenario and the
/// validator's message; the parameters typed in and Run; the charts drawn to the last tick; a
/// second β run beside the first; a long run whose charts grow as it goes, paused, stepped once,
/// an event clicked and its causes read, stopped; an experiment file typed in and swept into the
/// store; no console errors; a screenshot far from blank.
@Suite(.timeLimit(.minutes(10)))
struct WebAppJourneyTests {
    @Test("a user's journey in headless Chromium", .enabled(if: Requirement.chromium.runs(available: ReportBrowserTests.chromium != nil), "needs Chromium (scripts/setup.sh installs it)"))
    func inChromium() throws { try journey("chromium", try #require(ReportBrowserTests.chromium)) }

    @Test("a user's journey in headless Firefox", .enabled(if: Requirement.firefox.runs(available: ReportBrowserTests.firefox != nil), "needs Firefox (scripts/setup.sh installs it)"))
    func inFirefox() throws { try journey("firefox", try #require(ReportBrowserTests.firefox)) }

    func journey(_ name: String, _ binary: String) throws {
        let server = try ServerProcess(prefix: "journey-\(name)")
        defer { server.end() }
        let dir = server.dir, port = server.port
        let run = try Shell.run(
            "python3 '\(Repository.root.path)/scripts/webapp_journey.py' --browser \(name) --binary '\(binary)' "
                + "--url 'http://127.0.0.1:\(port)/?token=\(server.token)' --out '\(dir)' 2> '\(dir)/journey.log'")
        let log = (try? String(contentsOfFile: dir + "/journey.log", encoding: .utf8)) ?? ""
        try #require(run.status == 0, "\(name): \(run.output.suffix(1000)) \(log.suffix(2000))")
        let seen = try JSONParser.parse(run.output.trimmingCharacters(in: .whitespacesAndNewlines))
        func text(_ key: String) -> String { if case let .string(s)? = seen[key] { s } else { "" } }
        func integer(_ key: String) -> Int { if case let .integer(n)? = seen[key] { n } else { -1 } }
        func list(_ key: String) -> [JSONValue] { if case let .array(a)? = seen[key] { a } else { [] } }
        #expect(text("problems").contains("system.beta: must be a finite number > 0"), "\(seen)")
        // Both short runs were run as typed (the digest the command line gives for these settings).
        let anarchy = AnarchyProcess.executable.path
        let cli = try Shell.run(
            "'\(anarchy)' scenarios --export spiral | sed 's/^  beta: 1.0$/  beta: 2.5/' > '\(dir)/spiral.yaml' && '\(anarchy)' run '\(dir)/spiral.yaml' --ticks 60 | tail -1")
        let digest = cli.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").last.map(String.init) ?? "?"
        #expect(text("first").hasSuffix("done (digest \(digest))"), "\(text("first")) vs \(cli.output)")
        #expect(text("first").contains("tick 60 of 60") && text("second").contains("tick 60 of 60") && text("second") != text("first"))
        #expect(list("chartTicks") == Array(repeating: .string("60"), count: 5) && integer("mapStates") == 12)
        #expect(integer("previousLines") == 5 && text("legend").contains("spiral, system.beta=2.5") && text("legend").contains("spiral, system.beta=0.5"))
        let grown = list("ticksSeen").compactMap { if case let .integer(n) = $0 { n } else { nil } }
        #expect(grown.count >= 3 && grown == grown.sorted() && Set(grown).count == grown.count, "the charts as they grew: \(grown)")
        #expect(integer("afterStep") == integer("pausedAt") + 1 && integer("afterStepSettled") == integer("afterStep"), "\(seen)")
        #expect(integer("events") > 0 && text("eventChosen").hasPrefix("tick "), "\(seen)")
        #expect(list("why").contains { if case let .string(line) = $0 { line.hasPrefix("Cause: ") } else { false } }, "\(seen)")
        #expect(text("stopped") == "stopped" && list("consoleErrors").isEmpty, "\(seen)")
        #expect(text("sweep") == "mine: done, 4 runs stored" && list("stored") == [.string("mine (2 points, 4 runs): report")], "\(seen)")
        let app = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/app-\(name).png")), blank = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/blank-\(name).png"))
        #expect(app.count > 5 * blank.count, "app \(app.count) bytes, blank \(blank.count)")
    }
}

/// `anarchy serve --port 0` started in the background in a new temporary directory `dir` (its
/// pid in `dir/pid`, its log in `dir/log`, its store `dir/results.sqlite`), listening on `port`.
struct ServerProcess {
    struct NotStarted: Error, CustomStringConvertible { let description: String }

    let dir: String
    let port: String
    /// The token the server was started with (its API requires it; docs/SECURITY.md).
    let token = "test-\(UInt64.random(in: 0...UInt64.max))"

    init(prefix: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let started = try Shell.run(
            "cd '\(dir)' && ('\(AnarchyProcess.executable.path)' serve --port 0 --token \(token) > log 2>&1 & echo $! > pid) && "
                + "for i in $(seq 100); do grep -o 'anarchy serve: http://127.0.0.1:[0-9]*' log && exit 0; sleep 0.1; done; cat log; exit 1")
        guard started.status == 0, let port = started.output.split(separator: ":").last.map({ String($0).trimmingCharacters(in: .whitespacesAndNewlines) }) else {
            Self.end(dir)
            throw NotStarted(description: "anarchy serve did not start: \(started.output)")
        }
        // The announcement names the port actually bound (issue 24, item 6: it said 0), the one the server listens on.
        guard port != "0", (try? String(contentsOfFile: dir + "/log", encoding: .utf8))?.contains("listening on 127.0.0.1:\(port)") == true else {
            Self.end(dir)
            throw NotStarted(description: "anarchy serve announced port \(port), not the one it listens on")
        }
        self.port = port
    }

    /// Stops the server and removes its directory.
    func end() { Self.end(dir) }

    private static func end(_ dir: String) {
        _ = try? Shell.run("kill $(cat '\(dir)/pid') 2>/dev/null")
        try? FileManager.default.removeItem(atPath: dir)
    }
}

/// A short load test against loopback (scripts/loadtest.py, bounded in time): keep-alive
/// connections hammer the page, the listings and validation while a long run is in progress, and
/// no request fails. (The numbers in docs/PERFORMANCE.md come from the same script, longer.)
@Suite(.timeLimit(.minutes(10)))
struct ServeLoadTests {
    static let python: Bool = (try? Shell.run("command -v python3"))?.status == 0

    @Test("no request fails under load", .enabled(if: Requirement.python3.runs(available: python), "needs python3 for scripts/loadtest.py"))
    func noRequestFailsUnderLoad() throws {
        try #require(Self.python, "ANARCHY_REQUIRE names python3, but python3 is not on PATH")
        let server = try ServerProcess(prefix: "load")
        defer { server.end() }
        let port = server.port
        let load = try Shell.run(
            "python3 '\(Repository.root.path)/scripts/loadtest.py' --port \(port) --token \(server.token) --seconds 3 --connections 4")
        #expect(load.status == 0 && load.output.contains("failures: 0"), "\(load.output)")
        // And while a sweep of long runs fills the store (its runs off the task threads).
        let swept = try Shell.run(
            "python3 '\(Repository.root.path)/scripts/loadtest.py' --port \(port) --token \(server.token) --background sweep --seconds 3 --connections 4")
        #expect(swept.status == 0 && swept.output.contains("a sweep of long runs in progress") && swept.output.contains("failures: 0"), "\(swept.output)")
    }
}

/// The web API against its own description, by a property-based tester: schemathesis reads
/// /api/openapi.yaml from the running server, generates requests for every operation (valid and
/// invalid ones) and checks that no answer is a 5xx and that every answer's status, content type
/// and body match the description. Left out: starting the debate (minutes of work per request)
/// and the run's event stream (open until the run ends).
@Suite(.timeLimit(.minutes(10)))
struct APIConformanceTests {
    static let schemathesis: Bool = (try? Shell.run("schemathesis --version | grep -q 'version 4\\.'"))?.status == 0

    @Test("every answer matches docs/api.yaml and none is a 5xx", .enabled(if: Requirement.schemathesis.runs(available: schemathesis), "needs schemathesis 4.x (scripts/setup.sh installs it from PyPI)"))
    func schemathesisFindsNoMismatch() throws {
        try #require(Self.schemathesis, "ANARCHY_REQUIRE names schemathesis, but schemathesis 4.x is not on PATH (scripts/setup.sh installs it)")
        let server = try ServerProcess(prefix: "conformance")
        defer { server.end() }
        let origin = "http://127.0.0.1:\(server.port)"
        let run = try Shell.run(
            "cd '\(server.dir)' && schemathesis run '\(origin)/api/openapi.yaml?token=\(server.token)' --url '\(origin)' "
                + "-H 'X-Anarchy-Token: \(server.token)' -H 'Origin: \(origin)' "
                + "--checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance "
                + "--exclude-path-regex '^/api/(debate|runs/[{]id[}]/stream)$' --max-examples 30 --seed 19 --workers 1 "
                + "--generation-database none --no-color --request-timeout 60 2>&1")
        #expect(run.status == 0, "\(run.output.suffix(8000))")
        // It tested: "N generated, N passed" with every selected operation tried.
        let counts = run.output.firstMatch(of: /(\d+) generated, (\d+) passed/)
        #expect(counts.map { Int($0.1) == Int($0.2) && Int($0.1)! >= 300 } == true, "\(run.output.suffix(3000))")
        #expect(run.output.contains("Tested: 11"), "\(run.output.suffix(3000))")
    }
}
