import AnarchyCore
import AnarchyScenarioFiles
import AnarchyWorld

/// One point of an experiment's design: the factors' values and the scenario they make.
public struct DesignPoint: Sendable, Equatable {
    /// 0-based, in the design's order.
    public let index: Int
    /// One value per factor, in the experiment's factor order.
    public let values: [Double]
    public let scenario: Scenario
}

extension Experiment {
    /// The design points, in order (see ``Design``). Random and Latin-hypercube points come from
    /// their own stream, `SplitMix64(seed ⊕ 0x64657369676e)` ("design"), so they do not depend
    /// on anything but the master seed.
    /// - Throws: the first factor value that makes an invalid scenario, with its path.
    public func points() throws(ScenarioFileError) -> [DesignPoint] {
        var rows: [[Double]] = []
        switch design {
        case .grid:
            rows = [[]]
            for factor in factors { rows = rows.flatMap { row in factor.values.map { row + [$0] } } }
        case let .random(count):
            var random = SplitMix64(seed: seed ^ Self.designStreamKey)
            for _ in 0..<count {
                rows.append(factors.map { f in
                    let r = f.range ?? 0...0
                    return r.lowerBound + random.uniform() * (r.upperBound - r.lowerBound)
                })
            }
        case let .latinHypercube(count):
            var random = SplitMix64(seed: seed ^ Self.designStreamKey)
            var columns: [[Double]] = []
            for f in factors {
                let r = f.range ?? 0...0
                // A random permutation of the strata (Fisher–Yates), one uniform draw inside each.
                var strata = Array(0..<count)
                random.shuffle(&strata, 0..<count)
                columns.append(strata.map { s in r.lowerBound + (Double(s) + random.uniform()) / Double(count) * (r.upperBound - r.lowerBound) })
            }
            rows = (0..<count).map { i in columns.map { $0[i] } }
        case .oneAtATime:
            let baseRow = factors.map { ScenarioPath.value(at: $0.path, in: base) ?? $0.values.first ?? 0 }
            rows = [baseRow]
            for (k, f) in factors.enumerated() {
                for v in f.values where v != baseRow[k] {
                    var row = baseRow
                    row[k] = v
                    rows.append(row)
                }
            }
        }
        var points: [DesignPoint] = []
        points.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if let scenario = ScenarioPath.setting(zip(factors, row).map { ScenarioEdit(path: $0.path, value: ScenarioPath.document($1)) }, in: base) {
                points.append(DesignPoint(index: index, values: row, scenario: scenario))
                continue
            }
            // One by one, to name the factor at fault.
            var scenario = base
            for (k, (factor, value)) in zip(factors, row).enumerated() {
                do throws(ScenarioFileError) {
                    scenario = try ScenarioPath.setting(value, at: factor.path, in: scenario)
                } catch {
                    let inner = error.path == factor.path || error.path.isEmpty ? "" : "\(error.path): "
                    throw ScenarioFileError(path: "factors[\(k)]", message: "\(factor.path) = \(PlainNumber.text(value)): \(inner)\(error.message)")
                }
            }
            points.append(DesignPoint(index: index, values: row, scenario: scenario))
        }
        return points
    }

    /// "design" in ASCII: separates the design's stream from the runs'.
    public static let designStreamKey: UInt64 = 0x6465_7369_676E
}
