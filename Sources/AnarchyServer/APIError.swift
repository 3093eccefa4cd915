import AnarchyCore
import Hummingbird

/// A request the server refuses: an HTTP status and a readable message, sent as
/// `{"error": message}` (and, for a scenario, the problems found: path, message, line, column).
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    var problems: [JSONValue] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields: [(key: String, value: JSONValue)] = [("error", .string(message))]
        if !problems.isEmpty { fields.append(("problems", .array(problems))) }
        return JSONResponse.make(.object(fields), status: status)
    }
}

/// JSON responses.
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response { make(text: value.text, status: status) }

    static func make(text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}

/// Answers a request no route takes (an unknown path, an empty id, a method a route does not
/// serve) with a 404 that says so, as every other refusal does, instead of the router's empty one.
struct ReadableNotFound<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            throw APIError(
                status: .notFound,
                message: "no \(request.method) \(request.uri.path) here: the pages are /, /debate and /experiments/ID; the API's routes are in /api/openapi.yaml (docs/api.yaml)")
        }
    }
}
