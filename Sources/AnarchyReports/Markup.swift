/// Escaping for text placed in HTML or SVG (element content and attribute values).
public enum Markup {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A number for SVG coordinates: two decimals, no exponent.
    static func coordinate(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let scaled = (x * 100).rounded() / 100
        if scaled == scaled.rounded() && abs(scaled) < 1e15 { return String(Int(scaled)) }
        return String(scaled)
    }
}
