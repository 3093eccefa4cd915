import AnarchyCore

extension Calibration {
    /// A number in the fit's tables and reports: four decimals, "–" where there is none.
    public static func shown(_ x: Double) -> String { x.isFinite ? PlainNumber.fourDecimals(x) : "–" }

    /// Whether the simulated value of stylised fact `m` lies within the stated tolerance of the
    /// observed one; nil where nothing was observed.
    public func withinTolerance(_ m: Int) -> Bool? {
        let (o, s) = (observed.values[m], simulated.values[m])
        return o.isFinite ? s.isFinite && abs(s - o) <= StylisedFacts.tolerance * abs(o) : nil
    }

    /// Each stylised fact, observed and simulated, with its Monte Carlo standard error and whether
    /// it is within tolerance (`anarchy calibrate --json`).
    public var factsJSON: JSONValue {
        .array(StylisedFacts.names.indices.map { m in
            .members([
                "fact": .string(StylisedFacts.names[m]), "observed": .number(observed.values[m]), "simulated": .number(simulated.values[m]),
                "standard_error": .number(standardErrors[m]), "within_tolerance": withinTolerance(m).map(JSONValue.bool) ?? .null,
            ])
        })
    }

    /// The fit as a text table (`anarchy calibrate`): the best point and each fact.
    public var table: String {
        var out = "calibrated on \(training.lowerBound)–\(training.upperBound) (simulated: \(sampled.count) years, every \(sampled.count > 1 ? sampled[1] - sampled[0] : 1), \(seeds) seeds per point)\n"
        out += "  best: \(best.summary) (distance \(Self.shown(ranking[0].distance)))\n"
        out += "  fact                                            observed    simulated   ± s.e.     within ±50%\n"
        for m in StylisedFacts.names.indices {
            let within = withinTolerance(m).map { $0 ? "yes" : "no" } ?? "n/a"
            out += "  " + StylisedFacts.names[m].padded(to: 46)
                + "  \(Self.shown(observed.values[m]).rightAligned(to: 10))  \(Self.shown(simulated.values[m]).rightAligned(to: 10))  \(Self.shown(standardErrors[m]).rightAligned(to: 9))   \(within)\n"
        }
        return out
    }
}

extension ModelParameters {
    /// The parameters as a JSON object, in their order.
    public var json: JSONValue { .object(fields.map { ($0.key, .number($0.value)) }) }
}
