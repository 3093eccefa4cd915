import AnarchyCore

/// Reads a function's parameters from a JSON object, validating each one as it is read, so the
/// order of the reads is the catalogue's validation order and the first offending parameter is
/// the one reported (formal-models catalogue §0.3).
///
/// A missing parameter, `null` (for a required one), a value of the wrong type, a non-finite
/// number and a value outside its domain are all `invalid_parameter` naming the parameter.
/// Members the function never asked for are reported by ``rejectUnrecognised()`` so that a typo
/// is not silently ignored. It is a class so nested parameter groups can share one record of
/// what was read.
public final class ParameterReader: ExpressibleByDictionaryLiteral {
    private let members: [(key: String, value: JSONValue)]
    /// The names asked for, in order, with the domain text (for help and consistency tests).
    public private(set) var asked: [(name: String, domain: String)] = []

    /// A reader over `object`, which must be a JSON object.
    public init(_ object: JSONValue) throws(FormalModelError) {
        guard case let .object(members) = object else {
            throw FormalModelError(.invalidParameter, message: "parameters must be a JSON object, got \(object.kindPhrase)")
        }
        self.members = members
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = elements.map { (key: $0.0, value: $0.1) }
    }

    private func value(_ name: String, domain: String) -> JSONValue? {
        asked.append((name, domain))
        switch members.first(where: { $0.key == name })?.value {
        case nil, .null?: return nil
        case let v?: return v
        }
    }

    /// A required real number in `domain`, or `fallback` when absent.
    public func real(_ name: String, _ domain: RealDomain, default fallback: Double? = nil) throws(FormalModelError) -> Double {
        if let x = try optionalReal(name, domain) { return x }
        if let fallback { return fallback }
        throw .invalid(name, "missing (a number \(domain.text))")
    }

    /// An optional real number in `domain`.
    public func optionalReal(_ name: String, _ domain: RealDomain) throws(FormalModelError) -> Double? {
        guard let v = value(name, domain: domain.text) else { return nil }
        return try Self.number(v, name, domain)
    }

    private static func number(_ v: JSONValue, _ name: String, _ domain: RealDomain) throws(FormalModelError) -> Double {
        guard let x = v.numberValue else { throw .invalid(name, "must be a number \(domain.text), got \(v.kindPhrase)") }
        guard x.isFinite else { throw .invalid(name, "must be a finite number \(domain.text) (got \(v.text == "null" ? "\(x)" : v.text))") }
        guard domain.contains(x) else { throw .invalid(name, "must be \(domain.text) (got \(x.formatted))") }
        return x
    }

    /// A required JSON integer ≥ `minimum` (and ≤ `maximum`, a practical bound on work).
    public func integer(_ name: String, minimum: Int, maximum: Int = Int.max) throws(FormalModelError) -> Int {
        guard let v = value(name, domain: "integer ≥ \(minimum)") else {
            throw .invalid(name, "missing (an integer ≥ \(minimum))")
        }
        guard case let .integer(i) = v else {
            throw .invalid(name, "must be a JSON integer ≥ \(minimum), got \(v.numberValue.map { "\($0)" } ?? v.kindPhrase)")
        }
        guard i >= minimum else { throw .invalid(name, "must be an integer ≥ \(minimum) (got \(i))") }
        guard i <= maximum else { throw .invalid(name, "must be at most \(maximum) (got \(i))") }
        return i
    }

    /// One of the named choices, or `fallback` when absent.
    public func choice<C: CaseIterable & RawRepresentable<String>>(_ name: String, default fallback: C? = nil) throws(FormalModelError) -> C {
        let names = C.allCases.map(\.rawValue).joined(separator: " | ")
        guard let v = value(name, domain: names) else {
            if let fallback { return fallback }
            throw .invalid(name, "missing (one of \(names))")
        }
        guard case let .string(s) = v, let c = C(rawValue: s) else {
            throw .invalid(name, "must be one of \(names) (got \(v.text))")
        }
        return c
    }

    /// An optional boolean.
    public func optionalBool(_ name: String) throws(FormalModelError) -> Bool? {
        guard let v = value(name, domain: "true | false") else { return nil }
        guard case let .bool(b) = v else { throw .invalid(name, "must be true or false (got \(v.text))") }
        return b
    }

    /// A required string whose characters are all in `alphabet` (it may be empty).
    public func string(_ name: String, alphabet: Set<Character>) throws(FormalModelError) -> String {
        let letters = alphabet.map(String.init).sorted().joined()
        guard let v = value(name, domain: "string over {\(letters)}") else {
            throw .invalid(name, "missing (a string over {\(letters)})")
        }
        guard case let .string(s) = v, s.allSatisfy(alphabet.contains) else {
            throw .invalid(name, "must be a string over {\(letters)} (got \(v.text))")
        }
        return s
    }

    /// A list of numbers, each in `domain`; `count` if given, else at least one; `fallback` when absent.
    public func realList(_ name: String, _ domain: RealDomain, count: Int? = nil, default fallback: [Double]? = nil) throws(FormalModelError) -> [Double] {
        guard let v = value(name, domain: "list of numbers \(domain.text)") else {
            if let fallback { return fallback }
            throw .invalid(name, "missing (a list of numbers \(domain.text))")
        }
        guard case let .array(items) = v, !items.isEmpty else {
            throw .invalid(name, "must be a non-empty list of numbers \(domain.text) (got \(v.kindPhrase))")
        }
        if let count, items.count != count {
            throw .invalid(name, "must have \(count) entries (got \(items.count))")
        }
        var out: [Double] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard let x = item.numberValue, x.isFinite, domain.contains(x) else {
                throw .invalid(name, "entry \(i) must be a finite number \(domain.text) (got \(item.text))")
            }
            out.append(x)
        }
        return out
    }

    /// A square matrix of finite numbers given as a list of rows (at least `minimumSize` rows).
    public func squareMatrix(_ name: String, minimumSize: Int) throws(FormalModelError) -> [[Double]] {
        guard let v = value(name, domain: "n×n matrix, n ≥ \(minimumSize)") else {
            throw .invalid(name, "missing (an n×n matrix as a list of rows, n ≥ \(minimumSize))")
        }
        guard case let .array(rows) = v, rows.count >= minimumSize else {
            throw .invalid(name, "must be an n×n matrix as a list of n ≥ \(minimumSize) rows")
        }
        var matrix: [[Double]] = []
        for (i, row) in rows.enumerated() {
            guard case let .array(cells) = row, cells.count == rows.count else {
                throw .invalid(name, "row \(i) must be a list of \(rows.count) numbers (the matrix must be n×n)")
            }
            var values: [Double] = []
            for (j, cell) in cells.enumerated() {
                guard let x = cell.numberValue, x.isFinite else {
                    throw .invalid(name, "entry [\(i)][\(j)] must be a finite number (got \(cell.text))")
                }
                values.append(x)
            }
            matrix.append(values)
        }
        return matrix
    }

    /// Throws `invalid_parameter` on `name` unless `condition` holds (cross-parameter checks).
    public func require(_ condition: Bool, _ name: String, _ reason: @autoclosure () -> String) throws(FormalModelError) {
        if !condition { throw .invalid(name, reason()) }
    }

    /// Throws `invalid_parameter` naming the first member that no read asked for.
    public func rejectUnrecognised() throws(FormalModelError) {
        let known = Set(asked.map(\.name))
        if let stray = members.first(where: { !known.contains($0.key) }) {
            let expected = asked.map(\.name).joined(separator: ", ")
            throw .invalid(stray.key, "not a parameter of this function (its parameters: \(expected))")
        }
    }
}
