import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld

/// Where in parameter space a claim is tested: the base (the claim's scenario as written), each
/// `across` factor's values one at a time (the others at the base's values), and the cells of
/// its `map`.
public struct Level: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case base
        /// A value of `across[factor]`.
        case across(factor: Int)
        /// A cell of the map.
        case map
        /// A point of the robustness sample (`ClaimPlan.samples(_:count:after:)`).
        case sample(point: Int)
        /// A model variant (``ModelVariant``), applied after each condition's edits.
        case variant(ModelVariant)
    }
    public let index: Int
    public let kind: Kind
    /// The swept fields and their values here (none at the base).
    public let settings: [Setting]

    public struct Setting: Sendable, Equatable {
        public let path: String
        public let value: Double
    }

    /// "base", "system.beta=2, system.delta=0.1", or "sample 3".
    public var label: String {
        if case let .sample(point) = kind { return "sample \(point)" }
        if case let .variant(variant) = kind { return "variant: \(variant.label)" }
        return settings.isEmpty ? "base" : settings.map { "\($0.path)=\(PlainNumber.text($0.value))" }.joined(separator: ", ")
    }

    /// Whether the level votes on the verdict (the base and the `across` sweep).
    public var decides: Bool {
        switch kind {
        case .base, .across: true
        case .map, .sample, .variant: false
        }
    }
}

/// A level's runs: the distinct scenarios its tests compare, and which of them each test's
/// control and treatment is.
struct LevelPlan: Sendable {
    let level: Level
    let scenarios: [Scenario]
    let labels: [String]
    let conditions: [(control: Int?, treatment: Int)]
    /// Each test's placebo conditions, at the base level only (nil elsewhere, or without one).
    let placebos: [(control: Int?, treatment: Int)?]
}

enum ClaimPlan {
    /// The levels, in order: base, across (factor by factor, values as listed, skipping the
    /// base's own value), map cells (y outer, x inner).
    static func levels(_ claim: Claim) throws(ScenarioFileError) -> [Level] {
        var levels = [Level(index: 0, kind: .base, settings: [])]
        for (k, factor) in claim.across.enumerated() {
            let here = ScenarioPath.value(at: factor.path, in: claim.base)
            for value in factor.values where value != here {
                levels.append(Level(index: levels.count, kind: .across(factor: k), settings: [.init(path: factor.path, value: value)]))
            }
        }
        if let map = claim.map {
            for y in map.y.values {
                for x in map.x.values {
                    levels.append(Level(index: levels.count, kind: .map, settings: [.init(path: map.x.path, value: x), .init(path: map.y.path, value: y)]))
                }
            }
        }
        return levels
    }

    /// The ranges of the robustness sample: SDW-1's system parameters over ranges around its
    /// defaults, each valid together with every other (s0, sGreedy ≤ sMax; burden·sMax < 1).
    static let sampleRanges: [(path: String, range: ClosedRange<Double>)] = [
        ("system.pGreedy", 0.05...0.5), ("system.beta", 0.5...2.5), ("system.delta", 0.05...0.95), ("system.sigma", 0.005...0.1),
        ("system.growth", 0.01...0.05), ("system.burden", 0.2...0.8), ("system.s0", 0.01...0.05), ("system.sGreedy", 0.05...0.15),
        ("system.sMax", 0.15...0.35), ("system.kappa", 0.5...4), ("system.phiGreedy", 0.5...0.9), ("system.rho", 0.02...0.1),
        ("system.attackRatio", 1...3), ("system.spoils", 0.1...0.5), ("system.attrition", 0.1...0.5), ("system.conquest", 0.1...0.3),
    ]

    /// The robustness sample (issue "The debate as science"): `count` points of a Latin hypercube
    /// (McKay, Beckman & Conover 1979, via the experiments layer, seeded by the claim's seed) over
    /// every system parameter no test's condition sets, numbered after the claim's other levels.
    static func samples(_ claim: Claim, count: Int, after first: Int) throws(ScenarioFileError) -> [Level] {
        guard count > 0 else { return [] }
        let fixed = claim.tests.flatMap { [$0.control, $0.treatment].compactMap { $0 }.flatMap(\.edits).map(\.path) }
        let free = sampleRanges.filter { r in !fixed.contains { ScenarioPath.overlaps($0, r.path) } }
        var design = Experiment(name: "robustness", baseSource: claim.baseSource, base: claim.base)
        design.design = .latinHypercube(points: count)
        design.seed = claim.seed
        design.factors = free.map { Experiment.Factor(path: $0.path, range: $0.range) }
        return try design.points().map { point in
            Level(index: first + point.index, kind: .sample(point: point.index + 1),
                  settings: zip(free, point.values).map { Level.Setting(path: $0.0.path, value: $0.1) })
        }
    }

    /// The model variants' levels (``ModelVariant/matrix(for:)``), numbered after `first`, and
    /// the axes the claim fixes, in words.
    static func variants(_ claim: Claim, after first: Int) -> (levels: [Level], fixed: [String]) {
        let (variants, fixed) = ModelVariant.matrix(for: claim)
        return (variants.enumerated().map { Level(index: first + $0.offset, kind: .variant($0.element), settings: []) }, fixed)
    }

    /// The scenarios of `level`: the base with the level's settings, then each condition's
    /// edits, then the level's model variant.
    static func conditions(_ claim: Claim, at level: Level) throws(ScenarioFileError) -> LevelPlan {
        var start = claim.base
        if let together = ScenarioPath.setting(level.settings.map { ScenarioEdit(path: $0.path, value: ScenarioPath.document($0.value)) }, in: claim.base) {
            start = together
        } else {  // one by one, to name the setting at fault
            for s in level.settings {
                do throws(ScenarioFileError) { start = try ScenarioPath.setting(s.value, at: s.path, in: start) } catch {
                    throw ScenarioFileError(path: level.kind == .map ? "map" : level.decides ? "across" : "robustness sample", message: "\(s.path) = \(PlainNumber.text(s.value)): \(error.message)")
                }
            }
        }
        var scenarios: [Scenario] = [], labels: [String] = []
        func index(of condition: Condition, test: Int, role: String) throws(ScenarioFileError) -> Int {
            var scenario = start
            if let together = ScenarioPath.setting(condition.edits, in: start) {
                scenario = together
            } else {  // one by one, to name the edit at fault
                for edit in condition.edits {
                    do throws(ScenarioFileError) { scenario = try ScenarioPath.setting(document: edit.value, at: edit.path, in: scenario) } catch {
                        throw ScenarioFileError(path: "tests[\(test)].\(role).set.\(edit.path)", message: "\(error.message)\(level.settings.isEmpty ? "" : " (at \(level.label))")")
                    }
                }
            }
            if case let .variant(variant) = level.kind {
                do throws(ScenarioError) { scenario = try variant.applied(to: scenario) } catch {
                    throw ScenarioFileError(path: "variant \(variant.label)", message: "\(condition.label): \(error)")
                }
            }
            if let found = scenarios.firstIndex(of: scenario) { return found }
            scenarios.append(scenario)
            labels.append(condition.label)
            return scenarios.count - 1
        }
        var conditions: [(control: Int?, treatment: Int)] = []
        for (t, test) in claim.tests.enumerated() {
            let control = try test.control.map { c throws(ScenarioFileError) in try index(of: c, test: t, role: "control") }
            conditions.append((control, try index(of: test.treatment, test: t, role: "treatment")))
        }
        var placebos: [(control: Int?, treatment: Int)?] = []
        for (t, test) in claim.tests.enumerated() {
            guard level.kind == .base, let placebo = test.placebo else {
                placebos.append(nil)
                continue
            }
            let control = try placebo.control.map { c throws(ScenarioFileError) in try index(of: c, test: t, role: "placebo.control") }
            placebos.append((control, try index(of: placebo.treatment, test: t, role: "placebo.treatment")))
        }
        return LevelPlan(level: level, scenarios: scenarios, labels: labels, conditions: conditions, placebos: placebos)
    }
}
