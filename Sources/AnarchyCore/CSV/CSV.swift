/// Writing CSV (RFC 4180): the one quoting rule every CSV the project writes follows — run
/// records, the debate's `runs.csv`, result tables. ``CSVTable`` is the one reader.
public enum CSV {
    /// A field as written: quoted (with doubled quotes) when it holds a comma, a quote or a line
    /// break, else as it is.
    /// A number as a CSV field for data-frame readers: shortest round-trip form; a missing
    /// value (NaN) as an empty field, the form readr, pandas and Stata read as missing; ±infinity
    /// as `Inf` and `-Inf`, the form R writes and both R and pandas read back.
    public static func number(_ x: Double) -> String {
        x.isFinite ? "\(x)" : (x.isNaN ? "" : (x > 0 ? "Inf" : "-Inf"))
    }

    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
