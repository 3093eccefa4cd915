import AnarchyTestSupport
import Foundation
import Testing

@Suite("anarchy help and run", .timeLimit(.minutes(10)))
struct HelpAndRunTests {
    @Test("anarchy --help explains the tool and lists the commands")
    func rootHelp() throws {
        let result = try AnarchyProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("security dilemma"))
        #expect(result.stdout.contains("sdw1"))
        #expect(result.stdout.contains("run"))
    }

    @Test("anarchy sdw1 --help documents every parameter flag with its meaning and default")
    func sdw1Help() throws {
        let result = try AnarchyProcess.run(["sdw1", "--help"])
        #expect(result.status == 0)
        for flag in ["--n", "--k", "--ticks", "--seed", "--p-greedy", "--beta", "--delta", "--sigma", "--growth",
                     "--burden", "--s0", "--s-greedy", "--s-max", "--kappa", "--phi-greedy", "--rho",
                     "--attack-ratio", "--spoils", "--attrition", "--conquest", "--threads", "--series", "--json"] {
            #expect(result.stdout.contains(flag + " "), "\(flag)")
        }
        #expect(result.stdout.contains("Offense-defense balance"))
        #expect(result.stdout.contains("Default: 1.5"))
    }

    @Test("anarchy run prints a summary, sparklines and the default digest last")
    func run() throws {
        let result = try AnarchyProcess.run(["run"])
        #expect(result.status == 0)
        if ReferencePlatform.isHere { #expect(result.lastLine == "0425bf1bdf2ec5cb") }  // the spec's value: glibc, x86-64
        #expect(result.stdout.contains("spiral"))
        #expect(result.stdout.contains { "▁▂▃▄▅▆▇█".contains($0) })
    }

    @Test("anarchy --version prints the version")
    func version() throws {
        let result = try AnarchyProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }

    @Test("an unknown command is a usage error")
    func unknownCommand() throws {
        let result = try AnarchyProcess.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
