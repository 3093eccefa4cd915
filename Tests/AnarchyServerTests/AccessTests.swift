import AnarchyCore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AnarchyServer

/// Who may use the web app (docs/SECURITY.md): a page elsewhere that rebinds its name to
/// loopback, a page that posts from another origin, and a script without the token are each
/// refused with a 4xx that says why; the app's own page and a script with the token pass.
@Suite(.timeLimit(.minutes(10)))
struct AccessTests {
    let policy = AccessPolicy.serving("127.0.0.1", token: "secret-token-1")

    func refusal(
        _ method: HTTPRequest.Method = .get, host: String? = "127.0.0.1:8080", origin: String? = nil, path: String = "/api/scenarios",
        token: String? = "secret-token-1", header: String = "X-Anarchy-Token", query: [String: String] = [:]
    ) -> APIError? {
        var headers = HTTPFields()
        if let token { headers[.init(header)!] = header == "Authorization" ? "Bearer \(token)" : token }
        return policy.refusal(method: method, authority: host, origin: origin, path: path, query: query, headers: headers)
    }

    @Test func aRebindingHostIsRefused() {
        // DNS rebinding: the attacker's name now points at 127.0.0.1, so the browser sends its Host.
        let rebound = refusal(host: "evil.example:8080")
        #expect(rebound?.status == .misdirectedRequest && rebound?.message.contains("not to the host 'evil.example:8080'") == true)
        #expect(refusal(path: "/", token: nil, header: "X")?.status == nil)  // the page itself, by a loopback name
        for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"] { #expect(refusal(host: host) == nil, "\(host)") }
        #expect(refusal(host: nil)?.status == .misdirectedRequest)  // no Host at all
        // Bound to every interface the names cannot be known: the token carries the defence.
        let everywhere = AccessPolicy.serving("0.0.0.0", token: "secret-token-1")
        #expect(everywhere.refusal(method: .get, authority: "lab-server:8080", origin: nil, path: "/", query: [:], headers: HTTPFields()) == nil)
    }

    @Test func aChangeFromAnotherPageIsRefused() {
        let foreign = refusal(.post, origin: "http://evil.example", path: "/api/runs")
        #expect(foreign?.status == .forbidden && foreign?.message.contains("the page at http://evil.example may not change anything") == true)
        #expect(refusal(.post, origin: "null", path: "/api/debate")?.status == .forbidden)  // sandboxed frames, files
        #expect(refusal(.post, origin: "http://127.0.0.1:8080", path: "/api/runs") == nil)  // the app's own page
        #expect(refusal(.post, origin: nil, path: "/api/runs") == nil)  // a script (curl sends no Origin)
        #expect(refusal(.get, origin: "http://evil.example", path: "/api/scenarios") == nil)  // reading: the browser keeps the answer from that page
    }

    @Test func theAPINeedsTheToken() {
        let missing = refusal(token: nil)
        #expect(missing?.status == .unauthorized && missing?.message.contains("X-Anarchy-Token") == true)
        let wrong = refusal(token: "secret-token-2")
        #expect(wrong?.status == .forbidden && wrong?.message.contains("wrong token") == true)
        #expect(refusal(token: "secret-token-1", header: "Authorization") == nil)
        #expect(refusal(token: nil, query: ["token": "secret-token-1"]) == nil)  // the event stream's way
        #expect(refusal(path: "/app.js", token: nil) == nil && refusal(path: "/debate", token: nil) == nil)  // pages and assets need none
        #expect(AccessPolicy.same("abc", "abc") && !AccessPolicy.same("abc", "abd") && !AccessPolicy.same("abc", "abcd") && !AccessPolicy.same("", "a"))
        let fresh = AccessPolicy.newToken()
        #expect(fresh.count == 32 && fresh.allSatisfy(\.isHexDigit) && fresh != AccessPolicy.newToken())
    }

    /// The same through the router: the middleware runs before every route.
    @Test func theRouterAppliesThePolicy() async throws {
        let app = Application(router: AnarchyWebApp.router(access: AccessPolicy(token: "secret-token-1", hosts: nil)))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                #expect(response.status == .unauthorized && String(buffer: response.body).contains("needs the token"))
            }
            try await client.execute(uri: "/api/scenarios", method: .get, headers: [.init("X-Anarchy-Token")!: "secret-token-1"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/scenarios?token=nope-nope", method: .get) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/api/debate", method: .post, headers: [.init("X-Anarchy-Token")!: "secret-token-1", .origin: "http://evil.example"]
            ) { response in
                #expect(response.status == .forbidden && String(buffer: response.body).contains("may not change anything"))
            }
            try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .ok) }
        }
    }
}
