import Foundation
import Testing

@Suite("anarchy evolve")
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
