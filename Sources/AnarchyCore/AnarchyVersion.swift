#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The version of Anarchy: printed by `anarchy --version`, recorded with every result, bumped in
/// CHANGELOG.md and CITATION.cff together (a test checks that the three agree).
public enum AnarchyVersion {
    public static let string = "0.5.0"

    /// The git commit this binary was built from (read from the checkout's `.git` at build time by
    /// the EmbedFiles plugin), or nil when it was built from a copy without one.
    public static var commit: String? { EmbeddedFiles.gitCommit }

    /// "0.5.0 (commit 0123456789ab)", or "0.5.0 (built outside a git checkout)".
    public static var described: String {
        "\(string) (" + (commit.map { "commit \($0.prefix(12))" } ?? "built outside a git checkout") + ")"
    }
}

/// What someone needs to reproduce a number: the version and commit, the compiler, the C library
/// (whose `log`, `cos` and `exp` the digests follow), the platform, and — given by the caller —
/// the command line and the thread count. Recorded in `run.json`, `debate.json` and the results
/// store. Results never depend on the thread count; it is recorded for timings.
public struct BuildManifest: Sendable, Equatable {
    public let version: String
    public let commit: String?
    /// The Swift compiler's language version ("6.3"), from the compiler the binary was built with.
    public let swift: String
    /// "glibc 2.36", "musl" or "Darwin libSystem".
    public let cLibrary: String
    /// The operating system, its release and the machine ("Linux 6.1.0-18-amd64 x86_64").
    public let platform: String

    /// This process's build and machine.
    public static let current = BuildManifest(
        version: AnarchyVersion.string, commit: AnarchyVersion.commit, swift: compilerVersion, cLibrary: cLibraryVersion, platform: platformName)

    /// The manifest with a run's command line (by default this process's) and threads, as JSON.
    public func json(commandLine: [String] = CommandLine.arguments, threads: Int) -> JSONValue {
        .object([
            ("version", .string(version)), ("commit", commit.map(JSONValue.string) ?? .null), ("swift", .string(swift)),
            ("c_library", .string(cLibrary)), ("platform", .string(platform)),
            ("command_line", .array(commandLine.map(JSONValue.string))), ("threads", .integer(threads)),
        ])
    }

    private static var compilerVersion: String {
        #if compiler(>=6.4)
        "6.4 or later"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }

    private static var cLibraryVersion: String {
        #if canImport(Glibc)
        var buffer = [CChar](repeating: 0, count: 64)
        let length = confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count)  // "glibc 2.36"
        return length > 0 && length <= buffer.count ? String(decoding: buffer.prefix(length - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self) : "glibc"
        #elseif canImport(Musl)
        return "musl"
        #else
        return "Darwin libSystem"
        #endif
    }

    private static var platformName: String {
        var names = utsname()
        guard uname(&names) == 0 else { return "unknown" }
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(text(names.sysname)) \(text(names.release)) \(text(names.machine))"
    }
}
