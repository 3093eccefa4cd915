import AnarchyReports
import AnarchyRecords
import AnarchyCore
import AnarchyDebate
import AnarchyScenarioFiles
import ArgumentParser

/// `anarchy debate`: the two schools' claims as experiments with measured verdicts (docs/DEBATE.md).
struct DebateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debate",
        abstract: "Run the debate's claims and print the verdict table (with --out: JSON, runs and an HTML report).",
        discussion: """
            Each claim is a declarative experiment (a claim file): a base scenario, tests that \
            compare a metric between a control and a treatment condition run with the same seeds, \
            and parameters swept to find where the claim holds and where it flips. Verdicts: \
            supported (holds at every level tested), contradicted (fails at every one), \
            inconclusive, untestable (the metric undefined in most runs), depends (the boundary is \
            printed). Each claim also runs over a sample of the whole parameter space and a \
            matrix of model variants (war model × geography × size), which are reported beside \
            the verdict and do not vote. --quick runs few replications (seconds in a release \
            build); the full run states its time. Results are identical on any number of threads.
            """)

    @Flag(name: .customLong("quick"), help: "Few replications per condition (each claim's quick:) and a 16-point sample, for a first look in seconds.")
    var quick = false

    @Option(name: .customLong("claim"), help: ArgumentHelp("A built-in claim's number (1–\(BuiltinClaims.texts.count)) or a claim file; repeat for several (default: every built-in claim).", valueName: "n|file"))
    var claims: [String] = []

    @Option(name: .customLong("out"), help: ArgumentHelp("Write debate.json, runs.csv and report.html into this directory (created if needed).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("replications"), help: ArgumentHelp("Replications per condition and level for every claim (overrides the files').", valueName: "n"))
    var replications: String?

    @Option(name: .customLong("threads"), help: ArgumentHelp("Runs in flight at once (default: all cores).", valueName: "n"))
    var threads: String?

    @Option(name: .customLong("samples"), help: ArgumentHelp("Points of each claim's robustness sample, a Latin hypercube over the system parameters no test sets (default: 16 with --quick, 64 otherwise; 0: none).", valueName: "n"))
    var samples: String?

    @Flag(name: .customLong("no-variants"), help: "Skip the model variants (war model × geography × size; docs/DEBATE.md).")
    var noVariants = false

    @Flag(name: .customLong("json"), help: "Print the results as one JSON object instead of the table.")
    var json = false

    @Flag(name: .customLong("list"), help: "List the built-in claims and exit.")
    var list = false

    @Option(name: .customLong("export"), help: ArgumentHelp("Print built-in claim N's file (to copy and change) and exit.", valueName: "n"))
    var export: String?

    @Flag(name: .customLong("quiet"), help: "No progress line.")
    var quiet = false

    func run() throws {
        if list {
            for source in try Self.builtins() {
                Console.out("\(source.claim.number)  \(source.claim.school.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(source.claim.title)\n")
            }
            return
        }
        if let export {
            let n = try FlagValue.whole(export, flag: "--export", default: 1, range: 1...BuiltinClaims.texts.count)
            Console.out(BuiltinClaims.file(n))
            return
        }
        let sources = try claims.isEmpty ? Self.builtins() : claims.map(Self.source)
        let reps = try replications.map { try FlagValue.whole($0, flag: "--replications", default: 2, range: 2...ClaimFile.maximumReplications) }
        let workers = try threads.map { try FlagValue.whole($0, flag: "--threads", default: 1, range: 1...4096) } ?? Console.processorCount
        let points = try samples.map { try FlagValue.whole($0, flag: "--samples", default: 16, range: 0...10_000) } ?? DebateRunner.samplePoints(quick: quick)
        if let out { try OutputDirectory.create(out, flag: "--out") }
        let progress = Progress(total: 1, unit: "run", quiet: quiet, every: 1)
        var results: DebateResults
        do {
            if !quiet {
                let planned = try DebateRunner.preview(sources, quick: quick, replications: reps, samples: points, variants: !noVariants, threads: workers)
                Console.error("\(sources.count) claim\(sources.count == 1 ? "" : "s"), \(planned.runs) runs on \(workers) thread\(workers == 1 ? "" : "s")\(quick ? " (quick)" : ""), about \(Self.duration(planned.seconds))…")
            }
            results = try DebateRunner.run(sources, quick: quick, replications: reps, threads: workers, version: AnarchyVersion.string, samples: points, variants: !noVariants
            ) { done, total in
                progress.advance(done: done, of: total)
            }
        } catch {
            throw RuntimeFailure(error.description)
        }
        progress.finish()
        results.manifest = BuildManifest.current.json(threads: workers)
        if json {
            Console.out(results.json().text + "\n")
        } else {
            Console.out(VerdictTable.text(results))
            Console.out("\(results.runCount) runs in \(Self.duration(results.seconds)) on \(workers) thread\(workers == 1 ? "" : "s")\n")
        }
        if let out {
            try TextFile.write(results.json().text + "\n", to: out + "/debate.json", flag: "--out")
            try TextFile.write(results.runsCSV, to: out + "/runs.csv", flag: "--out")
            try TextFile.write(DebateReport.html(results), to: out + "/report.html", flag: "--out")
            if !json { Console.out("wrote \(out)/report.html, \(out)/debate.json, \(out)/runs.csv\n") }
        }
    }

    /// "2.1 s", "28 s", "3 min 5 s": a duration for people (a decimal under 10 s, not "0 s").
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "an unknown time" }
        if seconds < 10 { return "\(PlainNumber.text((seconds * 10).rounded() / 10)) s" }
        let whole = Int(seconds.rounded())
        return whole < 120 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    static func builtins() throws -> [ClaimSource] {
        do { return try BuiltinClaims.all() } catch { throw RuntimeFailure("a built-in claim does not read: \(error.description)") }
    }

    /// `--claim` as a built-in's number or a claim file's path.
    static func source(_ argument: String) throws -> ClaimSource {
        if let n = Int(argument) {
            guard (1...BuiltinClaims.texts.count).contains(n) else {
                throw UsageError("--claim \(argument): built-in claims are 1…\(BuiltinClaims.texts.count) (or give a claim file)")
            }
            return try builtins()[n - 1]
        }
        let text = try TextFile.read(argument, flag: "--claim")
        let directory = argument.lastIndex(of: "/").map { String(argument[...$0]) } ?? ""
        do {
            return ClaimSource(claim: try ClaimFile.parse(text, loadScenario: ExperimentSource.baseLoader(directory: directory)), text: text)
        } catch {
            throw UsageError("--claim \(argument): \(error.description)")
        }
    }
}
