import AnarchyReports
import AnarchyCore
import AnarchyServer
import ArgumentParser
import Dispatch
import Hummingbird

/// `anarchy serve`: the local web app — scenario editor, live runs, the JSON API (docs/api.yaml).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the local web app: edit a scenario, run it and watch it live; a JSON API for scripts.",
        discussion: """
            Serves the page and its assets itself (no network needed) and the JSON API described \
            in docs/api.yaml: GET /api/scenarios, POST /api/validate, POST /api/runs, GET \
            /api/runs/{id}, GET /api/runs/{id}/stream (Server-Sent Events, one per tick) and POST \
            /api/runs/{id}/{pause|resume|step|stop}; experiments: GET /api/experiments, POST \
            /api/sweeps (a built-in experiment, or the experiment file in the body, into --store), GET /api/sweeps/{id}, and each stored \
            experiment's report at /experiments/{id}; the debate: POST/GET /api/debate, its report at \
            /debate. Binds to loopback unless --host says \
            otherwise. Answers only to its own host names, refuses changes requested by other \
            pages (Origin), and requires a per-launch token on /api/ (docs/SECURITY.md). Requests are bounded: bodies to 1 MiB, states × ticks per run to 2,000,000, \
            4 runs at once, 120 s per run. Ctrl-C stops it.
            """)

    @Option(name: .customLong("port"), help: ArgumentHelp("The port (default 8080; 0 picks a free one).", valueName: "n"))
    var port: String = "8080"

    @Option(name: .customLong("host"), help: ArgumentHelp("The address to bind (default 127.0.0.1, this machine only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .customLong("store"), help: ArgumentHelp("The results store sweeps go into and experiments are browsed from (default results.sqlite).", valueName: "file"))
    var store = "results.sqlite"

    @Option(name: .customLong("token"), help: ArgumentHelp("The token the API requires (default: $ANARCHY_TOKEN, else a new random one each launch; printed in the start-up URL).", valueName: "text"))
    var token: String?

    func run() throws {
        let port = try FlagValue.whole(port, flag: "--port", default: 8080, range: 0...65535)
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else { throw UsageError("--host '\(host)': must be an address, e.g. 127.0.0.1") }
        guard !store.isEmpty else { throw UsageError("--store: got '' (empty); must be a file") }
        let token = token ?? Console.environment("ANARCHY_TOKEN") ?? AccessPolicy.newToken()
        guard (8...256).contains(token.count), token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.~".contains($0)) }) else {
            throw UsageError("--token: must be 8 to 256 letters, digits or - _ . ~ (it travels in a URL)")
        }
        let app = AnarchyWebApp.application(
            host: host, port: port, access: AccessPolicy.serving(host, token: token), store: store, version: AnarchyVersion.string,
            onRunning: { [host] bound in
                let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                Console.error("anarchy serve: http://\(shown):\(bound)/?token=\(token) (Ctrl-C stops; scripts send the token as the X-Anarchy-Token header)")
            })
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await app.runService() } catch { outcome.error = "\(error)" }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw RuntimeFailure("serve: \(error)") }
    }

    private final class Outcome: @unchecked Sendable {
        var error: String?
    }
}
