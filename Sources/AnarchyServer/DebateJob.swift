import AnarchyCore
import AnarchyDebate
import Dispatch
import Synchronization

/// The debate in the web app: the claims run quick (each claim's quick replications) in
/// the background, one run at a time, their progress, and the last results for the report page.
final class DebateJob: Sendable {
    struct State: Sendable {
        var status = "not run"
        var done = 0
        var total = 0
        var results: DebateResults?
        var error: String?
    }

    /// Runs the claims with a progress callback (runs done, runs planned).
    typealias Runner = @Sendable (_ sources: [ClaimSource], _ version: String, _ progress: @escaping @Sendable (Int, Int) -> Void) throws -> DebateResults

    private let state = Mutex(State())
    private let runner: Runner

    /// `runner` runs the claims (by default each claim's quick replications on two threads).
    init(runner: @escaping Runner = DebateJob.quick) {
        self.runner = runner
    }

    /// The quick debate on two threads.
    static func quick(_ sources: [ClaimSource], version: String, progress: @escaping @Sendable (Int, Int) -> Void) throws -> DebateResults {
        try DebateRunner.run(sources, quick: true, threads: 2, version: version, progress: progress)
    }

    /// Starts the quick debate unless one is running.
    func start(version: String) throws(APIError) -> JSONValue {
        let sources: [ClaimSource]
        do { sources = try BuiltinClaims.all() } catch { throw APIError(status: .internalServerError, message: "a built-in claim does not read: \(error.description)") }
        let started = state.withLock { s -> Bool in
            guard s.status != "running" else { return false }
            s = State(status: "running")
            return true
        }
        guard started else { throw APIError(status: .tooManyRequests, message: "the debate is already running") }
        // A global dispatch queue, not a task: the debate blocks its threads for seconds to
        // minutes, and the server's requests must not wait behind it for Swift's task threads.
        DispatchQueue.global(qos: .utility).async { [self] in
            do {
                let results = try runner(sources, version) { done, total in
                    self.state.withLock {
                        $0.done = done
                        $0.total = total
                    }
                }
                state.withLock {
                    $0.results = results
                    $0.status = "done"
                }
            } catch {
                state.withLock {
                    $0.status = "failed"
                    $0.error = "\(error)"
                }
            }
        }
        return status()
    }

    func status() -> JSONValue {
        state.withLock { s in
            var fields: [(key: String, value: JSONValue)] = [("status", .string(s.status)), ("done", .integer(s.done)), ("total", .integer(s.total))]
            if let results = s.results {
                fields.append(("verdicts", .array(results.claims.map { .members(["claim": .integer($0.number), "title": .string($0.title), "verdict": .string($0.verdict.rawValue)]) })))
            }
            if let error = s.error { fields.append(("error", .string(error))) }
            return .object(fields)
        }
    }

    var results: DebateResults? { state.withLock { $0.results } }
}
