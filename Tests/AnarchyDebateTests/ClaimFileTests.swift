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
    across:
      - {path: system.delta, values: [0.1, 0.9]}
    replications: 4
    quick: 2
    seed: 3
    """

struct ClaimFileTests {
    @Test func theNineBuiltInClaimsRead() throws {
        let sources = try BuiltinClaims.all()
        #expect(sources.map(\.claim.number) == Array(1...9))
        #expect(sources.filter { $0.claim.school == .deterrence }.count == 5)
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
        let same = problem(smallClaim.replacingOccurrences(of: "expect: lower", with: "expect: same"))
        #expect(same?.message.contains("needs a margin") == true)
        let swept = problem(smallClaim.replacingOccurrences(of: "{weight: 1}}}", with: "{weight: 1}, system.delta: 0.5}}"))
        #expect(swept?.message.contains("system.delta is both set by a condition and swept") == true)
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
    }
}

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
