import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld
import Foundation

/// The server's runs: each a world stepped in its own task, its ticks kept (so a late subscriber
/// gets them all) and pushed to subscribers as they happen; pause, step, resume and stop act
/// between ticks. At most ``ServerLimits/maximumConcurrentRuns`` run at once.
actor RunRegistry {
    struct Entry {
        let id: String
        let scenario: Scenario
        var status: RunStatus = .running
        var ticks: [String] = []
        var digest: String?
        var error: String?
        var pendingSteps = 0
        var edges: [(Int, Int)] = []
        var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    }

    let limits: ServerLimits
    private var runs: [String: Entry] = [:]
    private var order: [String] = []
    private var counter = 0

    init(limits: ServerLimits) { self.limits = limits }

    var running: Int { runs.values.filter { !$0.status.finished }.count }

    /// Starts `scenario`; returns its id.
    func start(_ scenario: Scenario) throws(APIError) -> String {
        let work = scenario.states.count * Swift.max(1, scenario.ticks)
        guard work <= limits.maximumWork else {
            throw APIError(status: .unprocessableContent, message: "\(scenario.states.count) states × \(scenario.ticks) ticks = \(work) is more than this server allows per run (\(limits.maximumWork))")
        }
        guard running < limits.maximumConcurrentRuns else {
            throw APIError(status: .tooManyRequests, message: "\(running) runs are in progress, the most this server runs at once; try again when one finishes")
        }
        let world: World
        do { world = try World(scenario: scenario, threads: 1) } catch {
            throw APIError(status: .unprocessableContent, message: "the scenario cannot run: \(error)")
        }
        counter += 1
        let id = String(counter)
        var entry = Entry(id: id, scenario: scenario)
        entry.edges = Self.edges(world.snapshot())
        runs[id] = entry
        order.append(id)
        forgetOldRuns()
        let timeout = limits.runTimeout, handed = WorldHandOver(world)
        let names = scenario.states.indices.map { scenario.states[$0].name ?? "S\($0)" }
        Task.detached { [weak self] in await Self.execute(id: id, world: handed.world, names: names, ticks: scenario.ticks, timeout: timeout, registry: self) }
        return id
    }

    private func forgetOldRuns() {
        while order.count > limits.maximumKeptRuns, let oldest = order.first(where: { runs[$0]?.status.finished ?? true }) {
            order.removeAll { $0 == oldest }
            runs[oldest] = nil
        }
    }

    /// Steps the world, asking the registry between ticks whether to go on.
    private static func execute(id: String, world: World, names: [String], ticks: Int, timeout: Double, registry: RunRegistry?) async {
        guard let registry else { return }
        let start = MonotonicClock.seconds()
        while world.tick < ticks {
            // Paused time counts too: a run left paused must not hold its place forever.
            if MonotonicClock.seconds() - start > timeout {
                await registry.finish(id, status: .timedOut, digest: world.digestHex, error: "stopped after \(Int(timeout)) s, the most a run may take (paused time included)")
                return
            }
            guard let permission = await registry.mayStep(id) else {
                await registry.finish(id, status: .stopped, digest: world.digestHex, error: nil)
                return
            }
            if !permission {
                try? await Task.sleep(nanoseconds: 20_000_000)
                continue
            }
            world.step()
            await registry.record(id, TickReport(world, name: { names[$0] }).json.text)
            await Task.yield()  // runs share the threads with the requests: let them in between ticks
        }
        await registry.finish(id, status: .done, digest: world.digestHex, error: nil)
    }

    /// nil: stop; false: wait (paused); true: step once.
    private func mayStep(_ id: String) -> Bool? {
        guard var entry = runs[id], entry.status != .stopped else { return nil }
        if entry.status == .paused {
            guard entry.pendingSteps > 0 else { return false }
            entry.pendingSteps -= 1
            runs[id] = entry
        }
        return true
    }

    private func record(_ id: String, _ tick: String) {
        runs[id]?.ticks.append(tick)
        for continuation in runs[id]?.subscribers.values ?? [:].values { continuation.yield(tick) }
    }

    private func finish(_ id: String, status: RunStatus, digest: String?, error: String?) {
        guard var entry = runs[id] else { return }
        entry.status = status
        entry.digest = digest
        entry.error = error
        for continuation in entry.subscribers.values { continuation.finish() }
        entry.subscribers = [:]
        runs[id] = entry
    }

    /// Pause, resume, step (while paused) or stop.
    func control(_ id: String, _ command: RunCommand) throws(APIError) -> JSONValue {
        guard var entry = runs[id] else { throw APIError(status: .notFound, message: "no run \(id)") }
        guard !entry.status.finished else { throw APIError(status: .conflict, message: "run \(id) is \(entry.status.rawValue)") }
        switch command {
        case .pause: entry.status = .paused
        case .resume: entry.status = .running
        case .step:
            guard entry.status == .paused else { throw APIError(status: .conflict, message: "pause run \(id) before stepping it") }
            entry.pendingSteps += 1
        case .stop: entry.status = .stopped
        }
        runs[id] = entry
        return summary(entry)
    }

    /// The run's status, without its ticks.
    func summary(_ id: String) throws(APIError) -> JSONValue {
        guard let entry = runs[id] else { throw APIError(status: .notFound, message: "no run \(id)") }
        return summary(entry)
    }

    /// The run's status and every tick so far, as JSON text (the ticks are kept as text: joined,
    /// not parsed again, however long the run).
    func statusText(_ id: String) throws(APIError) -> String {
        guard let entry = runs[id] else { throw APIError(status: .notFound, message: "no run \(id)") }
        return String(summary(entry).text.dropLast()) + ",\"series\":[" + entry.ticks.joined(separator: ",") + "]}"
    }

    private func summary(_ entry: Entry) -> JSONValue { .object(summaryFields(entry)) }

    private func summaryFields(_ entry: Entry) -> [(key: String, value: JSONValue)] {
        var fields: [(key: String, value: JSONValue)] = [
            ("id", .string(entry.id)), ("status", .string(entry.status.rawValue)), ("tick", .integer(entry.ticks.count)),
            ("ticks", .integer(entry.scenario.ticks)), ("name", .string(entry.scenario.name)),
            ("states", .array(entry.scenario.states.indices.map { .string(entry.scenario.states[$0].name ?? "S\($0)") })),
            ("edges", .array(entry.edges.map { .array([.integer($0.0), .integer($0.1)]) })),
        ]
        if let digest = entry.digest { fields.append(("digest", .string(digest))) }
        if let error = entry.error { fields.append(("error", .string(error))) }
        return fields
    }

    /// The neighbour pairs (i < j) of a world, for the map.
    static func edges(_ snapshot: World.Snapshot) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for i in 0..<(snapshot.slotStart.count - 1) {
            for slot in snapshot.slotStart[i]..<snapshot.slotStart[i + 1] where Int(snapshot.slotTarget[slot]) > i { pairs.append((i, Int(snapshot.slotTarget[slot]))) }
        }
        return pairs
    }

    /// The ticks so far, then each new one as it happens, until the run ends.
    func subscribe(_ id: String) throws(APIError) -> AsyncStream<String> {
        guard var entry = runs[id] else { throw APIError(status: .notFound, message: "no run \(id)") }
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .unbounded)
        for tick in entry.ticks { continuation.yield(tick) }
        if entry.status.finished {
            continuation.finish()
        } else {
            let key = UUID()
            entry.subscribers[key] = continuation
            runs[id] = entry
            continuation.onTermination = { [weak self] _ in Task { await self?.unsubscribe(id, key) } }
        }
        return stream
    }

    private func unsubscribe(_ id: String, _ key: UUID) { runs[id]?.subscribers[key] = nil }
}

/// A world built by the registry and handed, once, to the task that runs it (nothing else touches it).
private final class WorldHandOver: @unchecked Sendable {
    let world: World
    init(_ world: World) { self.world = world }
}
