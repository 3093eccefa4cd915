import AnarchyGames
import Foundation
import Testing

@Suite("Evolution: replicator dynamics and the Moran process", .timeLimit(.minutes(10)))
struct EvolutionTests {
    @Test("replicator: defection takes over a Prisoner's Dilemma population; shares stay a distribution")
    func prisonersDilemma() throws {
        let dynamics = try ReplicatorDynamics(payoffs: [[3, 0], [5, 1]])
        let path = dynamics.trajectory(from: [0.99, 0.01], generations: 200)
        #expect(path.count == 201)
        for shares in path { #expect(abs(shares.reduce(0, +) - 1) < 1e-12) }
        #expect(path.last![1] > 0.999)
    }

    @Test("replicator: equal payoffs leave shares unchanged; bad matrices are rejected")
    func neutral() throws {
        let dynamics = try ReplicatorDynamics(payoffs: [[2, 2, 2], [2, 2, 2], [2, 2, 2]])
        #expect(dynamics.step([0.2, 0.3, 0.5]) == [0.2, 0.3, 0.5])
        #expect(throws: ReplicatorDynamics.InputError.self) { try ReplicatorDynamics(payoffs: [[1, 2]]) }
        #expect(throws: ReplicatorDynamics.InputError.self) { try ReplicatorDynamics(payoffs: [[-1]]) }
    }

    @Test("Moran: neutral drift fixes a single mutant with probability 1/N", arguments: [2, 5, 20, 100])
    func neutralDrift(n: Int) throws {
        let moran = try MoranProcess(a: 3, b: 0, c: 5, d: 1, population: n, selection: 0)
        #expect(abs(moran.fixationProbability - 1 / Double(n)) < 1e-12)
    }

    @Test("Moran: constant relative fitness r gives (1 − 1/r) / (1 − 1/r^N)", arguments: [1.1, 1.5, 2.0, 0.8])
    func constantFitness(r: Double) throws {
        let n = 12
        let moran = try MoranProcess(a: r, b: r, c: 1, d: 1, population: n)
        let classic = (1 - 1 / r) / (1 - pow(1 / r, Double(n)))
        #expect(abs(moran.fixationProbability - classic) < 1e-12)
    }

    @Test("Moran: simulation agrees with the closed form on the complete graph and, for constant fitness, on a cycle")
    func simulation() throws {
        let n = 10, runs = 4_000
        let moran = try MoranProcess(a: 1.5, b: 1.5, c: 1, d: 1, population: n)
        let exact = moran.fixationProbability
        let error = 4.5 * (exact * (1 - exact) / Double(runs)).squareRoot()
        #expect(abs(try moran.simulatedFixation(runs: runs, seed: 1) - exact) < error)
        // The isothermal theorem (Lieberman, Hauert & Nowak 2005): a cycle fixes like a well-mixed population.
        let cycle = (0..<n).map { [($0 + n - 1) % n, ($0 + 1) % n] }
        #expect(abs(try moran.simulatedFixation(graph: cycle, runs: runs, seed: 2) - exact) < error)
        #expect(try moran.simulatedFixation(runs: 200, seed: 3) == (try moran.simulatedFixation(runs: 200, seed: 3)))
    }

    @Test("Moran: inputs are validated")
    func validation() {
        #expect(throws: MoranProcess.InputError.self) { try MoranProcess(a: 1, b: 1, c: 1, d: 1, population: 1) }
        #expect(throws: MoranProcess.InputError.self) { try MoranProcess(a: 1, b: 1, c: 1, d: 1, population: 5, selection: 2) }
        #expect(throws: MoranProcess.InputError.self) {
            try MoranProcess(a: 1, b: 1, c: 1, d: 1, population: 3).simulatedFixation(graph: [[1]], runs: 1, seed: 0)
        }
    }
}
