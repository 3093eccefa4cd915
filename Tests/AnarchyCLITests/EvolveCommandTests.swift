import Foundation
import Testing

@Suite("anarchy evolve", .timeLimit(.minutes(10)))
struct EvolveCommandTests {
    @Test("replicator dynamics: defection spreads among Cooperator and Defector")
    func replicator() throws {
        let result = try AnarchyProcess.run(["evolve", "--strategies", "cooperator,defector", "--turns", "10", "--repetitions", "1", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let shares = try #require(object["final_shares"] as? [Double])
        #expect(shares[1] > 0.99)
    }

    @Test("Moran: neutral selection gives 1/N")
    func moranNeutral() throws {
        let result = try AnarchyProcess.run([
            "evolve", "--moran", "--mutant", "tit-for-tat", "--resident", "defector", "--population", "8",
            "--selection", "0", "--repetitions", "1", "--json",
        ])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(abs((object["fixation_probability"] as? Double ?? 0) - 0.125) < 1e-12)
    }

    @Test("bad input is a usage error", arguments: [
        ["--moran", "--mutant", "tit-for-tat"], ["--moran", "--mutant", "nobody", "--resident", "defector"],
        ["--generations", "-1"], ["--moran", "--mutant", "grudger", "--resident", "defector", "--population", "1"],
        ["--moran", "--mutant", "grudger", "--resident", "defector", "--selection", "2"],
    ])
    func badInput(arguments: [String]) throws {
        let result = try AnarchyProcess.run(["evolve"] + arguments)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}

@Suite("anarchy evolve --graph", .timeLimit(.minutes(10)))
struct EvolveGraphTests {
    @Test("a Moran simulation on a cycle, a star and an edge list; bad graphs are usage errors")
    func graphs() throws {
        for graph in ["cycle", "star", "0-1,1-2,2-3,3-0"] {
            let result = try AnarchyProcess.run([
                "evolve", "--moran", "--mutant", "grudger", "--resident", "defector", "--population", "4",
                "--repetitions", "1", "--runs", "50", "--graph", graph, "--json",
            ])
            #expect(result.status == 0, "\(graph): \(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let simulated = try #require(object["simulated"] as? Double)
            #expect(simulated >= 0 && simulated <= 1)
        }
        for graph in ["0-1,1-9", "0-0", "0-1", "x"] {
            let result = try AnarchyProcess.run([
                "evolve", "--moran", "--mutant", "grudger", "--resident", "defector", "--population", "4", "--runs", "5", "--graph", graph,
            ])
            #expect(result.status == 2, "\(graph)")
            #expect(result.stderr.contains("--graph"))
        }
    }
}
