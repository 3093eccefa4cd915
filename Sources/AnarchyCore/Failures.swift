/// A problem with what the user asked for: printed as one line on stderr, exit status 2.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    /// The whole message, naming the flag, the value and the allowed domain.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// A failure while doing what was asked (e.g. a write that failed mid-run): exit status 1.
public struct RuntimeFailure: Error, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
