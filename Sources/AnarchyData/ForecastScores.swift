import AnarchyCore
/// How good probability forecasts of binary events are: the area under the ROC curve (the
/// probability that a random event got a higher forecast than a random non-event, ties counted
/// half — Mann–Whitney), the Brier score (mean squared error), and a calibration curve.
public struct ForecastScores: Sendable, Equatable {
    public let auc: Double
    public let brier: Double
    public let events: Int
    public let count: Int
    /// Ten bins of forecast [0, 0.1), …, [0.9, 1]: forecasts in it, their mean, and the observed rate.
    public let calibration: [Bin]

    public struct Bin: Sendable, Equatable {
        public let low: Double, high: Double
        public let count: Int
        public let meanForecast: Double
        public let observedRate: Double
    }

    public init(forecasts: [Double], outcomes: [Bool]) {
        precondition(forecasts.count == outcomes.count)
        count = forecasts.count
        events = outcomes.filter { $0 }.count
        brier = Self.brier(forecasts, outcomes)
        auc = Self.auc(forecasts, outcomes)
        calibration = (0..<10).map { b in
            let low = Double(b) / 10, high = Double(b + 1) / 10
            let members = forecasts.indices.filter { forecasts[$0] >= low && (forecasts[$0] < high || (b == 9 && forecasts[$0] <= 1)) }
            let mean = members.isEmpty ? Double.nan : members.map { forecasts[$0] }.reduce(0, +) / Double(members.count)
            let rate = members.isEmpty ? Double.nan : Double(members.filter { outcomes[$0] }.count) / Double(members.count)
            return Bin(low: low, high: high, count: members.count, meanForecast: mean, observedRate: rate)
        }
    }

    /// The Brier score: the mean of (forecast − outcome)²; NaN for no forecasts.
    public static func brier(_ forecasts: [Double], _ outcomes: [Bool]) -> Double {
        var squared = 0.0
        for (p, y) in zip(forecasts, outcomes) { squared += (p - (y ? 1 : 0)) * (p - (y ? 1 : 0)) }
        return forecasts.isEmpty ? .nan : squared / Double(forecasts.count)
    }

    /// The AUC by ranks with ties averaged (Mann–Whitney U over events × non-events); NaN
    /// without both.
    public static func auc(_ forecasts: [Double], _ outcomes: [Bool]) -> Double {
        let order = forecasts.indices.sorted { forecasts[$0] < forecasts[$1] }
        var rankSum = 0.0, positives = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && forecasts[order[j + 1]] == forecasts[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j where outcomes[order[k]] {
                rankSum += rank
                positives += 1
            }
            i = j + 1
        }
        let negatives = Double(forecasts.count) - positives
        return positives > 0 && negatives > 0 ? (rankSum - positives * (positives + 1) / 2) / (positives * negatives) : .nan
    }
}
