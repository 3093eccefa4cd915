import AnarchyCore
import AnarchyExperiments
import AnarchyScenarioFiles
import AnarchyStore
import AnarchyWorld
import Foundation
import Synchronization

/// Experiments in the web app: sweeps of the built-in experiments, or of an experiment file the
/// user sends, launched into the server's results store (one at a time, bounded), their progress, and the experiments the store holds.
final class SweepJobs: Sendable {
    struct Sweep: Sendable {
        let name: String
        var experiment = ""
        var done = 0
        var total = 0
        var status = "running"
        var error: String?
    }

    /// The store's path (nil: the server was started without --store).
    let store: String?
    /// The most runs × states × ticks one sweep may ask for.
    static let maximumWork = 200_000_000
    /// Runs a sweep keeps in flight (two: the server's requests keep the rest of the machine).
    static let threads = 2
    private let sweeps = Mutex<[String: Sweep]>([:])

    init(store: String?) { self.store = store }

    /// A `base:` on the server: a built-in scenario's name only (no files are read).
    static func builtinScenario(_ base: String) throws(ScenarioFileError) -> Scenario {
        guard let scenario = BuiltinScenarios.scenario(base) else {
            throw ScenarioFileError(path: "base", message: "is not a built-in scenario (the server reads no files: name one of \(BuiltinScenarios.all.map(\.name).joined(separator: ", ")), or give your scenario inline under scenario:)")
        }
        return scenario
    }

    func storeOrRefuse() throws(APIError) -> String {
        guard let store else { throw APIError(status: .conflict, message: "this server has no results store: start it with anarchy serve --store FILE") }
        return store
    }

    /// Starts a sweep of the experiment file `text` if it is not empty (its `base` a built-in
    /// scenario's name, or its scenario inline: the server reads no paths), else of built-in
    /// experiment `name`; `replications` per point if given.
    func start(_ name: String, file text: String, replications: String?) throws(APIError) -> String {
        let path = try storeOrRefuse()
        let builtin = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        var source = text
        if builtin {
            guard !name.isEmpty else {
                throw APIError(
                    status: .badRequest,
                    message: "send an experiment file as the body (YAML or JSON; anarchy experiments --export NAME writes one), or name a built-in with ?experiment=NAME (known: \(BuiltinExperiments.all.map(\.name).joined(separator: ", ")))")
            }
            guard let entry = BuiltinExperiments.entry(name) else {
                throw APIError(status: .notFound, message: "no built-in experiment '\(name)' (known: \(BuiltinExperiments.all.map(\.name).joined(separator: ", ")))")
            }
            source = entry.yaml
        }
        var experiment: Experiment
        do { experiment = try ExperimentFile.parse(source, loadScenario: Self.builtinScenario) } catch {
            throw builtin
                ? APIError(status: .internalServerError, message: "the built-in experiment does not read: \(error.description)")
                : APIError(status: .unprocessableContent, message: "the experiment file: \(error.description)")
        }
        if let replications {
            guard let r = Int(replications), (1...1_000).contains(r) else { throw APIError(status: .badRequest, message: "replications: got '\(replications)'; must be in 1…1000") }
            experiment.replications = r
        }
        guard experiment.stop == nil else { throw APIError(status: .unprocessableContent, message: "sweeps with a stopping rule are run from the command line") }
        let points: [DesignPoint]
        do { points = try experiment.points() } catch { throw APIError(status: .unprocessableContent, message: error.description) }
        let work = Double(points.count * experiment.replications) * Double(experiment.base.states.count * Swift.max(1, experiment.base.ticks))
        guard work <= Double(Self.maximumWork) else {
            throw APIError(status: .unprocessableContent, message: "\(points.count) points × \(experiment.replications) replications of \(experiment.base.states.count) states × \(experiment.base.ticks) ticks is more than this server runs in one sweep; use anarchy sweep")
        }
        guard !sweeps.withLock({ $0.values.contains { $0.status == "running" } }) else {
            throw APIError(status: .tooManyRequests, message: "a sweep is already running; try again when it finishes")
        }
        let sweep: StoredSweep
        do {
            sweep = try StoredSweep(experiment, points: points, in: try ResultsStore(path: path), threads: Self.threads)
        } catch let StoredSweep.SetupError.read(error) {
            throw APIError(status: .internalServerError, message: "\(path): \(error)")
        } catch let StoredSweep.SetupError.register(error) {
            throw APIError(status: .conflict, message: "\(path): \(error)")
        } catch { throw APIError(status: .conflict, message: "\(path): \(error)") }
        // The sweep is known by its experiment's id, so /api/sweeps/{id} and /experiments/{id} agree.
        let id = sweep.id
        let total = points.count * experiment.replications - sweep.known.count
        sweeps.withLock { $0[id] = Sweep(name: experiment.name, experiment: id, total: total) }
        Task.detached { [self] in
            do {
                _ = try await sweep.run(threads: Self.threads, progress: { done in self.sweeps.withLock { $0[id]?.done = done } })
                sweeps.withLock { $0[id]?.status = "done" }
            } catch {
                sweeps.withLock {
                    $0[id]?.status = "failed"
                    $0[id]?.error = "\(error)"
                }
            }
        }
        return id
    }

    func status(_ id: String) throws(APIError) -> JSONValue {
        guard let sweep = sweeps.withLock({ $0[id] }) else { throw APIError(status: .notFound, message: "no sweep \(id)") }
        var fields: [(key: String, value: JSONValue)] = [
            ("id", .string(id)), ("name", .string(sweep.name)), ("experiment", .string(sweep.experiment)), ("status", .string(sweep.status)),
            ("done", .integer(sweep.done)), ("total", .integer(sweep.total)), ("report", .string("/experiments/\(sweep.experiment)")),
        ]
        if let error = sweep.error { fields.append(("error", .string(error))) }
        return .object(fields)
    }

    /// The built-in experiments, and the experiments the store holds with their runs.
    func list() throws(APIError) -> JSONValue {
        var stored: [JSONValue] = []
        if let store, FileManager.default.fileExists(atPath: store), let results = try? ResultsStore(path: store), let experiments = try? results.experiments() {
            for e in experiments {
                let runs = (try? results.results(of: e.id).count) ?? 0
                stored.append(.members([
                    "id": .string(e.id), "name": .string(e.name), "points": .integer(e.pointCount), "runs": .integer(runs),
                    "metrics": .array(e.metrics.map(JSONValue.string)),
                ]))
            }
        }
        return .members([
            "store": store.map(JSONValue.string) ?? .null,
            "builtins": .array(BuiltinExperiments.all.map { .members(["name": .string($0.name), "summary": .string($0.summary)]) }),
            "stored": .array(stored),
        ])
    }
}
