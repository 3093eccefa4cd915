import AnarchyCore

extension DebateResults {
    /// The header of `runsCSV`.
    public static let runsHeader = "claim,level,setting,condition,replication,seed,digest,metric,value"

    /// `runs.csv` of a debate: one row per run and metric (tidy long form), every number in
    /// shortest round-trip form — claim, level, its settings, condition, replication, seed, digest,
    /// metric, value. A missing value (NaN) is an empty field (`CSV.number`).
    public var runsCSV: String {
        var out = Self.runsHeader + "\n"
        for claim in claims {
            for run in claim.runs {
                let setting = claim.levels[run.level].label
                for (metric, value) in zip(run.metrics, run.values) {
                    out += "\(claim.number),\(run.level),\(CSV.quote(setting)),\(CSV.quote(run.condition)),\(run.replication),\(run.seed),\(run.digest),\(metric.rawValue),\(value.isFinite ? PlainNumber.text(value) : CSV.number(value))\n"
                }
            }
        }
        return out
    }
}
