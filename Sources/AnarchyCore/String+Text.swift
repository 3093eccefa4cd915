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

    /// A column name that Stata, R and pandas all take as it is: ``snakeCased``, then every
    /// character but a–z, 0–9 and `_` as `_`, runs of `_` as one, none at either end, and `v_`
    /// before a leading digit (`system.beta` → `system_beta`, `mechanisms.perspectiveTaking.weight`
    /// → `mechanisms_perspective_taking_weight`, `states[0].x` → `states_0_x`).
    public var snakeIdentifier: String {
        var out = ""
        for c in snakeCased {
            let kept = c.isASCII && (c.isLowercase || c.isNumber) ? c : "_"
            if kept == "_", out.isEmpty || out.last == "_" { continue }
            out.append(kept)
        }
        while out.last == "_" { out.removeLast() }
        if let first = out.first, first.isNumber { out = "v_" + out }
        return out
    }

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
