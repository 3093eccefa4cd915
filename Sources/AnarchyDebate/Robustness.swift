import AnarchyCore
import AnarchyExperiments

/// How a test fares over its claim's robustness sample (a Latin hypercube over every system
/// parameter no test's condition sets; `ClaimPlan.samples(_:count:after:)`): at how many points
/// it holds, by the single-level interval rule, and which one or two parameters best separate the
/// points where it holds from those where it does not — the largest standardised differences
/// of the parameter's mean between the two groups, (mean where it holds − mean where not) / sd.
public struct Robustness: Sendable, Equatable {
    public let points: Int
    /// Points where the metric was defined in enough runs to judge (``Holm/minimumPairs(replications:)``).
    public let testable: Int
    public let holds: Int
    /// holds / testable (NaN when no point was testable): the share of the sampled space where it holds.
    public var share: Double { testable == 0 ? .nan : Double(holds) / Double(testable) }
    /// Up to two parameters, the best separating first.
    public let separatedBy: [Separation]

    public struct Separation: Sendable, Equatable {
        public let path: String
        /// The standardised difference; positive when the test holds at higher values.
        public let difference: Double
    }

    public init(points: Int, testable: Int, holds: Int, separatedBy: [Separation]) {
        self.points = points
        self.testable = testable
        self.holds = holds
        self.separatedBy = separatedBy
    }

    /// The summary of the sample's outcomes (nil without a sample).
    static func of(_ sample: [(settings: [Level.Setting], outcome: Outcome)]) -> Robustness? {
        guard let first = sample.first else { return nil }
        let judged = sample.filter { $0.outcome != .untestable }
        let holding = judged.filter { $0.outcome == .holds }
        var separations: [Separation] = []
        if !holding.isEmpty && holding.count < judged.count {
            for (k, setting) in first.settings.enumerated() {
                let all = judged.map { $0.settings[k].value }, yes = holding.map { $0.settings[k].value }
                let no = judged.filter { $0.outcome != .holds }.map { $0.settings[k].value }
                let mean = Statistics.mean(all), sd = Statistics.standardDeviation(all, mean: mean)
                guard sd > 0 else { continue }
                separations.append(Separation(path: setting.path, difference: (Statistics.mean(yes) - Statistics.mean(no)) / sd))
            }
            separations.sort { (abs($0.difference), $1.path) > (abs($1.difference), $0.path) }
        }
        return Robustness(points: sample.count, testable: judged.count, holds: holding.count, separatedBy: Array(separations.prefix(2)))
    }

    /// "holds at 41% of 64 sampled points (60 testable); best separated by system.beta (holds at lower values), …".
    public var sentence: String {
        guard testable > 0 else { return "untestable at every point of a \(points)-point sample of the parameter space" }
        var text = "holds at \(Int((share * 100).rounded()))% of the \(testable) testable points of a \(points)-point sample of the parameter space"
        if !separatedBy.isEmpty {
            text += "; best separated by " + separatedBy.map {
                "\($0.path) (holds at \($0.difference > 0 ? "higher" : "lower") values, d = \(PlainNumber.text(($0.difference * 100).rounded() / 100)))"
            }.joined(separator: ", ")
        }
        return text
    }
}
