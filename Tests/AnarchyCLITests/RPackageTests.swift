import AnarchyTestSupport
import Foundation
import Testing

/// The R package (r/) as a user meets it (issue 22): installed into a library in a temporary
/// folder (`R CMD INSTALL -l`), then its testthat tests — `anarchy_results("fw.sqlite")` returns a
/// data.frame with the documented columns, and a sweep's row re-run with `anarchy_run` gives its
/// digest — against this build's binary (ANARCHY_BINARY). Needs R with DBI, RSQLite and testthat
/// (Debian's r-base-core, r-cran-dbi, r-cran-rsqlite, r-cran-testthat; scripts/setup.sh installs
/// them as root).
@Suite("the R package", .timeLimit(.minutes(10)))
struct RPackageTests {
    static var available: Bool {
        (try? Shell.run(#"Rscript -e 'quit(status = !all(sapply(c("DBI", "RSQLite", "testthat"), requireNamespace, quietly = TRUE)))'"#))?.status == 0
    }

    @Test("R CMD INSTALL, then the package's testthat tests", .enabled(if: Requirement.r.runs(available: available), "needs R with DBI, RSQLite and testthat (scripts/setup.sh installs Debian's r-cran-* as root)"))
    func installAndTest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-r-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("lib"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = Repository.root.path
        let environment = ["ANARCHY_BINARY": AnarchyProcess.executable.path, "R_LIBS_USER": directory.appendingPathComponent("lib").path]
        let installed = try Shell.run("cd '\(directory.path)' && R CMD INSTALL --no-test-load -l lib '\(root)/r' 2>&1", environment: environment)
        try #require(installed.status == 0, "R CMD INSTALL failed: \(installed.output)")
        let tested = try Shell.run(
            #"cd '\#(directory.path)' && Rscript -e '.libPaths(c("lib", .libPaths())); testthat::test_dir("\#(root)/r/tests/testthat", package = "anarchy", load_package = "installed", stop_on_failure = TRUE)' 2>&1"#,
            environment: environment)
        #expect(tested.status == 0, "\(tested.output)")
        #expect(tested.output.contains("FAIL 0") && tested.output.contains("SKIP 0"), "\(tested.output)")
    }
}
