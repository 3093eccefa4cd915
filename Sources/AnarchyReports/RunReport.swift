import AnarchyCore
import AnarchyRecords
import AnarchyScenarioFiles
import AnarchyWorld

/// `anarchy run … --report FILE`: the run as one self-contained HTML page — its summary, charts
/// of the arms burden, fear and wars over time, the key events, the final states, and the exact
/// inputs (scenario file, seed, version, digest) that reproduce it.
public enum RunReport {
    /// The page of a run of `scenario` that ended in `world`, with every tick's metrics
    /// (`history`) and its key events (`timeline`), run on `threads` threads.
    public static func html(world: World, history: [TickMetrics], timeline: RunTimeline?, scenario: Scenario, threads: Int) -> String {
        var report = HTMLReport(title: "Anarchy run: \(scenario.name)")
        if !scenario.summary.isEmpty { report.paragraph(scenario.summary) }
        let final = world.metrics(), system = world.systemMetrics()
        let tally = world.warTally
        report.table(
            ["states", "ticks", "seed", "wars begun", "between security seekers alone", "from fear", "wealth destroyed", "alive at the end", "conquered", "digest", "version"],
            [[String(world.count), String(world.tick), String(scenario.seed), String(tally.begun), String(tally.seekerWars), String(tally.fearWars),
              PlainNumber.fixed(tally.wealthLost), String(final.alive), String(system.conquered), world.digestHex, AnarchyVersion.string]],
            caption: "The run (a war's later rounds are the same war; wealth destroyed counts forces lost and retaliation)")
        let ticks = history.count
        report.heading("Over time")
        report.chart(LineChart(
            title: "Arms burden", xLabel: "tick", yLabel: "mean spending share (of wealth)",
            series: [.init(name: "mean spending share", values: history.map(\.meanShare))]).svg)
        report.chart(LineChart(
            title: "Fear among security seekers", xLabel: "tick", yLabel: "belief that a neighbour is greedy (0–1)",
            series: [.init(name: "spiral index (mean belief among neighbouring seekers)", values: history.map(\.spiral))], yRange: 0...1).svg)
        report.chart(LineChart(
            title: "Wars and survivors", xLabel: "tick", yLabel: "states / wars per tick",
            series: [.init(name: "states alive", values: history.map { Double($0.alive) }), .init(name: "wars in the tick", values: history.map { Double($0.wars) })]).svg)
        report.chart(LineChart(
            title: "Forces", xLabel: "tick", yLabel: "total stock (wealth units)",
            series: [.init(name: "offense", values: history.map(\.offense)), .init(name: "defense", values: history.map(\.defense))]).svg)
        report.heading("Key events")
        let events = timeline?.lines ?? []
        if events.isEmpty { report.paragraph("Nothing happened: no war, alliance or crisis in \(ticks) ticks.") } else { report.list(events) }
        if let omitted = timeline?.omitted, omitted > 0 {
            report.paragraph("… and \(omitted) more: record the run with --out DIR and read them with anarchy explain DIR.")
        }
        report.heading("Final state")
        let s = world.snapshot()
        let name = { (i: Int) in scenario.states.indices.contains(i) ? scenario.states[i].name ?? "S\(i)" : "S\(i)" }
        report.table(
            ["state", "motive", "status", "wealth", "offense", "defense"],
            (0..<world.count).map { i in
                [name(i), s.greedy[i] ? "greedy" : "security", s.alive[i] ? "alive" : "conquered", PlainNumber.fixed(s.wealth[i]),
                 PlainNumber.fixed(s.offense[i]), PlainNumber.fixed(s.defense[i])]
            })
        report.heading("Inputs")
        report.paragraph("Run with Anarchy \(AnarchyVersion.string) on \(threads) thread\(threads == 1 ? "" : "s") (results do not depend on it). The scenario below, given to anarchy run, repeats the run bit for bit: digest \(world.digestHex).")
        report.preformatted(ScenarioYAML.text(scenario), summary: "scenario file (YAML)")
        return report.html
    }
}
