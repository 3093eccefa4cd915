import AnarchyCore

/// How a result stands to its source (formal-models catalogue §0.1).
public enum Provenance: String, Sendable, CaseIterable {
    /// The result appears in the cited source; notation is ours.
    case published
    /// A textbook result found in many sources.
    case standard
    /// Derived by us after the cited work's logic, checked numerically by an independent route.
    case derived
    /// A documented modelling choice that makes a verbal theory computable; configurable.
    case operationalisation

    /// The label as the catalogue writes it: "[derived]".
    public var label: String { "[\(rawValue)]" }
}

/// One parameter as `anarchy formal <id> --help` documents it.
public struct ParameterDoc: Sendable {
    public let name: String
    public let meaning: String
    /// The domain as the reader states it ("> 0", "in [0, 1]", "square | linear", …).
    public let domain: String
    /// The default, when the parameter is optional; "optional" when it has no default.
    public let fallback: String?

    public init(_ name: String, _ meaning: String, _ domain: String, default fallback: String? = nil) {
        self.name = name
        self.meaning = meaning
        self.domain = domain
        self.fallback = fallback
    }
}

/// A value a function returns, written as the catalogue's JSON object with its snake_case keys.
public protocol FormalResult: Sendable {
    var json: JSONValue { get }
}

/// A function of the catalogue under its dotted id (`richardson.equilibrium`, …): its
/// documentation and its evaluation from a JSON parameter object.
public struct FormalFunction: Sendable {
    public let id: String
    /// One line for `anarchy formal --list`.
    public let summary: String
    public let provenance: Provenance
    /// Where the result comes from (author year; the catalogue section).
    public let citation: String
    /// The parameters in validation order.
    public let parameters: [ParameterDoc]
    private let body: @Sendable (ParameterReader) throws(FormalModelError) -> any FormalResult

    public init(
        _ id: String, _ summary: String, _ provenance: Provenance, citation: String, parameters: [ParameterDoc],
        _ body: @escaping @Sendable (ParameterReader) throws(FormalModelError) -> any FormalResult
    ) {
        self.id = id
        self.summary = summary
        self.provenance = provenance
        self.citation = citation
        self.parameters = parameters
        self.body = body
    }

    /// The function's typed result for a JSON parameter object.
    /// - Throws: ``FormalModelError``: the first offending parameter in validation order, then
    ///   the model's own errors, then any member that is not a parameter of this function.
    public func result(for parameters: JSONValue) throws(FormalModelError) -> any FormalResult {
        let reader = try ParameterReader(parameters)
        let result = try body(reader)
        try reader.rejectUnrecognised()
        guard result.json.numbersAreFinite else {
            throw FormalModelError(
                .overflow, message: "\(id): a result is not a finite number for these parameters (beyond Double's range)")
        }
        return result
    }

    /// Runs the function on an existing reader (tests use this to see what it asked for).
    func read(with reader: ParameterReader) throws(FormalModelError) -> any FormalResult { try body(reader) }

    /// The §0.5 answer: the outputs as JSON, or the error object.
    public func evaluate(_ parameters: JSONValue) -> Result<JSONValue, FormalModelError> {
        do throws(FormalModelError) {
            return .success(try result(for: parameters).json)
        } catch {
            return .failure(error)
        }
    }
}
