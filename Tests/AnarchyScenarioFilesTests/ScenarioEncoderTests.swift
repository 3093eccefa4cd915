import AnarchyCore
import Testing

@testable import AnarchyScenarioFiles
@testable import AnarchyWorld

/// Scenarios written back as files read back as the same scenarios.
@Suite(.timeLimit(.minutes(10)))
struct ScenarioEncoderTests {
    @Test func builtinsRoundTrip() throws {
        for entry in BuiltinScenarios.all {
            let scenario = try #require(BuiltinScenarios.scenario(entry.name))
            #expect(try ScenarioFile.parse(ScenarioEncoder.json(scenario).text) == scenario, "\(entry.name)")
        }
    }

    /// Random scenarios with every field and mechanism set, awkward numbers included.
    @Test func everyFieldRoundTrips() throws {
        var random = SplitMix64(seed: 21)
        func x(_ scale: Double = 1) -> Double { scale * random.uniform() }
        for round in 0..<200 {
            var s = Scenario()
            s.name = "random \(round): \"quoted\", ünïcode"
            s.summary = "line one\nline two"
            s.seed = round == 0 ? UInt64.max : random.next()
            s.ticks = Int(random.next() % 1_000)
            s.system.beta = 0.1 + x(3)
            s.system.sigma = 1e-6 + x(1e-3)
            let n = 3 + Int(random.next() % 6)
            s.states = (0..<n).map { i in
                var spec = StateSpec(name: "S\(i)", offense: x(10), defense: x(10), retaliation: x(5))
                spec.motive = [.security, .greedy, .probability(x())][Int(random.next() % 3)]
                spec.wealth = 1 + x(200)
                spec.growth = x(0.1)
                spec.skill = 0.5 + x()
                if i % 2 == 0 {
                    spec.doctrine = "deterrer"
                    spec.doctrineSettings = ["responsiveness": x(5)]
                } else if i % 3 == 0 {
                    spec.doctrine = "bandwagoner"
                }
                return spec
            }
            s.geography = [
                Geography.ring(k: 1), .grid(rows: 1, columns: n, wrap: false), .randomGeometric(radius: 0.1 + x()),
                .edges([Geography.Edge(0, 1, distance: 0.5 + x()), Geography.Edge(1, 2)]),
            ][Int(random.next() % 4)]
            s.mechanisms = Mechanisms(
                perspectiveTaking: x(), preventiveWar: Mechanisms.PreventiveWar(horizon: 1 + Int(random.next() % 50), costDeclining: x(), costRising: x(), delta: 0.5 + x(0.5)),
                signalling: Mechanisms.Signalling(cut: x(), benefitSeeker: x(), benefitGreedy: x(), costSeeker: 0.1 + x(), costGreedy: 0.1 + x(), form: round % 2 == 0 ? .tieHands : .sinkCosts),
                deterrence: Mechanisms.Deterrence(punishmentShare: x(), efficiency: x(3), retaliationProbability: x()),
                lanchester: Mechanisms.LanchesterWar(dt: 0.01 + x(0.5), steps: 1 + Int(random.next() % 500)),
                crisis: Mechanisms.CrisisBargaining(costChallenger: x(), costLow: 0.1, costHigh: 0.2 + x()),
                protractedWar: Mechanisms.ProtractedWar(decisiveness: 0.1 + x(0.9), maxRounds: 1 + Int(random.next() % 20)),
                joiningSides: Mechanisms.JoiningSides(belief: x(), share: 0.1 + x(0.9)),
                perception: Mechanisms.Perception(shield: x(), concealment: x(0.5), concealmentCost: x(), lull: x(0.5), bluff: x(2)),
                lossOfStrength: Mechanisms.LossOfStrength(reach: 0.5 + x(5)),
                alliances: Mechanisms.Alliances(trustBelow: x(), threatAbove: x(), credibility: x(), buckPassingBelow: x(), share: 0.1 + x(0.9), maxAllies: 1 + Int(random.next() % 5)))
            s.policies = [Policy(tick: 1, action: .neutral(0)), Policy(tick: 1, action: .withdraw(0, 1))]
            let text = ScenarioEncoder.json(s).text
            #expect(try ScenarioFile.parse(text) == s, "\(text)")
        }
    }
}
