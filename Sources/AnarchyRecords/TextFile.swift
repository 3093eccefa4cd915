import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a user's input file whole, as UTF-8 text, with a size limit so a wrong path (a device,
/// a huge log) fails with a message instead of exhausting memory.
public enum TextFile {
    /// The largest input file read (64 MiB).
    public static let maximumBytes = 64 << 20

    /// Writes `text` to `path` (created or truncated).
    /// - Throws: `UsageError` naming the flag and the path when it cannot be written.
    public static func write(_ text: String, to path: String, flag: String) throws {
        try OutputDirectory.createParent(of: path, flag: flag)
        guard let file = fopen(path, "w") else { throw UsageError("\(flag) \(path): cannot write (\(String(cString: strerror(errno))))") }
        let ok = fputs(text, file) >= 0
        let closed = fclose(file) == 0
        guard ok && closed else { throw UsageError("\(flag) \(path): write failed (\(String(cString: strerror(errno))))") }
    }

    /// Refuses, before any work, an output path that cannot be written: a directory, an
    /// unwritable file, a parent path through a file, or a nearest existing ancestor directory
    /// that cannot be written. Creates nothing (`write` makes the missing directories later).
    /// - Throws: `UsageError` naming the flag, the path and why.
    public static func checkWritable(_ path: String, flag: String) throws {
        guard !path.isEmpty else { throw UsageError("\(flag): got '' (empty); must be a file path") }
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) != S_IFDIR else { throw UsageError("\(flag) \(path): is a directory; give a file path") }
            guard access(path, W_OK) == 0 else { throw UsageError("\(flag) \(path): cannot write (\(String(cString: strerror(errno))))") }
            return
        }
        // The nearest ancestor that exists must be a directory this process can write in.
        var ancestor = path
        while true {
            guard let slash = ancestor.lastIndex(of: "/") else { ancestor = "."; break }
            ancestor = slash == ancestor.startIndex ? "/" : String(ancestor[..<slash])
            if stat(ancestor, &info) == 0 || ancestor == "/" { break }
        }
        guard stat(ancestor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw UsageError("\(flag) \(path): cannot write: '\(ancestor)' is not a directory")
        }
        guard access(ancestor, W_OK) == 0 else { throw UsageError("\(flag) \(path): cannot write in \(ancestor) (\(String(cString: strerror(errno))))") }
    }

    /// Whether `path` names an existing regular file.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The file's text. Invalid UTF-8 is replaced (the JSON reader then reports where).
    /// - Throws: `UsageError` naming the flag and the path when it cannot be read.
    public static func read(_ path: String, flag: String) throws -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UsageError("\(flag) \(path): cannot open (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw UsageError("\(flag) \(path): not a regular file")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemCall.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw UsageError("\(flag) \(path): read failed (\(String(cString: strerror(errno))))")
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { throw UsageError("\(flag) \(path): larger than \(maximumBytes >> 20) MiB") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
