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
    }
    public let index: Int
    public let kind: Kind
    /// The swept fields and their values here (none at the base).
    public let settings: [Setting]

    public struct Setting: Sendable, Equatable {
        public let path: String
        public let value: Double
    }

    /// "base", or "system.beta=2, system.delta=0.1".
    public var label: String {
        settings.isEmpty ? "base" : settings.map { "\($0.path)=\(PlainNumber.text($0.value))" }.joined(separator: ", ")
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

    /// The scenarios of `level`: the base with the level's settings, then each condition's edits.
    static func conditions(_ claim: Claim, at level: Level) throws(ScenarioFileError) -> LevelPlan {
        var start = claim.base
        for s in level.settings {
            do throws(ScenarioFileError) { start = try ScenarioPath.setting(s.value, at: s.path, in: start) } catch {
                throw ScenarioFileError(path: level.kind == .map ? "map" : "across", message: "\(s.path) = \(PlainNumber.text(s.value)): \(error.message)")
            }
        }
        var scenarios: [Scenario] = [], labels: [String] = []
        func index(of condition: Condition, test: Int, role: String) throws(ScenarioFileError) -> Int {
            var scenario = start
            for edit in condition.edits {
                do throws(ScenarioFileError) { scenario = try ScenarioPath.setting(document: edit.value, at: edit.path, in: scenario) } catch {
                    throw ScenarioFileError(path: "tests[\(test)].\(role).set.\(edit.path)", message: "\(error.message)\(level.settings.isEmpty ? "" : " (at \(level.label))")")
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
