import AnarchyCore
import AnarchyData
import AnarchyExperiments

/// Calibration and backtest as one self-contained HTML page (`anarchy calibrate|backtest --report
/// FILE`): the fit — each stylised fact observed and simulated, with its Monte Carlo interval and
/// the stated tolerance — the nearest grid points, and for a backtest the scores beside the
/// baseline's, both calibration curves with binomial intervals, the baseline's coefficients and
/// the exact inputs.
public enum HistoryReport {
    /// - Parameters:
    ///   - calibration: the base fit.
    ///   - memory: the memory's fit, when `calibrate --memory` made one (a backtest brings its own).
    ///   - backtest: the backtest, when there is one.
    ///   - data: the directory the data came from, for the inputs.
    public static func html(_ calibration: Calibration, memory: MemoryCalibration? = nil, backtest: Backtest? = nil, data: String) -> String {
        var report = HTMLReport(title: backtest == nil ? "Anarchy — calibration on Correlates of War data" : "Anarchy — backtest on Correlates of War data")
        fit(calibration, into: &report)
        if let m = memory ?? backtest?.memoryCalibration { memoryFit(m, observed: calibration.observed, into: &report) }
        if let backtest { scores(backtest, into: &report) }
        report.heading("Inputs")
        var inputs = [
            "data: \(data)", "training years: \(calibration.training.lowerBound)–\(calibration.training.upperBound) (simulated every \(step(calibration)) years: \(calibration.sampled.map(String.init).joined(separator: ", ")))",
            "seeds per training year and grid point: \(calibration.seeds)", "grid: \(calibration.ranking.count) parameter points (docs/DATA.md)",
        ]
        if let backtest {
            inputs.append("forecast years: \(backtest.evaluation.lowerBound)–\(backtest.evaluation.upperBound), \(backtest.seeds) seeded runs per year")
        }
        inputs.append("Anarchy \(AnarchyVersion.string); results do not depend on --threads")
        report.list(inputs)
        return report.html
    }

    static func step(_ c: Calibration) -> Int { c.sampled.count > 1 ? c.sampled[1] - c.sampled[0] : 1 }

    static func fit(_ c: Calibration, into report: inout HTMLReport) {
        report.heading("Calibration: the stylised facts of \(c.training.lowerBound)–\(c.training.upperBound)")
        report.paragraph(
            "Simulated method of moments on a grid: from each sampled training year's historical scenario, seeded one-year runs give the facts below; the grid point nearest the observed facts (sum of squared relative errors) wins. Best point: \(c.best.summary); distance \(Calibration.shown(c.ranking[0].distance)). A fact is reproduced when the simulated value is within ±\(Int(StylisedFacts.tolerance * 100))% of the observed one.")
        var estimates: [IntervalChart.Estimate] = []
        var rows: [[String]] = []
        for m in StylisedFacts.names.indices {
            let (o, s, se) = (c.observed.values[m], c.simulated.values[m], c.standardErrors[m])
            let within = !o.isFinite ? "n/a (no data)" : s.isFinite && abs(s - o) <= StylisedFacts.tolerance * abs(o) ? "yes" : "no"
            rows.append([StylisedFacts.names[m], Calibration.shown(o), Calibration.shown(s), Calibration.shown(se), within])
            if o.isFinite && o != 0 && s.isFinite {
                estimates.append(IntervalChart.Estimate(label: StylisedFacts.names[m], mean: s / o, low: (s - 1.96 * se) / o, high: (s + 1.96 * se) / o))
            }
        }
        report.table(["fact", "observed", "simulated", "± s.e.", "within tolerance"], rows)
        report.chart(IntervalChart(title: "Fit: simulated ÷ observed (1 = exact)", yLabel: "simulated ÷ observed", estimates: estimates).svg)
        report.paragraph("Each fact's simulated value divided by the observed one, with its 95% Monte Carlo interval (±1.96 s.e.); between 0.5 and 1.5 the fact is reproduced.")
        report.heading("The nearest grid points", level: 3)
        report.table(
            ["rank"] + c.best.fields.map(\.label) + ["distance"],
            c.ranking.prefix(10).enumerated().map { k, entry in
                ["\(k + 1)"] + entry.parameters.fields.map { PlainNumber.text($0.value) } + [Calibration.shown(entry.distance)]
            })
    }

    /// The memory's fit (`--memory`): the chosen point, recurrence and each fact observed and
    /// simulated, with each fact's range over the points tried.
    static func memoryFit(_ m: MemoryCalibration, observed: StylisedFacts, into report: inout HTMLReport) {
        report.heading("The memory's fit", level: 3)
        report.paragraph("Worlds that start from the dyads' dispute records (docs/DATA.md): at the calibration's \(m.candidates) nearest points, no memory and each memory of the grid are tried, with recurrence as one more fact (\(m.ranking.count) points). The model forecasts with \(m.best.summary)\(m.best.memory == nil ? " — no memory brought the facts nearer" : ""); distance \(Calibration.shown(m.ranking[0].distance)).")
        let reach = m.reach
        report.table(
            ["fact", "observed", "simulated", "lowest tried", "highest tried"],
            [[MemoryCalibration.recurrenceName, Calibration.shown(m.observedRecurrence), Calibration.shown(m.simulatedRecurrence), Calibration.shown(reach.last!.low), Calibration.shown(reach.last!.high)]]
                + StylisedFacts.names.indices.filter { observed.values[$0].isFinite }.map { k in
                    [StylisedFacts.names[k], Calibration.shown(observed.values[k]), Calibration.shown(m.simulated.values[k]), Calibration.shown(reach[k].low), Calibration.shown(reach[k].high)]
                },
            caption: "Each fact observed, simulated at the chosen point, and its range over every point tried: what memory can reach at all")
    }

    static func scores(_ b: Backtest, into report: inout HTMLReport) {
        report.heading("Backtest: dispute onset in \(b.evaluation.lowerBound)–\(b.evaluation.upperBound), out of sample")
        let rate = b.model.count > 0 ? Double(b.model.events) / Double(b.model.count) : .nan
        report.paragraph("\(b.dyadYears) politically relevant dyad-years, \(b.model.events) dispute onsets (base rate \(Calibration.shown(rate)); forecasting the base rate everywhere would score Brier \(Calibration.shown(rate * (1 - rate)))). The model's forecast for a dyad is the share of \(b.seeds) seeded runs of that year's scenario (one-year worlds, or multi-year worlds when the memory has a run-up) with a dispute between the two that year; the baseline is a logistic regression on contiguity, log capability ratio, alliance, major-power status and the years since the dyad's last dispute (a cubic polynomial; Beck, Katz & Tucker 1998) fitted on the training years; the hybrid is the baseline with the model's log-odds as one more covariate, fitted on the model's forecasts of the training years. AUC: 0.5 is chance; Brier: lower is better; log-likelihood: higher is better.")
        let gain = b.hybridOverBaseline, placebo = b.placeboOverBaseline
        var memoryRows: [[String]] = []
        if let off = b.withoutMemory {
            memoryRows = [
                ["model without its memory", Calibration.shown(off.modelAUC), "", ""], ["hybrid without the model's memory", Calibration.shown(off.hybridAUC), "", ""],
                ["hybrid with memory − without", off.memoryOverNone.auc.text, off.memoryOverNone.brier.text, ""],
            ]
        }
        report.table(
            ["forecaster", "AUC", "Brier", "log-likelihood"],
            [["model (calibrated)", Calibration.shown(b.model.auc), Calibration.shown(b.model.brier), Calibration.shown(b.logLikelihood.model)],
             ["baseline (logistic)", Calibration.shown(b.baselineScores.auc), Calibration.shown(b.baselineScores.brier), Calibration.shown(b.logLikelihood.baseline)],
             ["hybrid (baseline + model)", Calibration.shown(b.hybridScores.auc), Calibration.shown(b.hybridScores.brier), Calibration.shown(b.logLikelihood.hybrid)],
             ["hybrid − baseline", gain.auc.text, gain.brier.text,
              Calibration.shown(b.logLikelihood.hybrid - b.logLikelihood.baseline)],
             ["placebo (model shuffled within years) − baseline", placebo.auc.text, placebo.brier.text, ""],
             ["hybrid − baseline, regressions refitted", b.refit.auc.text, b.refit.brier.text, ""],
             ["placebo − baseline, regressions refitted", b.refit.placeboAUC.text, b.refit.placeboBrier.text, ""]] + memoryRows,
            caption: "The three forecasters on the forecast years; intervals are 95% from \(gain.resamples) paired bootstrap resamples of whole dyads, the fitted regressions held fixed, and (rows marked refitted) from \(b.refit.resamples) resamples that also redraw the training dyads and refit every regression on them. The placebo refits the hybrid with the model's log-odds shuffled among each year's dyads: a gain of the placebo's size is noise")
        for (name, scores) in [("model", b.model), ("baseline", b.baselineScores), ("hybrid", b.hybridScores)] {
            let bins = scores.calibration.filter { $0.count > 0 }
            report.chart(IntervalChart(
                title: "Calibration curve, \(name)", yLabel: "observed onset rate",
                estimates: bins.map { bin in
                    let (low, high) = Statistics.wilsonInterval(bin.observedRate, bin.count)
                    return IntervalChart.Estimate(label: "\(PlainNumber.text(bin.low))–\(PlainNumber.text(bin.high))", mean: bin.observedRate, low: low, high: high)
                }).svg)
            report.table(
                ["forecast bin", "dyad-years", "mean forecast", "observed rate"],
                bins.map { ["\(PlainNumber.text($0.low))–\(PlainNumber.text($0.high))", "\($0.count)", Calibration.shown($0.meanForecast), Calibration.shown($0.observedRate)] },
                caption: "Calibration, \(name): observed onset rate by forecast bin, with 95% Wilson intervals in the chart; a calibrated forecaster's observed rates equal its mean forecasts")
        }
        for (name, fit, terms) in [("baseline", b.baseline, Backtest.baselineTerms), ("hybrid", b.hybrid, Backtest.hybridTerms)] {
            report.table(
                ["\(name) coefficient", "value", "standard error", "p (two-sided)"],
                terms.indices.map { j in
                    [terms[j], Calibration.shown(fit.coefficients[j]), Calibration.shown(fit.standardErrors[j]), Calibration.shown(fit.pValue(j))]
                },
                caption: name == "hybrid" ? "model_log_odds: the model's forecast as empirical log-odds; a coefficient different from zero says the model adds information the baseline lacks" : nil)
        }
    }
}
