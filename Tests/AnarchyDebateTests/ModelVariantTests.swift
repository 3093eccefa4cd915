import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyWorld
import Testing

@testable import AnarchyDebate

/// The model variants (war model × geography × size; docs/DEBATE.md): which axes a claim's world
/// lets vary, what each variant's world is, and that running them changes nothing else.
@Suite(.timeLimit(.minutes(10)))
struct ModelVariantTests {
    /// Tiling by hand: 3 named states with a policy and an institution, repeated twice.
    @Test func aTiledWorldRepeatsStatesPoliciesAndInstitutions() throws {
        var s = Scenario()
        s.states = [StateSpec(name: "A", motive: .greedy), StateSpec(name: "B", wealth: 80), StateSpec(doctrine: "reassurer")]
        s.policies = [Policy(tick: 2, action: .ally(0, 1)), Policy(tick: 3, action: .neutral(2))]
        s.institutions = [Institution(name: "Union", members: [1, 2], from: 5)]
        let t = s.tiled(2)
        #expect(t.states.map(\.name) == ["A", "B", nil, "A 2", "B 2", nil])
        #expect(t.states.map(\.motive) == [.greedy, nil, nil, .greedy, nil, nil])
        #expect(t.states[4].wealth == 80 && t.states[5].doctrine == "reassurer")
        #expect(t.policies == [
            Policy(tick: 2, action: .ally(0, 1)), Policy(tick: 3, action: .neutral(2)),
            Policy(tick: 2, action: .ally(3, 4)), Policy(tick: 3, action: .neutral(5)),
        ])
        #expect(t.institutions == [Institution(name: "Union", members: [1, 2], from: 5), Institution(name: "Union 2", members: [4, 5], from: 5)])
        #expect(s.tiled(1) == s)
    }

    /// A world of 24 default states on a ring (claim 1) varies on every axis: 3 × 3 × 2.
    @Test func aDefaultWorldVariesOnEveryAxis() throws {
        let c = try BuiltinClaims.all()[0].claim
        let (variants, fixed) = ModelVariant.matrix(for: c)
        #expect(variants.count == 18 && fixed.isEmpty)
        let big = try ModelVariant(warModel: .lanchester, layout: .grid, states: 48).applied(to: c.base)
        #expect(big.states.count == 48 && big.geography == .grid(rows: 6, columns: 8, wrap: false))
        #expect(big.mechanisms.lanchester == Mechanisms.LanchesterWar() && big.mechanisms.protractedWar == nil)
        let small = try ModelVariant(warModel: .protracted, layout: .randomGeometric, states: 12).applied(to: c.base)
        // Radius 2/√(12π): a state away from the edges expects πr²·12 = 4 neighbours.
        guard case let .randomGeometric(radius) = small.geography else { Issue.record("not a random geometric graph"); return }
        #expect(abs(Double.pi * radius * radius * 12 - 4) < 1e-12 && small.states.count == 12 && small.mechanisms.protractedWar != nil)
        #expect(try ModelVariant(warModel: .contest, layout: .ring, states: 12).applied(to: c.base).geography == .ring(k: 2))
    }

    /// The variant that names the claim's own world (contest, ring with its k, its size) is that
    /// world unchanged; a 48-state variant of a 12-state listed world is the world tiled 4 times.
    @Test func theClaimsOwnWorldIsOneVariant() throws {
        let c = try BuiltinClaims.all()[5].claim  // spiral: 12 listed seekers on a ring, k = 2
        #expect(try ModelVariant(warModel: .contest, layout: .ring, states: 12).applied(to: c.base) == c.base)
        var tiled = c.base.tiled(4)
        tiled.geography = .ring(k: 2)
        #expect(try ModelVariant(warModel: .contest, layout: .ring, states: 48).applied(to: c.base) == tiled)
    }

    /// Hand-drawn borders fix geography and size; a condition that sets the war model fixes it;
    /// 8 listed states reach 48 but not 12.
    @Test func axesAClaimFixesAreNotVaried() throws {
        let expansion = try BuiltinClaims.all()[1].claim  // alliance-expansion: edges
        let (three, fixedHere) = ModelVariant.matrix(for: expansion)
        #expect(three.map(\.warModel) == [.contest, .lanchester, .protracted] && three.allSatisfy { $0.layout == nil && $0.states == nil })
        #expect(fixedHere.count == 2 && fixedHere[0].contains("drawn by hand"))
        let riser = try claim(smallClaim.replacingOccurrences(of: "base: spiral", with: "base: rising-power"))  // 8 listed states
        let (nine, fixedThere) = ModelVariant.matrix(for: riser)
        #expect(nine.count == 9 && nine.allSatisfy { $0.states == 48 } && fixedThere == ["size: 8 listed states cannot be repeated to make 12"])
        let warSet = try claim(smallClaim.replacingOccurrences(of: "{label: none}", with: "{label: none, set: {mechanisms.lanchester: {}}}"))
        let (six, fixedWar) = ModelVariant.matrix(for: warSet)
        #expect(six.count == 6 && six.allSatisfy { $0.warModel == nil } && fixedWar == ["war model: a condition sets it"])
    }

    /// Running the variants adds their levels after every other level and changes nothing
    /// before them (new levels, not new seeds for old ones); `variants: false` runs none.
    @Test func variantsAddLevelsAndChangeNothingElse() throws {
        let source = ClaimSource(claim: try claim(smallClaim), text: smallClaim)
        let with = try DebateRunner.run([source], quick: true, threads: 2, version: "test", anchors: false, samples: 2)
        let without = try DebateRunner.run([source], quick: true, threads: 2, version: "test", anchors: false, samples: 2, variants: false)
        let a = with.claims[0], b = without.claims[0]
        #expect(a.variants.count == 18 && b.variants.isEmpty && a.levels.count == b.levels.count + 18)
        #expect(Array(a.levels.prefix(b.levels.count)) == b.levels)
        #expect(a.tests[0].effects.prefix(b.levels.count).elementsEqual(b.tests[0].effects) && a.verdict == b.verdict)
        #expect(a.runs.filter { $0.level < b.levels.count } == b.runs)
        #expect(a.variants.allSatisfy { $0.tests.count == 1 } && a.variants[0].label == "contest · ring · 12 states")
        // Written and read back.
        let again = try DebateResults(json: try JSONParser.parse(with.json().text))
        #expect(again.claims[0].variants.map(\.label) == a.variants.map(\.label) && again.claims[0].variantsFixed == a.variantsFixed)
    }
}
