import AnarchyCore
import AnarchyDebate
import AnarchyReports
import AnarchyScenarioFiles
import AnarchyWorld
import Hummingbird

/// The web app (`anarchy serve`): the page and its script and styles (served by the app: no
/// network needed), and the JSON API the page uses and scripts can use too (docs/api.yaml).
public enum AnarchyWebApp {
    /// The router with every route; `limits` bound what a request may ask; `store` is the results
    /// store sweeps go into and experiments are browsed from (none: those routes say so); stored
    /// experiments and the debate are reported as `anarchy report` reports them (AnarchyReports).
    /// `access` says who may use it (``AccessPolicy``; `anarchy serve` always passes one with a token).
    public static func router(
        limits: ServerLimits = ServerLimits(), store: String? = nil, version: String = AnarchyVersion.string, access: AccessPolicy = .open
    ) -> Router<BasicRequestContext> {
        router(limits: limits, store: store, version: version, debate: DebateJob(), access: access)
    }

    /// The router with the debate run by `debate` (tests hold its runner back).
    static func router(
        limits: ServerLimits, store: String?, version: String, debate: DebateJob, access: AccessPolicy = .open
    ) -> Router<BasicRequestContext> {
        let registry = RunRegistry(limits: limits)
        let sweeps = SweepJobs(store: store)
        let router = Router()
        router.add(middleware: AccessMiddleware(policy: access))
        router.add(middleware: ReadableNotFound())
        router.get("/") { _, _ in WebAssets.response(WebAssets.page, type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in WebAssets.response(WebAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in WebAssets.response(WebAssets.styles, type: "text/css; charset=utf-8") }

        router.get("/api/openapi.yaml") { _, _ in WebAssets.response(EmbeddedFiles.openAPIDocument, type: "application/yaml; charset=utf-8") }
        router.get("/api/scenarios") { _, _ in
            JSONResponse.make(.array(BuiltinScenarios.all.map { .members(["name": .string($0.name), "summary": .string($0.summary)]) }))
        }
        router.get("/api/scenarios/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard let entry = BuiltinScenarios.entry(name) else { throw APIError(status: .notFound, message: "no built-in scenario '\(name)'") }
            return JSONResponse.make(.members(["name": .string(entry.name), "summary": .string(entry.summary), "yaml": .string(entry.yaml)]))
        }
        router.post("/api/validate") { request, context in
            let text = try await body(request, limits)
            let problems = ScenarioRequest.problems(text)
            return JSONResponse.make(.members(["valid": .bool(problems.isEmpty), "problems": .array(problems)]))
        }
        router.post("/api/runs") { request, context in
            let text = try await body(request, limits)
            let query = request.uri.queryParameters
            let scenario = try ScenarioRequest.read(text, ticks: query.get("ticks"), seed: query.get("seed"), settings: query.getAll("set"))
            let id = try await registry.start(scenario)
            return JSONResponse.make(try await registry.summary(id), status: .created)
        }
        router.get("/api/runs/:id") { _, context in
            JSONResponse.make(text: try await registry.statusText(context.parameters.get("id") ?? ""))
        }
        router.get("/api/runs/:id/stream") { _, context in
            let stream = try await registry.subscribe(context.parameters.get("id") ?? "")
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    for await tick in stream { try await writer.write(ByteBuffer(string: "data: \(tick)\n\n")) }
                    try await writer.write(ByteBuffer(string: "event: end\ndata: {}\n\n"))
                    try await writer.finish(nil)
                })
        }
        router.post("/api/runs/:id/:command") { _, context in
            let name = context.parameters.get("command") ?? ""
            guard let command = RunCommand(rawValue: name) else {
                throw APIError(status: .badRequest, message: "'\(name)' is not a run command; use pause, resume, step or stop")
            }
            return JSONResponse.make(try await registry.control(context.parameters.get("id") ?? "", command))
        }
        router.get("/api/experiments") { _, _ in JSONResponse.make(try sweeps.list()) }
        router.post("/api/sweeps") { request, _ in
            let text = try await body(request, limits)
            let query = request.uri.queryParameters
            let id = try sweeps.start(query.get("experiment") ?? "", file: text, replications: query.get("replications"))
            return JSONResponse.make(try sweeps.status(id), status: .created)
        }
        router.get("/api/sweeps/:id") { _, context in JSONResponse.make(try sweeps.status(context.parameters.get("id") ?? "")) }
        router.post("/api/debate") { _, _ in JSONResponse.make(try debate.start(version: version), status: .accepted) }
        router.get("/api/debate") { _, _ in JSONResponse.make(debate.status()) }
        router.get("/debate") { _, _ in
            guard let results = debate.results else { throw APIError(status: .notFound, message: "the debate has not been run here yet: POST /api/debate") }
            return WebAssets.response(DebateReport.html(results), type: "text/html; charset=utf-8")
        }
        router.get("/experiments/:id") { _, context in
            let path = try sweeps.storeOrRefuse(), id = context.parameters.get("id") ?? ""
            do {
                return WebAssets.response(ExperimentReport.html(try ResultsTable.load(store: path, experiment: id)), type: "text/html; charset=utf-8")
            } catch {
                throw APIError(status: .notFound, message: "no experiment \(id) in \(path): \(error)")
            }
        }
        return router
    }

    /// The request's body as text, refused with 413 beyond the limit.
    static func body(_ request: Request, _ limits: ServerLimits) async throws -> String {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: limits.maximumBody) } catch {
            throw APIError(status: .contentTooLarge, message: "the body is larger than \(limits.maximumBody) bytes, the most this server reads")
        }
        return String(buffer: buffer)
    }

    /// The application on `host:port` (loopback unless told otherwise). `onRunning` receives the
    /// port actually bound once the server listens (the system's choice when `port` is 0).
    /// Requests pass `access` first (``AccessPolicy``).
    public static func application(
        host: String, port: Int, access: AccessPolicy, limits: ServerLimits = ServerLimits(), store: String? = nil,
        version: String = AnarchyVersion.string, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(limits: limits, store: store, version: version, access: access),
            configuration: .init(address: .hostname(host, port: port), serverName: "anarchy"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) })
    }
}
