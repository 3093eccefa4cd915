import AnarchyCore

/// `debate.json`: the results as one JSON object (numbers in shortest round-trip form; an
/// undefined number — NaN — is written null), read back by ``DebateResults/init(json:)``.
extension DebateResults {
    /// The results as JSON; `timings: false` leaves out the wall-clock seconds and the build's
    /// manifest (which records the thread count), so two runs of the same claims on any number of
    /// threads write identical bytes.
    public func json(timings: Bool = true) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("version", .string(version)), ("quick", .bool(quick)), ("runs", .integer(runCount)), ("verdicts", verdictSummary),
            ("anchorsPassed", .bool(anchorsPassed)),
            ("anchors", .array(anchors.map { a in
                .object([("name", .string(a.name)), ("passed", .bool(a.passed)), ("source", .string(a.source)), ("expected", .string(a.expected)), ("found", .string(a.found))])
            })),
            ("claims", .array(claims.map(\.json))),
        ]
        if timings {
            fields.append(("seconds", .number(seconds)))
            if let manifest { fields.append(("manifest", manifest)) }
        }
        return .object(fields)
    }

    /// `{"1": "supported", ...}` for scripts.
    var verdictSummary: JSONValue { .object(claims.map { (key: String($0.number), value: .string($0.verdict.rawValue)) }) }

    /// Reads `debate.json` back.
    /// - Throws: ``DebateFileError`` naming the field that is missing or malformed.
    public init(json: JSONValue) throws(DebateFileError) {
        let r = Reader(json, at: "")
        version = try r.string("version")
        quick = try r.bool("quick")
        seconds = (try? r.number("seconds")) ?? .nan
        manifest = json["manifest"]
        claims = try r.array("claims").map { item throws(DebateFileError) in try ClaimResult(item) }
        runCount = try r.int("runs")
        anchors = try r.array("anchors").map { item throws(DebateFileError) in
            let a = Reader(item, at: "anchors[]")
            return Anchor(name: try a.string("name"), source: try a.string("source"), expected: try a.string("expected"), found: try a.string("found"), passed: try a.bool("passed"))
        }
    }
}

/// A malformed `debate.json`: the field and why.
public struct DebateFileError: Error, CustomStringConvertible {
    public let description: String
}

extension ClaimResult {
    var json: JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("claim", .integer(number)), ("title", .string(title)), ("school", .string(school)), ("statement", .string(statement)),
            ("sources", .array(sources.map(JSONValue.string))), ("operationalisation", .string(operationalisation)),
            ("limits", .string(limits)), ("base", .string(baseSource)), ("replications", .integer(replications)),
            ("seed", .string(String(seed))), ("verdict", .string(verdict.rawValue)), ("hash", .string(hash)), ("robustness", .number(robustness)),
            ("levels", .array(levels.map { l in
                .object([
                    ("label", .string(l.label)), ("kind", .string(l.kind)),
                    ("settings", .array(l.settings.map { .members(["path": .string($0.path), "value": .number($0.value)]) })),
                ])
            })),
            ("tests", .array(tests.map(\.json))),
            ("variants", .array(variants.map { v in
                .object([("variant", .string(v.label)), ("verdict", .string(v.verdict.rawValue)), ("tests", .array(v.tests.map { .string($0.rawValue) }))])
            })),
            ("variantsFixed", .array(variantsFixed.map(JSONValue.string))),
            ("register", .array(revisions.map { .object([("date", .string($0.date)), ("change", .string($0.change))]) })),
            ("replay", .array(replay.map { c in
                .members(["label": .string(c.label), "scenario": c.scenario, "seeds": .array(c.seeds.map { .string(String($0)) })])
            })),
            ("definition", .string(definition)),
        ]
        if let focal { fields.insert(("focal", .string(focal)), at: 8) }
        if let map {
            fields.append(("map", .members([
                "x": .string(map.x), "y": .string(map.y), "xValues": .array(map.xValues.map(JSONValue.number)),
                "yValues": .array(map.yValues.map(JSONValue.number)),
            ])))
        }
        return .object(fields)
    }

    init(_ value: JSONValue) throws(DebateFileError) {
        let r = Reader(value, at: "claims[]")
        number = try r.int("claim")
        title = try r.string("title")
        school = try r.string("school")
        statement = try r.string("statement")
        sources = try r.array("sources").map { s throws(DebateFileError) in try Reader(s, at: "sources[]").text() }
        operationalisation = try r.string("operationalisation")
        limits = try r.string("limits")
        baseSource = try r.string("base")
        focal = try? r.string("focal")
        replications = try r.int("replications")
        guard let s = UInt64(try r.string("seed")) else { throw DebateFileError(description: "claims[].seed: not a 64-bit seed") }
        seed = s
        verdict = try r.verdict("verdict")
        levels = try r.array("levels").map { item throws(DebateFileError) in
            let l = Reader(item, at: "levels[]")
            return LevelResult(
                label: try l.string("label"), kind: try l.string("kind"),
                settings: try l.array("settings").map { s throws(DebateFileError) in
                    let v = Reader(s, at: "settings[]")
                    return Level.Setting(path: try v.string("path"), value: try v.number("value"))
                })
        }
        tests = try r.array("tests").map { item throws(DebateFileError) in try TestResult(item) }
        // Written since the claims' own registers (2026-12-05); older files have none.
        if value["register"] != nil {
            revisions = try r.array("register").map { item throws(DebateFileError) in
                let x = Reader(item, at: "register[]")
                return Claim.Revision(date: try x.string("date"), change: try x.string("change"))
            }
        }
        // Written since the model variants (2026-12-05); older files have none.
        if value["variantsFixed"] != nil {
            variantsFixed = try r.array("variantsFixed").map { s throws(DebateFileError) in try Reader(s, at: "variantsFixed[]").text() }
        }
        replay = try r.array("replay").map { item throws(DebateFileError) in
            let c = Reader(item, at: "replay[]")
            guard let scenario = item["scenario"] else { throw DebateFileError(description: "replay[].scenario: missing") }
            return ReplayedCondition(
                label: try c.string("label"), scenario: scenario,
                seeds: try c.array("seeds").map { s throws(DebateFileError) in
                    guard let seed = UInt64(try Reader(s, at: "seeds[]").text()) else { throw DebateFileError(description: "replay[].seeds: not a seed") }
                    return seed
                })
        }
        definition = try r.string("definition")
        if value["map"] != nil {
            let m = Reader(value["map"]!, at: "map")
            map = MapAxes(
                x: try m.string("x"), y: try m.string("y"),
                xValues: try m.array("xValues").map { v throws(DebateFileError) in try Reader(v, at: "map.xValues[]").numberValue() },
                yValues: try m.array("yValues").map { v throws(DebateFileError) in try Reader(v, at: "map.yValues[]").numberValue() })
        }
        guard tests.allSatisfy({ $0.effects.count == levels.count }), !levels.isEmpty else {
            throw DebateFileError(description: "claims[\(number)]: each test needs one effect per level")
        }
    }
}

extension TestResult {
    var json: JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("name", .string(name)), ("metric", .string(metric)), ("expect", .string(expect)), ("smallestEffect", .number(margin)),
            ("reason", .string(reason)),
        ]
        if let control { fields.append(("control", .string(control))) }
        fields += [
            ("treatment", .string(treatment)), ("verdict", .string(verdict.rawValue)),
            ("boundaries", .array(boundaries.map(JSONValue.string))),
            ("effects", .array(effects.map(Self.json))),
        ]
        if let robustness {
            fields.append(("robustness", .object([
                ("points", .integer(robustness.points)), ("testable", .integer(robustness.testable)), ("holds", .integer(robustness.holds)),
                ("share", .number(robustness.share)),
                ("separatedBy", .array(robustness.separatedBy.map { .members(["path": .string($0.path), "difference": .number($0.difference)]) })),
            ])))
        }
        if let placebo {
            fields.append(("placebo", .object([
                ("label", .string(placebo.label)), ("showsEffect", .bool(placebo.showsEffect)),
                ("shareOfEffect", .number(placebo.fraction(of: headline))), ("effect", Self.json(placebo.effect)),
            ])))
        }
        return .object(fields)
    }

    static func json(_ e: LevelEffect) -> JSONValue {
        .members([
            "n": .integer(e.effect.n), "control_mean": .number(e.effect.controlMean), "treatment_mean": .number(e.effect.treatmentMean),
            "effect": .number(e.effect.effect), "ci_low": .number(e.effect.low), "ci_high": .number(e.effect.high),
            "outcome": .string(e.outcome.rawValue), "missing": .integer(e.missing),
            "p_holds": .number(e.pHolds), "p_fails": .number(e.pFails),
        ])
    }

    static func levelEffect(_ item: JSONValue) throws(DebateFileError) -> LevelEffect {
        let e = Reader(item, at: "effects[]")
        guard let outcome = Outcome(rawValue: try e.string("outcome")) else { throw DebateFileError(description: "effects[].outcome: unknown") }
        return LevelEffect(
            effect: PairedEffect(
                n: try e.int("n"), controlMean: try e.number("control_mean"), treatmentMean: try e.number("treatment_mean"),
                effect: try e.number("effect"), low: try e.number("ci_low"), high: try e.number("ci_high")),
            outcome: outcome, missing: try e.int("missing"), pHolds: try e.number("p_holds"), pFails: try e.number("p_fails"))
    }

    init(_ value: JSONValue) throws(DebateFileError) {
        let r = Reader(value, at: "tests[]")
        name = try r.string("name")
        metric = try r.string("metric")
        expect = try r.string("expect")
        margin = try r.number("smallestEffect")
        reason = try r.string("reason")
        control = try? r.string("control")
        treatment = try r.string("treatment")
        verdict = try r.verdict("verdict")
        boundaries = try r.array("boundaries").map { b throws(DebateFileError) in try Reader(b, at: "boundaries[]").text() }
        effects = try r.array("effects").map { item throws(DebateFileError) in try Self.levelEffect(item) }
        if let item = value["robustness"] {
            let r = Reader(item, at: "robustness")
            robustness = Robustness(
                points: try r.int("points"), testable: try r.int("testable"), holds: try r.int("holds"),
                separatedBy: try r.array("separatedBy").map { s throws(DebateFileError) in
                    let x = Reader(s, at: "separatedBy[]")
                    return Robustness.Separation(path: try x.string("path"), difference: try x.number("difference"))
                })
        }
        if let item = value["placebo"] {
            let p = Reader(item, at: "placebo")
            guard let effect = item["effect"] else { throw DebateFileError(description: "placebo.effect: missing") }
            placebo = PlaceboResult(label: try p.string("label"), effect: try Self.levelEffect(effect))
        }
    }
}

/// Typed access to a JSON object's fields, with errors that name the field.
private struct Reader {
    let value: JSONValue
    let at: String
    init(_ value: JSONValue, at: String) {
        self.value = value
        self.at = at
    }
    func field(_ key: String) throws(DebateFileError) -> JSONValue {
        guard let v = value[key] else { throw DebateFileError(description: "\(at).\(key): missing") }
        return v
    }
    func string(_ key: String) throws(DebateFileError) -> String { try Reader(try field(key), at: "\(at).\(key)").text() }
    func text() throws(DebateFileError) -> String {
        guard case let .string(s) = value else { throw DebateFileError(description: "\(at): must be text") }
        return s
    }
    func bool(_ key: String) throws(DebateFileError) -> Bool {
        guard case let .bool(b) = try field(key) else { throw DebateFileError(description: "\(at).\(key): must be true or false") }
        return b
    }
    func int(_ key: String) throws(DebateFileError) -> Int {
        guard case let .integer(i) = try field(key) else { throw DebateFileError(description: "\(at).\(key): must be a whole number") }
        return i
    }
    /// A number; null (an undefined value, NaN when written) reads as NaN.
    func number(_ key: String) throws(DebateFileError) -> Double { try Reader(try field(key), at: "\(at).\(key)").numberValue() }
    func numberValue() throws(DebateFileError) -> Double {
        if case .null = value { return .nan }
        guard let x = value.numberValue else { throw DebateFileError(description: "\(at): must be a number") }
        return x
    }
    func array(_ key: String) throws(DebateFileError) -> [JSONValue] {
        guard case let .array(items) = try field(key) else { throw DebateFileError(description: "\(at).\(key): must be a list") }
        return items
    }
    func verdict(_ key: String) throws(DebateFileError) -> Verdict {
        guard let v = Verdict(rawValue: try string(key)) else {
            throw DebateFileError(description: "\(at).\(key): must be one of \(Verdict.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return v
    }
}
