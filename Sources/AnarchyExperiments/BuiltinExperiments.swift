/// The experiments that ship with Anarchy, runnable by name (`anarchy sweep four-worlds`) and
/// exportable as files to start from (`anarchy experiments --export NAME`).
public enum BuiltinExperiments {
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        public let yaml: String
    }

    public static func entry(_ name: String) -> Entry? { all.first { $0.name == name } }

    public static let all: [Entry] = [
        Entry(
            name: "four-worlds", summary: "Jervis's four worlds: offense-defense balance β × distinguishability δ, 30 runs each",
            yaml: """
                # Jervis (1978): the four worlds of the offense-defense balance (β, Glaser & Kaufmann's
                # cost ratio: low = offense dominant) and distinguishability (δ). 24 states, a quarter
                # greedy on average, 200 ticks; 30 replications per world. Expect wars and spending to
                # fall as β rises, and δ to cut the spiral where defense is cheap.
                name: four-worlds
                description: "Jervis's four worlds: β ∈ {0.5, 2.5} × δ ∈ {0.1, 0.9}"
                base: jervis-1-doubly-dangerous
                design: grid
                factors:
                  - {path: system.beta, values: [0.5, 2.5]}
                  - {path: system.delta, values: [0.1, 0.9]}
                replications: 30
                seed: 1
                metrics: [wars, conquered, meanShareMean, spiralMean, misperceptionMean, alive]

                """),
        Entry(
            name: "balance-sensitivity", summary: "Which of β, δ, κ and σ moves wars and the spiral most: a Latin hypercube",
            yaml: """
                # A sensitivity analysis of SDW-1's security-dilemma parameters: 40 points of a Latin
                # hypercube (McKay, Beckman & Conover 1979) over β, δ, κ and σ, 5 runs each.
                # 'anarchy results STORE --sensitivity' ranks the factors by their correlation with
                # each metric.
                name: balance-sensitivity
                description: "β, δ, κ, σ over a Latin hypercube: which factor moves which metric"
                base: jervis-1-doubly-dangerous
                design: {kind: latinHypercube, points: 40}
                factors:
                  - {path: system.beta, min: 0.3, max: 3}
                  - {path: system.delta, min: 0, max: 1}
                  - {path: system.kappa, min: 0, max: 2}
                  - {path: system.sigma, min: 0.005, max: 0.1}
                replications: 5
                seed: 1
                metrics: [wars, spiralMean, meanShareMean, misperceptionMean]

                """),
        Entry(
            name: "spiral-precision", summary: "The spiral among seekers, replicated until its 95% interval is narrower than 0.02",
            yaml: """
                # How many runs does a claim need? The spiral scenario (seekers only), with and without
                # perspective taking, replicated in rounds of 10 until the 95% interval of the final
                # spiral index is narrower than 0.02 (at most 500 runs per point).
                name: spiral-precision
                description: "Spiral index to ±0.01, with and without perspective taking"
                base: spiral
                design: grid
                factors:
                  - {path: mechanisms.perspectiveTaking.weight, values: [0, 1]}
                replications: 10
                seed: 1
                metrics: [spiral, spiralMean]
                stop: {metric: spiral, width: 0.02, maxReplications: 500}

                """),
    ]
}
