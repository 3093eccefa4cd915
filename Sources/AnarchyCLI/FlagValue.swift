import AnarchyCore

/// Reading one flag's text against the plain-number grammar and a domain, with the CLI's one-line
/// message: `--flag: got 'text' (reason); must be DOMAIN`. nil text (flag not given) gives the default.
enum FlagValue {
    /// A whole number in `range`.
    static func whole(_ text: String?, flag: String, default value: Int, range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text else { return value }
        let domain = "an integer in \(range.lowerBound)…\(range.upperBound)"
        switch PlainNumber.whole(text) {
        case .success(let v) where v <= UInt64(range.upperBound) && Int(v) >= range.lowerBound: return Int(v)
        case .success: throw UsageError("\(flag): got '\(text)' (out of range); must be \(domain)")
        case .failure(let problem): throw UsageError("\(flag): got '\(text)' (\(problem.phrase)); must be \(domain)")
        }
    }

    /// Any UInt64 (seeds).
    static func seed(_ text: String?, flag: String, default value: UInt64) throws(UsageError) -> UInt64 {
        guard let text else { return value }
        switch PlainNumber.whole(text) {
        case .success(let v): return v
        case .failure(let problem):
            throw UsageError("\(flag): got '\(text)' (\(problem.phrase)); must be an integer in 0…18446744073709551615")
        }
    }

    /// A finite real number for which `valid` holds, `domain` describing it.
    static func real(
        _ text: String?, flag: String, default value: Double, domain: String, _ valid: (Double) -> Bool
    ) throws(UsageError) -> Double {
        guard let text else { return value }
        switch PlainNumber.real(text) {
        case .success(let v) where valid(v): return v
        case .success: throw UsageError("\(flag): got '\(text)'; must be \(domain)")
        case .failure(let problem): throw UsageError("\(flag): got '\(text)' (\(problem.phrase)); must be \(domain)")
        }
    }
}
