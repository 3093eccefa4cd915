/// Writing CSV (RFC 4180): the one quoting rule every CSV the project writes follows — run
/// records, the debate's `runs.csv`, result tables. ``CSVTable`` is the one reader.
public enum CSV {
    /// A field as written: quoted (with doubled quotes) when it holds a comma, a quote or a line
    /// break, else as it is.
    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
