import AnarchyCore
import AnarchyTestSupport
import Foundation
import Testing

/// `anarchy history` and `anarchy data` on the COW fixtures (AnarchyDataTests' own files).
@Suite(.timeLimit(.minutes(10)))
struct HistoryCommandTests {
    static let fixtures: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AnarchyDataTests/Fixtures/cow").path

    @Test func historyWritesAScenarioThatRuns() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(getpid()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let made = try AnarchyProcess.run(["history", "--data", Self.fixtures, "--year", "1901", "--out", out, "--ticks", "5"])
        #expect(made.status == 0 && made.stdout.contains("4 states"), "\(made.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# Built by `anarchy history") && text.contains("major: true"))
        let run = try AnarchyProcess.run(["run", out])
        #expect(run.status == 0 && run.stdout.contains("history-1901-europe: 4 states"), "\(run.stderr)")
        let printed = try AnarchyProcess.run(["history", "--data", Self.fixtures, "--year", "1900"])
        #expect(printed.status == 0 && printed.stdout.contains("name: \"history-1900-europe\""))
    }

    @Test("bad flags and data are usage errors naming the place", arguments: [
        (["--year", "1900", "--region", "mars"], "--region: got 'mars'; must be one of europe, americas, africa, middle-east, asia, all"),
        (["--year", "nineteen"], "--year"),
        (["--year", "1850"], "0 states of region europe in the system in 1850"),
    ])
    func historyErrors(arguments: [String], message: String) throws {
        let result = try AnarchyProcess.run(["history", "--data", Self.fixtures] + arguments)
        #expect(result.status == 2 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func missingDataDirectory() throws {
        let result = try AnarchyProcess.run(["history", "--data", "/nonexistent/cow", "--year", "1913"])
        #expect(result.status == 2 && result.stderr.contains("no State System Membership v2016 (state-years) file: looked for \"system2016.csv\""), "\(result.stderr)")
    }

    @Test func dataListsWhatItFinds() throws {
        let result = try AnarchyProcess.run(["data", "--data", Self.fixtures, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("{\"dataset\":\"capabilities\",\"title\":\"National Material Capabilities v6.0 (state-years)\",\"file\":\"NMC-60-abridged.csv\",\"rows\":9,\"years\":[1900,1901],\"line_endings\":\"CRLF\",\"encoding\":\"UTF-8\"}"))
        #expect(result.stdout.contains("\"dataset\":\"disputes\"") && result.stdout.contains("no Militarized Interstate Disputes v5.0 (disputes) file"))
        // A broken file is reported with its line and column, exit status 2.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cow-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "stateabb,ccode,year,version\nUSA,2,18x6,2016\n".write(toFile: directory + "/system2016.csv", atomically: true, encoding: .utf8)
        let broken = try AnarchyProcess.run(["data", "--data", directory])
        #expect(broken.status == 2 && broken.stdout.contains("INVALID — system2016.csv, line 2, column year: \"18x6\" is not a whole number"), "\(broken.stdout)")
    }
}

/// `anarchy run` tells identities and communities when those mechanisms are on.
@Suite(.timeLimit(.minutes(10)))
struct RelationsSummaryTests {
    @Test func runSummaryTellsIdentitiesAndCommunities() throws {
        let result = try AnarchyProcess.run(["run", "growing-community"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  identities           ") && result.stdout.contains("  communities          1 standing (1 formed, 0 dissolved), largest 6"))
        #expect(result.stdout.contains("security community #1 formed: Ana, Ben"))
    }
}

/// `anarchy backtest|calibrate --report FILE` on the fixtures: the fit and the scores as a page,
/// and the page in headless Chromium.
@Suite(.timeLimit(.minutes(10)))
struct HistoryReportTests {
    @Test func backtestAndCalibrationReports() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let backtest = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "1901", "--seeds", "20", "--report", dir + "/bt.html"])
        #expect(backtest.status == 0, "\(backtest.stderr)")
        let html = try String(contentsOfFile: dir + "/bt.html", encoding: .utf8)
        #expect(html.contains("Calibration: the stylised facts of 1900–1900") && html.contains("Backtest: dispute onset in 1901–1901, out of sample"))
        #expect(html.contains("8 politically relevant dyad-years, 1 dispute onsets") && html.contains("baseline (logistic)") && !html.contains("<script"))
        // The fit chart, and a calibration curve for the model, the baseline and the hybrid.
        #expect(html.components(separatedBy: "class=\"chart intervals\"").count - 1 == 4)
        let calibrate = try AnarchyProcess.run(["calibrate", "--data", HistoryCommandTests.fixtures, "--years", "1900", "--seeds", "5", "--report", dir + "/cal.html"])
        #expect(calibrate.status == 0, "\(calibrate.stderr)")
        // Not a terminal: milestones only (the first report and each quarter), not a line per round.
        let progress = calibrate.stderr.split(separator: "\n").filter { $0.hasPrefix("calibration: ") }
        #expect((1...5).contains(progress.count) && progress.last?.hasSuffix(" parameter points") == true, "\(calibrate.stderr)")
        let backtestProgress = backtest.stderr.split(separator: "\n").filter { $0.hasPrefix("calibration: ") || $0.hasPrefix("backtest: ") }
        #expect((2...10).contains(backtestProgress.count), "\(backtest.stderr)")
        let fit = try String(contentsOfFile: dir + "/cal.html", encoding: .utf8)
        #expect(fit.contains("The nearest grid points") && !fit.contains("Backtest:"))
        // Missing directories are created (issue 24, item 3); a file in the way is refused.
        let nested = try AnarchyProcess.run(["calibrate", "--data", HistoryCommandTests.fixtures, "--years", "1900", "--seeds", "2", "--report", dir + "/new/dir/x.html"])
        #expect(nested.status == 0 && FileManager.default.fileExists(atPath: dir + "/new/dir/x.html"), "\(nested.stderr)")
        let unwritable = try AnarchyProcess.run(["calibrate", "--data", HistoryCommandTests.fixtures, "--years", "1900", "--seeds", "2", "--report", dir + "/cal.html/x.html"])
        #expect(unwritable.status == 2 && unwritable.stderr.contains("--report"))
    }

    /// `--memory` on the fixtures: the JSON carries the memory's fit, the placebo and the ablation
    /// (null when no memory was chosen); `calibrate --memory --report` shows the memory's fit; a
    /// directory without the directed dyadic war data is refused with its file named.
    @Test func memoryOnTheFixtures() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-memory-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let backtest = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "1901", "--seeds", "10", "--memory", "--json"])
        #expect(backtest.status == 0, "\(backtest.stderr)")
        let json = try JSONParser.parse(backtest.stdout)
        #expect(json["memory"]?["points"]?.numberValue == 1345, "\(backtest.stdout.prefix(400))")  // 5 × (1 + 2 × 134): one-year and run-up memories, docs/DATA.md
        #expect(json["placebo_delta_auc_ci"] != nil && json["placebo_delta_brier"] != nil && json["without_memory"] != nil)
        let used = json["memory"]?["used"] == .bool(true)
        #expect(used == (json["without_memory"] != .null))
        let calibrate = try AnarchyProcess.run(["calibrate", "--data", HistoryCommandTests.fixtures, "--years", "1900", "--seeds", "2", "--memory", "--report", dir + "/cal.html"])
        #expect(calibrate.status == 0 && calibrate.stdout.contains("memory fit ("), "\(calibrate.stderr)")
        let page = try String(contentsOfFile: dir + "/cal.html", encoding: .utf8)
        #expect(page.contains("The memory&#39;s fit") && page.contains("recurrence relative risk"))
        // Without the war data, --memory is refused; without --memory the same directory serves.
        let partial = dir + "/partial"
        try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: HistoryCommandTests.fixtures) where !name.hasPrefix("directed dyadic war") {
            try FileManager.default.copyItem(atPath: HistoryCommandTests.fixtures + "/" + name, toPath: partial + "/" + name)
        }
        let refused = try AnarchyProcess.run(["calibrate", "--data", partial, "--years", "1900", "--seeds", "2", "--memory"])
        #expect(refused.status == 2 && refused.stderr.contains("directed dyadic war may 2018.csv") && refused.stderr.contains("--memory"), "\(refused.stderr)")
        let plain = try AnarchyProcess.run(["calibrate", "--data", partial, "--years", "1900", "--seeds", "2"])
        #expect(plain.status == 0, "\(plain.stderr)")
    }

    /// `--panel FILE`: the dyad-year panel beside the scores; a place it cannot be written is
    /// refused before the work starts (no calibration progress on stderr).
    @Test func backtestPanel() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-panel-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let backtest = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "1901", "--seeds", "20", "--json", "--panel", dir + "/out/panel.csv"])
        #expect(backtest.status == 0, "\(backtest.stderr)")
        let lines = try String(contentsOfFile: dir + "/out/panel.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "ccode1,ccode2,year,contiguous,log_capability_ratio,allied,major,peace_years,onset,war,model_forecast,baseline_forecast,hybrid_forecast,model_log_odds")
        #expect(lines.count == 1 + 8 && lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 14 })
        #expect(lines.contains { $0.hasPrefix("255,365,1901,1,") })  // the fixture's one onset, keyed by ordered codes
        for (path, reason) in [(dir, "is a directory"), (dir + "/out/panel.csv/x.csv", "--panel")] {
            let refused = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "1901", "--seeds", "20", "--panel", path])
            #expect(refused.status == 2 && refused.stderr.contains(reason) && !refused.stderr.contains("calibration:"), "\(refused.stderr)")
        }
        // Checking the place creates nothing: a refused run leaves no empty directories behind.
        let beyond = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "2500", "--panel", dir + "/new/sub/p.csv"])
        #expect(beyond.status == 2 && !FileManager.default.fileExists(atPath: dir + "/new"), "\(beyond.stderr)")
    }

    /// The backtest's page in a real browser: its charts drawn, no console errors (a test of its
    /// own, so that its skip is reported where Chromium is missing instead of passing unseen).
    @Test("the backtest report renders in headless Chromium", .enabled(if: Requirement.chromium.runs(available: ReportBrowserTests.chromium != nil), "needs Chromium (scripts/setup.sh installs it)"))
    func backtestReportRendersInChromium() throws {
        let browser = try #require(ReportBrowserTests.chromium)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-browser-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let backtest = try AnarchyProcess.run(["backtest", "--data", HistoryCommandTests.fixtures, "--years", "1901", "--seeds", "20", "--report", dir + "/bt.html"])
        try #require(backtest.status == 0, "\(backtest.stderr)")
        let dom = try Shell.run("'\(browser)' --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom 'file://\(dir)/bt.html'")
        #expect(dom.status == 0 && dom.output.components(separatedBy: "class=\"chart intervals\"").count - 1 == 4, "\(dom.output.suffix(1500))")
        #expect(!dom.output.contains("CONSOLE") && !dom.output.contains("Uncaught"))
    }
}
