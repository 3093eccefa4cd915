import AnarchyRecords
import AnarchyCore
import AnarchyDebate
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld

/// The debate as one self-contained HTML page: the verdict table, then per claim its statement,
/// operationalisation and limits, each test's effect at every level with its 95% interval, the
/// boundary found, a phase diagram of the effect over the claim's map, time series of the first
/// test's conditions with bands across replications (replayed from the stored seeds), the key
/// events of one run, and the exact inputs (the claim file, seeds, version).
public enum DebateReport {
    /// Replications replayed per condition for the time series.
    static let replayed = 20

    public static func html(_ results: DebateResults) -> String {
        var report = HTMLReport(title: "Anarchy — the debate: each school's claims as experiments")
        let runs = results.runCount
        report.paragraph(
            "Anarchy \(results.version)\(results.quick ? ", quick run (few replications: intervals are wide; run without --quick for the full suite)" : ", full run")"
                + (runs > 0 ? ", \(runs) runs" : "") + (results.seconds.isFinite ? " in \(Int(results.seconds.rounded())) s" : "")
                + ". Each test compares a metric between a control and a treatment run with the same seeds (common random numbers); the effect is the mean paired difference with its 95% Student-t interval. Every test names its smallest effect of interest and why. A test holds at a level when the interval lies inside the expected region, fails when it lies wholly outside, is inconclusive otherwise, and is untestable when the metric was undefined in most runs; across the levels that decide a verdict, Holm's step-down correction keeps the chance of a false holding (or failing) level at 2.5% one-sided over the whole sweep. Verdict: supported (holds at every testable level), contradicted (fails at every one), inconclusive (inconclusive at every one), untestable (no level testable), depends (the boundary says where each holds). The verdicts are what the model says, not what either essay says.")
        if !results.anchors.isEmpty {
            report.heading(results.anchorsPassed ? "Sanity anchors: all pass" : "Sanity anchors: FAILING — read the verdicts with care")
            report.table(
                ["anchor", "source", "what must hold", "what the model gave", "passed"],
                results.anchors.map { [$0.name, $0.source, $0.expected, $0.found, $0.passed ? "yes" : "NO"] }, caption: "Canonical results run before the claims")
        }
        report.heading("Verdict matrix")
        report.table(
            ["claim", "school", "verdict", "at the base", "share of the sampled space", "model variants agreeing with the base", "placebos"],
            results.claims.map(matrixRow), caption: "At a glance: how robust each verdict is (details per test below)")
        report.heading("Verdicts")
        report.table(VerdictTable.header, VerdictTable.rows(results))
        for claim in results.claims { section(claim, into: &report) }
        return report.html
    }

    /// A claim's row of the verdict matrix.
    static func matrixRow(_ claim: ClaimResult) -> [String] {
        let variants = claim.variants
        let agreeing = variants.filter { $0.verdict == claim.baseVerdict }.count
        let placebos = claim.tests.compactMap(\.placebo)
        return [
            "\(claim.number). \(claim.title)", claim.school, claim.verdict.rawValue, claim.baseVerdict.rawValue,
            claim.robustness.isNaN ? "–" : "\(Int((claim.robustness * 100).rounded()))%",
            variants.isEmpty ? "not run" : "\(agreeing) of \(variants.count)",
            placebos.isEmpty ? "none" : placebos.contains(where: \.showsEffect) ? "\(placebos.filter(\.showsEffect).count) of \(placebos.count) SHOW THE EFFECT" : "\(placebos.count) of \(placebos.count) clean",
        ]
    }

    static func section(_ claim: ClaimResult, into report: inout HTMLReport) {
        report.heading("Claim \(claim.number): \(claim.title) — \(claim.verdict.rawValue)")
        report.paragraph("\(claim.school == "deterrence" ? "Deterrence school" : "Mitigation/transcendence school"): “\(claim.statement)”" + (claim.sources.isEmpty ? "" : " (\(claim.sources.joined(separator: "; ")))"))
        report.paragraph("Operationalisation. \(claim.operationalisation)")
        report.paragraph("Limits. \(claim.limits)")
        if !claim.revisions.isEmpty {
            report.paragraph("Register of this claim's revisions (each recorded before or with the run that followed it; docs/DEBATE.md has the full register):")
            report.list(claim.revisions.map { "\($0.date): \($0.change)" })
        }
        report.paragraph("Base scenario \(claim.baseSource); \(claim.replications) replications per condition and level; master seed \(claim.seed)\(claim.focal.map { "; focal state \($0)" } ?? ""). Claim file SHA-256 \(claim.hash) (the text at the end of this section).")
        let deciding = claim.levels.indices.filter { claim.levels[$0].kind == "base" || claim.levels[$0].kind == "across" }
        for test in claim.tests {
            report.heading("\(test.name) — \(test.verdict.rawValue)", level: 3)
            let kind = Expectation.Kind(rawValue: test.expect) ?? .same
            let setup = test.control.map { "\(test.treatment) minus \($0)" } ?? test.treatment
            report.paragraph("\(test.metric): \(setup); expected \(Expectation(kind, margin: test.margin).phrase) — the smallest effect of interest, because \(test.reason) \(test.boundaries.joined(separator: "; "))")
            if let robustness = test.robustness { report.paragraph("Robustness: \(robustness.sentence).") }
            if let placebo = test.placebo {
                let p = placebo.effect.effect
                let share = placebo.share(of: test.headline)
                report.paragraph("Placebo — \(placebo.label): effect \(VerdictTable.fixed(p.effect)) [\(VerdictTable.fixed(p.low)), \(VerdictTable.fixed(p.high))], n = \(p.n)\(share.isEmpty ? "" : ", \(share)"): "
                    + (placebo.showsEffect ? "the effect appears with the channel switched off, so this test measures how the claim was built, not the claim." : "no such effect without the channel (\(placebo.effect.outcome.rawValue))."))
            }
            let estimates = deciding.map { l in
                IntervalChart.Estimate(label: shortLabel(claim.levels[l]), mean: test.effects[l].effect.effect, low: test.effects[l].effect.low, high: test.effects[l].effect.high)
            }
            var chart = IntervalChart(title: "Effect on \(test.metric) by level (95% intervals)", yLabel: test.control == nil ? test.metric : "Δ \(test.metric)", estimates: estimates)
            chart.width = Swift.min(900, Swift.max(640, 80 + 100 * Double(estimates.count)))  // room for each level's label
            report.chart(chart.svg)
            report.table(
                ["level", "n", "no value", test.control ?? "control", test.treatment, "effect", "95% CI", "outcome"],
                deciding.map { l in
                    let e = test.effects[l].effect
                    return [claim.levels[l].label, "\(e.n)", "\(test.effects[l].missing)", VerdictTable.fixed(e.controlMean), VerdictTable.fixed(e.treatmentMean), VerdictTable.fixed(e.effect), "[\(VerdictTable.fixed(e.low)), \(VerdictTable.fixed(e.high))]", test.effects[l].outcome.rawValue]
                })
        }
        if let sentence = claim.variantsSentence {
            report.heading("Model variants", level: 3)
            report.paragraph("The claim rerun (\(Swift.min(claim.replications, DebateRunner.sampleReplications)) replications each) with wars fought as SDW-1's contest, under Lanchester's square law or as protracted wars; on a ring, a grid or a random geometric graph; with 12 or 48 states. Each verdict is the single-level rule; variants do not vote. In words: \(sentence).")
            let variants = claim.variants
            if !variants.isEmpty {
                report.table(["variant", "verdict"] + claim.tests.map(\.name), variants.map { [$0.label, $0.verdict.rawValue] + $0.tests.map(\.rawValue) })
            }
        }
        if let map = claim.map, let test = claim.tests.first { phaseDiagram(claim, map, test, into: &report) }
        timeSeries(claim, into: &report)
        report.preformatted(claim.definition, summary: "The claim file as run (copy it, change it, run it with anarchy debate --claim FILE)")
    }

    /// A level's label for a chart axis: the swept field's last name and its value ("beta=2.5").
    static func shortLabel(_ level: LevelResult) -> String {
        level.settings.isEmpty ? "base" : level.settings.map { "\($0.path.split(separator: ".").last.map(String.init) ?? $0.path)=\(PlainNumber.text($0.value))" }.joined(separator: ", ")
    }

    /// The first test's effect over the map's cells, with the cells where it holds listed.
    static func phaseDiagram(_ claim: ClaimResult, _ map: MapAxes, _ test: TestResult, into report: inout HTMLReport) {
        let cells = claim.levels.indices.filter { claim.levels[$0].kind == "map" }
        guard cells.count == map.xValues.count * map.yValues.count else { return }
        var values: [[Double]] = [], outcomes: [[String]] = []
        for (row, y) in map.yValues.enumerated() {
            let cells = map.xValues.indices.map { cells[row * map.xValues.count + $0] }
            values.append(cells.map { test.effects[$0].effect.effect })
            outcomes.append(["\(map.y) = \(PlainNumber.text(y))"] + cells.map { test.effects[$0].outcome.rawValue })
        }
        report.chart(HeatMap(
            title: "Phase diagram: \(test.control == nil ? "" : "Δ ")\(test.metric)", xLabel: map.x, yLabel: map.y,
            valueLabel: test.control == nil ? test.metric : "Δ \(test.metric)", xValues: map.xValues, yValues: map.yValues, values: values).svg)
        let holding = cells.filter { test.effects[$0].outcome == .holds }.count
        report.paragraph("The first test (\(test.name)) over the map: its effect above, and below where its expectation holds — in \(holding) of \(cells.count) cells.")
        report.table(["\(map.y) \\ \(map.x)"] + map.xValues.map(PlainNumber.text), outcomes.reversed())
    }

    /// Spiral index and arms burden per tick for the first test's conditions at the base level,
    /// mean over up to ``replayed`` replications with 95% bands, and the key events of the
    /// treatment's first replication.
    static func timeSeries(_ claim: ClaimResult, into report: inout HTMLReport) {
        var spiral: [LineChart.Series] = [], share: [LineChart.Series] = []
        var timeline: [String] = []
        for (k, condition) in claim.replay.enumerated() {
            guard let scenario = try? ScenarioFile.parse(condition.scenario.text) else { continue }
            var spirals: [[Double]] = [], shares: [[Double]] = []
            for (r, seed) in condition.seeds.prefix(replayed).enumerated() {
                var s = scenario
                s.seed = seed
                guard let world = try? World(scenario: s, threads: 1) else { continue }
                var a: [Double] = [], b: [Double] = []
                var events = RunTimeline { s.states[$0].name ?? "S\($0)" }
                world.run(ticks: s.ticks) { w in
                    let m = w.metrics()
                    a.append(m.spiral)
                    b.append(m.meanShare)
                    if r == 0 && k == claim.replay.count - 1 { events.note(w) }
                }
                spirals.append(a)
                shares.append(b)
                if r == 0 && k == claim.replay.count - 1 { timeline = events.lines + (events.omitted > 0 ? ["… and \(events.omitted) more"] : []) }
            }
            spiral.append(ExperimentReport.band(condition.label, spirals))
            share.append(ExperimentReport.band(condition.label, shares))
        }
        guard !spiral.isEmpty else { return }
        report.heading("Over time (base level, \(claim.tests[0].name))", level: 3)
        report.chart(LineChart(title: "Spiral index", xLabel: "tick", yLabel: "spiral index (0–1)", series: spiral, yRange: 0...1).svg)
        report.chart(LineChart(title: "Arms burden", xLabel: "tick", yLabel: "mean spending share (of wealth)", series: share).svg)
        report.paragraph("Lines: the mean over the first \(Swift.min(replayed, claim.replay.first?.seeds.count ?? 0)) replications, replayed from their seeds; bands: 95% normal intervals.")
        if !timeline.isEmpty {
            report.paragraph("Key events of one run (\(claim.replay.last!.label), replication 0):")
            report.list(timeline)
        }
    }
}
