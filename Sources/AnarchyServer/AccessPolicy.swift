import Hummingbird

/// Who may use the web app (docs/SECURITY.md). Any page open in the user's browser can send
/// requests to a server on loopback, and a page whose name is rebound to 127.0.0.1 (DNS
/// rebinding) even reads the answers; so, as Jupyter does, the app
/// - answers only requests whose Host is a name it serves under (loopback names, or the `--host`
///   given): a rebound name is refused;
/// - refuses a state-changing request (not GET or HEAD) whose Origin is not the app's own;
/// - requires its per-launch token on every `/api/` request: in the `X-Anarchy-Token` header,
///   as `Authorization: Bearer TOKEN`, or as `?token=` (for the event stream, which cannot send
///   headers). The page learns it from the start-up URL (`/?token=…`).
public struct AccessPolicy: Sendable {
    /// The token the API requires (nil: none, for tests of the routes themselves).
    public var token: String?
    /// Host names (lower case, without the port) the app answers to (nil: any).
    public var hosts: Set<String>?

    public init(token: String?, hosts: Set<String>?) {
        self.token = token
        self.hosts = hosts
    }

    /// No checks: the routes alone (tests of the routes; never what `anarchy serve` uses).
    public static let open = AccessPolicy(token: nil, hosts: nil)

    /// The names of this machine's loopback interface.
    public static let loopbackNames: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// The policy for a server bound to `address` with `token`: loopback names and the address
    /// itself; bound to every interface (0.0.0.0, ::), the names it is reached by cannot be known,
    /// so any Host is answered and the token (and the Origin check) carry the defence.
    public static func serving(_ address: String, token: String) -> AccessPolicy {
        let all = ["0.0.0.0", "::", "[::]"].contains(address)
        return AccessPolicy(token: token, hosts: all ? nil : loopbackNames.union([address.lowercased()]))
    }

    /// A fresh token: 128 random bits from the system's generator, as 32 hex digits.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let bits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - bits.count) + bits
        }.joined()
    }

    /// The host name of an authority (`Host` header): without the port; an IPv6 literal keeps its brackets.
    static func hostName(_ authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("["), let close = lower.firstIndex(of: "]") { return String(lower[...close]) }
        return String(lower.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// Why `request` is refused, or nil when it may pass.
    func refusal(method: HTTPRequest.Method, authority: String?, origin: String?, path: String, query: [String: String], headers: HTTPFields) -> APIError? {
        let authority = authority ?? ""
        if let hosts, !hosts.contains(Self.hostName(authority)) {
            return APIError(
                status: .misdirectedRequest,
                message: "this server answers to \(hosts.sorted().joined(separator: ", ")), not to the host '\(authority)' (a page elsewhere cannot reach it by another name)")
        }
        if method != .get && method != .head, let origin {
            let expected = "http://" + authority.lowercased()
            guard origin.lowercased() == expected else {
                return APIError(status: .forbidden, message: "a request from the page at \(origin) may not change anything here: only this app's own page (\(expected)) may")
            }
        }
        if let token, path.hasPrefix("/api/") {
            var given = headers[.init("X-Anarchy-Token")!]
            if given == nil, let authorization = headers[.authorization], authorization.hasPrefix("Bearer ") { given = String(authorization.dropFirst(7)) }
            if given == nil { given = query["token"] }
            guard let given else {
                return APIError(status: .unauthorized, message: "this API needs the token printed when anarchy serve started: send it as the X-Anarchy-Token header (curl -H 'X-Anarchy-Token: TOKEN'), as Authorization: Bearer TOKEN, or as ?token=TOKEN")
            }
            guard Self.same(given, token) else {
                return APIError(status: .forbidden, message: "wrong token: use the one printed when anarchy serve started (or given with --token or ANARCHY_TOKEN)")
            }
        }
        return nil
    }

    /// Compares in time that does not depend on where the strings first differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<Swift.max(x.count, y.count) { difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0) }
        return difference == 0
    }
}

/// Applies an ``AccessPolicy`` before any route.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let policy: AccessPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var query: [String: String] = [:]
        if let token = request.uri.queryParameters.get("token") { query["token"] = token }
        if let refusal = policy.refusal(
            method: request.method, authority: request.head.authority, origin: request.headers[.origin], path: request.uri.path, query: query,
            headers: request.headers)
        {
            return try refusal.response(from: request, context: context)
        }
        return try await next(request, context)
    }
}
