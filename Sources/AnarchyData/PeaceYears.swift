import AnarchyCore

/// Time since a dyad's last dispute: the field's control for temporal dependence in binary
/// time-series–cross-section data (Beck, Katz & Tucker 1998), entered as a cubic polynomial
/// (Carter & Signorino 2010) in the backtest's baseline (docs/DATA.md).
///
/// The count for year t is the number of consecutive years before t — from t − 1 back — in which
/// both states were members of the system (system2016) and no dispute began between them: 0 after
/// a dispute that began in t − 1, or for a dyad one of whose states entered the system in t. The
/// count stops at the data's first year (dyads older than the data are left-censored there, as
/// usual). Only years before t are read: a forecast of t uses nothing of t itself.
public struct PeaceYears: Sendable {
    let firstYear: Int
    let members: [Int: Set<Int>]
    let onsets: DisputeOnsets

    public init(history: COWHistory, onsets: DisputeOnsets) {
        let years = history.years ?? 0...(-1)
        firstYear = years.lowerBound
        var members: [Int: Set<Int>] = [:]
        for y in years { members[y] = Set(history.members(in: y)) }
        self.members = members
        self.onsets = onsets
    }

    /// Years of peace of the pair of COW codes `a`, `b` before `year`.
    public func before(_ year: Int, _ a: Int, _ b: Int) -> Int {
        let pair = DisputeOnsets.CodePair(a, b)
        var count = 0
        var y = year - 1
        while y >= firstYear, let m = members[y], m.contains(a), m.contains(b), !onsets.began(y, pair) {
            count += 1
            y -= 1
        }
        return count
    }

    /// The polynomial's terms for `years` of peace: t, t², t³ with t in decades (so that the three
    /// are of like size and the Newton–Raphson steps stay well conditioned; the fit is the same
    /// model as in years).
    public static func terms(_ years: Int) -> [Double] {
        let t = Double(years) / 10
        return [t, t * t, t * t * t]
    }

    /// The names of `terms`' coefficients.
    public static let termNames = ["peace_years", "peace_years_squared", "peace_years_cubed"]
}
