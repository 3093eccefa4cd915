#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyCore

/// A text file written line by line (CSV here), with the path and the system's reason in errors.
public final class CSVLineFile {
    private let path: String
    private let flag: String
    private let file: UnsafeMutablePointer<FILE>

    /// Creates or truncates `path` and writes `header` as its first line.
    public init(path: String, flag: String, header: String) throws(UsageError) {
        try OutputDirectory.createParent(of: path, flag: flag)
        guard let file = fopen(path, "w") else {
            throw UsageError("\(flag): cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.flag = flag
        self.file = file
        fputs(header + "\n", file)
    }

    deinit { fclose(file) }

    public func write(_ line: String) {
        fputs(line, file)
        fputs("\n", file)
    }

    /// Flushes and reports any write error that happened on the way.
    public func finish() throws(RuntimeFailure) {
        if fflush(file) != 0 || ferror(file) != 0 {
            throw RuntimeFailure("\(flag): writing '\(path)' failed: \(String(cString: strerror(errno)))")
        }
    }
}
