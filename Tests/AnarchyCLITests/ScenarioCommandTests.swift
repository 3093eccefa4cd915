import Foundation
import Testing

@Suite("anarchy scenarios, validate, run SCENARIO")
struct ScenarioCommandTests {
    @Test("scenarios lists the built-ins, one per line: name then description")
    func list() throws {
        let result = try AnarchyProcess.run(["scenarios"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 8)
        for name in ["jervis-1-doubly-dangerous", "jervis-4-doubly-stable", "spiral", "greedy-power", "rising-power", "europe"] {
            #expect(lines.contains { $0.hasPrefix(name + " ") }, "missing \(name)")
        }
    }

    @Test("an exported scenario runs as a file and gives the same digest as by name")
    func exportAndRun() throws {
        let exported = try AnarchyProcess.run(["scenarios", "--export", "greedy-power"])
        #expect(exported.status == 0)
        #expect(exported.stdout.hasPrefix("#"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-scenario-\(getpid()).yaml")
        try exported.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let byFile = try AnarchyProcess.run(["run", file.path])
        let byName = try AnarchyProcess.run(["run", "greedy-power"])
        #expect(byFile.status == 0 && byName.status == 0)
        #expect(byFile.lastLine == byName.lastLine && byFile.lastLine.count == 16)
        #expect(byFile.stdout.hasPrefix("greedy-power: 12 states on a ring (k = 2), 300 ticks, seed 1"))
        let reseeded = try AnarchyProcess.run(["run", "greedy-power", "--seed", "9", "--ticks", "50"])
        #expect(reseeded.stdout.contains("50 ticks, seed 9"))
        #expect(try AnarchyProcess.run(["validate", file.path]).stdout.contains("valid"))
    }

    @Test("SDW-1 as a scenario file gives the spec's digest")
    func sdw1() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-sdw1-\(getpid()).json")
        try #"{"seed": 2, "states": {"count": 12}, "geography": {"ring": {"k": 2}}}"#.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try AnarchyProcess.run(["run", file.path]).lastLine == "aa6300ffd77c46ff")
    }

    @Test("validate lists every problem with line and column, exit 2")
    func validateProblems() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-bad-\(getpid()).yaml")
        try "sytem: {beta: 1}\nstates:\n  - {name: A, wealth: -3}\n  - {name: B}\n  - {name: C}\n  - {name: D}\n  - {name: E}\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try AnarchyProcess.run(["validate", file.path])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("sytem: unknown key (did you mean system?)") && lines[0].contains("(line 1, column 1)"))
        #expect(lines[1].hasSuffix("states[0].wealth: must be > 0, got -3 (line 3, column 23)"))
        let run = try AnarchyProcess.run(["run", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("bad scenario arguments are usage errors", arguments: [
        ["run", "no-such-scenario"], ["run", "/nonexistent/file.yaml"], ["run", "spiral", "--beta", "2"],
        ["scenarios", "--export", "nowhere"], ["validate", "/nonexistent.json"],
    ])
    func badArguments(_ arguments: [String]) throws {
        let result = try AnarchyProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("anarchy: error:"))
    }
}
