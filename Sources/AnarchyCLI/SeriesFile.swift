import AnarchyWorld

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-tick series as CSV: the spec's header, then one row per tick; every number written
/// in its shortest round-trip form, so it parses back to the same binary64.
final class SeriesFile {
    private let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var line = ""

    /// Opens (creates or truncates) `path` and writes the header.
    /// - Throws: ``UsageError`` naming the path and the system's reason if it cannot be opened.
    init(path: String) throws(UsageError) {
        guard !path.isEmpty else { throw UsageError("--series: got '' (empty); must be a file path") }
        guard let file = fopen(path, "w") else {
            throw UsageError("--series: cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.file = file
        fputs(TickMetrics.csvHeader + "\n", file)
    }

    deinit { fclose(file) }

    /// Appends one row.
    func write(_ m: TickMetrics) {
        line.removeAll(keepingCapacity: true)
        line += "\(m.tick),\(m.alive),\(m.wars),\(m.meanShare),\(m.spiral),\(m.offense),\(m.defense),\(m.wealth)\n"
        fputs(line, file)
    }

    /// Flushes and reports any write error that happened on the way.
    func finish() throws(RuntimeFailure) {
        if fflush(file) != 0 || ferror(file) != 0 {
            throw RuntimeFailure("--series: writing '\(path)' failed: \(String(cString: strerror(errno)))")
        }
    }
}
