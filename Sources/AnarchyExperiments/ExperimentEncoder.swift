import AnarchyCore
import AnarchyScenarioFiles

/// Writes an ``Experiment`` as a document of the experiment-file schema, its base scenario
/// inlined (`scenario:`), so the file alone repeats the experiment; ``ExperimentFile`` reads it
/// back to the same experiment. Its text, hashed, is the experiment's id in a results store.
public enum ExperimentEncoder {
    public static func json(_ e: Experiment) -> JSONValue {
        var design: [(key: String, value: JSONValue)] = [("kind", .string(e.design.name))]
        switch e.design {
        case let .random(points), let .latinHypercube(points): design.append(("points", .integer(points)))
        case .grid, .oneAtATime: break
        }
        var fields: [(key: String, value: JSONValue)] = [
            ("name", .string(e.name)), ("description", .string(e.summary)), ("base", .string(e.baseSource)),
            ("scenario", ScenarioEncoder.json(e.base)), ("design", .object(design)),
            ("factors", .array(e.factors.map { f in
                var members: [(key: String, value: JSONValue)] = [("path", .string(f.path))]
                if !f.values.isEmpty { members.append(("values", .array(f.values.map(JSONValue.number)))) }
                if let r = f.range { members.append(("min", .number(r.lowerBound))); members.append(("max", .number(r.upperBound))) }
                return .object(members)
            })),
            ("replications", .integer(e.replications)),
            ("seed", e.seed <= UInt64(Int.max) ? .integer(Int(e.seed)) : .string(String(e.seed))),
            ("metrics", .array(e.metrics.map { .string($0.rawValue) })),
        ]
        if let focal = e.focal { fields.append(("focal", .string(focal))) }
        if let stop = e.stop {
            fields.append(("stop", .members([
                "metric": .string(stop.metric.rawValue), "width": .number(stop.width), "maxReplications": .integer(stop.maxReplications),
            ])))
        }
        return .object(fields)
    }

    /// The experiment's id: FNV-1a (64-bit) of its JSON text, as 16 hex digits.
    public static func id(_ e: Experiment) -> String { Hex.sixteenDigits(FNV1a64.hash(json(e).text)) }
}
