import AnarchyCore

/// What the model says about a test, or a claim, over the levels that decide it (the base and
/// the `across` sweep; map cells describe the region but do not vote): **supported** when the
/// expectation holds at every level, **not supported** when it holds at none (it fails, or the
/// effect is too uncertain to say), **depends** when it holds at some and not others — the
/// boundary then says where. A claim with several tests is supported (not supported) when all
/// its tests are, and depends otherwise.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
    case supported
    case notSupported = "not supported"
    case depends

    static func of(_ outcomes: [Outcome]) -> Verdict {
        if !outcomes.isEmpty && outcomes.allSatisfy({ $0 == .holds }) { return .supported }
        if !outcomes.contains(.holds) { return .notSupported }
        return .depends
    }

    static func combining(_ verdicts: [Verdict]) -> Verdict {
        if verdicts.allSatisfy({ $0 == .supported }) { return .supported }
        if verdicts.allSatisfy({ $0 == .notSupported }) { return .notSupported }
        return .depends
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
            let fails = sorted.filter { $0.outcome == .fails }.count
            return "holds nowhere in \(path) ∈ [\(show(sorted.first!.value)), \(show(sorted.last!.value))]"
                + (fails == sorted.count ? " (contradicted everywhere)" : fails == 0 ? " (no effect detected)" : " (contradicted at \(fails) of \(sorted.count) values)")
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
