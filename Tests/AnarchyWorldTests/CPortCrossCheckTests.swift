import AnarchyTestSupport
import AnarchyWorld
import Foundation
import Testing

/// A third route: the C port of the spec in Benchmarks/c (built here with the benchmark's flags)
/// must print the engine's digests. Skipped, with its reason, where no C compiler is installed; a
/// C file that no longer compiles fails the test.
@Suite("SDW-1 versus the C port", .timeLimit(.minutes(10)))
struct CPortCrossCheckTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The C compiler, if one is installed.
    static let compiler = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first(where: FileManager.default.isExecutableFile)

    /// Builds the C port with the benchmark's flags; a failure to compile is an error, not a skip.
    static func compile(with cc: String) throws -> URL {
        let source = repository.appendingPathComponent("Benchmarks/c/sdw1.c")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-sdw1-c-\(getpid())")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cc)
        process.arguments = ["-O2", "-fno-fast-math", "-ffp-contract=off", "-o", output.path, source.path, "-lm"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CompileFailed(status: process.terminationStatus) }
        return output
    }

    struct CompileFailed: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "\(compiler ?? "cc") could not build Benchmarks/c/sdw1.c (exit \(status))" }
    }

    static func arguments(_ p: SDW1Parameters) -> [String] {
        ["--n", "\(p.n)", "--k", "\(p.k)", "--ticks", "\(p.ticks)", "--seed", "\(p.seed)",
         "--p-greedy", "\(p.pGreedy)", "--beta", "\(p.beta)", "--delta", "\(p.delta)", "--sigma", "\(p.sigma)",
         "--growth", "\(p.growth)", "--burden", "\(p.burden)", "--s0", "\(p.s0)", "--s-greedy", "\(p.sGreedy)",
         "--s-max", "\(p.sMax)", "--kappa", "\(p.kappa)", "--phi-greedy", "\(p.phiGreedy)", "--rho", "\(p.rho)",
         "--attack-ratio", "\(p.attackRatio)", "--spoils", "\(p.spoils)", "--attrition", "\(p.attrition)",
         "--conquest", "\(p.conquest)"]
    }

    @Test("random valid parameter sets give the C port's digests", .enabled(if: Requirement.cc.runs(available: compiler != nil), "no C compiler (cc, gcc or clang) to build Benchmarks/c/sdw1.c"))
    func crossCheck() throws {
        let binary = try Self.compile(with: try #require(Self.compiler))
        defer { try? FileManager.default.removeItem(at: binary) }
        var checked = 0
        var generator = ParameterGenerator(seed: 99)
        for index in 0..<60 {
            var parameters = generator.next(maxStates: index < 50 ? 50 : 6_000, maxTicks: index < 50 ? 200 : 20)
            if index >= 50 { parameters.k = min(parameters.k, 3) }
            let process = Process()
            let pipe = Pipe()
            process.executableURL = binary
            process.arguments = Self.arguments(parameters)
            process.standardOutput = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let world = try World(parameters: parameters, threads: 2)
            world.run(ticks: parameters.ticks)
            #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == world.digestHex, "\(parameters)")
            checked += 1
        }
        #expect(checked == 60)
    }
}
