import AnarchyCore
import AnarchyExperiments
import AnarchyWorld

/// One of the debate's claims as a falsifiable experiment (`docs/DEBATE.md`): what a school says,
/// how the claim is made measurable in the world engine and where that stops, the scenario it
/// runs on, one or more tests (a metric compared between a control and a treatment condition, in
/// a predicted direction), and the parameters swept to find where it holds and where it flips.
/// Read from claim files by ``ClaimFile``; the built-ins are ``BuiltinClaims``.
public struct Claim: Sendable, Equatable {
    /// The claim's number in the debate (1–9 for the built-ins; any positive number for a user's).
    public var number: Int
    public var title: String
    public var school: School
    /// The claim in the school's words.
    public var statement: String
    public var sources: [String] = []
    /// How the claim is made measurable here, and the limits of that reading.
    public var operationalisation: String
    public var limits: String
    /// Where the base scenario came from (a built-in's name or a file), for records.
    public var baseSource: String
    /// The scenario every condition starts from, with the claim's `set:` edits applied.
    public var base: Scenario
    /// The state the focal metrics read (`Metric.needsFocal`), by name.
    public var focal: String?
    public var tests: [ClaimTest]
    /// Parameters swept one at a time (the others at the base's values) to find the boundary.
    public var across: [Experiment.Factor] = []
    /// Two parameters crossed for a phase diagram of the first test's effect (descriptive: the
    /// verdict reads the base and `across`).
    public var map: Map?
    /// Replications per condition and level for the full run, and for `--quick`.
    public var replications: Int = 40
    public var quickReplications: Int = 8
    /// The master seed; replication r at level ℓ runs with `SeedDerivation.run(master, ℓ, r)` in every
    /// condition (common random numbers: the conditions are compared run by run).
    public var seed: UInt64 = 1
    /// The claim's own register: each dated revision of its reading and what it did to the
    /// verdict (pre-registration, docs/DEBATE.md), part of the text the claim's hash covers.
    public var revisions: [Revision] = []

    /// One dated revision of a claim: what changed, and why.
    public struct Revision: Sendable, Equatable {
        /// The day, as written (`2026-12-05`).
        public var date: String
        public var change: String
        public init(date: String, change: String) {
            self.date = date
            self.change = change
        }
    }

    /// Two parameters crossed for a phase diagram.
    public struct Map: Sendable, Equatable {
        public var x: Experiment.Factor
        public var y: Experiment.Factor
        public init(x: Experiment.Factor, y: Experiment.Factor) {
            self.x = x
            self.y = y
        }
    }

    /// The two schools of the debate.
    public enum School: String, Sendable, CaseIterable {
        /// The offense–defense distinction collapses in alliance politics; deterrence beats reassurance.
        case deterrence
        /// The dilemma can be mitigated or transcended (differentiation, signals, trust, communities).
        case mitigation

        public var title: String {
            switch self {
            case .deterrence: "deterrence school"
            case .mitigation: "mitigation/transcendence school"
            }
        }
    }

    /// The focal state's index in the base scenario (unnamed states are "S" and their index).
    public var focalIndex: Int? {
        guard let focal else { return nil }
        return base.states.indices.first { (base.states[$0].name ?? "S\($0)") == focal }
    }

    /// Every metric a run of this claim reports, in test order without repeats.
    public var metrics: [Metric] {
        var seen: [Metric] = []
        for test in tests where !seen.contains(test.metric) { seen.append(test.metric) }
        return seen
    }
}

/// One comparison of a claim: `metric` under `treatment` minus under `control` (or the treatment's
/// value itself when there is no control), expected to fall in `expect`'s region.
public struct ClaimTest: Sendable, Equatable {
    public var name: String
    public var metric: Metric
    public var control: Condition?
    public var treatment: Condition
    /// The expected region; its margin is the test's smallest effect of interest (> 0).
    public var expect: Expectation
    /// Why that is the smallest effect that matters, from the metric's meaning.
    public var reason: String
    /// The same contrast with the behavioural channel switched off (run at the base level): it
    /// must show no effect; if it shows the expected one, the test measures construction.
    public var placebo: Placebo?

    /// A test's placebo: its label (what is switched off) and its two conditions.
    public struct Placebo: Sendable, Equatable {
        public var label: String
        public var control: Condition?
        public var treatment: Condition
        public init(label: String, control: Condition?, treatment: Condition) {
            self.label = label
            self.control = control
            self.treatment = treatment
        }
    }

    public init(name: String, metric: Metric, control: Condition?, treatment: Condition, expect: Expectation, reason: String = "") {
        self.reason = reason
        self.name = name
        self.metric = metric
        self.control = control
        self.treatment = treatment
        self.expect = expect
    }
}

/// A condition of a test: a label and the edits that turn the claim's base into it.
public struct Condition: Sendable, Equatable {
    public var label: String
    public var edits: [ScenarioEdit]
    public init(label: String, edits: [ScenarioEdit]) {
        self.label = label
        self.edits = edits
    }
}

