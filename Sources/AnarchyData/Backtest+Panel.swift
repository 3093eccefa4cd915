import AnarchyCore

extension Backtest {
    /// The header of `panelCSV`.
    public static let panelHeader =
        "ccode1,ccode2,year,contiguous,log_capability_ratio,allied,major,peace_years,onset,war,model_forecast,baseline_forecast,hybrid_forecast,model_log_odds"

    /// The forecast years' dyad-year panel as CSV (`anarchy backtest --panel`, docs/DATA.md):
    /// one row per politically relevant dyad-year, keyed as non-directed dyad-years are in
    /// peacesciencer (`create_dyadyears(directed = FALSE)`: COW codes with `ccode1 < ccode2`) so
    /// that its joins take it as it is; the baseline's covariates (the dangerous dyads' and the
    /// years of peace) and the outcomes (0/1), the model's, the baseline's and the hybrid's
    /// forecast probabilities, and the model's empirical log-odds, the hybrid's last covariate
    /// (`empiricalLogit`: always finite). Rows by year, then ccode1, then ccode2; numbers in
    /// shortest round-trip form.
    public var panelCSV: String {
        let rows = panel.sorted { l, r in
            (l.dyad.year, l.codes.0, l.codes.1) < (r.dyad.year, r.codes.0, r.codes.1)
        }
        var out = Self.panelHeader + "\n"
        for row in rows {
            let d = row.dyad
            let flags = [d.contiguous, d.allied, d.major, d.onset, d.war].map { $0 ? "1" : "0" }
            let fields = ["\(row.codes.0)", "\(row.codes.1)", "\(d.year)", flags[0], CSV.number(d.logCapabilityRatio), flags[1], flags[2],
                          "\(row.peaceYears)", flags[3], flags[4], CSV.number(row.model), CSV.number(row.baseline), CSV.number(row.hybrid),
                          CSV.number(Self.empiricalLogit(row.model, seeds: seeds))]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }
}

extension Backtest.DyadForecast {
    /// The dyad's COW codes, smaller first.
    public var codes: (Int, Int) { (min(dyad.codeA, dyad.codeB), max(dyad.codeA, dyad.codeB)) }
}
