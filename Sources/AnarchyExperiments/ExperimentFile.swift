import AnarchyScenarioFiles
import AnarchyWorld
import Yams

/// Reading experiment files (YAML or JSON; `docs/EXPERIMENTS.md`, schema
/// `docs/experiment.schema.json`). Problems name the field, the reason, and the line and column;
/// unknown keys are errors. Every design point is built and validated before anything runs.
public enum ExperimentFile {
    static let topKeys = ["name", "description", "base", "scenario", "design", "factors", "replications", "seed", "metrics", "focal", "stop"]
    static let designKinds = ["grid", "random", "latinHypercube", "oneAtATime"]
    /// The most design points and replications per point an experiment may ask for.
    public static let maximumPoints = 1_000_000
    public static let maximumReplications = 1_000_000

    /// The experiment a file's text describes. `loadScenario` turns `base:` (a built-in's name or
    /// a scenario file's path) into a scenario.
    public static func parse(
        _ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario
    ) throws(ScenarioFileError) -> Experiment {
        let (experiment, problems) = read(text, loadScenario: loadScenario)
        if let first = problems.first { throw first }
        guard let experiment else { throw ScenarioFileError(path: "", message: "the experiment could not be read") }
        return experiment
    }

    /// Every problem of an experiment file that can be found at once (for `anarchy validate`):
    /// unknown keys anywhere, and each top-level field on its own; the focal state, the stopping
    /// rule and the design's points once those are sound. Empty when the file is valid.
    public static func problems(_ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario) -> [ScenarioFileError] {
        read(text, loadScenario: loadScenario).problems
    }

    /// The experiment and every problem found (``parse(_:loadScenario:)`` and ``problems(_:loadScenario:)``
    /// in one pass): the experiment exactly when there is no problem.
    static func read(
        _ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario
    ) -> (experiment: Experiment?, problems: [ScenarioFileError]) {
        let (value, problems) = NodeReader.collecting { (reader: inout NodeReader, found: inout [ScenarioFileError]) throws(ScenarioFileError) -> Experiment? in
            try read(text, loadScenario, &reader, &found)
        }
        return (value, problems)
    }

    private static func read(
        _ text: String, _ loadScenario: (String) throws(ScenarioFileError) -> Scenario, _ reader: inout NodeReader, _ found: inout [ScenarioFileError]
    ) throws(ScenarioFileError) -> Experiment? {
        let root = try ScenarioFile.compose(text, kind: "an experiment")
        var fields: [String: Node] = [:]
        for (key, value) in try reader.mapping(root, "", allowed: topKeys) { fields[key] = value }
        func located(_ path: String, _ message: String) -> ScenarioFileError {
            ScenarioFile.located(ScenarioError(path, message), reader.marks)
        }
        /// The value, or nil with its problem recorded: the rest of the file is still read.
        func attempt<T>(_ body: () throws(ScenarioFileError) -> T) -> T? {
            do throws(ScenarioFileError) { return try body() } catch {
                found.append(error)
                return nil
            }
        }

        let name = attempt { () throws(ScenarioFileError) -> String in
            let name = try fields["name"].map { node throws(ScenarioFileError) in try reader.text(node, "name") } ?? ""
            guard !name.isEmpty else { throw located("name", "give the experiment a name") }
            return name
        }
        let based = attempt { () throws(ScenarioFileError) -> (Scenario, String) in
            switch (fields["base"], fields["scenario"]) {
            case let (baseNode?, nil):
                let source = try reader.text(baseNode, "base")
                do throws(ScenarioFileError) { return (try loadScenario(source), source) } catch {
                    throw located("base", "\(source): \(error.description)")
                }
            case let (label, inline?):
                // Experiment files written by anarchy carry both: the base's name, and the scenario itself.
                let source = try label.map { node throws(ScenarioFileError) in try reader.text(node, "base") } ?? "inline"
                let inlineText: String
                do { inlineText = try Yams.serialize(node: inline) } catch { throw located("scenario", "cannot be read: \(error)") }
                do throws(ScenarioFileError) { return (try ScenarioFile.parse(inlineText), source) } catch {
                    throw located("scenario", "\(error.description) (line and column within the scenario block)")
                }
            case (nil, nil): throw located("base", "give base (a built-in scenario's name or a scenario file) or scenario (inline)")
            }
        }
        var experiment = Experiment(name: name ?? "", baseSource: based?.1 ?? "", base: based?.0 ?? Scenario())
        if let node = fields["description"], let summary = attempt({ () throws(ScenarioFileError) -> String in try reader.text(node, "description") }) {
            experiment.summary = summary
        }
        if let node = fields["replications"], let replications = attempt({ () throws(ScenarioFileError) -> Int in
            let replications = try reader.whole(node, "replications")
            guard (1...maximumReplications).contains(replications) else {
                throw located("replications", "must be in 1…\(maximumReplications), got \(replications)")
            }
            return replications
        }) { experiment.replications = replications }
        if let node = fields["seed"], let seed = attempt({ () throws(ScenarioFileError) -> UInt64 in
            guard case let .scalar(s) = node, let seed = UInt64(s.string) else {
                throw reader.fail("seed", node, "must be a whole number in 0…18446744073709551615, got \(NodeReader.kind(node))")
            }
            return seed
        }) { experiment.seed = seed }
        if let node = fields["design"], let design = attempt({ () throws(ScenarioFileError) -> Experiment.Design in try design(node, &reader) }) {
            experiment.design = design
        }
        if let node = fields["factors"], let factors = attempt({ () throws(ScenarioFileError) -> [Experiment.Factor] in try factors(node, &reader) }) {
            experiment.factors = factors
        }
        if let node = fields["metrics"] {
            try reader.note("metrics", node)
            guard case let .sequence(items) = node, !items.isEmpty else { throw reader.fail("metrics", node, "must be a non-empty list of metric names") }
            var metrics: [Metric] = []
            for (i, item) in items.enumerated() {
                guard let metric = attempt({ () throws(ScenarioFileError) -> Metric in
                    let text = try reader.text(item, "metrics[\(i)]")
                    guard let metric = Metric(rawValue: text) else {
                        let hint = NodeReader.closest(text, Metric.allCases.map(\.rawValue)).map { " (did you mean \($0)?)" } ?? ""
                        throw reader.fail("metrics[\(i)]", item, "no metric \"\(text)\"\(hint); known: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    guard !metrics.contains(metric) else { throw reader.fail("metrics[\(i)]", item, "\(text) is listed twice") }
                    return metric
                }) else { continue }
                metrics.append(metric)
            }
            experiment.metrics = metrics
        }
        guard found.isEmpty, reader.keyProblems.isEmpty, name != nil, based != nil else { return nil }
        if let node = fields["focal"] {
            let name = try reader.text(node, "focal")
            experiment.focal = name
            guard experiment.focalIndex != nil else {
                let names = experiment.base.states.indices.map { experiment.base.states[$0].name ?? "S\($0)" }
                throw reader.fail("focal", node, "no state \"\(name)\" in the base scenario; its states: \(names.joined(separator: ", "))")
            }
        }
        if experiment.focal == nil, let needing = experiment.metrics.first(where: \.needsFocal) {
            throw located("metrics", "\(needing.rawValue) reads the focal state: name it with focal: (a state of the base scenario)")
        }
        if let node = fields["stop"] { experiment.stop = try stop(node, &reader, metrics: experiment.metrics, replications: experiment.replications) }
        try check(experiment, located: located)
        do throws(ScenarioFileError) { _ = try experiment.points() } catch { throw located(error.path, error.message) }
        return experiment
    }

    private static func design(_ node: Node, _ reader: inout NodeReader) throws(ScenarioFileError) -> Experiment.Design {
        if case let .scalar(s) = node {
            switch s.string {
            case "grid": return .grid
            case "oneAtATime": return .oneAtATime
            case "random", "latinHypercube": throw reader.fail("design", node, "\(s.string) needs points: write {kind: \(s.string), points: N}")
            default: throw reader.fail("design", node, "must be one of \(designKinds.joined(separator: ", ")), got \(NodeReader.kind(node))")
            }
        }
        var kind: String?, points: Int?
        for (key, value) in try reader.mapping(node, "design", allowed: ["kind", "points"]) {
            if key == "kind" { kind = try reader.text(value, "design.kind") } else { points = try reader.whole(value, "design.points") }
        }
        switch kind {
        case "grid"?: return .grid
        case "oneAtATime"?: return .oneAtATime
        case "random"?, "latinHypercube"?:
            guard let points, (1...maximumPoints).contains(points) else {
                throw reader.fail("design.points", node, "give points, in 1…\(maximumPoints)")
            }
            return kind == "random" ? .random(points: points) : .latinHypercube(points: points)
        default: throw reader.fail("design.kind", node, "must be one of \(designKinds.joined(separator: ", "))")
        }
    }

    /// A `factors:` list: `{path, values}` or `{path, min, max}` items (also read by claim files,
    /// whose `across:` is such a list; `at` names the list in errors). No two factors may
    /// overlap (``ScenarioPath/overlaps(_:_:)``): the later would silently override the earlier.
    public static func factors(_ node: Node, _ reader: inout NodeReader, at list: String = "factors") throws(ScenarioFileError) -> [Experiment.Factor] {
        try reader.note(list, node)
        guard case let .sequence(items) = node else { throw reader.fail(list, node, "must be a list of {path, values} or {path, min, max}") }
        var factors: [Experiment.Factor] = []
        for (i, item) in items.enumerated() {
            let at = "\(list)[\(i)]"
            let factor = try self.factor(item, at: at, &reader)
            if let j = factors.firstIndex(where: { ScenarioPath.overlaps($0.path, factor.path) }) {
                let how = factors[j].path == factor.path ? "is varied twice" : "overlaps \(factors[j].path)"
                throw reader.fail(noted: "\(at).path", "\(factor.path) \(how) (\(list)[\(j)]): one would silently override the other")
            }
            factors.append(factor)
        }
        return factors
    }

    /// One factor, `{path, values}` or `{path, min, max}`, written at `at`.
    public static func factor(_ item: Node, at: String, _ reader: inout NodeReader) throws(ScenarioFileError) -> Experiment.Factor {
        var factor = Experiment.Factor(path: "")
        var low: Double?, high: Double?
        var pathNode = item
        for (key, value) in try reader.mapping(item, at, allowed: ["path", "values", "min", "max"]) {
            switch key {
            case "path":
                factor.path = try reader.text(value, "\(at).path")
                pathNode = value
            case "values":
                guard case let .sequence(values) = value, !values.isEmpty else { throw reader.fail("\(at).values", value, "must be a non-empty list of numbers") }
                for (j, v) in values.enumerated() { factor.values.append(try reader.number(v, "\(at).values[\(j)]")) }
            case "min": low = try reader.number(value, "\(at).min")
            default: high = try reader.number(value, "\(at).max")
            }
        }
        guard ScenarioPath.components(factor.path) != nil else {
            throw reader.fail("\(at).path", pathNode, "give the field's path as in a scenario file (system.beta, states[0].wealth, mechanisms.crisis.costLow)")
        }
        if low != nil || high != nil {
            guard let low, let high, low < high else { throw reader.fail(at, item, "give min < max") }
            factor.range = low...high
        }
        return factor
    }

    private static func stop(
        _ node: Node, _ reader: inout NodeReader, metrics: [Metric], replications: Int
    ) throws(ScenarioFileError) -> Experiment.StoppingRule {
        var metric: Metric?, width: Double?, most: Int?
        for (key, value) in try reader.mapping(node, "stop", allowed: ["metric", "width", "maxReplications"]) {
            switch key {
            case "metric":
                let text = try reader.text(value, "stop.metric")
                guard let m = Metric(rawValue: text), metrics.contains(m) else { throw reader.fail("stop.metric", value, "must be one of the experiment's metrics (\(metrics.map(\.rawValue).joined(separator: ", ")))") }
                metric = m
            case "width": width = try reader.number(value, "stop.width")
            default: most = try reader.whole(value, "stop.maxReplications")
            }
        }
        guard let metric, let width, width > 0, let most, (replications...maximumReplications).contains(most) else {
            throw reader.fail("stop", node, "give metric, width > 0 and maxReplications in \(replications)…\(maximumReplications) (at least the replications per round)")
        }
        return Experiment.StoppingRule(metric: metric, width: width, maxReplications: most)
    }

    /// Design and factors agree: values for grid and one-at-a-time, ranges for random and Latin hypercube.
    static func check(_ e: Experiment, located: (String, String) -> ScenarioFileError) throws(ScenarioFileError) {
        for (i, f) in e.factors.enumerated() {
            switch e.design {
            case .grid, .oneAtATime:
                guard !f.values.isEmpty else { throw located("factors[\(i)].values", "a \(e.design.name) design needs values for \(f.path)") }
            case .random, .latinHypercube:
                guard f.range != nil else { throw located("factors[\(i)]", "a \(e.design.name) design needs min and max for \(f.path)") }
            }
        }
        if case .grid = e.design {
            let count = e.factors.reduce(1.0) { $0 * Double($1.values.count) }
            guard count <= Double(maximumPoints) else { throw located("factors", "the grid has \(Int(count)) points, more than \(maximumPoints)") }
        }
    }
}
