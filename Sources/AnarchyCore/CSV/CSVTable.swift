/// A CSV file as COW distributes its data: a header and rows of fields, read whatever the file's
/// line endings (LF, CRLF, or CR alone as in old Mac files), in UTF-8 or, when the bytes are not
/// UTF-8, Latin-1; fields may be quoted (`"…"`, with `""` for a quote and line breaks inside).
/// The table remembers its dialect — encoding, line ending, final newline, which fields were
/// quoted — so ``bytes()`` writes the file back byte for byte.
public struct CSVTable: Sendable, Equatable {
    public enum LineEnding: String, Sendable { case lf = "\n", crlf = "\r\n", cr = "\r" }
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", latin1 = "Latin-1" }

    /// The file's name, for error messages.
    public let file: String
    public let header: [String]
    public let rows: [[String]]
    /// The line each row starts on (the header is line 1).
    public let lines: [Int]
    public let lineEnding: LineEnding
    public let encoding: Encoding
    public let endsWithNewline: Bool
    /// Which fields were quoted, header first, and the line break after each record (files may
    /// mix them) — for writing the file back as it was.
    let quoted: [[Bool]]
    let breaks: [LineEnding]

    /// The index of the column named `name` (exact match), if any.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Parses a file's bytes.
    /// - Throws: ``DataError`` for an empty file, an unterminated quote, text after a closing
    ///   quote, or a row whose number of fields differs from the header's — with the line.
    public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> CSVTable {
        // Separators, quotes and line breaks are ASCII, so the bytes are split as they are and
        // each field decoded on its own: UTF-8 when the whole file is, else Latin-1.
        let encoding: Encoding = Self.isUTF8(bytes) ? .utf8 : .latin1
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }  // a byte-order mark is not data
        guard start < bytes.count else { throw DataError(file: file, "the file is empty (no header)") }
        let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var ending = LineEnding.lf
        if let k = bytes[start...].firstIndex(where: { $0 == cr || $0 == lf }) {
            ending = bytes[k] == lf ? .lf : (k + 1 < bytes.count && bytes[k + 1] == lf ? .crlf : .cr)
        }
        func decode(_ range: Range<Int>) -> String {
            switch encoding {
            case .utf8: return String(decoding: bytes[range], as: UTF8.self)
            case .latin1: return String(String.UnicodeScalarView(bytes[range].map { Unicode.Scalar($0) }))
            }
        }
        var records: [[String]] = [], flags: [[Bool]] = [], starts: [Int] = []
        var record: [String] = [], recordFlags: [Bool] = []
        var line = 1, recordLine = 1
        var i = start
        var endsWithNewline = false
        var breaks: [LineEnding] = []
        let n = bytes.count
        while i <= n {
            // One field starts at i.
            if i < n && bytes[i] == quote {
                var value: [UInt8] = []
                var k = i + 1
                var closed = false
                while k < n {
                    let b = bytes[k]
                    if b == quote {
                        if k + 1 < n && bytes[k + 1] == quote {
                            value.append(quote)
                            k += 2
                            continue
                        }
                        closed = true
                        k += 1
                        break
                    }
                    if b == lf || (b == cr && !(k + 1 < n && bytes[k + 1] == lf)) { line += 1 }
                    value.append(b)
                    k += 1
                }
                guard closed else { throw DataError(file: file, line: recordLine, "a quoted field is never closed") }
                if k < n && bytes[k] != comma && bytes[k] != cr && bytes[k] != lf {
                    throw DataError(file: file, line: line, "text after a closing quote")
                }
                record.append(encoding == .utf8 ? String(decoding: value, as: UTF8.self) : String(String.UnicodeScalarView(value.map { Unicode.Scalar($0) })))
                recordFlags.append(true)
                i = k
            } else {
                var k = i
                while k < n && bytes[k] != comma && bytes[k] != cr && bytes[k] != lf { k += 1 }
                record.append(decode(i..<k))
                recordFlags.append(false)
                i = k
            }
            // After the field: a comma, a line break, or the end.
            if i < n && bytes[i] == comma {
                i += 1
                continue
            }
            records.append(record)
            flags.append(recordFlags)
            starts.append(recordLine)
            record = []
            recordFlags = []
            if i >= n { break }
            let crlf = bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf
            breaks.append(crlf ? .crlf : bytes[i] == cr ? .cr : .lf)
            i += crlf ? 2 : 1
            line += 1
            recordLine = line
            if i == n {
                endsWithNewline = true
                break
            }
        }
        let header = records[0]
        for (k, row) in records.enumerated().dropFirst() where row.count != header.count {
            throw DataError(file: file, line: starts[k], "\(row.count) fields, but the header has \(header.count)")
        }
        return CSVTable(
            file: file, header: header, rows: Array(records.dropFirst()), lines: Array(starts.dropFirst()), lineEnding: ending,
            encoding: encoding, endsWithNewline: endsWithNewline, quoted: flags, breaks: breaks)
    }

    /// Whether the bytes are well-formed UTF-8.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            guard length > 0, i + length <= n else { return false }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// The file as it was read: same encoding, line endings, quoting and final newline.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        func append(_ value: String) {
            switch encoding {
            case .utf8: out.append(contentsOf: value.utf8)
            case .latin1: for s in value.unicodeScalars { out.append(UInt8(truncatingIfNeeded: s.value)) }
            }
        }
        for (k, record) in ([header] + rows).enumerated() {
            if k > 0 { out.append(contentsOf: breaks[k - 1].rawValue.utf8) }
            for (f, value) in record.enumerated() {
                if f > 0 { out.append(0x2C) }
                if quoted[k][f] {
                    out.append(0x22)
                    append(value.replacingQuotes)
                    out.append(0x22)
                } else {
                    append(value)
                }
            }
        }
        if endsWithNewline, let last = breaks.last { out.append(contentsOf: last.rawValue.utf8) }
        return out
    }

}

extension String {
    /// With every `"` doubled, as CSV quotes it.
    fileprivate var replacingQuotes: String {
        guard contains("\"") else { return self }
        var out = ""
        for c in self {
            if c == "\"" { out.append("\"") }
            out.append(c)
        }
        return out
    }
}
