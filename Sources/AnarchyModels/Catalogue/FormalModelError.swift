import AnarchyCore

/// Why a formal-model function gave no result (formal-models catalogue §0.3): a typed code, the
/// first offending parameter for `invalid_parameter`, and a readable message naming the parameter
/// and its domain, e.g. `a: must be > 0 (got 0)`.
public struct FormalModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The catalogue's error codes.
    public enum Code: String, Sendable {
        /// A parameter is missing, not a number, not finite, of the wrong type or out of its domain.
        case invalidParameter = "invalid_parameter"
        /// A repeated-PD result was asked for payoffs violating T > R > P > S.
        case notAPrisonersDilemma = "not_a_prisoners_dilemma"
        /// A contest has no pure-strategy equilibrium for these parameters.
        case noPureEquilibrium = "no_pure_equilibrium"
        /// Bayesian updating met an observation impossible under every type.
        case zeroProbabilityObservation = "zero_probability_observation"
        /// The stylised alliance-commitment rule has no risk on either side.
        case indeterminate
        /// Not in the catalogue: a result exceeds `Double`'s range for these (finite, in-domain)
        /// parameters, e.g. levels near 1e308; the solvers report it rather than print NaN or Inf.
        case overflow
    }

    public let code: Code
    /// The first offending parameter (only for `invalid_parameter`).
    public let parameter: String?
    public let message: String

    public init(_ code: Code, parameter: String? = nil, message: String) {
        self.code = code
        self.parameter = parameter
        self.message = message
    }

    /// An `invalid_parameter` error for `parameter`; the message is prefixed with its name.
    public static func invalid(_ parameter: String, _ reason: String) -> FormalModelError {
        FormalModelError(.invalidParameter, parameter: parameter, message: "\(parameter): \(reason)")
    }

    public var description: String { message }

    /// The command-line contract's error object (§0.5): `{"error": code, "param": name}` plus the message.
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("error", .string(code.rawValue))]
        if let parameter { members.append(("param", .string(parameter))) }
        members.append(("message", .string(message)))
        return .object(members)
    }
}
