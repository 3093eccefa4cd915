import AnarchyCore
import AnarchyGames
import ArgumentParser

/// `anarchy evolve`: which strategies spread? Replicator dynamics over a tournament's payoff
/// matrix, or the Moran process between a mutant and a resident strategy.
struct EvolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evolve",
        abstract: "Evolve strategies: replicator dynamics over a tournament, or a Moran process.",
        discussion: """
            By default plays the tournament and iterates discrete replicator dynamics over its payoff \
            matrix (Taylor & Jonker 1978): strategies that earn more against the current population \
            grow. With --moran, computes the probability that one --mutant takes over a population of \
            --resident players (Nowak et al. 2004), from their match payoffs per turn; --runs N also \
            simulates it (seeded by --seed).
            """)

    @OptionGroup(title: "Tournament") var options: TournamentOptions

    @Option(name: .customLong("generations"), parsing: .unconditional,
            help: ArgumentHelp("Replicator generations. Domain: 0…1000000. Default: 100.", valueName: "int"))
    var generations: String?

    @Flag(name: .customLong("moran"), help: "Run the Moran process between --mutant and --resident instead.")
    var moran = false

    @Option(name: .customLong("mutant"), help: ArgumentHelp("The invading strategy (id or name).", valueName: "name"))
    var mutant: String?

    @Option(name: .customLong("resident"), help: ArgumentHelp("The resident strategy (id or name).", valueName: "name"))
    var resident: String?

    @Option(name: .customLong("population"), parsing: .unconditional,
            help: ArgumentHelp("Moran population size. Domain: 2…100000. Default: 20.", valueName: "int"))
    var population: String?

    @Option(name: .customLong("selection"), parsing: .unconditional,
            help: ArgumentHelp("Intensity of selection. Domain: 0…1. Default: 1.", valueName: "x"))
    var selection: String?

    @Option(name: .customLong("runs"), parsing: .unconditional,
            help: ArgumentHelp("Moran simulations to run besides the closed form. Domain: 0…1000000. Default: 0.", valueName: "int"))
    var runs: String?

    @Option(name: .customLong("graph"), parsing: .unconditional,
            help: ArgumentHelp("Population structure for the simulated Moran process: complete, cycle, star, or an edge list like 0-1,1-2,2-0 over vertices 0…population−1. Default: complete.",
                               valueName: "graph"))
    var graph: String?

    @Flag(name: .customLong("json"), help: "Print one JSON object.")
    var json = false

    func run() throws {
        moran ? try runMoran() : try runReplicator()
    }

    private func runReplicator() throws {
        let count = try FlagValue.whole(generations, flag: "--generations", default: 100, range: 0...1_000_000)
        let results = try options.tournament().play(threads: try options.threadCount())
        let dynamics: ReplicatorDynamics
        do {
            dynamics = try ReplicatorDynamics(payoffs: results.payoffMatrix)
        } catch {
            throw UsageError("--game: replicator dynamics need non-negative payoffs (\(error.description)); shift the game's payoffs")
        }
        let path = dynamics.trajectory(generations: count)
        let final = path.last ?? []
        let order = final.indices.sorted { final[$0] != final[$1] ? final[$0] > final[$1] : $0 < $1 }
        if json {
            var object = JSONMembers()
            object.add("generations", count)
            object.add("names", results.names)
            object.add("final_shares", final)
            Console.out(object.text + "\n")
            return
        }
        var lines = ["replicator dynamics over \(count) generations, from equal shares:"]
        for i in order { lines.append("  \(PlainNumber.fixed(final[i]))  \(results.names[i])") }
        Console.out(lines.joined(separator: "\n") + "\n")
    }

    /// Neighbour lists for `--graph` (nil: the complete graph).
    static func neighbourLists(_ text: String?, population n: Int) throws(UsageError) -> [[Int]]? {
        switch text ?? "complete" {
        case "complete": return nil
        case "cycle": return (0..<n).map { Array(Set([($0 + n - 1) % n, ($0 + 1) % n])).sorted() }
        case "star": return (0..<n).map { $0 == 0 ? Array(1..<n) : [0] }
        case let edges:
            var lists = Array(repeating: Set<Int>(), count: n)
            for edge in edges.split(separator: ",", omittingEmptySubsequences: false) {
                let ends = edge.split(separator: "-", omittingEmptySubsequences: false)
                guard ends.count == 2, case .success(let a) = PlainNumber.whole(String(ends[0])),
                      case .success(let b) = PlainNumber.whole(String(ends[1])), a < UInt64(n), b < UInt64(n), a != b else {
                    throw UsageError("--graph: bad edge '\(edge)'; edges are a-b with distinct vertices in 0…\(n - 1)")
                }
                lists[Int(a)].insert(Int(b))
                lists[Int(b)].insert(Int(a))
            }
            guard lists.allSatisfy({ !$0.isEmpty }) else {
                throw UsageError("--graph: every vertex 0…\(n - 1) needs at least one edge")
            }
            return lists.map { $0.sorted() }
        }
    }

    private func runMoran() throws {
        guard let mutantName = mutant, let residentName = resident else {
            throw UsageError("--moran: needs --mutant NAME and --resident NAME")
        }
        guard let mutantEntry = StrategyRegistry.entry(named: mutantName) else {
            throw UsageError("--mutant: unknown strategy '\(mutantName)'; see 'anarchy tournament --list'")
        }
        guard let residentEntry = StrategyRegistry.entry(named: residentName) else {
            throw UsageError("--resident: unknown strategy '\(residentName)'; see 'anarchy tournament --list'")
        }
        let size = try FlagValue.whole(population, flag: "--population", default: 20, range: 2...100_000)
        let w = try FlagValue.real(selection, flag: "--selection", default: 1, domain: "0…1") { $0 >= 0 && $0 <= 1 }
        let simulations = try FlagValue.whole(runs, flag: "--runs", default: 0, range: 0...1_000_000)
        let template = try options.tournament()
        let pair = try Tournament(
            players: [mutantEntry, residentEntry], game: template.game, turns: template.turns,
            repetitions: template.repetitions, noise: template.noise, seed: template.seed,
            continuation: template.continuation
        ).play().payoffMatrix
        let process: MoranProcess
        do {
            process = try MoranProcess(a: pair[0][0], b: pair[0][1], c: pair[1][0], d: pair[1][1], population: size, selection: w)
        } catch {
            throw UsageError(error.description)
        }
        let exact = process.fixationProbability
        let structure = try Self.neighbourLists(graph, population: size)
        guard structure == nil || simulations > 0 else {
            throw UsageError("--graph: a population structure needs --runs N (the closed form is for the complete graph)")
        }
        let simulated: Double?
        do {
            simulated = simulations > 0 ? try process.simulatedFixation(graph: structure, runs: simulations, seed: template.seed) : nil
        } catch {
            throw UsageError("--graph: \(error.description)")
        }
        if json {
            var object = JSONMembers()
            object.add("mutant", mutantEntry.metadata.name)
            object.add("resident", residentEntry.metadata.name)
            object.add("population", size)
            object.add("selection", w)
            object.add("fixation_probability", exact)
            object.add("neutral", 1 / Double(size))
            if let simulated {
                object.add("simulated", simulated)
                object.add("runs", simulations)
                object.add("graph", graph ?? "complete")
            }
            Console.out(object.text + "\n")
            return
        }
        var text = "Moran process, \(size) individuals, selection \(w): one \(mutantEntry.metadata.name) among "
            + "\(residentEntry.metadata.name) takes over with probability \(exact) (neutral: \(1 / Double(size)))\n"
        if let simulated { text += "simulated over \(simulations) runs on the \(graph ?? "complete") graph: \(simulated)\n" }
        Console.out(text)
    }
}
