#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory a command writes into (`--out DIR`): created if missing.
enum OutputDirectory {
    /// - Throws: ``UsageError`` naming the flag when `path` is empty or cannot be created.
    static func create(_ path: String, flag: String) throws {
        guard !path.isEmpty else { throw UsageError("\(flag): got '' (empty); must be a directory") }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw UsageError("\(flag): cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
