import AnarchyReports
import AnarchyRecords
import AnarchyCore
import AnarchyData
import ArgumentParser

/// Reads the history files and the dispute onsets of a COW directory, as a usage error if they fail.
enum HistoricalData {
    /// The cores of this machine, the default for --threads.
    static var cores: Int { Console.processorCount }

    /// With `wars`, the directed dyadic war data too (the wars under way that `--memory` carries over).
    static func load(_ directory: String, wars: Bool = false) throws -> (COWHistory, DisputeOnsets) {
        do {
            let history = try COWHistory(directory: directory)
            var onsets = DisputeOnsets(try COWFile.load(.dyadicDisputes, from: directory))
            if wars { onsets.carryWars(from: try COWFile.load(.dyadicWars, from: directory)) }
            return (history, onsets)
        } catch {
            throw UsageError("--data: \(error.description)\(wars ? " (--memory reads the wars under way from it)" : "")")
        }
    }

    /// "A-B" or "A" as a range of years.
    static func years(_ text: String, flag: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a <= b, a >= 1, b <= 9999 else {
            throw UsageError("\(flag): got '\(text)'; must be YEAR or FIRST-LAST, e.g. 1900-1945")
        }
        return a...b
    }
}

/// `anarchy calibrate --data DIR [--years 1816-1899]`: fit the model to the stylised facts.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the model's parameters to the stylised facts of interstate conflict in COW data.",
        discussion: """
            Simulated method of moments on a grid (docs/DATA.md): one-year runs from each sampled \
            training year's historical scenario give dispute onset by era, contiguity's relative \
            risk, the capability-ratio gradient, the share of disputes reaching war and war \
            frequency; the parameter point nearest the facts observed in the training years wins. \
            Prints the fit table with Monte Carlo standard errors.
            """)

    @Option(name: .customLong("data"), help: ArgumentHelp("The directory of COW files.", valueName: "dir"))
    var data: String

    @Option(name: .customLong("years"), help: ArgumentHelp("Training years (default 1816-1899).", valueName: "A-B"))
    var years = "1816-1899"

    @Option(name: .customLong("seeds"), help: ArgumentHelp("Seeds per year and parameter point (default 20).", valueName: "n"))
    var seeds: String?

    @Option(name: .customLong("threads"), help: ArgumentHelp("Grid points run in parallel (default: all cores; results do not depend on it).", valueName: "n"))
    var threads: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object.")
    var json = false

    @Flag(name: .customLong("memory"), help: "Also fit the memory of past disputes the worlds start from (beliefs, motives, wars under way; one-year or multi-year worlds), with recurrence as one more fact (docs/DATA.md).")
    var memory = false

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write the fit as one self-contained HTML page.", valueName: "file"))
    var report: String?

    func run() throws {
        let training = try HistoricalData.years(years, flag: "--years")
        let seeds = try FlagValue.whole(seeds, flag: "--seeds", default: 20, range: 1...10_000)
        let threads = try FlagValue.whole(threads, flag: "--threads", default: HistoricalData.cores, range: 1...1024)
        let (history, onsets) = try HistoricalData.load(data, wars: memory)
        let calibration: Calibration
        var memoryFit: MemoryCalibration? = nil
        do throws(DataError) {
            let progress = StageProgress()
            defer { progress.finish() }
            calibration = try Calibration.run(history: history, onsets: onsets, training: training, seeds: seeds, threads: threads) { progress.report($0) }
            if memory {
                memoryFit = try MemoryCalibration.run(base: calibration, history: history, onsets: onsets, threads: threads) { progress.report($0) }
            }
        } catch { throw UsageError("--data: \(error.description)") }
        if json {
            Console.out(JSONValue.members([
                "training": .array([.integer(training.lowerBound), .integer(training.upperBound)]),
                "parameters": calibration.best.json, "distance": .number(calibration.ranking[0].distance),
                "facts": calibration.factsJSON, "memory": memoryFit.map(\.json) ?? .null,
            ]).text + "\n")
        } else {
            Console.out(calibration.table + (memoryFit?.table(observed: calibration.observed) ?? ""))
        }
        if let report { try TextFile.write(HistoryReport.html(calibration, memory: memoryFit, data: data), to: report, flag: "--report") }
    }
}

/// `anarchy backtest --data DIR --years A-B [--json]`: out-of-sample forecasts of dispute onset.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Calibrate on the years before A, forecast dispute onset in A–B, and score against the data and a logistic baseline.",
        discussion: """
            For each year of A–B, the calibrated model runs the year's historical scenario (seeded \
            one-year runs) and forecasts, for every politically relevant dyad, the probability that \
            a dispute begins; the baseline, a logistic regression on contiguity, capability ratio, \
            alliance, major-power status and years of peace (cubic) fitted on the training years, \
            forecasts the same dyads, and so does the hybrid, the baseline with the model's \
            log-odds as one more covariate. All three are scored by AUC, Brier score, \
            log-likelihood and a calibration curve, and the hybrid's gain over the baseline gets a \
            95% interval from a paired bootstrap over dyads (docs/DATA.md).
            """)

    @Option(name: .customLong("data"), help: ArgumentHelp("The directory of COW files.", valueName: "dir"))
    var data: String

    @Option(name: .customLong("years"), help: ArgumentHelp("The years to forecast, e.g. 1900-1945.", valueName: "A-B"))
    var years: String

    @Option(name: .customLong("seeds"), help: ArgumentHelp("Seeds per forecast year (default 100).", valueName: "n"))
    var seeds: String?

    @Option(name: .customLong("threads"), help: ArgumentHelp("Work run in parallel (default: all cores; results do not depend on it).", valueName: "n"))
    var threads: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object with auc, brier, baseline_auc, baseline_brier, hybrid_auc, hybrid_brier, delta_auc, delta_auc_ci, dyad_years and more.")
    var json = false

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write the calibration and the backtest as one self-contained HTML page.", valueName: "file"))
    var report: String?

    @Flag(name: .customLong("memory"), help: "Start each year's worlds from the record of the years before it (beliefs, motives, wars under way: needs the directed dyadic war data; one-year or multi-year worlds), the memory fitted on the training years with recurrence as one more fact; adds the ablation without memory (docs/DATA.md).")
    var memory = false

    @Option(name: .customLong("panel"), help: ArgumentHelp("Also write the forecast years' dyad-year panel as CSV: ccode1, ccode2, year (COW codes, ccode1 < ccode2, as peacesciencer's non-directed dyad-years), the covariates, the onset, and the model's and the baseline's forecasts (docs/DATA.md).", valueName: "file"))
    var panel: String?

    func run() throws {
        // The outputs' places are checked before minutes of work, not after.
        if let report { try TextFile.checkWritable(report, flag: "--report") }
        if let panel { try TextFile.checkWritable(panel, flag: "--panel") }
        let evaluation = try HistoricalData.years(years, flag: "--years")
        let seeds = try FlagValue.whole(seeds, flag: "--seeds", default: 100, range: 1...100_000)
        let threads = try FlagValue.whole(threads, flag: "--threads", default: HistoricalData.cores, range: 1...1024)
        let (history, onsets) = try HistoricalData.load(data, wars: memory)
        let result: Backtest
        do throws(DataError) {
            let progress = StageProgress()
            defer { progress.finish() }
            result = try Backtest.run(history: history, onsets: onsets, evaluation: evaluation, seeds: seeds, memory: memory, threads: threads) { progress.report($0) }
        } catch { throw UsageError("--years \(years): \(error.description)") }
        let c = result.calibration
        if let report { try TextFile.write(HistoryReport.html(c, backtest: result, data: data), to: report, flag: "--report") }
        if let panel { try TextFile.write(result.panelCSV, to: panel, flag: "--panel") }
        if json {
            let curve = { (s: ForecastScores) -> JSONValue in
                .array(s.calibration.filter { $0.count > 0 }.map { bin in
                    .members(["low": .number(bin.low), "high": .number(bin.high), "count": .integer(bin.count), "mean_forecast": .number(bin.meanForecast), "observed_rate": .number(bin.observedRate)])
                })
            }
            let coefficients = { (fit: LogisticRegression, names: [String]) -> JSONValue in
                .object(zip(names, fit.coefficients).map { (key: $0, value: JSONValue.number($1)) })
            }
            let errors = { (fit: LogisticRegression, names: [String]) -> JSONValue in
                .object(zip(names, fit.standardErrors).map { (key: $0, value: JSONValue.number($1)) })
            }
            let gain = result.hybridOverBaseline
            let logOdds = result.hybrid.coefficients.count - 1
            Console.out(JSONValue.members([
                "auc": .number(result.model.auc), "brier": .number(result.model.brier),
                "baseline_auc": .number(result.baselineScores.auc), "baseline_brier": .number(result.baselineScores.brier),
                "hybrid_auc": .number(result.hybridScores.auc), "hybrid_brier": .number(result.hybridScores.brier),
                "delta_auc": .number(gain.auc.difference), "delta_auc_ci": gain.auc.bounds,
                "delta_brier": .number(gain.brier.difference), "delta_brier_ci": gain.brier.bounds,
                "bootstrap_resamples": .integer(gain.resamples),
                "placebo_delta_auc": .number(result.placeboOverBaseline.auc.difference),
                "placebo_delta_auc_ci": result.placeboOverBaseline.auc.bounds,
                "placebo_delta_brier": .number(result.placeboOverBaseline.brier.difference),
                "placebo_delta_brier_ci": result.placeboOverBaseline.brier.bounds,
                "refit_delta_auc_ci": result.refit.auc.bounds,
                "refit_delta_brier_ci": result.refit.brier.bounds,
                "refit_placebo_delta_auc_ci": result.refit.placeboAUC.bounds,
                "refit_placebo_delta_brier_ci": result.refit.placeboBrier.bounds,
                "refit_resamples": .integer(result.refit.resamples),
                "log_likelihood": .number(result.logLikelihood.model), "baseline_log_likelihood": .number(result.logLikelihood.baseline),
                "hybrid_log_likelihood": .number(result.logLikelihood.hybrid),
                "dyad_years": .integer(result.dyadYears), "onsets": .integer(result.model.events),
                "years": .array([.integer(evaluation.lowerBound), .integer(evaluation.upperBound)]),
                "training": .array([.integer(c.training.lowerBound), .integer(c.training.upperBound)]),
                "seeds": .integer(result.seeds), "parameters": result.point.json,
                "memory": result.memoryCalibration.map(\.json) ?? .null,
                "without_memory": result.withoutMemory.map { off in
                    .members([
                        "auc": .number(off.modelAUC), "hybrid_auc": .number(off.hybridAUC),
                        "memory_delta_auc": .number(off.memoryOverNone.auc.difference),
                        "memory_delta_auc_ci": off.memoryOverNone.auc.bounds,
                        "memory_delta_brier": .number(off.memoryOverNone.brier.difference),
                        "memory_delta_brier_ci": off.memoryOverNone.brier.bounds,
                    ])
                } ?? .null,
                "baseline_coefficients": coefficients(result.baseline, Backtest.baselineTerms),
                "baseline_standard_errors": errors(result.baseline, Backtest.baselineTerms),
                "hybrid_coefficients": coefficients(result.hybrid, Backtest.hybridTerms),
                "hybrid_standard_errors": errors(result.hybrid, Backtest.hybridTerms),
                "hybrid_model_log_odds_p": .number(result.hybrid.pValue(logOdds)),
                "calibration_curve": curve(result.model), "baseline_calibration_curve": curve(result.baselineScores),
                "hybrid_calibration_curve": curve(result.hybridScores),
                "facts": c.factsJSON,
            ]).text + "\n")
            return
        }
        var out = c.table
        if let m = result.memoryCalibration { out += m.table(observed: c.observed) }
        out += "backtest \(evaluation.lowerBound)–\(evaluation.upperBound): \(result.dyadYears) relevant dyad-years, \(result.model.events) dispute onsets; the model forecasts with \(result.point.summary)\n"
        out += "  model     AUC \(Calibration.shown(result.model.auc))   Brier \(Calibration.shown(result.model.brier))   (\(seeds) seeded runs per year)\n"
        out += "  baseline  AUC \(Calibration.shown(result.baselineScores.auc))   Brier \(Calibration.shown(result.baselineScores.brier))   (logistic: contiguity, capability ratio, alliance, major power, years of peace)\n"
        let gain = result.hybridOverBaseline, logOdds = result.hybrid.coefficients.count - 1
        out += "  hybrid    AUC \(Calibration.shown(result.hybridScores.auc))   Brier \(Calibration.shown(result.hybridScores.brier))   (the baseline + the model's log-odds: coefficient \(Calibration.shown(result.hybrid.coefficients[logOdds])), s.e. \(Calibration.shown(result.hybrid.standardErrors[logOdds])), p \(Calibration.shown(result.hybrid.pValue(logOdds))))\n"
        out += "  hybrid − baseline: AUC \(gain.auc.text)   Brier \(gain.brier.text)   (95%, paired bootstrap over dyads)\n"
        let placebo = result.placeboOverBaseline
        out += "  placebo (the model's log-odds shuffled within years) − baseline: AUC \(placebo.auc.text)   Brier \(placebo.brier.text)\n"
        let refit = result.refit
        out += "  with every regression refitted on each of \(refit.resamples) resamples of training dyads: hybrid − baseline AUC \(refit.auc.boundsText)   Brier \(refit.brier.boundsText); placebo − baseline AUC \(refit.placeboAUC.boundsText)   Brier \(refit.placeboBrier.boundsText)\n"
        if let off = result.withoutMemory {
            let d = off.memoryOverNone
            out += "  the same point without its memory: model AUC \(Calibration.shown(off.modelAUC)), hybrid AUC \(Calibration.shown(off.hybridAUC)); hybrid with memory − without: AUC \(d.auc.text)   Brier \(d.brier.text)\n"
        }
        out += "  log-likelihood: model \(Calibration.shown(result.logLikelihood.model)), baseline \(Calibration.shown(result.logLikelihood.baseline)), hybrid \(Calibration.shown(result.logLikelihood.hybrid))\n"
        out += "  calibration curve (model): " + result.model.calibration.filter { $0.count > 0 }.map {
            "[\(PlainNumber.text($0.low)), \(PlainNumber.text($0.high))) n=\($0.count) forecast \(Calibration.shown($0.meanForecast)) observed \(Calibration.shown($0.observedRate))"
        }.joined(separator: "; ") + "\n"
        Console.out(out)
    }
}

/// Progress of a computation in stages (calibration, then the backtest): on a terminal one line
/// updated in place; otherwise (a log, a pipe, a batch job) only milestones — the first report
/// and each quarter of a stage — so a log holds a handful of lines, not hundreds.
final class StageProgress: @unchecked Sendable {
    private let terminal = Console.stderrIsTerminal
    private var lastQuarter: [String: Int] = [:]
    private var inline = false

    func report(_ m: Milestone) {
        if terminal {
            Console.errorInline("\r\u{1B}[2K" + m.text)
            inline = true
            if m.done >= m.total { Console.errorInline("\n"); inline = false }
            return
        }
        let quarter = m.total > 0 ? m.done * 4 / m.total : 4
        guard quarter != lastQuarter[m.work] else { return }
        lastQuarter[m.work] = quarter
        Console.error(m.text)
    }

    func finish() {
        if inline { Console.errorInline("\n") }
    }
}
