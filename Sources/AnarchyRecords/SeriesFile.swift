import AnarchyCore
import AnarchyWorld

/// The per-tick series as CSV: the spec's header, then one row per tick; every number written
/// in its shortest round-trip form, so it parses back to the same binary64.
public final class SeriesFile {
    private let file: CSVLineFile

    /// Opens (creates or truncates) `path` and writes the header.
    /// - Throws: `UsageError` naming the path and the system's reason if it cannot be opened.
    public init(path: String) throws(UsageError) {
        guard !path.isEmpty else { throw UsageError("--series: got '' (empty); must be a file path") }
        file = try CSVLineFile(path: path, flag: "--series", header: TickMetrics.csvHeader)
    }

    /// Appends one row.
    public func write(_ m: TickMetrics) { file.write(Self.row(m)) }

    /// One tick's row, in the header's order.
    public static func row(_ m: TickMetrics) -> String {
        "\(m.tick),\(m.alive),\(m.wars),\(m.meanShare),\(m.spiral),\(m.offense),\(m.defense),\(m.wealth)"
    }

    /// Flushes and reports any write error that happened on the way.
    public func finish() throws(RuntimeFailure) { try file.finish() }
}
