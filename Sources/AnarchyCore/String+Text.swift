/// Small text helpers for tables and files, without Foundation.
extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    public func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }

    /// Left-aligned in a field of `width` characters.
    public func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    /// Right-aligned in a field of `width` characters (numbers in text tables).
    public func rightAligned(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }

    /// A camelCase name in snake_case (`costDeclining` → `cost_declining`): the JSON keys of
    /// run records, which predate the camelCase of scenario files.
    public var snakeCased: String {
        var out = ""
        for c in self {
            if c.isUppercase {
                out += "_" + c.lowercased()
            } else {
                out.append(c)
            }
        }
        return out
    }
}
