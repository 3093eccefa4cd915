/// Where SDW-1's check digests hold bit for bit: the spec fixes its arithmetic to glibc's `log`,
/// `cos` and `exp` on x86-64 (shared/specs/sdw1.md; docs/REPRODUCIBILITY.md). Elsewhere (macOS's
/// libm, musl, ARM) the last bit of a transcendental may differ, and with it every digest and
/// pinned result downstream; tests of those values run only here and say why elsewhere.
public enum ReferencePlatform {
    public static let isHere: Bool = {
        #if canImport(Glibc) && arch(x86_64)
        true
        #else
        false
        #endif
    }()

    /// The reason given where the reference tests do not run.
    public static let elsewhere =
        "digests and pinned results follow glibc's log, cos and exp on x86-64 (docs/REPRODUCIBILITY.md); this platform's libm may round otherwise"
}
