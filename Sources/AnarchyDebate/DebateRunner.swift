import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import Dispatch
import Synchronization

/// A claim with the text it was read from (reports show the exact inputs).
public struct ClaimSource: Sendable {
    public let claim: Claim
    public let text: String
    public init(claim: Claim, text: String) {
        self.claim = claim
        self.text = text
    }
}

/// Runs claims (`anarchy debate`): every level × distinct condition × replication is one
/// single-threaded world, run on up to `threads` threads; each run's seed depends on the claim's
/// seed, the level and the replication alone, so the results are the same bit for bit on any
/// number of threads.
public enum DebateRunner {
    /// An error of a run (a scenario the engine refused): the claim, level and condition.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    struct Job: Sendable {
        let claim: Int, level: Int, scenario: Int, replication: Int
    }

    /// Points of the robustness sample per claim: 16 quick, 64 in the full run.
    public static func samplePoints(quick: Bool) -> Int { quick ? 16 : 64 }
    /// Replications at each point of the robustness sample and in each model variant (at most;
    /// fewer if the claim runs fewer).
    public static let sampleReplications = 10

    /// Runs `sources` (`quick`: each claim's quick replications; `replications` overrides both).
    /// `progress` receives (runs done, runs planned) from time to time, on one thread.
    /// Runs the sanity anchors first unless `anchors` is false (10 seeds per world when quick, 40
    /// otherwise), and each claim over its robustness sample (`samples` points; default
    /// ``samplePoints(quick:)``; 0 for none) and in its model variants unless `variants` is
    /// false (``ModelVariant``).
    public static func run(
        _ sources: [ClaimSource], quick: Bool, replications: Int? = nil, threads: Int, version: String, anchors: Bool = true,
        samples: Int? = nil, variants: Bool = true, progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(Failure) -> DebateResults {
        let start = MonotonicClock.seconds()
        let anchorResults = anchors ? Anchors.run(replications: quick ? 10 : 40) : []
        let (plans, reps, fixed) = try plan(sources, quick: quick, replications: replications, samples: samples ?? samplePoints(quick: quick), variants: variants)
        var jobs: [Job] = []
        for (c, levels) in plans.enumerated() {
            for plan in levels {
                for s in plan.scenarios.indices {
                    for r in 0..<levelReplications(plan.level, reps[c]) { jobs.append(Job(claim: c, level: plan.level.index, scenario: s, replication: r)) }
                }
            }
        }
        let results = try runAll(jobs, sources: sources, plans: plans, threads: threads, progress: progress)
        var claims: [ClaimResult] = []
        var offset = 0
        for (c, source) in sources.enumerated() {
            let count = plans[c].reduce(0) { $0 + $1.scenarios.count * levelReplications($1.level, reps[c]) }
            var claim = summarise(source, plans: plans[c], runs: Array(results[offset..<(offset + count)]), replications: reps[c])
            claim.variantsFixed = fixed[c]
            claim.revisions = source.claim.revisions
            claims.append(claim)
            offset += count
        }
        var debate = DebateResults(version: version, quick: quick, claims: claims, seconds: MonotonicClock.seconds() - start)
        debate.anchors = anchorResults
        return debate
    }

    /// How many runs `run` will make with these settings, and about how long they will take on
    /// `threads` threads (for a line before a long run). The time comes from a pilot: one run of
    /// each claim's first condition at its base level, on this thread, gives the claim's seconds
    /// per state-tick; every planned run is costed by its states × ticks at that rate, and the
    /// total shared over the threads. An estimate, not a promise: mechanisms differ in cost
    /// between a claim's conditions (the anchors, under a second, are not counted).
    public static func preview(
        _ sources: [ClaimSource], quick: Bool, replications: Int? = nil, samples: Int? = nil, variants: Bool = true, threads: Int
    ) throws(Failure) -> (runs: Int, seconds: Double) {
        let (plans, reps, _) = try plan(sources, quick: quick, replications: replications, samples: samples ?? samplePoints(quick: quick), variants: variants)
        var runs = 0, seconds = 0.0
        for (c, levels) in plans.enumerated() {
            func cost(_ scenario: Scenario) -> Double { Double(scenario.states.count) * Double(Swift.max(1, scenario.ticks)) }
            let pilot = levels[0].scenarios[0]
            let start = MonotonicClock.seconds()
            _ = try? RunResult.run(pilot, point: 0, replication: 0, seed: SeedDerivation.run(master: sources[c].claim.seed, point: 0, replication: 0), metrics: sources[c].claim.metrics, focal: sources[c].claim.focalIndex)
            let rate = (MonotonicClock.seconds() - start) / cost(pilot)
            for plan in levels {
                let count = levelReplications(plan.level, reps[c])
                runs += plan.scenarios.count * count
                seconds += plan.scenarios.reduce(0) { $0 + cost($1) } * Double(count) * rate
            }
        }
        return (runs, seconds / Double(Swift.max(1, threads)))
    }

    /// Replications at `level`: the claim's, or at most ``sampleReplications`` at a sample point.
    static func levelReplications(_ level: Level, _ replications: Int) -> Int {
        switch level.kind {
        case .sample, .variant: Swift.min(replications, sampleReplications)
        case .base, .across, .map: replications
        }
    }

    /// Every claim's levels with their scenarios, its replications, and the model-variant axes it
    /// fixes (with any variant whose world is not valid, and why: those are left out, not fatal).
    private static func plan(
        _ sources: [ClaimSource], quick: Bool, replications: Int?, samples: Int, variants: Bool
    ) throws(Failure) -> (plans: [[LevelPlan]], replications: [Int], fixed: [[String]]) {
        var plans: [[LevelPlan]] = [], fixed: [[String]] = []
        for source in sources {
            do throws(ScenarioFileError) {
                let levels = try ClaimPlan.levels(source.claim)
                let all = levels + (try ClaimPlan.samples(source.claim, count: samples, after: levels.count))
                var plan = try all.map { level throws(ScenarioFileError) in try ClaimPlan.conditions(source.claim, at: level) }
                var notes: [String] = []
                if variants {
                    let matrix = ClaimPlan.variants(source.claim, after: all.count)
                    notes = matrix.fixed
                    for level in matrix.levels {
                        do throws(ScenarioFileError) {
                            let kept = Level(index: plan.count, kind: level.kind, settings: [])
                            plan.append(try ClaimPlan.conditions(source.claim, at: kept))
                        } catch {
                            notes.append("\(error.path) left out: \(error.message)")
                        }
                    }
                }
                plans.append(plan)
                fixed.append(notes)
            } catch {
                throw Failure(description: "claim \(source.claim.number): \(error.description)")
            }
        }
        return (plans, sources.map { replications ?? (quick ? $0.claim.quickReplications : $0.claim.replications) }, fixed)
    }

    private static func runAll(
        _ jobs: [Job], sources: [ClaimSource], plans: [[LevelPlan]], threads: Int, progress: @Sendable (Int, Int) -> Void
    ) throws(Failure) -> [ClaimRun] {
        let metrics = sources.map(\.claim.metrics), focal = sources.map(\.claim.focalIndex)
        return try ParallelMap.ordered(count: jobs.count, threads: threads, progress: { progress($0, jobs.count) }) { (k: Int) throws(Failure) -> ClaimRun in
            let job = jobs[k]
            let plan = plans[job.claim][job.level]
            let seed = SeedDerivation.run(master: sources[job.claim].claim.seed, point: job.level, replication: job.replication)
            do throws(ScenarioError) {
                let run = try RunResult.run(
                    plan.scenarios[job.scenario], point: job.level, replication: job.replication, seed: seed,
                    metrics: metrics[job.claim], focal: focal[job.claim])
                return ClaimRun(
                    level: job.level, condition: plan.labels[job.scenario], replication: job.replication, seed: seed,
                    digest: run.digest, values: run.values, metrics: metrics[job.claim])
            } catch {
                throw Failure(description: "claim \(sources[job.claim].claim.number), \(plan.level.label), \(plan.labels[job.scenario]): \(error)")
            }
        }
    }

    /// Effects, outcomes, verdicts and boundaries of one claim from its runs (in job order:
    /// level, scenario, replication).
    static func summarise(_ source: ClaimSource, plans: [LevelPlan], runs: [ClaimRun], replications: Int) -> ClaimResult {
        let claim = source.claim
        var values: [[[ClaimRun]]] = []  // [level][scenario][replication]
        var at = 0
        for plan in plans {
            var perScenario: [[ClaimRun]] = []
            let reps = levelReplications(plan.level, replications)
            for _ in plan.scenarios {
                perScenario.append(Array(runs[at..<(at + reps)]))
                at += reps
            }
            values.append(perScenario)
        }
        var tests: [TestResult] = []
        for (t, test) in claim.tests.enumerated() {
            let m = claim.metrics.firstIndex(of: test.metric)!
            var effects: [LevelEffect] = []
            let minimum = Holm.minimumPairs(replications: replications)
            for (l, plan) in plans.enumerated() {
                let (control, treatment) = plan.conditions[t]
                let effect = PairedEffect(
                    control: control.map { values[l][$0].map { $0.values[m] } }, treatment: values[l][treatment].map { $0.values[m] })
                let p = test.expect.pValues(effect)
                // Map cells and sample points describe, they do not vote: their outcome is the single-level rule.
                let reps = levelReplications(plan.level, replications)
                let outcome = effect.n < Holm.minimumPairs(replications: reps) ? .untestable : test.expect.outcome(low: effect.low, high: effect.high)
                effects.append(LevelEffect(effect: effect, outcome: outcome, missing: reps - effect.n, pHolds: p.holds, pFails: p.fails))
            }
            let deciding = plans.indices.filter { plans[$0].level.decides }
            // The levels that vote are corrected together (Holm), so a sweep of many levels does
            // not find a holding level by chance.
            let corrected = Holm.outcomes(deciding.map { (effects[$0].pHolds, effects[$0].pFails) }, testable: deciding.map { effects[$0].effect.n >= minimum })
            for (k, l) in deciding.enumerated() { effects[l].outcome = corrected[k] }
            var boundaries: [String] = []
            for (k, factor) in claim.across.enumerated() {
                var points: [(value: Double, outcome: Outcome)] = []
                if let base = ScenarioPath.value(at: factor.path, in: claim.base) { points.append((base, effects[0].outcome)) }
                for l in deciding where plans[l].level.kind == .across(factor: k) { points.append((plans[l].level.settings[0].value, effects[l].outcome)) }
                boundaries.append(Boundary.describe(path: factor.path, points))
            }
            var placebo: PlaceboResult? = nil
            if let test = claim.tests[t].placebo, let (control, treatment) = plans[0].placebos[t] {
                let effect = PairedEffect(
                    control: control.map { values[0][$0].map { $0.values[m] } }, treatment: values[0][treatment].map { $0.values[m] })
                let p = claim.tests[t].expect.pValues(effect)
                let outcome = effect.n < minimum ? .untestable : claim.tests[t].expect.outcome(low: effect.low, high: effect.high)
                placebo = PlaceboResult(label: test.label, effect: LevelEffect(effect: effect, outcome: outcome, missing: replications - effect.n, pHolds: p.holds, pFails: p.fails))
            }
            let sampled = plans.indices.filter { if case .sample = plans[$0].level.kind { true } else { false } }
            let robustness = Robustness.of(sampled.map { (plans[$0].level.settings, effects[$0].outcome) })
            tests.append(TestResult(
                name: test.name, metric: test.metric.rawValue, expect: test.expect.kind.rawValue, margin: test.expect.margin, reason: test.reason,
                control: test.control?.label, treatment: test.treatment.label, effects: effects,
                verdict: Verdict.of(deciding.map { effects[$0].outcome }), boundaries: boundaries, placebo: placebo, robustness: robustness))
        }
        let first = plans[0].conditions[0]
        let replay = ([first.control].compactMap { $0 } + [first.treatment]).map { s in
            ReplayedCondition(label: plans[0].labels[s], scenario: ScenarioEncoder.json(plans[0].scenarios[s]), seeds: values[0][s].map(\.seed))
        }
        return ClaimResult(
            number: claim.number, title: claim.title, school: claim.school.rawValue, statement: claim.statement, sources: claim.sources,
            operationalisation: claim.operationalisation, limits: claim.limits, baseSource: claim.baseSource, focal: claim.focal,
            replications: replications, seed: claim.seed,
            levels: plans.map { LevelResult(label: $0.level.label, kind: kindName($0.level.kind), settings: $0.level.settings) },
            tests: tests, verdict: Verdict.combining(tests.map(\.verdict)),
            map: claim.map.map { MapAxes(x: $0.x.path, y: $0.y.path, xValues: $0.x.values, yValues: $0.y.values) },
            definition: source.text, replay: replay, runs: runs)
    }

    static func kindName(_ kind: Level.Kind) -> String {
        switch kind {
        case .base: "base"
        case .across: "across"
        case .map: "map"
        case .sample: "sample"
        case .variant: "variant"
        }
    }
}
