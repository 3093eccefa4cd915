import AnarchyTestSupport
import Foundation
import Testing

/// README, TUTORIAL, SCENARIOS and EXPERIMENTS followed to the letter (issue 24): every command in
/// their ```sh blocks runs, in order, each document in a fresh temporary directory
/// (`scripts/docs-walkthrough.sh`, with the debug build and `--fast`: fewer replications, the
/// commands and files otherwise as written), so a changed flag, file name or default breaks
/// here instead of in a reader's hands.
@Suite(.timeLimit(.minutes(10)))
struct DocsWalkthroughTests {
    @Test func theDocumentedCommandsRun() throws {
        let script = Repository.root.appendingPathComponent("scripts/docs-walkthrough.sh").path
        let run = try Shell.run("bash '\(script)' --binary '\(AnarchyProcess.executable.path)' --fast")
        #expect(run.status == 0, "\(run.output.suffix(3000))")
        // Most of the documents' commands ran; what was skipped says why.
        let summary = run.output.split(separator: "\n").last { $0.hasPrefix("docs walkthrough: ") }.map(String.init) ?? ""
        let ran = summary.split(separator: " ").dropFirst(2).first.flatMap { Int($0) } ?? 0
        #expect(ran >= 60, "\(summary)")
        #expect(!run.output.contains("FAILED"))
    }
}
