import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory a command writes into (`--out DIR`), or the directory of a file it writes
/// (`--report FILE`, `--series FILE`): created if missing, with any missing parents (`mkdir -p`).
public enum OutputDirectory {
    /// - Throws: `UsageError` naming the flag when `path` is empty or cannot be created (a
    ///   file of that name is in the way, or permission is refused).
    public static func create(_ path: String, flag: String) throws(UsageError) {
        guard !path.isEmpty else { throw UsageError("\(flag): got '' (empty); must be a directory") }
        if let reason = makeDirectories(path) { throw UsageError("\(flag): cannot create '\(path)': \(reason)") }
    }

    /// Creates the directory `file` would be written in, with its parents (nothing for a bare name).
    public static func createParent(of file: String, flag: String) throws(UsageError) {
        guard let slash = file.lastIndex(of: "/"), slash != file.startIndex else { return }
        if let reason = makeDirectories(String(file[..<slash])) { throw UsageError("\(flag): cannot write '\(file)': \(reason)") }
    }

    /// `mkdir -p`: nil when `path` is a directory at the end, else why not.
    private static func makeDirectories(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return "'\(prefix)': \(String(cString: strerror(errno)))" }
            var info = stat()
            guard stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return "'\(prefix)' exists and is not a directory" }
            prefix += "/"
        }
        return nil
    }
}
