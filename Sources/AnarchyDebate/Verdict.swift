import AnarchyCore

/// What the model says about a test, or a claim, over the levels that decide it (the base and
/// the `across` sweep; map cells describe the region but do not vote), after Holm's correction
/// across those levels (``Holm``). Among the testable levels: **supported** when the test holds at
/// every one, **contradicted** when it fails at every one, **inconclusive** when it is
/// inconclusive at every one (the interval straddles the region's edge), **depends** otherwise
/// (the boundary says where each outcome holds); **untestable** when no level is testable (the
/// metric undefined in most runs). A claim with several tests takes their common verdict, and
/// depends when they differ.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
    case supported
    case contradicted
    case inconclusive
    case untestable
    case depends

    static func of(_ outcomes: [Outcome]) -> Verdict {
        let testable = outcomes.filter { $0 != .untestable }
        guard let first = testable.first else { return .untestable }
        guard testable.allSatisfy({ $0 == first }) else { return .depends }
        switch first {
        case .holds: return .supported
        case .fails: return .contradicted
        case .inconclusive, .untestable: return .inconclusive
        }
    }

    static func combining(_ verdicts: [Verdict]) -> Verdict {
        guard let first = verdicts.first, verdicts.allSatisfy({ $0 == first }) else { return .depends }
        return first
    }
}

/// Where a test holds along one swept parameter, in words: "holds for system.beta ≤ 1, not from 2"
/// when the values split in two runs, else each outcome listed by value.
enum Boundary {
    static func describe(path: String, _ points: [(value: Double, outcome: Outcome)]) -> String {
        let sorted = points.sorted { $0.value < $1.value }
        let holds = sorted.map { $0.outcome == .holds }
        func show(_ v: Double) -> String { PlainNumber.text(v) }
        if holds.allSatisfy({ $0 }) { return "holds across \(path) ∈ [\(show(sorted.first!.value)), \(show(sorted.last!.value))]" }
        if !holds.contains(true) {
            let fails = sorted.filter { $0.outcome == .fails }.count, untestable = sorted.filter { $0.outcome == .untestable }.count
            let why = fails == sorted.count ? " (contradicted everywhere)"
                : untestable == sorted.count ? " (untestable everywhere: the metric undefined in most runs)"
                : fails == 0 ? " (inconclusive\(untestable > 0 ? "; untestable at \(untestable) of \(sorted.count) values" : ""))"
                : " (contradicted at \(fails) of \(sorted.count) values)"
            return "holds nowhere in \(path) ∈ [\(show(sorted.first!.value)), \(show(sorted.last!.value))]" + why
        }
        if let cut = holds.firstIndex(of: false), !holds[cut...].contains(true) {
            return "holds for \(path) ≤ \(show(sorted[cut - 1].value)), not from \(show(sorted[cut].value)) (\(sorted[cut].outcome.rawValue) there)"
        }
        if let cut = holds.firstIndex(of: true), !holds[cut...].contains(false) {
            return "holds for \(path) ≥ \(show(sorted[cut].value)), not at \(show(sorted[cut - 1].value)) and below (\(sorted[cut - 1].outcome.rawValue) there)"
        }
        return "\(path): " + sorted.map { "\(show($0.value)) \($0.outcome.rawValue)" }.joined(separator: ", ")
    }
}
