import AnarchyCore
import AnarchyExperiments

/// What a debate run found: per claim its setup, the levels it was tested at, each test's effect
/// with its interval and outcome at every level, the verdicts and boundaries, and (in memory
/// only; `runs.csv` on disk) every run. Written as `debate.json` by `json` and read back by
/// ``init(json:)`` for reports.
public struct DebateResults: Sendable, Equatable {
    public var version: String
    public var quick: Bool
    public var claims: [ClaimResult]
    /// The sanity anchors run before the claims (``Anchors``); empty when none were run.
    public var anchors: [Anchor] = []
    /// Whether every anchor passed (vacuously when none were run).
    public var anchorsPassed: Bool { anchors.allSatisfy(\.passed) }
    /// Runs made (their rows are in `runs.csv`).
    public var runCount: Int
    /// Wall-clock seconds (kept out of comparisons of results: with the manifest, the only thing that varies).
    public var seconds: Double
    /// The build and the machine that ran it (`BuildManifest`, with the command line and threads), if given.
    public var manifest: JSONValue? = nil

    public init(version: String, quick: Bool, claims: [ClaimResult], seconds: Double) {
        self.version = version
        self.quick = quick
        self.claims = claims
        runCount = claims.reduce(0) { $0 + $1.runs.count }
        self.seconds = seconds
    }
}

public struct ClaimResult: Sendable, Equatable {
    public var number: Int
    public var title: String
    public var school: String
    public var statement: String
    public var sources: [String]
    public var operationalisation: String
    public var limits: String
    public var baseSource: String
    public var focal: String?
    public var replications: Int
    public var seed: UInt64
    public var levels: [LevelResult]
    public var tests: [TestResult]
    public var verdict: Verdict
    /// The share of the robustness sample's points where every test holds (NaN without a sample,
    /// or without a point where every test could be judged).
    public var robustness: Double {
        let samples = tests.compactMap(\.robustness)
        guard samples.count == tests.count, let first = tests.first, let points = first.robustness?.points, points > 0 else { return .nan }
        let sampled = levels.indices.filter { levels[$0].kind == "sample" }
        var judged = 0, holding = 0
        for l in sampled {
            let outcomes = tests.map { $0.effects[l].outcome }
            guard !outcomes.contains(.untestable) else { continue }
            judged += 1
            if outcomes.allSatisfy({ $0 == .holds }) { holding += 1 }
        }
        return judged == 0 ? .nan : Double(holding) / Double(judged)
    }

    /// The claim's verdict in each model variant it ran under (``ModelVariant``), by the
    /// single-level rule: each test's outcome there, combined as the claim's tests are.
    public var variants: [(label: String, verdict: Verdict, tests: [Outcome])] {
        levels.indices.filter { levels[$0].kind == "variant" }.map { l in
            let outcomes = tests.map { $0.effects[l].outcome }
            let label = levels[l].label.hasPrefix("variant: ") ? String(levels[l].label.dropFirst(9)) : levels[l].label
            return (label, Verdict.combining(outcomes.map { Verdict.of([$0]) }), outcomes)
        }
    }

    /// The claim's verdict at its base level alone, by the same single-level rule as a variant
    /// (no correction across levels): what each variant is compared with.
    public var baseVerdict: Verdict {
        Verdict.combining(tests.map { test in
            let e = test.headline.effect
            let single: Outcome = e.n < Holm.minimumPairs(replications: replications) ? .untestable
                : Expectation(Expectation.Kind(rawValue: test.expect) ?? .same, margin: test.margin).outcome(low: e.low, high: e.high)
            return Verdict.of([single])
        })
    }
    /// "at the base level supported; the same in 12 of 18 model variants; contradicted in 2
    /// (lanchester · ring · 12 states, …); not varied: …" (nil when no variant ran and no axis was fixed).
    public var variantsSentence: String? {
        let all = variants
        guard !all.isEmpty || !variantsFixed.isEmpty else { return nil }
        var parts: [String] = []
        if !all.isEmpty {
            let base = baseVerdict
            let differing = all.filter { $0.verdict != base }
            parts.append("\(base.rawValue) at the base level; the same in \(all.count - differing.count) of \(all.count)")
            for v in Verdict.allCases where v != base {
                let here = differing.filter { $0.verdict == v }.map(\.label)
                guard !here.isEmpty else { continue }
                let shown = here.prefix(4).joined(separator: "; ") + (here.count > 4 ? "; and \(here.count - 4) more" : "")
                parts.append("\(v.rawValue) in \(here.count) (\(shown))")
            }
        }
        if !variantsFixed.isEmpty { parts.append("not varied: " + variantsFixed.joined(separator: "; ")) }
        return parts.joined(separator: "; ")
    }

    /// The claim's register: its dated revisions, as its file states them.
    public var revisions: [Claim.Revision] = []
    /// The model-variant axes the claim fixes, and variants left out, each with its reason.
    public var variantsFixed: [String] = []

    /// SHA-256 of the claim file's text as run: the claim's pre-registered fingerprint.
    public var hash: String { SHA256.hex(definition) }
    /// The map's axes (paths and values), when the claim has one.
    public var map: MapAxes?
    /// The claim file as run (YAML), so the report can show the exact inputs.
    public var definition: String
    /// The base level's scenarios of the first test (control, if any, then treatment) as
    /// scenario documents, with the seeds of their runs: reports replay them for time series.
    public var replay: [ReplayedCondition]
    /// Every run (not written to debate.json; see `runs.csv`).
    public var runs: [ClaimRun] = []

    public static func == (a: ClaimResult, b: ClaimResult) -> Bool {
        a.number == b.number && a.title == b.title && a.levels == b.levels && a.tests == b.tests && a.verdict == b.verdict
            && a.definition == b.definition && a.replay == b.replay && a.map == b.map && a.seed == b.seed && a.replications == b.replications
            && a.variantsFixed == b.variantsFixed && a.revisions == b.revisions
    }
}

public struct MapAxes: Sendable, Equatable {
    public var x: String, y: String
    public var xValues: [Double], yValues: [Double]
}

public struct ReplayedCondition: Sendable, Equatable {
    public var label: String
    public var scenario: JSONValue
    public var seeds: [UInt64]
}

public struct LevelResult: Sendable, Equatable {
    public var label: String
    /// "base", "across", "map", "sample" or "variant".
    public var kind: String
    public var settings: [Level.Setting]
}

public struct TestResult: Sendable, Equatable {
    public var name: String
    public var metric: String
    public var expect: String
    /// The smallest effect of interest (the expected region's margin) and why.
    public var margin: Double
    public var reason: String = ""
    public var control: String?
    public var treatment: String
    /// One per level, in level order.
    public var effects: [LevelEffect]
    public var verdict: Verdict
    /// Where it holds along each swept parameter (one line per `across` factor).
    public var boundaries: [String]
    /// The placebo's result at the base level, when the test has one.
    public var placebo: PlaceboResult? = nil
    /// How the test fares over the robustness sample (nil when none was run).
    public var robustness: Robustness? = nil

    /// The effect at the base level.
    public var headline: LevelEffect { effects[0] }
}

/// A test's placebo at the base level: the contrast with the channel switched off. If its
/// outcome is `holds`, the effect appears without the channel — the test measures construction.
public struct PlaceboResult: Sendable, Equatable {
    public var label: String
    public var effect: LevelEffect
    /// Whether the placebo shows the expected effect (the test then measures construction).
    public var showsEffect: Bool { effect.outcome == .holds }

    /// How much of the test's effect at the base the placebo reproduces, in words ("8% of the
    /// test's effect"; empty when the test's effect is zero or undefined): a placebo that clears
    /// the smallest effect but carries a sliver of the effect says the construction contributes,
    /// not that it explains.
    public func share(of test: LevelEffect) -> String {
        let ratio = fraction(of: test)
        return ratio.isFinite ? "\(Int((ratio * 100).rounded()))% of the test's effect" : ""
    }

    /// The placebo's effect over the test's at the base (NaN when the test's is zero or undefined).
    public func fraction(of test: LevelEffect) -> Double {
        test.effect.effect == 0 ? .nan : effect.effect.effect / test.effect.effect
    }
}

public struct LevelEffect: Sendable, Equatable {
    public var effect: PairedEffect
    /// After Holm's correction at the deciding levels; unadjusted at map cells.
    public var outcome: Outcome
    /// Runs of this level's conditions in which the metric was undefined (left out of `n`).
    public var missing: Int = 0
    /// The one-sided p-values that the effect lies inside the region and wholly outside it
    /// (``Expectation/pValues(_:)``), before the correction.
    public var pHolds: Double = .nan
    public var pFails: Double = .nan

    public static func == (a: LevelEffect, b: LevelEffect) -> Bool {
        a.effect == b.effect && a.outcome == b.outcome && a.missing == b.missing
    }
}

/// One run of a claim: its level, condition, replication, seed, digest and metric values.
public struct ClaimRun: Sendable, Equatable {
    public let level: Int
    public let condition: String
    public let replication: Int
    public let seed: UInt64
    public let digest: String
    public let values: [Double]
    public let metrics: [Metric]
}
