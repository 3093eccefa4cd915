import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import Yams

/// Reading claim files (YAML or JSON; `docs/DEBATE.md`). Problems name the field, the reason and
/// the line and column; unknown keys are errors. Every condition at every level is built and
/// validated as a scenario file before anything runs.
public enum ClaimFile {
    static let topKeys = [
        "claim", "title", "school", "statement", "sources", "operationalisation", "limits", "base", "focal", "set", "conditions", "tests",
        "across", "map", "replications", "quick", "seed", "revisions",
    ]
    static let testKeys = ["name", "metric", "control", "treatment", "expect", "smallestEffect", "reason", "placebo", "margin"]
    /// The most levels (base, swept values and map cells) and replications a claim may ask for.
    public static let maximumLevels = 10_000
    public static let maximumReplications = 100_000

    /// The claim a file's text describes. `loadScenario` turns `base:` into a scenario.
    /// - Throws: the first of ``problems(_:loadScenario:)``.
    public static func parse(
        _ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario
    ) throws(ScenarioFileError) -> Claim {
        let (claim, problems) = read(text, loadScenario: loadScenario)
        if let first = problems.first { throw first }
        guard let claim else { throw ScenarioFileError(path: "", message: "the claim could not be read") }
        return claim
    }

    /// Every problem of a claim file that can be found at once (for `anarchy validate`): unknown
    /// keys anywhere, the required fields, and each condition and test on its own; the sweeps,
    /// the map and the levels are checked once those are sound. Empty when the file is valid.
    public static func problems(_ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario) -> [ScenarioFileError] {
        read(text, loadScenario: loadScenario).problems
    }

    /// The claim and every problem found (``parse(_:loadScenario:)`` and ``problems(_:loadScenario:)``
    /// in one pass): the claim exactly when there is no problem.
    static func read(
        _ text: String, loadScenario: (String) throws(ScenarioFileError) -> Scenario
    ) -> (claim: Claim?, problems: [ScenarioFileError]) {
        let (value, problems) = NodeReader.collecting { (reader: inout NodeReader, found: inout [ScenarioFileError]) throws(ScenarioFileError) -> Claim? in
            try read(text, loadScenario, &reader, &found)
        }
        return (value, problems)
    }

    private static func read(
        _ text: String, _ loadScenario: (String) throws(ScenarioFileError) -> Scenario, _ reader: inout NodeReader, _ found: inout [ScenarioFileError]
    ) throws(ScenarioFileError) -> Claim? {
        let root = try ScenarioFile.compose(text, kind: "a claim")
        var fields: [String: Node] = [:]
        for (key, value) in try reader.mapping(root, "", allowed: topKeys) { fields[key] = value }
        func required(_ key: String) throws(ScenarioFileError) -> Node {
            guard let node = fields[key] else { throw ScenarioFileError(path: key, message: "required") }
            return node
        }
        func field(_ key: String, _ reader: NodeReader) throws(ScenarioFileError) -> String {
            let value = try reader.text(try required(key), key)
            guard !value.isEmpty else { throw reader.fail(key, fields[key], "must not be empty") }
            return value
        }
        /// The value, or nil with its problem recorded: the rest of the file is still read.
        func attempt<T>(_ body: () throws(ScenarioFileError) -> T) -> T? {
            do throws(ScenarioFileError) { return try body() } catch {
                found.append(error)
                return nil
            }
        }

        let number = attempt { () throws(ScenarioFileError) -> Int in
            let numberNode = try required("claim")
            let number = try reader.whole(numberNode, "claim")
            guard number >= 1 else { throw reader.fail("claim", numberNode, "must be a whole number ≥ 1, got \(number)") }
            return number
        }
        let school = attempt { () throws(ScenarioFileError) -> Claim.School in
            let schoolName = try field("school", reader)
            guard let school = Claim.School(rawValue: schoolName) else {
                throw reader.fail("school", fields["school"], "must be one of \(Claim.School.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(schoolName)\"")
            }
            return school
        }
        let texts = ["title", "statement", "operationalisation", "limits"].map { key in attempt { () throws(ScenarioFileError) -> String in try field(key, reader) } }
        let source = attempt { () throws(ScenarioFileError) -> String in try field("base", reader) }
        var base: Scenario? = source.flatMap { source in
            attempt { () throws(ScenarioFileError) -> Scenario in
                do throws(ScenarioFileError) { return try loadScenario(source) } catch {
                    throw reader.fail("base", fields["base"], "\(source): \(error.description)")
                }
            }
        }
        if let node = fields["set"], let start = base {
            base = attempt { () throws(ScenarioFileError) -> Scenario in
                var edited = start
                for edit in try edits(node, "set", &reader) {
                    do throws(ScenarioFileError) { edited = try ScenarioPath.setting(document: edit.value, at: edit.path, in: edited) } catch {
                        throw reader.fail("set.\(edit.path)", node, error.description)
                    }
                }
                return edited
            }
        }
        // Named conditions that tests may refer to by name (a status quo shared by several tests).
        var named: [String: Condition] = [:]
        if let node = fields["conditions"] {
            try reader.note("conditions", node)
            guard case let .mapping(mapping) = node else { throw reader.fail("conditions", node, "must be a mapping of names to {label, set}") }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                guard !name.isEmpty, named[name] == nil else { throw reader.fail("conditions", key, "condition names must be distinct text") }
                if let c = attempt({ () throws(ScenarioFileError) -> Condition in try condition(value, "conditions.\(name)", &reader, named: [:]) }) { named[name] = c }
            }
        }
        let testsNode = try required("tests")
        guard case let .sequence(testNodes) = testsNode, !testNodes.isEmpty else {
            throw reader.fail("tests", testsNode, "must be a non-empty list of tests")
        }
        var tests: [ClaimTest] = []
        for (i, node) in testNodes.enumerated() {
            if let t = attempt({ () throws(ScenarioFileError) -> ClaimTest in try test(node, "tests[\(i)]", &reader, named: named) }) { tests.append(t) }
        }
        guard found.isEmpty, reader.keyProblems.isEmpty, let number, let school, let source, let base, let title = texts[0], let statement = texts[1],
              let operationalisation = texts[2], let limits = texts[3]
        else { return nil }
        guard Set(tests.map(\.name)).count == tests.count else { throw reader.fail("tests", testsNode, "two tests have the same name") }

        var claim = Claim(
            number: number, title: title, school: school, statement: statement,
            operationalisation: operationalisation, limits: limits, baseSource: source, base: base,
            focal: nil, tests: tests)
        if let node = fields["sources"] {
            guard case let .sequence(items) = node else { throw reader.fail("sources", node, "must be a list of references") }
            claim.sources = try items.enumerated().map { (i, item) throws(ScenarioFileError) in try reader.text(item, "sources[\(i)]") }
        }
        if let node = fields["focal"] {
            claim.focal = try reader.text(node, "focal")
            guard claim.focalIndex != nil else {
                let names = base.states.indices.map { base.states[$0].name ?? "S\($0)" }
                throw reader.fail("focal", node, "no state \"\(claim.focal!)\" in the base scenario; its states: \(names.joined(separator: ", "))")
            }
        }
        if claim.focal == nil, let test = tests.first(where: { $0.metric.needsFocal }) {
            throw ScenarioFileError(path: "focal", message: "test \"\(test.name)\" measures \(test.metric.rawValue), which reads the focal state: name it with focal:")
        }
        if let node = fields["across"] {
            claim.across = try ExperimentFile.factors(node, &reader, at: "across")
            for (i, f) in claim.across.enumerated() where f.values.isEmpty {
                throw reader.fail(noted: "across[\(i)]", "give the values to sweep \(f.path) over")
            }
        }
        if let node = fields["map"] {
            var x: Experiment.Factor?, y: Experiment.Factor?
            for (key, value) in try reader.mapping(node, "map", allowed: ["x", "y"]) {
                let f = try ExperimentFile.factor(value, at: "map.\(key)", &reader)
                guard !f.values.isEmpty else { throw reader.fail("map.\(key).values", value, "give the values to map \(f.path) over") }
                if key == "x" { x = f } else { y = f }
            }
            if let first = reader.keyProblems.first { throw first }
            guard let x, let y else { throw reader.fail("map", node, "give x and y, two different {path, values}") }
            guard !ScenarioPath.overlaps(x.path, y.path) else {
                throw reader.fail(noted: "map.y.path", "\(y.path) overlaps map.x's \(x.path): give two different fields, neither inside the other")
            }
            claim.map = Claim.Map(x: x, y: y)
        }
        if let node = fields["replications"] { claim.replications = try replications(node, "replications", reader) }
        if let node = fields["quick"] { claim.quickReplications = try replications(node, "quick", reader) }
        if let node = fields["seed"] {
            guard case let .scalar(s) = node, let seed = UInt64(s.string) else {
                throw reader.fail("seed", node, "must be a whole number in 0…18446744073709551615, got \(NodeReader.kind(node))")
            }
            claim.seed = seed
        }
        if let node = fields["revisions"] {
            guard case let .sequence(items) = node else { throw reader.fail("revisions", node, "must be a list of {date, change}") }
            for (i, item) in items.enumerated() {
                var date: String?, change: String?
                for (key, value) in try reader.mapping(item, "revisions[\(i)]", allowed: ["date", "change"]) {
                    let text = try reader.text(value, "revisions[\(i)].\(key)")
                    if key == "date" { date = text } else { change = text }
                }
                if let first = reader.keyProblems.first { throw first }
                guard let date, let change, !change.isEmpty else { throw reader.fail("revisions[\(i)]", item, "give date (YYYY-MM-DD) and change") }
                guard date.count == 10, date.enumerated().allSatisfy({ [4, 7].contains($0.offset) ? $0.element == "-" : $0.element.isNumber }) else {
                    throw reader.fail("revisions[\(i)].date", item, "must be a date written YYYY-MM-DD, got \"\(date)\"")
                }
                claim.revisions.append(Claim.Revision(date: date, change: change))
            }
        }
        try refuseSweptConditions(claim, reader)
        do throws(ScenarioFileError) {
            let levels = try ClaimPlan.levels(claim)
            guard levels.count <= maximumLevels else { throw ScenarioFileError(path: "across", message: "\(levels.count) levels, more than \(maximumLevels)") }
            for level in levels { _ = try ClaimPlan.conditions(claim, at: level) }
        } catch {
            throw ScenarioFile.located(ScenarioError(error.path, error.message), reader.marks)
        }
        return claim
    }

    /// A sweep (`across`, `map`) may not vary a field that a test's condition sets, nor a field
    /// inside or around one (``ScenarioPath/overlaps(_:_:)``). Sweeps are applied before the
    /// conditions' edits, so the condition's value would silently replace the swept one in one
    /// condition (the sweep changing nothing there), while in the other the sweep would change a
    /// field the claim meant to hold — even switch on a mechanism the control lacks.
    static func refuseSweptConditions(_ claim: Claim, _ reader: NodeReader) throws(ScenarioFileError) {
        var swept = claim.across.enumerated().map { (at: "across[\($0.offset)].path", path: $0.element.path) }
        if let map = claim.map { swept += [(at: "map.x.path", path: map.x.path), (at: "map.y.path", path: map.y.path)] }
        for sweep in swept {
            for test in claim.tests {
                // (A placebo runs at the base level only, where nothing is swept: it may set a swept field.)
                for (role, condition) in [("control", test.control), ("treatment", test.treatment)] {
                    guard let edit = condition?.edits.first(where: { ScenarioPath.overlaps($0.path, sweep.path) }) else { continue }
                    let what = edit.path == sweep.path ? "sets it too" : "sets \(edit.path)"
                    throw reader.fail(
                        noted: sweep.at,
                        "\(sweep.path) is swept, but test \"\(test.name)\"'s \(role) (\"\(condition!.label)\") \(what): a sweep may not vary a field a "
                            + "condition sets, or one inside or around it (the condition would override the sweep, or the sweep would change "
                            + "what the other condition holds). Sweep a field no condition touches, or give each condition the value itself.")
                }
            }
        }
    }

    private static func replications(_ node: Node, _ path: String, _ reader: NodeReader) throws(ScenarioFileError) -> Int {
        let n = try reader.whole(node, path)
        guard (2...maximumReplications).contains(n) else {
            throw reader.fail(path, node, "must be in 2…\(maximumReplications) (an interval needs two runs), got \(n)")
        }
        return n
    }

    private static func test(_ node: Node, _ at: String, _ reader: inout NodeReader, named: [String: Condition]) throws(ScenarioFileError) -> ClaimTest {
        var fields: [String: Node] = [:]
        for (key, value) in try reader.mapping(node, at, allowed: testKeys) { fields[key] = value }  // unknown keys: recorded, reported with the rest
        guard let nameNode = fields["name"], let metricNode = fields["metric"], let treatmentNode = fields["treatment"], let expectNode = fields["expect"] else {
            throw reader.fail(at, node, "a test needs name, metric, treatment and expect (control is optional)")
        }
        let metricName = try reader.text(metricNode, "\(at).metric")
        guard let metric = Metric(rawValue: metricName) else {
            let hint = NodeReader.closest(metricName, Metric.allCases.map(\.rawValue)).map { " (did you mean \($0)?)" } ?? ""
            throw reader.fail("\(at).metric", metricNode, "no metric \"\(metricName)\"\(hint); known: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let kindName = try reader.text(expectNode, "\(at).expect")
        guard let kind = Expectation.Kind(rawValue: kindName) else {
            throw reader.fail("\(at).expect", expectNode, "must be one of \(Expectation.Kind.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(kindName)\"")
        }
        if let old = fields["margin"] {
            throw reader.fail("\(at).margin", old, "margin is now smallestEffect, and needs its reason: smallestEffect: N (> 0) and reason: why a smaller effect would not matter")
        }
        guard let smallestNode = fields["smallestEffect"], let reasonNode = fields["reason"] else {
            throw reader.fail(at, node, "a test needs smallestEffect (> 0: the smallest effect that matters, in the metric's units) and reason (why, from the metric's meaning)")
        }
        let smallest = try reader.number(smallestNode, "\(at).smallestEffect")
        guard smallest > 0 && smallest.isFinite else {
            throw reader.fail("\(at).smallestEffect", smallestNode, "must be a finite number > 0 (an effect of 0.0001 is not evidence for a claim), got \(PlainNumber.text(smallest))")
        }
        let reason = try reader.text(reasonNode, "\(at).reason")
        guard !reason.isEmpty else { throw reader.fail("\(at).reason", reasonNode, "say why this is the smallest effect that matters") }
        var test = ClaimTest(
            name: try reader.text(nameNode, "\(at).name"), metric: metric,
            control: try fields["control"].map { node throws(ScenarioFileError) in try condition(node, "\(at).control", &reader, named: named) },
            treatment: try condition(treatmentNode, "\(at).treatment", &reader, named: named), expect: Expectation(kind, margin: smallest), reason: reason)
        if let placeboNode = fields["placebo"] {
            var parts: [String: Node] = [:]
            for (key, value) in try reader.mapping(placeboNode, "\(at).placebo", allowed: ["label", "control", "treatment"]) { parts[key] = value }
            guard let labelNode = parts["label"], let placeboTreatment = parts["treatment"] else {
                throw reader.fail("\(at).placebo", placeboNode, "a placebo needs label (the channel switched off) and treatment (control is optional, as for the test)")
            }
            guard (parts["control"] == nil) == (test.control == nil) else {
                throw reader.fail("\(at).placebo", placeboNode, "give the placebo a control exactly when the test has one: it repeats the test's contrast")
            }
            test.placebo = ClaimTest.Placebo(
                label: try reader.text(labelNode, "\(at).placebo.label"),
                control: try parts["control"].map { node throws(ScenarioFileError) in try condition(node, "\(at).placebo.control", &reader, named: named) },
                treatment: try condition(placeboTreatment, "\(at).placebo.treatment", &reader, named: named))
        }
        return test
    }

    /// `{label, set}`, or the name of one of the file's `conditions:`.
    private static func condition(_ node: Node, _ at: String, _ reader: inout NodeReader, named: [String: Condition]) throws(ScenarioFileError) -> Condition {
        if case let .scalar(name) = node {
            guard let found = named[name.string] else {
                let hint = NodeReader.closest(name.string, Array(named.keys)).map { " (did you mean \($0)?)" } ?? ""
                throw reader.fail(at, node, "no condition named \"\(name.string)\" under conditions:\(hint)")
            }
            return found
        }
        var label = "", edits: [ScenarioEdit] = []
        for (key, value) in try reader.mapping(node, at, allowed: ["label", "set"]) {
            if key == "label" { label = try reader.text(value, "\(at).label") } else { edits = try self.edits(value, "\(at).set", &reader) }
        }
        guard !label.isEmpty else { throw reader.fail("\(at).label", node, "give the condition a label") }
        return Condition(label: label, edits: edits)
    }

    /// A mapping of field paths to values (`system.delta: 0`, `mechanisms.deterrence: {punishmentShare: 1}`,
    /// `mechanisms.identity: null` to switch a mechanism off).
    private static func edits(_ node: Node, _ at: String, _ reader: inout NodeReader) throws(ScenarioFileError) -> [ScenarioEdit] {
        try reader.note(at, node)
        guard case let .mapping(mapping) = node else { throw reader.fail(at, node, "must be a mapping of field paths to values") }
        var edits: [ScenarioEdit] = []
        for (key, value) in mapping {
            guard case let .scalar(k) = key else { throw reader.fail(at, key, "keys are field paths") }
            try reader.note("\(at).\(k.string)", value)
            if let other = edits.first(where: { ScenarioPath.overlaps($0.path, k.string) }) {
                let message = other.path == k.string ? "given twice" : "overlaps \(other.path), set above: the later edit would silently override the earlier"
                throw reader.fail("\(at).\(k.string)", key, message)
            }
            // A null removes the field (JSONValue is nil-literal-expressible: spell the optional out).
            let document = YAMLDocument.value(value)
            edits.append(ScenarioEdit(path: k.string, value: document == .null ? Optional<JSONValue>.none : Optional.some(document)))
        }
        return edits
    }
}
