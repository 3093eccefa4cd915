import AnarchyTestSupport
import AnarchyWorld
import Foundation
import Testing

@Suite("anarchy sdw1", .timeLimit(.minutes(10)))
struct SDW1CommandTests {
    @Test("the digest alone on the last line of stdout, for the spec's check values", .enabled(if: ReferencePlatform.isHere, Comment(rawValue: ReferencePlatform.elsewhere)))
    func digests() throws {
        for (arguments, digest) in [([String](), "0425bf1bdf2ec5cb"), (["--seed", "2"], "aa6300ffd77c46ff"),
                                    (["--ticks", "0", "--seed", "15"], "3397eed5b733c858")] {
            let result = try AnarchyProcess.run(["sdw1"] + arguments)
            #expect(result.status == 0)
            #expect(result.lastLine == digest)
            #expect(result.stdout.contains("alive states"))
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("the fast path and ArgumentParser's path give the same digest (--flag=value goes the slow way)")
    func bothPaths() throws {
        let fast = try AnarchyProcess.run(["sdw1", "--n", "30", "--beta", "0.4", "--threads", "2"])
        let slow = try AnarchyProcess.run(["sdw1", "--n=30", "--beta=0.4", "--threads=2"])
        #expect(fast.status == 0 && slow.status == 0)
        #expect(fast.stdout == slow.stdout)
    }

    @Test("--json prints one object with the summary and the digest")
    func json() throws {
        let result = try AnarchyProcess.run(["sdw1", "--json", "--seed", "2"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        if ReferencePlatform.isHere { #expect(object["digest"] as? String == "aa6300ffd77c46ff") }  // the spec's value: glibc, x86-64
        #expect(object["alive"] as? Int != nil)
        #expect(object["wars"] as? Int != nil)
        #expect(object["spiral"] as? Double != nil)
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["seed"] as? String == "2")
        #expect(parameters["pGreedy"] as? Double == 0.25)
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test("--series writes the spec's header and one row per tick that parse back to the engine's numbers")
    func series() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-series-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try AnarchyProcess.run(["sdw1", "--ticks", "50", "--seed", "4", "--series", path])
        #expect(result.status == 0)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "tick,alive,wars,meanShare,spiral,offense,defense,wealth")
        #expect(lines.count == 51)
        var parameters = SDW1Parameters()
        parameters.ticks = 50
        parameters.seed = 4
        let world = try World(parameters: parameters)
        var rows: [TickMetrics] = []
        world.run(ticks: 50) { rows.append($0.metrics()) }
        for (line, m) in zip(lines.dropFirst(), rows) {
            let fields = line.split(separator: ",").map(String.init)
            #expect(fields.count == 8)
            #expect(Int(fields[0]) == m.tick && Int(fields[1]) == m.alive && Int(fields[2]) == m.wars)
            #expect(fields[3...].map { strtod($0, nil) } == [m.meanShare, m.spiral, m.offense, m.defense, m.wealth])
        }
        #expect(result.lastLine == world.digestHex)
    }

    @Test("ticks = 0 writes the header alone")
    func emptySeries() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-empty-\(getpid()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try AnarchyProcess.run(["sdw1", "--ticks", "0", "--series", path])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "tick,alive,wars,meanShare,spiral,offense,defense,wealth\n")
    }

    /// Every kind of bad input: exit 2, one line on stderr naming the flag (and the value where
    /// there is one), nothing on stdout.
    @Test("bad flags and values: exit 2 and one line naming the flag", arguments: [
        (["--n", "2"], "--n"), (["--n", "10000001"], "--n"), (["--n", "-5"], "--n"), (["--n", "1.5"], "--n"),
        (["--n", ""], "--n"), (["--n", "abc"], "--n"), (["--n", "99999999999999999999999"], "--n"),
        (["--n", "1e3"], "--n"), (["--k", "0"], "--k"), (["--k", "6"], "--k"), (["--n", "10000000", "--k", "6"], "--n"),
        (["--ticks", "-1"], "--ticks"), (["--ticks", "10000001"], "--ticks"), (["--seed", "-1"], "--seed"),
        (["--seed", "18446744073709551616"], "--seed"), (["--seed", "0x10"], "--seed"),
        (["--beta", "0"], "--beta"), (["--beta", "-1"], "--beta"), (["--beta", "nan"], "--beta"),
        (["--beta", "inf"], "--beta"), (["--beta", "-inf"], "--beta"), (["--beta", "0x1p3"], "--beta"),
        (["--beta", "1_0"], "--beta"), (["--beta", "1e999"], "--beta"), (["--beta", "+1"], "--beta"),
        (["--delta", "1.5"], "--delta"), (["--sigma", "1e-7"], "--sigma"), (["--p-greedy", "0"], "--p-greedy"),
        (["--p-greedy", "1"], "--p-greedy"), (["--growth", "2"], "--growth"), (["--burden", "-0.5"], "--burden"),
        (["--s0", "0.3"], "--s0"), (["--s-greedy", "0"], "--s-greedy"), (["--s-max", "1"], "--s-max"),
        (["--kappa", "-1"], "--kappa"), (["--phi-greedy", "1.01"], "--phi-greedy"), (["--rho", "nan"], "--rho"),
        (["--attack-ratio", "0"], "--attack-ratio"), (["--spoils", "2"], "--spoils"),
        (["--attrition", "-0"], ""), (["--conquest", "1e400"], "--conquest"),
        (["--burden", "5", "--s-max", "0.5", "--growth", "0"], "--burden"),
        (["--threads", "0"], "--threads"), (["--threads", "x"], "--threads"), (["--threads", "100000"], "--threads"),
        (["--threads", "-2"], "--threads"), (["--series", "/dev/null/x.csv"], "--series"),
        (["--series", ""], "--series"), (["--bogus", "1"], "--bogus"), (["--n"], "--n"), (["extra"], "extra"),
        (["--beta=nan"], "--beta"), (["--json=1"], "--json"),
    ])
    func badInput(arguments: [String], flag: String) throws {
        let result = try AnarchyProcess.run(["sdw1"] + arguments)
        if flag.isEmpty {  // "-0" is a valid plain decimal (negative zero is within 0…1)
            #expect(result.status == 0)
            return
        }
        #expect(result.status == 2, "\(arguments)")
        #expect(result.stdout.isEmpty, "\(arguments)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(flag), "\(arguments): \(result.stderr)")
        if let value = arguments.dropFirst().first, !value.isEmpty, !flag.hasPrefix("--bogus"), arguments.count == 2 {
            #expect(result.stderr.contains(value), "\(arguments): \(result.stderr)")
        }
    }

    @Test("domain errors state the allowed domain")
    func domainText() throws {
        let result = try AnarchyProcess.run(["sdw1", "--delta", "1.5"])
        #expect(result.stderr.contains("0…1"))
        let k = try AnarchyProcess.run(["sdw1", "--k", "6"])
        #expect(k.stderr.contains("2k < n"))
    }
}
