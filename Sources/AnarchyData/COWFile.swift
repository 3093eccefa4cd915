import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One dataset's file, read and checked against ``COWDataset/columns``: typed access by column
/// name, COW's missing-value codes decoded.
public struct COWFile: Sendable {
    public let dataset: COWDataset
    public let table: CSVTable
    /// Column index by name, for the checked columns.
    private let index: [String: Int]

    /// Checks `table` against `dataset`'s columns.
    /// - Throws: `DataError` naming the first missing column, or the first value of the wrong
    ///   kind with its line and column.
    public init(_ dataset: COWDataset, table: CSVTable) throws(DataError) {
        var index: [String: Int] = [:]
        for (name, _) in dataset.columns {
            guard let k = table.column(name) else {
                throw DataError(file: table.file, line: 1, "no column \"\(name)\" (a \(dataset.title) file needs \(dataset.columns.map(\.name).joined(separator: ", ")))")
            }
            index[name] = k
        }
        for (r, row) in table.rows.enumerated() {
            for (name, kind) in dataset.columns {
                let text = row[index[name]!]
                guard Self.matches(text, kind) else {
                    throw DataError(file: table.file, line: table.lines[r], column: name, "\"\(text)\" is not \(Self.describe(kind))")
                }
            }
        }
        self.dataset = dataset
        self.table = table
        self.index = index
    }

    /// Reads `dataset` from `directory` under the first of its file names that exists.
    /// - Throws: `DataError` when no file is there (naming the names tried), it cannot be read,
    ///   or it does not check.
    public static func load(_ dataset: COWDataset, from directory: String) throws(DataError) -> COWFile {
        guard let name = dataset.fileNames.first(where: { access(directory + "/" + $0, F_OK) == 0 }) else {
            throw DataError(file: directory, "no \(dataset.title) file: looked for \(dataset.fileNames.map { "\"\($0)\"" }.joined(separator: " or "))")
        }
        let bytes = try DataFile.read(directory + "/" + name)
        return try COWFile(dataset, table: CSVTable.parse(bytes, file: name))
    }

    public var count: Int { table.rows.count }

    /// Row r's text in a checked column.
    public func text(_ r: Int, _ column: String) -> String { table.rows[r][index[column]!] }

    /// Row r's whole number in a checked column; nil when blank or a COW missing code (−9, −8, −7).
    public func whole(_ r: Int, _ column: String) -> Int? {
        let value = Self.wholeValue(text(r, column))
        return value.flatMap { $0 == -9 || $0 == -8 || $0 == -7 ? nil : $0 }
    }

    /// Row r's number in a checked column; nil when blank or a COW missing code.
    public func number(_ r: Int, _ column: String) -> Double? {
        let value = Double(text(r, column).trimmingSpaces)
        return value.flatMap { $0 == -9 || $0 == -8 || $0 == -7 ? nil : $0 }
    }

    /// The smallest and largest value of the dataset's year column (nil if it has none or no rows).
    public var yearRange: ClosedRange<Int>? {
        let column = dataset.yearColumn
        guard !column.isEmpty else { return nil }
        var low = Int.max, high = Int.min
        for r in 0..<count { if let y = whole(r, column) { low = Swift.min(low, y); high = Swift.max(high, y) } }
        return low <= high ? low...high : nil
    }

    static func wholeValue(_ text: String) -> Int? {
        let t = text.trimmingSpaces
        if let v = Int(t) { return v }
        if let d = Double(t), d == d.rounded(), abs(d) < 1e15 { return Int(d) }  // "1816.0" as some exports write it
        return nil
    }

    static func matches(_ text: String, _ kind: COWDataset.Kind) -> Bool {
        switch kind {
        case .text: true
        case .whole: wholeValue(text) != nil
        case .wholeOrBlank: text.trimmingSpaces.isEmpty || wholeValue(text) != nil
        case .number: Double(text.trimmingSpaces).map { $0.isFinite } ?? false
        case .numberOrBlank: text.trimmingSpaces.isEmpty || (Double(text.trimmingSpaces).map { $0.isFinite } ?? false)
        }
    }

    static func describe(_ kind: COWDataset.Kind) -> String {
        switch kind {
        case .text: "text"
        case .whole: "a whole number"
        case .wholeOrBlank: "a whole number or blank"
        case .number: "a number"
        case .numberOrBlank: "a number or blank"
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

/// Reading a whole file with POSIX calls (the data layer has no Foundation).
enum DataFile {
    static let maximumBytes = 512 << 20

    static func read(_ path: String) throws(DataError) -> [UInt8] {
        guard let handle = fopen(path, "rb") else {
            throw DataError(file: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, handle)
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if bytes.count > maximumBytes { throw DataError(file: path, "larger than \(maximumBytes >> 20) MiB: not a COW file") }
            if n < buffer.count {
                if ferror(handle) != 0 { throw DataError(file: path, "read error: \(String(cString: strerror(errno)))") }
                break
            }
        }
        return bytes
    }
}
