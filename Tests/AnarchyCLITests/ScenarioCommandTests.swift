import AnarchyTestSupport
import Foundation
import Testing

@Suite("anarchy scenarios, validate, run SCENARIO", .timeLimit(.minutes(10)))
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

    @Test("the summary tells the key events and the final state of every state")
    func summary() throws {
        let run = try AnarchyProcess.run(["run", "europe"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let events = try #require(lines.firstIndex(of: "  key events:"))
        #expect(lines[events + 1].hasPrefix("  - tick ") && lines[events + 1].contains("first war:"))
        let conquests = lines.filter { $0.hasPrefix("  - tick ") && $0.contains(" conquered ") }.count
        let table = try #require(lines.firstIndex { $0.hasPrefix("  final state") })
        let rows = lines[(table + 2)...].prefix { !$0.isEmpty }
        #expect(rows.count == 9)  // the nine states of the stylised Europe
        #expect(rows.filter { $0.contains(" conquered ") }.count == conquests)
    }

    @Test("SDW-1 as a scenario file gives the spec's digest", .enabled(if: ReferencePlatform.isHere, Comment(rawValue: ReferencePlatform.elsewhere)))
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
        // An unknown state in a border no longer hides the other problems (it did: issue 24, item 4).
        try "ticks: -5\nsystem: {beta: -1}\nstates:\n  - {name: A}\n  - {name: B}\n  - {name: C}\ngeography:\n  edges: [[A, Z], [B, C]]\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let all = try AnarchyProcess.run(["validate", file.path])
        let problems = all.stderr.split(separator: "\n")
        #expect(all.status == 2 && problems.count == 3, "\(all.stderr)")
        #expect(problems.contains { $0.contains("geography.edges[0]: no state is named \"Z\" (line 8, column 15)") })
        #expect(problems.contains { $0.contains("ticks: ") } && problems.contains { $0.contains("system.beta: ") })
    }

    /// `validate` recognises claim and experiment files and checks them as the commands that run
    /// them do, instead of listing a scenario's unknown keys.
    @Test func validateReadsClaimAndExperimentFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-validate-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AnarchyProcess.run(["debate", "--export", "7"]).stdout.write(toFile: dir + "/claim.yaml", atomically: true, encoding: .utf8)
        try AnarchyProcess.run(["experiments", "--export", "four-worlds"]).stdout.write(toFile: dir + "/fw.yaml", atomically: true, encoding: .utf8)
        let claim = try AnarchyProcess.run(["validate", dir + "/claim.yaml"])
        #expect(claim.status == 0 && claim.stdout.contains("valid claim file — claim 7 (mitigation): Costly signals reassure; cheap talk does not; 3 tests"), "\(claim.stdout)\(claim.stderr)")
        let experiment = try AnarchyProcess.run(["validate", dir + "/fw.yaml"])
        #expect(experiment.status == 0 && experiment.stdout.contains("valid experiment file — four-worlds: 2 factors, 4 design points"), "\(experiment.stdout)\(experiment.stderr)")
        let wrong = try String(contentsOfFile: dir + "/fw.yaml", encoding: .utf8)
            .replacingOccurrences(of: "replications: 30", with: "replications: 0").replacingOccurrences(of: "metrics: [wars,", with: "metrics: [wrs,")
            .replacingOccurrences(of: "seed: 1", with: "sed: 1")
        try wrong.write(toFile: dir + "/fw.yaml", atomically: true, encoding: .utf8)
        let three = try AnarchyProcess.run(["validate", dir + "/fw.yaml"])
        let lines = three.stderr.split(separator: "\n")
        #expect(three.status == 2 && lines.count == 3, "\(three.stderr)")
        #expect(lines[0].contains("sed: unknown key (did you mean seed?)") && three.stderr.contains("replications: must be in 1…")
                && three.stderr.contains("metrics[0]: no metric \"wrs\" (did you mean wars?)"), "\(three.stderr)")
        // Every problem at once: a misspelt metric in the first test, a misspelt key in the third.
        let broken = try String(contentsOfFile: dir + "/claim.yaml", encoding: .utf8)
            .replacingOccurrences(of: "metric: spiralMean", with: "metric: spiralMeen").replacingOccurrences(of: "    expect: notHigher", with: "    expct: notHigher")
        try broken.write(toFile: dir + "/claim.yaml", atomically: true, encoding: .utf8)
        let bad = try AnarchyProcess.run(["validate", dir + "/claim.yaml"])
        #expect(bad.status == 2 && bad.stderr.contains("tests[0].metric: no metric \"spiralMeen\" (did you mean spiralMean?)"), "\(bad.stderr)")
        #expect(bad.stderr.contains("tests[2].expct: unknown key (did you mean expect?)") && bad.stderr.contains("tests[2]: a test needs name, metric, treatment and expect"), "\(bad.stderr)")
    }

    @Test("bad scenario arguments are usage errors", arguments: [
        ["run", "no-such-scenario"], ["run", "/nonexistent/file.yaml"], ["run", "spiral", "--beta", "-2"], ["run", "spiral", "--k", "3"],
        ["run", "spiral", "--set", "system.beta"], ["run", "spiral", "--set", "system.bta=1"], ["run", "spiral", "--set", "mechanisms.preemption={cost: -1}"],
        ["run", "spiral", "--set", "states[40].wealth=1"], ["run", "spiral", "--set", "system.beta={"], ["run", "spiral", "--set", "seed=3"],
        ["run", "spiral", "--beta", "0.7", "--set", "system.beta=0.5"], ["run", "spiral", "--ticks", "5", "--set", "ticks=6"],
        ["scenarios", "--export", "nowhere"], ["validate", "/nonexistent.json"],
    ])
    func badArguments(_ arguments: [String]) throws {
        let result = try AnarchyProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("anarchy: error:"))
    }
}

@Suite("anarchy run --out, --format; anarchy explain", .timeLimit(.minutes(10)))
struct RunRecordTests {
    @Test("a recorded run: series, events, final state, run description; explain reads them")
    func recordAndExplain() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-run-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try AnarchyProcess.run(["run", "jervis-1-doubly-dangerous", "--ticks", "60", "--out", directory.path])
        #expect(run.status == 0)
        let series = try String(contentsOf: directory.appendingPathComponent("series.csv"), encoding: .utf8).split(separator: "\n")
        #expect(series.count == 61 && series[0] == "tick,alive,wars,meanShare,spiral,offense,defense,wealth,misperception,concentration,conquered")
        let events = try String(contentsOf: directory.appendingPathComponent("events.csv"), encoding: .utf8).split(separator: "\n")
        let totalWars = series.dropFirst().map { Int($0.split(separator: ",")[2]) ?? 0 }.reduce(0, +)
        #expect(events.count - 1 == totalWars && totalWars > 0)
        let final = try String(contentsOf: directory.appendingPathComponent("final.csv"), encoding: .utf8).split(separator: "\n")
        #expect(final.count == 25)
        let description = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("run.json"))) as? [String: Any])
        #expect(description["digest"] as? String == run.lastLine)
        #expect(description["events"] as? Int == totalWars)
        let list = try AnarchyProcess.run(["explain", directory.path])
        #expect(list.status == 0 && list.stdout.split(separator: "\n").count == totalWars)
        let explained = try AnarchyProcess.run(["explain", directory.path, "--event", "1"])
        #expect(explained.status == 0)
        for text in ["Who decided", "least effective defense", "attackRatio × β × defense", "Beliefs at the decision", "Passed over", "draw was"] {
            #expect(explained.stdout.contains(text), "missing \(text)")
        }
        #expect(try AnarchyProcess.run(["explain", directory.path, "--event", "\(totalWars + 1)"]).status == 2)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("alliances.csv").path))
        // run.json keeps the whole scenario as a file: running it again repeats the run.
        let again = directory.appendingPathComponent("again.json")
        let file = try #require(description["scenario_file"])
        try JSONSerialization.data(withJSONObject: file).write(to: again)
        let repeated = try AnarchyProcess.run(["run", again.path, "--ticks", "60"])
        #expect(repeated.status == 0 && repeated.lastLine == run.lastLine)
    }

    /// `--set` edits a scenario exactly as editing its file does (issue 17): the digest of a run
    /// with `--set` equals that of the exported file edited by hand; a system flag is the same edit.
    @Test("--set and system flags edit the scenario as its file would")
    func setEditsTheScenario() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-set-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let exported = try AnarchyProcess.run(["scenarios", "--export", "spiral"])
        let edited = exported.stdout.replacingOccurrences(of: "beta: 1.0", with: "beta: 0.9")
            .replacingOccurrences(of: "geography:", with: "mechanisms:\n  preemption: {cost: 0.15}\ngeography:")
        #expect(edited != exported.stdout)
        let file = directory.appendingPathComponent("edited.yaml")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let byFile = try AnarchyProcess.run(["run", file.path])
        let bySet = try AnarchyProcess.run(["run", "spiral", "--set", "system.beta=0.9", "--set", "mechanisms.preemption={cost: 0.15}"])
        let byFlag = try AnarchyProcess.run(["run", "spiral", "--beta", "0.9", "--set", "mechanisms.preemption.cost=0.15"])
        #expect(byFile.status == 0 && bySet.status == 0 && byFlag.status == 0, "\(bySet.stderr) \(byFlag.stderr)")
        #expect(bySet.lastLine == byFile.lastLine && byFlag.lastLine == byFile.lastLine)
        let plain = try AnarchyProcess.run(["run", "spiral"])
        #expect(plain.lastLine != byFile.lastLine)
        // A shorter run than the scenario's schedule runs, and names what it leaves out.
        let short = try AnarchyProcess.run(["run", "europe-1930s", "--ticks", "50"])
        #expect(short.status == 0 && short.stderr.contains("left out: policies["), "\(short.stderr)")
        let shortBySet = try AnarchyProcess.run(["run", "europe-1930s", "--set", "ticks=50"])
        #expect(shortBySet.status == 0 && shortBySet.lastLine == short.lastLine, "\(shortBySet.stderr)")
        let bad = try AnarchyProcess.run(["run", "spiral", "--set", "mechanisms.preemption.reciprocalFear=2"])
        #expect(bad.status == 2 && bad.stderr.contains("mechanisms.preemption.reciprocalFear: must be in 0…1, got 2"), "\(bad.stderr)")
    }

    /// Every output path creates its missing parent directories (issue 24, item 3: README's
    /// `anarchy run europe --out runs/europe` failed); a file in the way is a usage error.
    @Test("output paths create their parent directories")
    func outputPathsCreateTheirParents() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-nest-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try AnarchyProcess.run(["run", "europe", "--ticks", "5", "--out", root + "/runs/europe", "--report", root + "/reports/a/run.html"])
        #expect(run.status == 0 && run.stderr.contains("wrote \(root)/reports/a/run.html"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/runs/europe/events.csv") && FileManager.default.fileExists(atPath: root + "/reports/a/run.html"))
        let series = try AnarchyProcess.run(["sdw1", "--ticks", "3", "--series", root + "/s/1/series.csv"])
        #expect(series.status == 0 && FileManager.default.fileExists(atPath: root + "/s/1/series.csv"), "\(series.stderr)")
        let report = try AnarchyProcess.run(["report", root + "/runs/europe/../../missing.sqlite", "--out", root + "/r/x.html"])
        #expect(report.status == 2)  // nothing to report, but no crash
        let blocked = try AnarchyProcess.run(["run", "spiral", "--out", root + "/runs/europe/events.csv/x"])
        #expect(blocked.status == 2 && blocked.stderr.contains("exists and is not a directory"), "\(blocked.stderr)")
    }

    /// The tragedy told: `anarchy explain` on spiral-war's first war (issue 17).
    @Test("explain tells a preemptive war's story")
    func explainPreemption() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-fear-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try AnarchyProcess.run(["run", "spiral-war", "--ticks", "30", "--out", directory.path, "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let begun = try #require(summary["warsBegun"] as? Int)
        #expect(begun > 0 && summary["seekerWars"] as? Int == begun && summary["fearWars"] as? Int == begun)
        #expect(summary["unwarrantedShare"] as? Double == 1 && (summary["wealthLost"] as? Double ?? 0) > 0)
        let explained = try AnarchyProcess.run(["explain", directory.path, "--event", "1"])
        #expect(explained.status == 0)
        for text in ["a preemptive war", "two security seekers", "he thinks that I think", "the danger", "exceeded the costs of war"] {
            #expect(explained.stdout.contains(text), "missing \(text): \(explained.stdout)")
        }
        // The command it prints repeats the decision with the catalogue's model: war.
        let command = try #require(explained.stdout.components(separatedBy: "`anarchy formal ").dropFirst().first?.components(separatedBy: "`").first)
        let formal = try AnarchyProcess.run(["formal"] + command.split(separator: " ").map(String.init) + ["--json"])
        #expect(formal.status == 0 && formal.stdout.contains("\"war\":true"), "\(command): \(formal.stdout) \(formal.stderr)")
    }

    @Test("--format json and csv")
    func formats() throws {
        let json = try AnarchyProcess.run(["run", "spiral", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["digest"] as? String != nil)
        let csv = try AnarchyProcess.run(["run", "spiral", "--ticks", "10", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == 11)
        #expect(try AnarchyProcess.run(["run", "spiral", "--format", "xml"]).status == 2)
        #expect(try AnarchyProcess.run(["explain", "/nonexistent-dir"]).status == 2)
    }
}
