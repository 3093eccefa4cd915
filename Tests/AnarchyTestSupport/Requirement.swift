import Foundation

/// What a test needs from the machine that the Swift toolchain does not bring (a running Slurm
/// cluster, a browser, a C compiler, the Correlates of War copy, python3, schemathesis, cffconvert,
/// the Python client's wheelhouse (`pythonclient`), R with RSQLite and testthat (`r`)). Tests
/// detect it and skip, saying why, when it is missing — unless `ANARCHY_REQUIRE` names it
/// (comma-separated, e.g. `slurm,chromium,firefox,cc,python3,schemathesis,cffconvert,pythonclient,r`; `.ci/run` sets it), in
/// which case the test runs and fails on what is missing: CI proves that those tests ran.
public enum Requirement: String, CaseIterable, Sendable {
    case slurm, chromium, firefox, cc, cow, python3, schemathesis, cffconvert, pythonclient, r

    /// The requirements `ANARCHY_REQUIRE` names.
    public static let required: Set<String> = Set(
        (ProcessInfo.processInfo.environment["ANARCHY_REQUIRE"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })

    /// Names in `ANARCHY_REQUIRE` that are no requirement (a typo would otherwise require nothing).
    public static var unknown: Set<String> { required.subtracting(allCases.map(\.rawValue)) }

    /// Whether a test that needs this should run: when it is `available`, or when required.
    public func runs(available: Bool) -> Bool { available || Self.required.contains(rawValue) }
}
