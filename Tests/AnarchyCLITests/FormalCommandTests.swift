import Foundation
import Testing

@Suite("anarchy formal", .timeLimit(.minutes(10)))
struct FormalCommandTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the JSON contract: one object, exit 0")
    func contractSuccess() throws {
        let result = try AnarchyProcess.run([
            "formal", "jervis.security_game", "--params", #"{"v":4,"kappa":1,"omega":0.6,"d":0.2,"r":0.5}"#,
        ])
        #expect(result.status == 0)
        let object = try Self.object(result.stdout)
        #expect(object["type"] as? String == "prisoners_dilemma")
        #expect(object["world_label"] as? String == "doubly_dangerous")
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test("the JSON contract: error code and first offending parameter, exit 2", arguments: [
        (#"{"k":0.5,"l":0.4,"a":-1,"b":0.8,"g":1,"h":0.5}"#, "invalid_parameter", "a"),
        (#"{"k":"x","l":0.4,"a":-1,"b":0.8,"g":1,"h":0.5}"#, "invalid_parameter", "k"),
        (#"{"k":0.5,"l":0.4,"a":1,"b":0.8,"g":NaN,"h":0.5}"#, "invalid_parameter", "g"),
        (#"{"k":0.5,"l":0.4,"a":1,"b":0.8,"g":1}"#, "invalid_parameter", "h"),
    ])
    func contractErrors(_ params: String, _ code: String, _ param: String) throws {
        let result = try AnarchyProcess.run(["formal", "richardson.equilibrium", "--params", params])
        #expect(result.status == 2)
        let object = try Self.object(result.stdout)
        #expect(object["error"] as? String == code)
        #expect(object["param"] as? String == param)
    }

    @Test("model errors without a parameter")
    func modelErrors() throws {
        let result = try AnarchyProcess.run(["formal", "contest.tullock_n", "--params", #"{"n":2,"V":1,"m":3}"#])
        #expect(result.status == 2)
        let object = try Self.object(result.stdout)
        #expect(object["error"] as? String == "no_pure_equilibrium")
        #expect(object["param"] == nil)
    }

    @Test("malformed JSON and unknown functions are exit 2 with a JSON error", arguments: [
        ["formal", "richardson.equilibrium", "--params", "{\"k\": 0.5,"],
        ["formal", "richardson.equilibrium", "--params", "[1, 2]"],
        ["formal", "no.such_model", "--params", "{}"],
    ])
    func badContractInput(_ arguments: [String]) throws {
        let result = try AnarchyProcess.run(arguments)
        #expect(result.status == 2)
        #expect(try Self.object(result.stdout)["error"] is String)
    }

    @Test("--list names every function with a description")
    func list() throws {
        let result = try AnarchyProcess.run(["formal", "--list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 37)  // the catalogue's functions, §0.6
        #expect(lines.first?.hasPrefix("richardson.equilibrium ") == true)
        #expect(lines.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).count > 2 })
    }

    @Test("<id> --help documents the parameters and their domains")
    func help() throws {
        let result = try AnarchyProcess.run(["formal", "powell.preventive", "--help"])
        #expect(result.status == 0)
        for text in ["p1", "stage2_split", "max_concession | min_concession", "in (0, 1] two-stage", "[derived]", "default: 0"] {
            #expect(result.stdout.contains(text), "missing \(text)")
        }
    }

    @Test("flags named after the parameters give a readable answer")
    func friendly() throws {
        let result = try AnarchyProcess.run([
            "formal", "fearon.range", "--p", "0.6", "--c_A", "0.1", "--c_B=0.1",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("fearon.range"))
        #expect(result.stdout.contains("nonempty"))
        #expect(result.stdout.contains("true"))
        let json = try AnarchyProcess.run(["formal", "kydd.posterior", "--prior", "0.5", "--sigma_T", "1", "--sigma_U", "0", "--epsilon", "0.1", "--observations", "DD", "--json"])
        #expect(abs((try Self.object(json.stdout)["posterior"] as? Double ?? 0) - 0.01219512195) < 1e-9)
    }

    @Test("friendly-form mistakes are one-line usage errors", arguments: [
        ["formal", "fearon.range", "--p", "0.6", "--c_A", "0.1"],
        ["formal", "fearon.range", "--p", "2", "--c_A", "0.1", "--c_B", "0.1"],
        ["formal", "fearon.range", "--p", "0.5", "--p", "0.5"],
        ["formal", "fearon.range", "--p"],
        ["formal", "fearon.rnge"],
        ["formal"],
    ])
    func friendlyErrors(_ arguments: [String]) throws {
        let result = try AnarchyProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("anarchy: error:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

@Suite("anarchy game solve", .timeLimit(.minutes(10)))
struct GameSolveCommandTests {
    @Test("a Stag Hunt has three equilibria, sorted by (row, column)")
    func stagHunt() throws {
        let result = try AnarchyProcess.run(["game", "solve", "--a", "[[4,1],[3,2]]", "--b", "[[4,3],[1,2]]", "--json"])
        #expect(result.status == 0)
        let object = try FormalCommandTests.object(result.stdout)
        let equilibria = try #require(object["equilibria"] as? [[String: Any]])
        let rows = equilibria.compactMap { $0["row"] as? [Double] }
        #expect(rows.count == 3)
        #expect(rows[0] == [0, 1] && rows[2] == [1, 0])
        #expect(abs(rows[1][0] - 0.5) < 1e-12)
        #expect(object["degenerate"] as? Bool == false)
    }

    @Test("every method, and the readable table")
    func methods() throws {
        for method in ["support", "vertex", "lemke-howson"] {
            let result = try AnarchyProcess.run(["game", "solve", "--a", "[[3,0],[5,1]]", "--b", "[[3,5],[0,1]]", "--method", method])
            #expect(result.status == 0)
            #expect(result.stdout.contains("1 equilibrium by \(method)"))
            #expect(result.stdout.contains("(0, 1)"))
        }
    }

    @Test("the batch form keeps input order")
    func batch() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-games-\(getpid()).json")
        try #"{"games": [{"A": [[1,-1],[-1,1]], "B": [[-1,1],[1,-1]]}, {"A": [[2]], "B": [[3]]}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try AnarchyProcess.run(["game", "solve", "--games", file.path, "--method", "vertex"])
        #expect(result.status == 0)
        let results = try #require(try FormalCommandTests.object(result.stdout)["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let second = try #require((results[1]["equilibria"] as? [[String: Any]])?.first)
        #expect(second["payoffs"] as? [Double] == [2, 3])
    }

    @Test("bad games are usage errors naming the place", arguments: [
        ["--a", "[[1,2],[3]]", "--b", "[[1,2],[3,4]]"],
        ["--a", "[[1,2]]", "--b", "[[1,2],[3,4]]"],
        ["--a", "[[1,\"x\"]]", "--b", "[[1,2]]"],
        ["--a", "[[1,2]", "--b", "[[1,2]]"],
        ["--a", "[[1,2]]"],
        ["--a", "[[1,2]]", "--b", "[[1,2]]", "--method", "simplex"],
        ["--games", "/nonexistent/games.json"],
    ])
    func badInput(_ arguments: [String]) throws {
        let result = try AnarchyProcess.run(["game", "solve"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("anarchy: error:"))
    }
}
