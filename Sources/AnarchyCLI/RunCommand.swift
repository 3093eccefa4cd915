import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import AnarchyReports
import AnarchyWorld
import ArgumentParser

/// `anarchy run`: the main job — a scenario (a built-in's name or a file), or SDW-1 on its
/// defaults, with a picture of the run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario (a built-in's name or a file), or the reference world, and picture it.",
        discussion: """
            With no scenario, runs the Security Dilemma World on its defaults (12 states, 200 ticks, \
            seed 1) unless flags change them. With a scenario ('anarchy scenarios' lists the \
            built-ins; files: docs/SCENARIOS.md), runs it; --seed and --ticks override the file's. \
            Prints a summary, sparklines of wars and of the spiral index (how strongly neighbouring \
            security seekers believe each other greedy) over time, the key events (first war, \
            conquests, …), the final state of every state (the ten richest in large worlds), and \
            the digest on the last line.
            """)

    @Argument(help: ArgumentHelp("A built-in scenario's name or a scenario file (YAML or JSON).", valueName: "scenario"))
    var scenario: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("Write the run's record here: series.csv, events.csv, final.csv, run.json (read by 'anarchy explain').", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Write the run as one self-contained HTML page (charts, key events, final state, inputs).", valueName: "file"))
    var report: String?

    @Option(name: .customLong("format"), help: ArgumentHelp("table (summary and sparklines, the default), json (the final state's summary) or csv (the per-tick series).", valueName: "format"))
    var format: String = "table"

    @Option(name: .customLong("set"), help: ArgumentHelp("Edit the scenario: PATH=VALUE, a value (YAML) at its path in the scenario file (system.beta=0.5, states[2].doctrine=reassurer, mechanisms.preemption={}, mechanisms.crisis=null). Repeatable; applied in order, as claim files' set: and the web app's set= are.", valueName: "path=value"))
    var settings: [String] = []

    @OptionGroup(title: "Model parameters") var model: SDW1Options
    @OptionGroup(title: "Execution") var engine: EngineOptions

    func run() throws {
        var parameters = try model.parameters()
        let threads = try engine.workerCount()
        var title: String? = nil
        var chosen: Scenario? = nil
        if scenario != nil || !settings.isEmpty {
            var loaded = try scenario.map(ScenarioSource.scenario) ?? Scenario.sdw1(parameters)
            var edits: [(flag: String, edit: ScenarioEdit)] = []
            if scenario != nil {
                // A system flag edits the scenario's system, as --set system.NAME=VALUE would.
                for (field, text) in model.given where text != nil && ![.seed, .ticks].contains(field) {
                    guard ![.n, .k].contains(field) else {
                        throw UsageError("--\(field == .n ? "n" : "k") sets the size of SDW-1's ring; a scenario's states and geography are edited with --set (states, geography.ring.k)")
                    }
                    edits.append(("--\(SDW1Options.flagName(field)) \(text!)", ScenarioEdit(path: "system.\(field.name)", value: .number(field.value(in: parameters)))))
                }
            }
            let flagged = edits.count
            var ticks: (flag: String, value: Int)? = model.ticks != nil ? ("--ticks", parameters.ticks) : nil
            for setting in settings {
                let edit: ScenarioEdit
                do { edit = try ScenarioEdit(assignment: setting) } catch { throw UsageError("--set \(setting): \(error.description)") }
                if let other = edits.prefix(flagged).first(where: { ScenarioPath.overlaps($0.edit.path, edit.path) }) {
                    throw UsageError("--set \(setting): \(other.flag) sets \(other.edit.path) too; give it once")
                }
                switch edit.path {
                case "seed": throw UsageError("--set \(setting): the seed is set with --seed S")
                case "ticks":  // like --ticks: a shorter run leaves out what is scheduled after it
                    guard case let .integer(n)? = edit.value, (0...10_000_000).contains(n) else {
                        throw UsageError("--set \(setting): ticks must be a whole number in 0…10000000")
                    }
                    guard model.ticks == nil else { throw UsageError("--set \(setting): --ticks sets ticks too; give it once") }
                    ticks = ("--set ticks=\(n)", n)
                default: edits.append(("--set \(setting)", edit))
                }
            }
            for (flag, edit) in edits {
                do { loaded = try edit.applied(to: loaded) } catch { throw UsageError("\(flag): \(error.description)") }
            }
            if model.seed != nil { loaded.seed = parameters.seed }
            if let ticks {
                let dropped = loaded.setTicks(ticks.value)
                if !dropped.isEmpty {
                    Console.error("note: \(ticks.flag) ends the run before these scheduled events, which are left out: \(dropped.joined(separator: ", "))\n")
                }
            }
            parameters = loaded.parameters
            title = "\(loaded.name): \(loaded.states.count) states on \(ScenarioDescription.geography(loaded.geography)), \(loaded.ticks) ticks, seed \(loaded.seed)"
            chosen = loaded
        }
        guard ["table", "json", "csv"].contains(format) else {
            throw UsageError("--format \(format): must be table, json or csv")
        }
        var execution = WorldRun(parameters: parameters, threads: threads, seriesPath: nil, keepHistory: true)
        execution.scenario = chosen
        if let out { execution.record = try RunRecord(directory: out, scenario: chosen ?? Scenario.sdw1(parameters)) }
        let outcome = try execution.run()
        if let report {
            try TextFile.write(RunReport.html(world: outcome.world, history: outcome.history, timeline: outcome.timeline, scenario: chosen ?? Scenario.sdw1(parameters), threads: threads), to: report, flag: "--report")
            Console.error("wrote \(report)\n")  // standard error: the digest stays the last line of standard output
        }
        switch format {
        case "json":
            Console.out(SDW1Report.json(outcome) + "\n")
            return
        case "csv":
            Console.out(([TickMetrics.csvHeader] + outcome.history.map(SeriesFile.row)).joined(separator: "\n") + "\n")
            return
        default: break
        }
        var text = SDW1Report.human(outcome, digest: false, title: title)
        let system = outcome.world.systemMetrics()
        text += "  misperception        \(PlainNumber.fixed(system.misperception)) (mean |belief − truth| over neighbour pairs)\n"
        text += "  power concentration  \(PlainNumber.fixed(system.concentration)) (HHI of wealth shares; \(system.conquered) conquered)\n"
        if chosen?.mechanisms.alliances != nil {
            let a = outcome.world.allianceMetrics(), tally = outcome.world.allianceTally
            let honoured = a.honouredShare.isNaN ? "no ally was called" : "\(PlainNumber.fixed(a.honouredShare)) of \(tally.honoured + tally.abandoned) commitments honoured"
            text += "  alliances            \(a.alliances) standing (\(tally.formed) formed), \(a.blocs) bloc\(a.blocs == 1 ? "" : "s"), polarity \(a.polarity); \(honoured)\n"
            text += "                       (a bloc: two or more states joined by alliances; polarity: the blocs and lone states\n"
            text += "                       holding at least 10% of the wealth — Waltz's poles)\n"
        }
        if let shares = outcome.world.identityShares() {
            text += "  identities           \(PlainNumber.fixed(shares.friends)) of neighbour relations friendly, \(PlainNumber.fixed(shares.enemies)) hostile\n"
        }
        if let c = outcome.world.communityMetrics() {
            let between = c.beliefBetween.isNaN ? "" : "; belief across their borders \(PlainNumber.fixed(c.beliefBetween))"
            text += "  communities          \(c.communities) standing (\(c.formed) formed, \(c.dissolved) dissolved), largest \(c.largest), \(PlainNumber.fixed(c.memberShare)) of states in one\(between)\n"
        }
        let wars = outcome.history.map { Double($0.wars) }
        let spiral = outcome.history.map(\.spiral)
        let alive = outcome.history.map { Double($0.alive) }
        if !outcome.history.isEmpty {
            text += "\n  over \(parameters.ticks) ticks (left to right):\n"
            text += "  wars    \(Sparkline.draw(wars, combine: Sparkline.sum))  peak \(Int(wars.max() ?? 0)) in a tick\n"
            let peak = spiral.indices.max { spiral[$0] < spiral[$1] } ?? 0
            let mean = spiral.reduce(0, +) / Double(spiral.count)
            text += "  spiral  \(Sparkline.draw(spiral, high: 1, combine: Sparkline.mean))  scale 0…1, from \(PlainNumber.fixed(spiral.first ?? 0)) to \(PlainNumber.fixed(spiral.last ?? 0)); "
                + "peak \(PlainNumber.fixed(spiral[peak])) at tick \(peak + 1), mean \(PlainNumber.fixed(mean))\n"
            text += "  alive   \(Sparkline.draw(alive, low: 0, high: Double(parameters.n), combine: Sparkline.mean))  scale 0…\(parameters.n)\n"
        }
        let names = chosen?.states.map(\.name)
        let name = { (i: Int) in names?[i] ?? "S\(i)" }
        text += outcome.timeline?.text ?? ""
        text += FinalStateTable.text(outcome.world, name: name) + "\n"
        Console.out(text + outcome.world.digestHex + "\n")
    }
}
