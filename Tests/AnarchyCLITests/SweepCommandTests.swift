import AnarchyCore
import Foundation
import Testing

/// `anarchy sweep`, `results`, `merge`, `slurm` as a user meets them, with the real executable.
@Suite("anarchy sweep, results, merge, slurm", .timeLimit(.minutes(10)))
struct SweepCommandTests {
    static func directory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-sweep-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An experiment file: 2 × 3 grid on greedy-power, 60 ticks.
    static func experimentFile(in dir: URL, replications: Int = 5, ticks: Int = 60) throws -> String {
        let path = dir.appendingPathComponent("exp.yaml").path
        try """
            name: cli-small
            base: greedy-power
            factors:
              - {path: system.beta, values: [0.8, 1.6]}
              - {path: ticks, values: [\(ticks), \(ticks + 20), \(ticks + 40)]}
            replications: \(replications)
            seed: 3
            metrics: [wars, spiral, spiralMean, alive]
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func csv(_ store: String, _ extra: [String] = []) throws -> String {
        let r = try AnarchyProcess.run(["results", store, "--format", "csv"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test("one thread and two give identical exports; shards merged give the same")
    func threadsAndShards() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.experimentFile(in: dir)
        let one = dir.appendingPathComponent("one.sqlite").path, two = dir.appendingPathComponent("two.sqlite").path
        #expect(try AnarchyProcess.run(["sweep", file, "--store", one, "--threads", "1", "--quiet"]).status == 0)
        let swept = try AnarchyProcess.run(["sweep", file, "--store", two, "--threads", "2"])
        #expect(swept.status == 0 && swept.stdout.contains("30 runs stored"))
        #expect(try Self.csv(one) == Self.csv(two))
        #expect(try Self.csv(one, ["--runs"]) == Self.csv(two, ["--runs"]))
        var shards: [String] = []
        for i in 0..<4 {
            let shard = dir.appendingPathComponent("shard-\(i).sqlite").path
            #expect(try AnarchyProcess.run(["sweep", file, "--store", shard, "--shard", "\(i)/4", "--quiet"]).status == 0)
            shards.append(shard)
        }
        let merged = dir.appendingPathComponent("merged.sqlite").path
        let merge = try AnarchyProcess.run(["merge"] + shards + ["--into", merged])
        #expect(merge.status == 0 && merge.stdout.contains("merged 30 runs"), "\(merge.stderr)")
        #expect(try Self.csv(merged, ["--runs"]) == Self.csv(one, ["--runs"]))
        #expect(try Self.csv(merged) == Self.csv(one))
        // A missing shard, and a shard given twice, are refused.
        let partial = try AnarchyProcess.run(["merge"] + shards.prefix(3) + ["--into", dir.appendingPathComponent("p.sqlite").path])
        #expect(partial.status == 2 && partial.stderr.contains("missing"))
        let twice = try AnarchyProcess.run(["merge", shards[0], shards[0], "--into", dir.appendingPathComponent("t.sqlite").path])
        #expect(twice.status == 2 && twice.stderr.contains("in both"))
        // A second sweep into a store that has the runs needs --resume (which then has nothing to do).
        #expect(try AnarchyProcess.run(["sweep", file, "--store", one, "--quiet"]).status == 2)
        let resumed = try AnarchyProcess.run(["sweep", file, "--store", one, "--resume"])
        #expect(resumed.status == 0 && resumed.stdout.contains("0 runs stored") && resumed.stdout.contains("30 already there"))
        // Other views: timings, a comparison, sensitivity, JSON.
        #expect(try Self.csv(one, ["--runs", "--timings"]).split(separator: "\n")[0].hasSuffix(",seconds"))
        let compare = try Self.csv(one, ["--compare", "0,3"])
        #expect(compare.hasPrefix("experiment,point_a,point_b,metric,n_a,n_b,b_minus_a,ci_low,ci_high,boot_low,boot_high\n"))
        #expect(try Self.csv(one, ["--sensitivity"]).contains(",system.beta,"))
        let json = try AnarchyProcess.run(["results", one, "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 6 * 4 && rows[0]["mean"] is Double)
    }

    /// A metric that is missing in every run (no ally is ever called without alliances) is an
    /// empty field in CSV and null in JSON; `--names snake` renames the header only.
    @Test("CSV: missing values are empty fields; --names snake gives Stata's names")
    func missingValuesAndSnakeNames() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("missing.yaml").path
        try """
            name: missing
            base: greedy-power
            factors:
              - {path: mechanisms.perspectiveTaking.weight, values: [0, 1]}
            replications: 2
            seed: 3
            metrics: [wars, honouredShare]
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("m.sqlite").path
        #expect(try AnarchyProcess.run(["sweep", file, "--store", store, "--quiet"]).status == 0)
        let runs = try Self.csv(store, ["--runs"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(runs[0] == "experiment,point,mechanisms.perspectiveTaking.weight,replication,seed,digest,wars,honouredShare")
        #expect(runs.count == 1 + 4 + 1 && runs.dropFirst().dropLast().allSatisfy { $0.hasSuffix(",") && !$0.contains("nan") })
        let snake = try Self.csv(store, ["--runs", "--names", "snake"]).split(separator: "\n").map(String.init)
        #expect(snake[0] == "experiment,point,mechanisms_perspective_taking_weight,replication,seed,digest,wars,honoured_share")
        #expect(Array(snake.dropFirst()) == Array(runs.dropFirst().dropLast()))
        let perPoint = try Self.csv(store).split(separator: "\n").map(String.init)
        #expect(perPoint.filter { $0.contains(",honouredShare,") }.allSatisfy { $0.hasSuffix(",honouredShare,2,,,,,,,,,,,") })
        let json = try AnarchyProcess.run(["results", store, "--runs", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4 && rows.allSatisfy { $0["honouredShare"] is NSNull && $0["seed"] is String })
        let bad = try AnarchyProcess.run(["results", store, "--names", "stata"])
        #expect(bad.status == 2 && bad.stderr.contains("--names stata: must be paths or snake"))
    }

    /// kill -9 at random moments, resume each time: every run exactly once, the store sound.
    @Test("a killed sweep resumes to every run exactly once")
    func crashAndResume() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.experimentFile(in: dir, replications: 40, ticks: 150)
        let store = dir.appendingPathComponent("crash.sqlite").path
        let reference = dir.appendingPathComponent("reference.sqlite").path
        #expect(try AnarchyProcess.run(["sweep", file, "--store", reference, "--quiet"]).status == 0)
        var random = SplitMix64(seed: 99)
        var kills = 0
        for attempt in 0..<12 {
            let process = Process()
            process.executableURL = AnarchyProcess.executable
            process.arguments = ["sweep", file, "--store", store, "--quiet"] + (attempt == 0 ? [] : ["--resume"])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(20_000 + random.next() % 300_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { break }
        }
        let finish = try AnarchyProcess.run(["sweep", file, "--store", store, "--resume", "--quiet"])
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(kills >= 1)
        let runs = try Self.csv(store, ["--runs"]).split(separator: "\n")
        #expect(runs.count == 1 + 6 * 40)
        #expect(Set(runs).count == runs.count)  // no run twice
        #expect(try Self.csv(store, ["--runs"]) == Self.csv(reference, ["--runs"]))
        #expect(try Self.csv(store) == Self.csv(reference))
    }

    /// Two writers on one store at once (SQLite's WAL and a busy timeout): two sweeps of
    /// different experiments, started together, both finish with every run stored exactly once.
    @Test func twoWritersOnOneStore() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try Self.experimentFile(in: dir, replications: 30, ticks: 60)
        let second = dir.appendingPathComponent("other.yaml").path
        try String(contentsOfFile: first, encoding: .utf8).replacingOccurrences(of: "name: cli-small", with: "name: cli-other")
            .replacingOccurrences(of: "seed: 3", with: "seed: 4").write(toFile: second, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("shared.sqlite").path
        let processes = [first, second].map { file -> Process in
            let process = Process()
            process.executableURL = AnarchyProcess.executable
            process.arguments = ["sweep", file, "--store", store, "--threads", "1", "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(processes.map(\.terminationStatus))")
        for name in ["cli-small", "cli-other"] {
            let runs = try Self.csv(store, ["--experiment", name, "--runs"]).split(separator: "\n")
            #expect(runs.count == 1 + 6 * 30 && Set(runs).count == runs.count, "\(name): \(runs.count) rows")
        }
    }

    @Test("Ctrl-C stores what is done and exits 130; --resume finishes")
    func interruptAndResume() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.experimentFile(in: dir, replications: 5, ticks: 150)
        let store = dir.appendingPathComponent("int.sqlite").path
        let process = Process()
        process.executableURL = AnarchyProcess.executable
        // Overrides on the command line: the printed command must carry them (issue 24, item 2).
        process.arguments = ["sweep", file, "--store", store, "--replications", "400", "--seed", "11", "--quiet"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The store appears once the sweep has started (its Ctrl-C handler is installed first).
        // (Waiting on a condition, polled, not a fixed sleep.)
        for _ in 0..<500 where !FileManager.default.fileExists(atPath: store) { usleep(20_000) }
        // 2,400 runs of 150 ticks take far longer than this: the interruption must happen, or the test fails.
        try #require(process.isRunning, "the sweep ended before it could be interrupted (status \(process.terminationStatus))")
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130 && message.contains("interrupted:"), "status \(process.terminationStatus) \(process.terminationReason == .uncaughtSignal ? "signal" : "exit"): \(message)")
        // The message's exact command finishes it (the temporary paths need no quoting).
        let line = try #require(message.split(separator: "\n").first { $0.hasPrefix("finish it with: anarchy ") }, "\(message)")
        let finish = line.dropFirst("finish it with: anarchy ".count).split(separator: " ").map(String.init)
        #expect(finish == ["sweep", file, "--store", store, "--replications", "400", "--seed", "11", "--resume"])
        #expect(try AnarchyProcess.run(finish + ["--quiet"]).status == 0)
        #expect(try Self.csv(store, ["--runs"]).split(separator: "\n").count == 1 + 6 * 400)
    }

    /// docs/EXPERIMENTS.md's lines in order: a sweep with overrides, then `--resume` alone, then
    /// `results` (issue 24, item 2: the resume stored a second experiment, and results failed).
    @Test("--resume continues the stored experiment, or refuses saying what differs")
    func resumeContinuesTheStoredExperiment() throws {
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.experimentFile(in: dir, replications: 5, ticks: 30)
        let store = dir.appendingPathComponent("fw.sqlite").path
        #expect(try AnarchyProcess.run(["sweep", file, "--store", store, "--replications", "2", "--seed", "7", "--quiet"]).status == 0)
        let resumed = try AnarchyProcess.run(["sweep", file, "--store", store, "--resume"])
        #expect(resumed.status == 0 && resumed.stdout.contains("0 runs stored") && resumed.stdout.contains("12 already there"), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("as stored: 2 replications, seed 7"))
        let results = try AnarchyProcess.run(["results", store])
        #expect(results.status == 0, "\(results.stderr)")
        #expect(try Self.csv(store, ["--runs"]).split(separator: "\n").count == 1 + 6 * 2)
        // A seed given that the store does not hold: refused, naming the difference and the way on.
        let otherSeed = try AnarchyProcess.run(["sweep", file, "--store", store, "--seed", "8", "--resume"])
        #expect(otherSeed.status == 2 && otherSeed.stderr.contains("seed: 7 in the store, 8 here"), "\(otherSeed.stderr)")
        #expect(otherSeed.stderr.contains("finish it with: anarchy sweep \(file) --store \(store) --replications 2 --seed 7 --resume"), "\(otherSeed.stderr)")
        // An edited file is another experiment: refused, naming the field.
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "values: [0.8, 1.6]", with: "values: [0.8, 1.7]")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let edited = try AnarchyProcess.run(["sweep", file, "--store", store, "--resume"])
        #expect(edited.status == 2 && edited.stderr.contains("factors[0].values[1]: 1.6 in the store, 1.7 here"), "\(edited.stderr)")
        #expect(!edited.stderr.contains("finish it with"))
        // Nothing ran: the store still holds one experiment.
        #expect(try AnarchyProcess.run(["results", store]).status == 0)
        // Two stored experiments that differ only in their seeds: --resume alone cannot choose.
        #expect(try AnarchyProcess.run(["sweep", file, "--store", store, "--replications", "2", "--seed", "9", "--quiet"]).status == 0)
        #expect(try AnarchyProcess.run(["sweep", file, "--store", store, "--replications", "2", "--seed", "10", "--quiet"]).status == 0)
        let ambiguous = try AnarchyProcess.run(["sweep", file, "--store", store, "--resume"])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("say which with --replications and --seed"), "\(ambiguous.stderr)")
        #expect(try AnarchyProcess.run(["sweep", file, "--store", store, "--seed", "9", "--resume", "--quiet"]).status == 0)
    }

    @Test("usage errors exit 2 with a message", arguments: [
        ["sweep", "no-such-experiment"], ["sweep", "four-worlds", "--shard", "4/4"], ["sweep", "four-worlds", "--threads", "0"],
        ["sweep", "four-worlds", "--replications", "x"], ["results", "/nonexistent.sqlite"], ["results", "x.sqlite", "--format", "xml"],
        ["merge", "--into", "x.sqlite"], ["slurm", "four-worlds", "--shards", "0"], ["experiments", "--export", "nope"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        let r = try AnarchyProcess.run(arguments)
        #expect(r.status == 2 && r.stderr.hasPrefix("anarchy: error: "), "\(arguments): \(r.status) \(r.stderr)")
    }

    @Test("experiments lists the built-ins, and slurm writes the array, the merge and the submit script")
    func experimentsAndSlurmScripts() throws {
        let list = try AnarchyProcess.run(["experiments"])
        #expect(list.status == 0 && list.stdout.hasPrefix("four-worlds"))
        let dir = Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("job").path
        let r = try AnarchyProcess.run(["slurm", "four-worlds", "--shards", "8", "--dir", out, "--time", "00:10:00", "--partition", "short"])
        #expect(r.status == 0, "\(r.stderr)")
        let sweep = try String(contentsOfFile: out + "/sweep.sbatch", encoding: .utf8)
        #expect(sweep.contains("#SBATCH --array=0-7") && sweep.contains("--shard \"${SLURM_ARRAY_TASK_ID}/8\"") && sweep.contains("#SBATCH --partition=short"))
        let submit = try String(contentsOfFile: out + "/submit.sh", encoding: .utf8)
        #expect(submit.contains("--dependency=afterok:"))
        // The experiment travels with the scripts and runs as a file.
        let copy = try AnarchyProcess.run(["sweep", out + "/experiment.json", "--replications", "1", "--store", out + "/x.sqlite", "--quiet"])
        #expect(copy.status == 0, "\(copy.stderr)")
    }
}
