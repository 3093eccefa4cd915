/// What one request may ask of the server (`anarchy serve`; docs/api.yaml): every request is
/// checked against these before any work starts, so one user's heavy job cannot starve others.
public struct ServerLimits: Sendable {
    /// The largest request body (a scenario file), in bytes.
    public var maximumBody = 1 << 20
    /// The most states × ticks one run may ask for.
    public var maximumWork = 2_000_000
    /// Runs in progress at once; more get 429.
    public var maximumConcurrentRuns = 4
    /// Runs kept (finished ones are forgotten oldest first).
    public var maximumKeptRuns = 200
    /// Wall-clock seconds a run may take before it is stopped.
    public var runTimeout = 120.0

    public init() {}
}
