import AnarchyRecords
import AnarchyCore
import AnarchyWorld

/// Runs a world for a command (SDW-1 on parameters, or a scenario): builds it, steps it, writes the series and the record if asked, shows
/// progress on a terminal for long runs, and keeps per-tick metrics only when asked for them.
struct WorldRun {
    let parameters: SDW1Parameters
    /// The scenario to run instead of SDW-1 on `parameters` (whose ticks then come from it).
    var scenario: Scenario? = nil
    /// Where to keep the run's record (`--out DIR`), if anywhere.
    var record: RunRecord? = nil
    let threads: Int
    let seriesPath: String?
    /// Whether to keep every tick's metrics in memory (for pictures; O(ticks)).
    let keepHistory: Bool

    struct Outcome {
        let world: World
        let final: TickMetrics
        let history: [TickMetrics]
        /// The key events, when history is kept.
        let timeline: RunTimeline?
        let seconds: Double
    }

    func run() throws -> Outcome {
        // Open the series before the (possibly long) run so a bad path fails at once.
        let series = try seriesPath.map { path throws(UsageError) in try SeriesFile(path: path) }
        let world: World
        if let scenario {
            do { world = try World(scenario: scenario, threads: threads) } catch { throw UsageError(error.description) }
        } else {
            world = try World(parameters: parameters, threads: threads)
        }
        var history: [TickMetrics] = []
        if keepHistory { history.reserveCapacity(parameters.ticks) }
        let progress = Progress(total: parameters.ticks)
        let start = Console.monotonicSeconds()
        let needMetrics = series != nil || keepHistory
        let record = self.record
        let names = scenario?.states.map(\.name)
        var timeline = keepHistory ? RunTimeline(name: { i in names?[i] ?? "S\(i)" }) : nil
        world.run(ticks: parameters.ticks) { world in
            record?.record(world)
            timeline?.note(world)
            if needMetrics {
                let m = world.metrics()
                series?.write(m)
                if keepHistory { history.append(m) }
            }
            progress.advance(to: world.tick)
        }
        progress.finish()
        try series?.finish()
        try record?.finish(world, threads: world.threads)
        let seconds = Console.monotonicSeconds() - start
        return Outcome(world: world, final: world.metrics(), history: history, timeline: timeline, seconds: seconds)
    }
}

/// A progress line on stderr for work that takes more than a moment, only on a terminal:
/// done of total, rate, ETA (`unit`: "tick", "run").
final class Progress: @unchecked Sendable {
    private var total: Int
    private let unit: String
    private let enabled: Bool
    private let start = Console.monotonicSeconds()
    private var lastShown = 0.0
    private var shown = false

    init(total: Int, unit: String = "tick", quiet: Bool = false, every: Int = 256) {
        self.total = total
        self.unit = unit
        self.every = every
        enabled = Console.stderrIsTerminal && total > 0 && !quiet
    }

    private let every: Int

    func advance(to done: Int) {
        guard enabled, done % every == 0 else { return }
        let now = Console.monotonicSeconds()
        guard now - start > 1.0, now - lastShown > 0.25 else { return }
        lastShown = now
        shown = true
        let rate = Double(done) / (now - start)
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let percent = Double(done) * 100 / Double(total)
        Console.errorInline("\r\(unit) \(done)/\(total) (\(Int(percent))%), \(Int(rate)) \(unit)s/s, ETA \(Int(eta.rounded())) s   ")
    }

    /// Progress when the total is learnt as the work goes.
    func advance(done: Int, of total: Int) {
        self.total = total
        advance(to: done)
    }

    func finish() {
        if shown { Console.errorInline("\r\u{1B}[2K") }
    }
}
