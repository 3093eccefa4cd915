import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import Testing
import Yams

@testable import AnarchyDebate

func claim(_ text: String) throws(ScenarioFileError) -> Claim { try ClaimFile.parse(text, loadScenario: BuiltinClaims.builtinScenario) }

/// A small claim on the spiral world: perspective taking against none, swept over δ.
let smallClaim = """
    claim: 12
    title: small
    school: mitigation
    statement: Perspective taking reduces misperception.
    operationalisation: spiral world, weight 1 against 0.
    limits: a test.
    base: spiral
    set: {ticks: 40}
    tests:
      - name: lower
        metric: misperceptionMean
        control: {label: none}
        treatment: {label: full, set: {mechanisms.perspectiveTaking: {weight: 1}}}
        expect: lower
        smallestEffect: 0.02
        reason: two points of mean error in belief.
    across:
      - {path: system.delta, values: [0.1, 0.9]}
    replications: 4
    quick: 2
    seed: 3
    """

@Suite(.timeLimit(.minutes(10)))
struct ClaimFileTests {
    @Test func theNineBuiltInClaimsRead() throws {
        let sources = try BuiltinClaims.all()
        #expect(sources.map(\.claim.number) == Array(1...11))
        #expect(sources.filter { $0.claim.school == .deterrence }.count == 6)
        for source in sources {
            let levels = try ClaimPlan.levels(source.claim)
            #expect(levels.count > 1 + source.claim.across.count, "claim \(source.claim.number)")
            #expect(!source.claim.operationalisation.isEmpty && !source.claim.limits.isEmpty)
            // The base level's conditions differ: a test that compares a scenario with itself would be vacuous.
            let plan = try ClaimPlan.conditions(source.claim, at: levels[0])
            for (control, treatment) in plan.conditions { #expect(control != treatment, "claim \(source.claim.number)") }
        }
    }

    @Test func levelsAreTheBaseTheSweepAndTheMap() throws {
        var c = try claim(smallClaim)
        let levels = try ClaimPlan.levels(c)
        #expect(levels.map(\.label) == ["base", "system.delta=0.1", "system.delta=0.9"])  // the spiral's own δ is 0.3
        c.map = Claim.Map(x: Experiment.Factor(path: "system.beta", values: [1, 2]), y: Experiment.Factor(path: "system.sigma", values: [0.01, 0.02, 0.03]))
        let withMap = try ClaimPlan.levels(c)
        #expect(withMap.count == 3 + 6 && withMap[3].label == "system.beta=1, system.sigma=0.01" && withMap[8].label == "system.beta=2, system.sigma=0.03")
        let plan = try ClaimPlan.conditions(c, at: withMap[4])
        #expect(plan.scenarios.count == 2 && plan.scenarios[1].mechanisms.perspectiveTaking == 1 && plan.scenarios[0].mechanisms.perspectiveTaking == 0)
        #expect(plan.scenarios.allSatisfy { $0.parameters.beta == 2 && $0.parameters.sigma == 0.01 && $0.ticks == 40 })
    }

    @Test func editsPutValuesMappingsAndListsAndRemoveFields() throws {
        let base = try BuiltinClaims.builtinScenario("growing-community")
        let off = try ScenarioPath.setting(document: nil, at: "institutions", in: base)
        #expect(!base.institutions.isEmpty && off.institutions.isEmpty)
        let on = try ScenarioPath.setting(document: .members(["punishmentShare": .number(0.25)]), at: "mechanisms.deterrence", in: base)
        #expect(on.mechanisms.deterrence?.punishmentShare == 0.25 && on.mechanisms.deterrence?.efficiency == 2)
        let named = try ScenarioPath.setting(document: .string("reassurer"), at: "states[2].doctrine", in: base)
        #expect(named.states[2].doctrine != base.states[2].doctrine)
    }

    @Test func badFilesNameTheFieldAndWhy() {
        func problem(_ text: String) -> ScenarioFileError? {
            do { _ = try claim(text); return nil } catch { return error }
        }
        let unknown = problem(smallClaim.replacingOccurrences(of: "quick: 2", with: "quik: 2"))
        #expect(unknown?.path == "quik" && unknown?.message.contains("did you mean quick?") == true && unknown?.line != nil)
        let metric = problem(smallClaim.replacingOccurrences(of: "metric: misperceptionMean", with: "metric: misperceptionMeen"))
        #expect(metric?.path == "tests[0].metric" && metric?.message.contains("did you mean misperceptionMean?") == true)
        let tiny = problem(smallClaim.replacingOccurrences(of: "smallestEffect: 0.02", with: "smallestEffect: 0"))
        #expect(tiny?.path == "tests[0].smallestEffect" && tiny?.message.contains("> 0") == true && tiny?.line != nil)
        let unexplained = problem(smallClaim.replacingOccurrences(of: "    reason: two points of mean error in belief.\n", with: ""))
        #expect(unexplained?.path == "tests[0]" && unexplained?.message.contains("reason") == true)
        let old = problem(smallClaim.replacingOccurrences(of: "smallestEffect: 0.02", with: "margin: 0.02"))
        #expect(old?.path == "tests[0].margin" && old?.message.contains("now smallestEffect") == true)
        let swept = problem(smallClaim.replacingOccurrences(of: "{weight: 1}}}", with: "{weight: 1}, system.delta: 0.5}}"))
        #expect(swept?.path == "across[0].path" && swept?.message.contains("system.delta is swept, but test \"lower\"'s treatment (\"full\") sets it too") == true && swept?.line == 18, "\(String(describing: swept))")
        let invalid = problem(smallClaim.replacingOccurrences(of: "{weight: 1}}}", with: "{weight: 2}}}"))
        #expect(invalid?.path.hasPrefix("tests[0].treatment.set.mechanisms.perspectiveTaking") == true && invalid?.message.contains("0…1") == true, "\(String(describing: invalid))")
        let sweptBadly = problem(smallClaim.replacingOccurrences(of: "values: [0.1, 0.9]", with: "values: [0.1, 1.9]"))
        #expect(sweptBadly?.message.contains("system.delta = 1.9") == true, "\(String(describing: sweptBadly))")
        let focal = problem(smallClaim.replacingOccurrences(of: "metric: misperceptionMean", with: "metric: focalWealthShare"))
        #expect(focal?.path == "focal")
        let noState = problem(smallClaim + "\nfocal: Nobody")
        #expect(noState?.message.contains("no state \"Nobody\"") == true)
        let school = problem(smallClaim.replacingOccurrences(of: "school: mitigation", with: "school: realism"))
        #expect(school?.path == "school" && school?.message.contains("deterrence, mitigation") == true)
        let reps = problem(smallClaim.replacingOccurrences(of: "replications: 4", with: "replications: 1"))
        #expect(reps?.path == "replications")
        #expect(problem("claim: [") != nil && problem("") != nil && problem("- a\n- b") != nil)
        let undated = problem(smallClaim + "\nrevisions: [{date: 5 December, change: first run}]")
        #expect(undated?.path == "revisions[0].date" && undated?.message.contains("YYYY-MM-DD") == true, "\(String(describing: undated))")
        let unexplainedRevision = problem(smallClaim + "\nrevisions: [{date: 2026-12-05}]")
        #expect(unexplainedRevision?.path == "revisions[0]" && unexplainedRevision?.message.contains("change") == true)
    }

    /// A claim's own register is read in order and carried into the results (and debate.json).
    @Test func aClaimCarriesItsRegister() throws {
        let text = smallClaim + "\nrevisions:\n  - {date: 2026-12-04, change: written}\n  - {date: 2026-12-05, change: \"a second test: none → depends\"}\n"
        let c = try claim(text)
        #expect(c.revisions == [Claim.Revision(date: "2026-12-04", change: "written"), Claim.Revision(date: "2026-12-05", change: "a second test: none → depends")])
        let results = try DebateRunner.run([ClaimSource(claim: c, text: text)], quick: true, threads: 1, version: "test", anchors: false, samples: 0, variants: false)
        let again = try DebateResults(json: try JSONParser.parse(results.json().text))
        #expect(again.claims[0].revisions == c.revisions)
        #expect(try BuiltinClaims.all().allSatisfy { !$0.claim.revisions.isEmpty })
    }
}

@Suite(.timeLimit(.minutes(10)))
struct YAMLDocumentTests {
    @Test func scalarsReadAsTheCoreSchemaSays() throws {
        let node = try #require(try Yams.compose(yaml: "{a: null, b: 1, c: 1.5, d: true, e: text, f: '1', g: [1, x], h: ~}"))
        let value = YAMLDocument.value(node)
        #expect(value == .object([
            ("a", .null), ("b", .integer(1)), ("c", .number(1.5)), ("d", .bool(true)), ("e", .string("text")), ("f", .string("1")),
            ("g", .array([.integer(1), .string("x")])), ("h", .null),
        ]), "\(value.text)")
    }
}

@Suite(.timeLimit(.minutes(10)))
struct NamedConditionTests {
    @Test func testsMayNameASharedCondition() throws {
        let text = smallClaim
            .replacingOccurrences(of: "control: {label: none}", with: "control: nothing")
            .replacingOccurrences(of: "tests:\n", with: "conditions:\n  nothing: {label: none}\ntests:\n")
        let named = try claim(text), inline = try claim(smallClaim)
        #expect(text.contains("control: nothing") && named.tests == inline.tests)
        do {
            _ = try claim(text.replacingOccurrences(of: "control: nothing", with: "control: nothin"))
            Issue.record("accepted an unknown condition name")
        } catch {
            #expect(error.path == "tests[0].control" && error.message.contains("did you mean nothing?"))
        }
    }
}

/// A sweep may not vary a field a condition sets, or one inside or around it (issue 24, item 1:
/// claim 7 with `mechanisms.signalling.costGreedy` under `across` was accepted, switched signalling
/// on in the "no signals" control and changed nothing in the treatment).
@Suite(.timeLimit(.minutes(10)))
struct SweptConditionTests {
    func problem(_ text: String) -> ScenarioFileError? {
        do { _ = try claim(text); return nil } catch { return error }
    }

    /// Claim 7 as exported, with `extra` added under its `across`.
    func claim7(across extra: String) throws -> String {
        let text = try #require(try BuiltinClaims.all().first { $0.claim.number == 7 }).text
        let anchor = "  - {path: system.beta, values: [0.5, 1]}\n"
        #expect(text.contains(anchor))
        return text.replacingOccurrences(of: anchor, with: anchor + "  - " + extra + "\n")
    }

    @Test func theTutorialsSweepOfASignallingCostIsRefusedWithItsPlace() throws {
        let text = try claim7(across: "{path: mechanisms.signalling.costGreedy, values: [0.5, 2]}")
        let error = try #require(problem(text))
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("costGreedy, values") })
        #expect(error.path == "across[3].path" && error.line == line + 1 && error.column != nil, "\(error)")
        #expect(error.message.contains("mechanisms.signalling.costGreedy is swept") && error.message.contains("sets mechanisms.signalling"), "\(error)")
        // A field no condition touches is still swept.
        #expect(problem(try claim7(across: "{path: system.sigma, values: [0.01, 0.05]}")) == nil)
    }

    @Test func everyOverlapOfASweepAndAConditionIsRefused() {
        // (what a condition sets, what is swept): the same field, a parent, a child, by index.
        let overlapping: [(set: String, swept: String, value: String)] = [
            ("system.delta: 0.5", "system.delta", "0.2"),
            ("mechanisms.perspectiveTaking: {weight: 0.5}", "mechanisms.perspectiveTaking.weight", "0.2"),
            ("'states[1].wealth': 2", "'states[1].wealth'", "3"),
            ("'states[01].wealth': 2", "'states[1].wealth'", "3"),
        ]
        for (set, swept, value) in overlapping {
            for role in ["control", "treatment"] {
                let condition = role == "control" ? "control: {label: none}" : "treatment: {label: full, set: {mechanisms.perspectiveTaking: {weight: 1}}}"
                let edited = role == "control" ? "control: {label: none, set: {\(set)}}" : "treatment: {label: full, set: {\(set)}}"
                let base = smallClaim.replacingOccurrences(of: condition, with: edited)
                let across = base.replacingOccurrences(of: "{path: system.delta, values: [0.1, 0.9]}", with: "{path: \(swept), values: [\(value)]}")
                #expect(problem(across)?.path == "across[0].path", "across: \(set) in \(role) vs \(swept): \(String(describing: problem(across)))")
                let map = base.replacingOccurrences(of: "across:\n  - {path: system.delta, values: [0.1, 0.9]}", with: "map: {x: {path: system.sigma, values: [0.01]}, y: {path: \(swept), values: [\(value)]}}")
                #expect(map != base && problem(map)?.path == "map.y.path", "map: \(set) in \(role) vs \(swept)")
            }
        }
        // A named condition that sets the mapping around the swept field.
        let named = smallClaim
            .replacingOccurrences(of: "control: {label: none}", with: "control: quiet")
            .replacingOccurrences(of: "tests:\n", with: "conditions:\n  quiet: {label: none, set: {system: {delta: 0.4}}}\ntests:\n")
        #expect(problem(named)?.message.contains("sets system") == true, "\(String(describing: problem(named)))")
        // The claim's own top-level set is part of the base: a sweep may vary a field inside it.
        let topLevel = smallClaim.replacingOccurrences(of: "set: {ticks: 40}", with: "set: {ticks: 40, mechanisms.perspectiveTaking: {weight: 0.5}}")
            .replacingOccurrences(of: "{path: system.delta, values: [0.1, 0.9]}", with: "{path: mechanisms.perspectiveTaking.weight, values: [0.2]}")
            .replacingOccurrences(of: "control: {label: none}", with: "control: {label: half}")
            .replacingOccurrences(of: "set: {mechanisms.perspectiveTaking: {weight: 1}}", with: "set: {system.beta: 2}")
        #expect(problem(topLevel) == nil, "\(String(describing: problem(topLevel)))")
    }

    @Test func mapAxesAndOneSetsEditsMayNotOverlap() {
        let map = smallClaim + "\nmap: {x: {path: 'states[1].wealth', values: [1]}, y: {path: 'states[01].wealth', values: [2]}}"
        #expect(problem(map)?.path == "map.y.path")
        let edits = smallClaim.replacingOccurrences(of: "{weight: 1}}}", with: "{weight: 1}, mechanisms.perspectiveTaking.weight: 0.5}}")
        let error = problem(edits)
        #expect(error?.path == "tests[0].treatment.set.mechanisms.perspectiveTaking.weight" && error?.message.contains("overlaps") == true && error?.line != nil)
    }
}

/// Placebos (issue 18): the test's contrast with its channel switched off, at the base level.
@Suite(.timeLimit(.minutes(10)))
struct PlaceboTests {
    static let withPlacebo = smallClaim.replacingOccurrences(of: "    reason: two points of mean error in belief.\n", with: """
            reason: two points of mean error in belief.
            placebo:
              label: beliefs cannot learn
              control: {label: none (frozen), set: {system.sigma: 10}}
              treatment: {label: full (frozen), set: {mechanisms.perspectiveTaking: {weight: 1}, system.sigma: 10}}

        """)

    @Test func aPlaceboRunsAtTheBaseLevelOnly() throws {
        #expect(Self.withPlacebo != smallClaim)
        let c = try claim(Self.withPlacebo)
        #expect(c.tests[0].placebo?.label == "beliefs cannot learn")
        let levels = try ClaimPlan.levels(c)
        let base = try ClaimPlan.conditions(c, at: levels[0]), swept = try ClaimPlan.conditions(c, at: levels[1])
        let placebo = try #require(base.placebos[0])
        #expect(base.scenarios.count == 4 && base.scenarios[placebo.treatment].parameters.sigma == 10 && placebo.control != nil)
        #expect(swept.scenarios.count == 2 && swept.placebos[0] == nil)
    }

    @Test func aPlaceboRepeatsTheTestsContrast() {
        func problem(_ text: String) -> ScenarioFileError? {
            do { _ = try claim(text); return nil } catch { return error }
        }
        let noControl = problem(Self.withPlacebo.replacingOccurrences(of: "      control: {label: none (frozen), set: {system.sigma: 10}}\n", with: ""))
        #expect(noControl?.path == "tests[0].placebo" && noControl?.message.contains("control exactly when") == true)
        let noLabel = problem(Self.withPlacebo.replacingOccurrences(of: "      label: beliefs cannot learn\n", with: ""))
        #expect(noLabel?.message.contains("a placebo needs label") == true)
    }

    /// Run for real (2 replications): the placebo's effect is reported, and read back from debate.json.
    @Test func thePlacebosEffectIsReportedAndRoundTrips() throws {
        let source = ClaimSource(claim: try claim(Self.withPlacebo), text: Self.withPlacebo)
        let results = try DebateRunner.run([source], quick: true, threads: 2, version: "test", anchors: false)
        let placebo = try #require(results.claims[0].tests[0].placebo)
        #expect(placebo.effect.effect.n == 2 && placebo.label == "beliefs cannot learn")
        let again = try DebateResults(json: try JSONParser.parse(results.json().text))
        #expect(again.claims[0].tests[0].placebo == placebo && again == results)
    }
}

