import AnarchyTestSupport
import Foundation
import Testing

/// `anarchy run --report` rendered in a real browser: headless Chromium (installed by
/// scripts/setup.sh from the system's packages; the tests only look on PATH) loads the page with
/// no console errors, the DOM holds the four charts with their lines, and the screenshot is not
/// blank — far larger than a blank page's of the same size.
@Suite(.timeLimit(.minutes(10)))
struct ReportBrowserTests {
    static let chromium: String? = browser("chromium")
    static let firefox: String? = browser("firefox")

    /// The browser's path (chromium or firefox) if one is on PATH (scripts/setup.sh installs them;
    /// the tests only look).
    static func browser(_ name: String) -> String? {
        let candidates = name == "firefox" ? ["firefox-esr", "firefox"] : ["chromium", "chromium-browser", "google-chrome"]
        let found = try? Shell.run(candidates.map { "command -v \($0)" }.joined(separator: " || "))
        guard let found, found.status == 0, let path = found.output.split(separator: "\n").first.map(String.init), path.hasPrefix("/") else { return nil }
        return path
    }

    @Test("the run report renders in headless Chromium", .enabled(if: Requirement.chromium.runs(available: chromium != nil), "needs Chromium (scripts/setup.sh installs it)"))
    func runReportRendersInChromium() throws {
        let browser = try #require(Self.chromium)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try AnarchyProcess.run(["run", "europe-1914", "--report", dir + "/report.html"])
        #expect(run.status == 0, "\(run.stderr)")
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: dir + "/blank.html", atomically: true, encoding: .utf8)
        let flags = "--headless --no-sandbox --hide-scrollbars --disable-gpu --window-size=1200,2400"
        let dom = try Shell.run("'\(browser)' \(flags) --enable-logging=stderr --v=0 --dump-dom 'file://\(dir)/report.html'")
        #expect(dom.status == 0, "\(dom.output.suffix(2000))")
        #expect(dom.output.components(separatedBy: "<svg").count - 1 == 4 && dom.output.components(separatedBy: "<polyline").count - 1 == 6)
        #expect(dom.output.contains("Anarchy run: europe-1914") && dom.output.contains("Key events") && dom.output.contains("Germany"))
        #expect(!dom.output.contains("CONSOLE") && !dom.output.contains("Uncaught"), "console messages: \(dom.output.suffix(2000))")
        for page in ["report", "blank"] {
            let shot = try Shell.run("cd '\(dir)' && '\(browser)' \(flags) --screenshot='\(dir)/\(page).png' 'file://\(dir)/\(page).html'")
            #expect(shot.status == 0, "\(shot.output.suffix(2000))")
        }
        let report = try Data(contentsOf: URL(fileURLWithPath: dir + "/report.png")), blank = try Data(contentsOf: URL(fileURLWithPath: dir + "/blank.png"))
        #expect(report.starts(with: [0x89, 0x50, 0x4E, 0x47]) && blank.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(report.count > 10 * blank.count, "report \(report.count) bytes, blank \(blank.count)")
    }
}

/// `anarchy report STORE`: an experiment's results as a page — phase diagrams for two crossed
/// factors, means with intervals, the summaries and the inputs — and in a real browser.
@Suite(.timeLimit(.minutes(10)))
struct ExperimentReportTests {
    static func store() throws -> (dir: String, store: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("experiment-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let sweep = try AnarchyProcess.run(["sweep", "four-worlds", "--store", dir + "/fw.sqlite", "--replications", "2", "--threads", "1", "--quiet"])
        #expect(sweep.status == 0, "\(sweep.stderr)")
        return (dir, dir + "/fw.sqlite")
    }

    @Test func reportOfASweep() throws {
        let (dir, store) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try AnarchyProcess.run(["report", store, "--out", dir + "/fw.html"])
        #expect(made.status == 0 && made.stdout.contains("four-worlds, 4 design points, 8 runs"), "\(made.stderr)")
        let html = try String(contentsOfFile: dir + "/fw.html", encoding: .utf8)
        #expect(html.components(separatedBy: "class=\"chart heatmap\"").count - 1 == 6 && html.components(separatedBy: "class=\"chart intervals\"").count - 1 == 6)
        #expect(html.contains("Phase diagram: mean wars") && html.contains("experiment definition (JSON)") && !html.contains("<script"))
        // Time series with bands: the stored runs replayed from their seeds, digests matching.
        #expect(html.contains("Spiral index by design point") && html.components(separatedBy: "class=\"band\"").count - 1 == 8)
        #expect(html.contains("8 stored runs replayed from their seeds; every replay&#39;s digest equals the stored one"))
        let missing = try AnarchyProcess.run(["report", dir + "/none.sqlite", "--out", dir + "/x.html"])
        #expect(missing.status == 2 && missing.stderr.contains("none.sqlite: no such results store"))
    }

    @Test("the experiment report renders in headless Chromium", .enabled(if: Requirement.chromium.runs(available: ReportBrowserTests.chromium != nil), "needs Chromium (scripts/setup.sh installs it)"))
    func experimentReportRendersInChromium() throws {
        let browser = try #require(ReportBrowserTests.chromium)
        let (dir, store) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try AnarchyProcess.run(["report", store, "--out", dir + "/fw.html"]).status == 0)
        let dom = try Shell.run("'\(browser)' --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 --dump-dom 'file://\(dir)/fw.html'")
        #expect(dom.status == 0 && dom.output.components(separatedBy: "class=\"cell\"").count - 1 == 24, "\(dom.output.suffix(1500))")
        #expect(!dom.output.contains("CONSOLE") && !dom.output.contains("Uncaught"))
    }
}
