import AnarchyRecords
import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the terminal streams. All printing of the CLI goes through here.
enum Console {
    /// Writes `text` to standard output (unbuffered: each call is written at once).
    static func out(_ text: String) { write(text, to: 1) }

    /// The environment variable `name`, if set.
    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// Writes one line to standard error.
    static func error(_ line: String) { write(line + "\n", to: 2) }

    /// Writes all of `text` to a file descriptor, retrying short writes and interruptions.
    /// A closed pipe or full disk on a terminal stream is not worth failing a run over: the
    /// remainder is dropped.
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = SystemCall.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// The number of online processors (at least 1).
    static var processorCount: Int { Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Seconds on a monotonic clock, for progress and timings only (never in results).
    static func monotonicSeconds() -> Double { MonotonicClock.seconds() }
}

extension Console {
    /// Writes `text` to standard error without a newline (progress lines).
    static func errorInline(_ text: String) { write(text, to: 2) }
}
