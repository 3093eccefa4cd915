import AnarchyWorld
import ArgumentParser

/// `anarchy run`: the main job. For now, SDW-1 on built-in defaults with a picture of the run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the reference world (SDW-1 on built-in defaults) and picture it.",
        discussion: """
            Runs the Security Dilemma World on its defaults (12 states, 200 ticks, seed 1) unless \
            flags change them, then prints a summary, sparklines of wars and of the spiral index \
            (how strongly neighbouring security seekers believe each other greedy) over time, and \
            the digest on the last line.
            """)

    @OptionGroup(title: "Model parameters") var model: SDW1Options
    @OptionGroup(title: "Execution") var engine: EngineOptions

    func run() throws {
        let parameters = try model.parameters()
        let threads = try engine.workerCount()
        let outcome = try SDW1Execution(
            parameters: parameters, threads: threads, seriesPath: nil, keepHistory: true
        ).run()
        var text = SDW1Report.human(outcome, digest: false)
        let wars = outcome.history.map { Double($0.wars) }
        let spiral = outcome.history.map(\.spiral)
        let alive = outcome.history.map { Double($0.alive) }
        if !outcome.history.isEmpty {
            text += "\n  over \(parameters.ticks) ticks (left to right):\n"
            text += "  wars    \(Sparkline.draw(wars, combine: Sparkline.sum))  peak \(Int(wars.max() ?? 0)) in a tick\n"
            text += "  spiral  \(Sparkline.draw(spiral, high: 1, combine: Sparkline.mean))  scale 0…1, from \(SDW1Report.fixed(spiral.first ?? 0)) to \(SDW1Report.fixed(spiral.last ?? 0))\n"
            text += "  alive   \(Sparkline.draw(alive, low: 0, high: Double(parameters.n), combine: Sparkline.mean))  scale 0…\(parameters.n)\n\n"
        }
        Console.out(text + outcome.world.digestHex + "\n")
    }
}
