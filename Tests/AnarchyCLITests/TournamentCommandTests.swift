import Foundation
import Testing

@Suite("anarchy tournament", .timeLimit(.minutes(10)))
struct TournamentCommandTests {
    @Test("the default tournament ranks Gradual first in the Prisoner's Dilemma, as the reference does")
    func defaultTable() throws {
        let result = try AnarchyProcess.run(["tournament", "--reference", "--repetitions", "2"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines[1].contains("Gradual"))
        #expect(lines[2].contains("First by Shubik"))
    }

    @Test("--json carries the payoff matrix, ranking, scores, wins and cooperation")
    func json() throws {
        let result = try AnarchyProcess.run(["tournament", "--strategies", "tit-for-tat,Defector", "--turns", "10", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["payoff_matrix", "ranking", "scores", "wins", "cooperation"] { #expect(object[key] != nil, "\(key)") }
        #expect(object["ranking"] as? [String] == ["Defector", "Tit For Tat"])
        let cooperation = try #require(object["cooperation"] as? [[Int]])
        #expect(cooperation == [[100, 10], [0, 0]])
    }

    @Test("bad input is a usage error naming the flag", arguments: [
        (["--strategies", "nobody"], "--strategies"), (["--turns", "0"], "--turns"), (["--turns", "x"], "--turns"),
        (["--repetitions", "-1"], "--repetitions"), (["--noise", "2"], "--noise"), (["--noise", "nan"], "--noise"),
        (["--game", "1,2,3"], "--game"), (["--extended", "--all"], "--strategies"), (["--all", "--strategies", "grudger"], "--strategies"), (["--game", "1,2,3,inf"], "--game"), (["--seed", "-4"], "--seed"),
    ])
    func badInput(arguments: [String], flag: String) throws {
        let result = try AnarchyProcess.run(["tournament"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(flag), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("the default and --all are the reference 21; --extended adds the others")
    func sets() throws {
        let plain = try AnarchyProcess.run(["tournament", "--repetitions", "1"])
        let all = try AnarchyProcess.run(["tournament", "--all", "--repetitions", "1"])
        let extended = try AnarchyProcess.run(["tournament", "--extended", "--repetitions", "1"])
        #expect(plain.stdout == all.stdout)
        #expect(plain.stdout.split(separator: "\n").count == 22)
        #expect(extended.stdout.split(separator: "\n").count > 22)
        #expect(extended.stdout.contains("Reassurer"))
    }

    @Test("--list names every strategy by id and display name")
    func list() throws {
        let result = try AnarchyProcess.run(["tournament", "--list"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count >= 24)
        #expect(result.stdout.contains("tit-for-tat\tTit For Tat"))
        #expect(result.stdout.contains("joss\tFirst by Joss: 0.9"))
    }
}

@Suite("anarchy tournament --group-size", .timeLimit(.minutes(10)))
struct GroupTournamentCommandTests {
    @Test("groups of three rank Defector first and report restraint")
    func groups() throws {
        let result = try AnarchyProcess.run([
            "tournament", "--strategies", "cooperator,defector,tit-for-tat", "--group-size", "3", "--repetitions", "1", "--json",
        ])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["ranking"] as? [String])?.first == "Defector")
        #expect((object["restraint"] as? [Double])?.first == 1)
    }

    @Test("bad group sizes are usage errors", arguments: [["--group-size", "1"], ["--group-size", "30"], ["--group-size", "x"]])
    func bad(arguments: [String]) throws {
        let result = try AnarchyProcess.run(["tournament"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--group-size"))
    }
}
