extension Game {
    /// Jervis's security game (formal-models catalogue §3.2, `jervis.security_game` [derived];
    /// Jervis 1978): restraint (C) or an offensive build-up (D, cost κ). A build-up against a
    /// restrained state goes unnoticed with probability 1 − d (distinguishability d), then succeeds
    /// with probability ω (offence advantage) and takes the stake v; mutual restraint yields the
    /// peace dividend r. With `E = (1 − d)·ω·v`:
    /// `R = r, T = E − κ, S = −E − d·κ, P = −κ` — a Prisoner's Dilemma iff E > κ + r, Harmony iff
    /// E < (1 − d)κ, a Stag Hunt in between.
    /// - Throws: ``PayoffError`` naming the first parameter out of its domain (order v, κ, ω, d, r).
    public static func jervis(v: Double, kappa: Double, omega: Double, d: Double, r: Double) throws(PayoffError) -> Game {
        func check(_ name: String, _ x: Double, _ domain: String, _ valid: Bool) throws(PayoffError) {
            guard x.isFinite, valid else { throw PayoffError(description: "\(name): got \(x), must be \(domain)") }
        }
        try check("v", v, "> 0", v > 0)
        try check("kappa", kappa, "> 0", kappa > 0)
        try check("omega", omega, "in 0…1", omega >= 0 && omega <= 1)
        try check("d", d, "in 0…1", d >= 0 && d <= 1)
        try check("r", r, "≥ 0", r >= 0)
        let e = (1 - d) * omega * v
        return try Game(r: r, s: -e - d * kappa, t: e - kappa, p: -kappa)
    }
}
