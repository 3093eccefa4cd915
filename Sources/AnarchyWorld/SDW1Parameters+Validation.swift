/// Why a parameter set is outside SDW-1's domain: which parameter(s), the value, the domain.
public struct ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameters involved (one, or the ones a joint constraint ties together).
    public let fields: [SDW1Parameters.Field]
    /// The offending value, as it will be shown.
    public let value: String
    /// The allowed domain, in words.
    public let domain: String

    public init(fields: [SDW1Parameters.Field], value: String, domain: String) {
        self.fields = fields
        self.value = value
        self.domain = domain
    }

    public var description: String {
        "\(fields.map(\.name).joined(separator: ", ")): got \(value), must be \(domain)"
    }
}

extension SDW1Parameters {
    /// The largest `n * k` the spec allows (memory).
    public static let maxEdgesPerSide = 50_000_000

    /// Checks every domain and joint constraint of the spec, in the order of its table.
    /// - Throws: ``ParameterError`` naming the first parameter out of its domain.
    public func validate() throws(ParameterError) {
        func fail(_ field: Field, _ value: String, _ domain: String? = nil) -> ParameterError {
            ParameterError(fields: [field], value: value, domain: domain ?? field.domain)
        }
        func real(_ field: Field, _ domain: String? = nil, _ isValid: (Double) -> Bool) throws(ParameterError) {
            let x = field.value(in: self)
            guard x.isFinite, isValid(x) else { throw fail(field, "\(x)", domain) }
        }
        guard (3...10_000_000).contains(n) else { throw fail(.n, "\(n)") }
        guard k >= 1, k < n - k else { throw fail(.k, "\(k)", "an integer with 1 ≤ k and 2k < n (n = \(n))") }
        guard n.multipliedReportingOverflow(by: k).partialValue <= Self.maxEdgesPerSide else {
            throw ParameterError(fields: [.n, .k], value: "n × k = \(n) × \(k)",
                                 domain: "n × k ≤ 50000000 (memory)")
        }
        guard (0...10_000_000).contains(ticks) else { throw fail(.ticks, "\(ticks)") }
        try real(.pGreedy) { $0 > 0 && $0 < 1 }
        try real(.beta) { $0 > 0 }
        try real(.delta) { $0 >= 0 && $0 <= 1 }
        try real(.sigma) { $0 >= 1e-6 }
        try real(.growth) { $0 >= 0 && $0 <= 1 }
        try real(.burden) { $0 >= 0 }
        try real(.sMax) { $0 > 0 && $0 < 1 }
        try real(.s0, "0 < s0 ≤ sMax (sMax = \(sMax))") { $0 > 0 && $0 <= sMax }
        try real(.sGreedy, "0 < sGreedy ≤ sMax (sMax = \(sMax))") { $0 > 0 && $0 <= sMax }
        try real(.kappa) { $0 >= 0 }
        try real(.phiGreedy) { $0 >= 0 && $0 <= 1 }
        try real(.rho) { $0 >= 0 && $0 <= 1 }
        try real(.attackRatio) { $0 > 0 }
        try real(.spoils) { $0 >= 0 && $0 <= 1 }
        try real(.attrition) { $0 >= 0 && $0 <= 1 }
        try real(.conquest) { $0 >= 0 && $0 <= 1 }
        guard burden * sMax < 1 + growth else {
            throw ParameterError(
                fields: [.burden, .sMax, .growth], value: "burden × sMax = \(burden * sMax)",
                domain: "< 1 + growth = \(1 + growth) (wealth must never be multiplied by a factor ≤ 0)")
        }
    }
}
