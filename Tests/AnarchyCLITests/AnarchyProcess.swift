import Foundation

/// Runs the built `anarchy` executable (a sibling of the test bundle) as a user would.
enum AnarchyProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var lastLine: String { stdout.split(separator: "\n").last.map(String.init) ?? "" }
    }

    static var executable: URL {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var directory = me.deletingLastPathComponent()
        // The test bundle may sit inside a .xctest directory (Linux: a plain file beside it).
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("anarchy").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("anarchy")
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot fill a pipe and block.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
