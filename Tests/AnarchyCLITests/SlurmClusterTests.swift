import AnarchyTestSupport
import Foundation
import Testing

/// The sweep on a real Slurm: the test submits the job array and the merge that `anarchy slurm`
/// writes to a single-node cluster already running on this machine, and the merged store must
/// equal a single-process sweep bit for bit. The test starts and installs nothing: CI's set-up
/// script, run before the tests, provides the cluster with its configuration at
/// ``configuration``; without a cluster answering there it is skipped, saying why.
@Suite("a sweep on a real Slurm cluster", .timeLimit(.minutes(10)))
struct SlurmClusterTests {
    /// The running cluster's slurm.conf: `ANARCHY_SLURM_CONF`, else where scripts/setup.sh puts it.
    static let configuration = ProcessInfo.processInfo.environment["ANARCHY_SLURM_CONF"] ?? "/tmp/anarchy-slurm/slurm.conf"
    /// A cluster answers with an idle or busy node (looked at, never started, here).
    static let available: Bool = FileManager.default.fileExists(atPath: configuration)
        && ((try? Shell.run("sinfo -h -o %T", environment: ["SLURM_CONF": configuration]))
            .map { answer in answer.status == 0 && ["idle", "mixed", "allocated"].contains { answer.output.contains($0) } } ?? false)


    @Test("job array of shards and a dependent merge equal a single-process sweep",
          .enabled(if: Requirement.slurm.runs(available: available), "needs a running single-node Slurm cluster configured at \(configuration) (scripts/setup.sh starts one as root)"))
    func shardsOnSlurm() throws {
        try #require(Self.available, "ANARCHY_REQUIRE names slurm, but no Slurm cluster answers at \(Self.configuration) (scripts/setup.sh starts one as root)")
        let dir = SweepCommandTests.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = ["SLURM_CONF": Self.configuration]
        let file = try SweepCommandTests.experimentFile(in: dir, replications: 6)
        let job = dir.appendingPathComponent("job").path
        let write = try AnarchyProcess.run(["slurm", file, "--shards", "3", "--dir", job, "--anarchy", AnarchyProcess.executable.path])
        try #require(write.status == 0, "\(write.stderr)")
        let submit = try Shell.run("bash '\(job)/submit.sh'", environment: environment)
        try #require(submit.status == 0, "\(submit.output)")
        var waited = 0
        while waited < 300 {
            let queue = try Shell.run("squeue -h", environment: environment)
            if queue.status == 0 && queue.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { break }
            usleep(500_000)
            waited += 1
        }
        let logs = (try? Shell.run("tail -n 5 '\(job)'/logs/*.out").output) ?? ""
        let merged = job + "/results.sqlite"
        try #require(FileManager.default.fileExists(atPath: merged), "no merged store; logs: \(logs)")
        let single = dir.appendingPathComponent("single.sqlite").path
        #expect(try AnarchyProcess.run(["sweep", file, "--store", single, "--quiet"]).status == 0)
        #expect(try SweepCommandTests.csv(merged, ["--runs"]) == SweepCommandTests.csv(single, ["--runs"]))
        #expect(try SweepCommandTests.csv(merged) == SweepCommandTests.csv(single))
    }
}
