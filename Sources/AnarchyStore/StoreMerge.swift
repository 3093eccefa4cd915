import AnarchyCore
import AnarchyExperiments
import GRDB

extension ResultsStore {
    /// What a merge did.
    public struct MergeReport: Sendable, Equatable {
        public let experiment: String
        public let runs: Int
        public let shards: Int
    }

    /// Merges shard stores (`anarchy sweep … --shard I/N --store shard-I.sqlite`) into this one.
    /// Refuses shards of different experiments or versions, a run present twice (in two shards,
    /// or already here), and — for designs without a stopping rule — any run missing from the
    /// design; with a stopping rule, each point's replications must run 0, 1, … without a gap.
    /// All or nothing: one transaction.
    public func merge(_ shards: [ResultsStore]) throws -> MergeReport {
        guard let first = shards.first else { throw StoreError("no shard to merge") }
        let held = try shards.map { try $0.experiments() }
        guard held[0].count == 1, let experiment = held[0].first else {
            throw StoreError("\(first.path) holds \(held[0].count) experiments; a shard holds one")
        }
        for (shard, held) in zip(shards, held) {
            guard held.count == 1, let other = held.first else { throw StoreError("\(shard.path) holds \(held.count) experiments; a shard holds one") }
            guard other.id == experiment.id else {
                throw StoreError("\(shard.path) holds experiment \(other.id) (\(other.name)), \(first.path) holds \(experiment.id) (\(experiment.name)): not shards of one sweep")
            }
            guard other.version == experiment.version else {
                throw StoreError("\(shard.path) was written by version \(other.version), \(first.path) by \(experiment.version)")
            }
        }
        if let here = try experiments().first(where: { $0.id == experiment.id }), here.version != experiment.version {
            throw StoreError("\(path) holds experiment \(experiment.id) from version \(here.version); the shards are version \(experiment.version)")
        }
        var owner: [RunKey: String] = [:]
        for existing in try results(of: experiment.id) { owner[RunKey(point: existing.point, replication: existing.replication)] = path }
        var incoming: [RunResult] = []
        for shard in shards {
            for run in try shard.results(of: experiment.id) {
                let key = RunKey(point: run.point, replication: run.replication)
                if let other = owner[key] {
                    throw StoreError("run (point \(run.point), replication \(run.replication)) is in both \(other) and \(shard.path)")
                }
                owner[key] = shard.path
                incoming.append(run)
            }
        }
        try checkComplete(experiment, keys: Set(owner.keys))
        let points = try first.pointRows(of: experiment.id)
        try pool.write { db in
            if try String.fetchOne(db, sql: "SELECT id FROM experiment WHERE id = ?", arguments: [experiment.id]) == nil {
                try Self.add(experiment, points: points, to: db)
            }
        }
        try insert(incoming.sorted { RunKey(point: $0.point, replication: $0.replication) < RunKey(point: $1.point, replication: $1.replication) }, experiment: experiment.id)
        return MergeReport(experiment: experiment.id, runs: incoming.count, shards: shards.count)
    }

    /// Every run of the design is present (no stopping rule), or each point's replications are
    /// 0…k−1 for some k (stopping rule).
    func checkComplete(_ experiment: StoredExperiment, keys: Set<RunKey>) throws {
        let definition = try? JSONParser.parse(experiment.definition)
        let replications = definition?["replications"]?.numberValue.map { Int($0) } ?? 0
        if definition?["stop"] == nil {
            var missing: [RunKey] = []
            for p in 0..<experiment.pointCount {
                for r in 0..<replications where !keys.contains(RunKey(point: p, replication: r)) { missing.append(RunKey(point: p, replication: r)) }
            }
            guard missing.isEmpty else {
                let shown = missing.prefix(5).map { "(point \($0.point), replication \($0.replication))" }.joined(separator: ", ")
                throw StoreError("\(missing.count) of the design's \(experiment.pointCount * replications) runs are missing, e.g. \(shown): a shard did not finish (resume it with --resume)")
            }
        } else {
            let byPoint = Dictionary(grouping: keys, by: \.point)
            for (p, runs) in byPoint where Set(runs.map(\.replication)) != Set(0..<runs.count) {
                throw StoreError("point \(p)'s replications have a gap: a shard did not finish (resume it with --resume)")
            }
        }
    }

    /// A design point as the store holds it.
    struct PointRow {
        let point: Int
        let values: [Double]
        let hash: String
    }

    func pointRows(of id: String) throws -> [PointRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT point, factor_values, scenario_hash FROM point WHERE experiment = ? ORDER BY point", arguments: [id]).map {
                PointRow(point: $0["point"], values: Self.factorValues($0["factor_values"]), hash: $0["scenario_hash"])
            }
        }
    }
}
