import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyWorld

/// One politically relevant dyad in one year — a border of that year's history scenario — with
/// the dangerous-dyads covariates (Bremer 1992) and whether a militarized dispute began in it.
public struct DyadYear: Sendable, Equatable {
    public let year: Int
    /// The pair's indices in the year's scenario (a < b) and COW codes.
    public let a: Int, b: Int
    public let codeA: Int, codeB: Int
    public let contiguous: Bool
    /// log(CINC of the stronger / CINC of the weaker), CINCs floored at 1e-6.
    public let logCapabilityRatio: Double
    public let allied: Bool
    /// Either state a major power.
    public let major: Bool
    /// A dispute between them began that year (Dyadic MID v4.02), and one that reached war.
    public let onset: Bool
    public let war: Bool
    /// The disputes that began between them in the years before this one, latest first: what a
    /// world with memory starts from (``DisputeMemory``). Nothing of this year.
    public var past: [PastDispute] = []

    /// The dyad's key across years, the same whichever state is a: `min(codes) · 10,000 + max(codes)`
    /// (COW codes are below 10,000) — the unit the bootstraps resample.
    public var dyadKey: Int { Swift.min(codeA, codeB) * 10_000 + Swift.max(codeA, codeB) }

    /// The baseline's covariates, in the order of ``LogisticRegression``'s coefficients after the intercept.
    public var covariates: [Double] { [contiguous ? 1 : 0, logCapabilityRatio, allied ? 1 : 0, major ? 1 : 0] }
}

/// A historical year: its scenario and its relevant dyads.
public struct HistoricalYear: Sendable {
    public let year: Int
    public let scenario: Scenario
    public let dyads: [DyadYear]
    /// The wars under way at the end of the year before, between relevant dyads (scenario indices,
    /// the side that began it first): what a world with memory carries over (``DisputeMemory``).
    public var warsUnderWay: [(attacker: Int, target: Int)] = []
    /// Each state's COW code, in the scenario's order: how a multi-year world finds its states
    /// again in the next year's scenario (``DisputeMemory/runUp``).
    public var codes: [Int] = []
}

/// Militarized dispute onsets by year and undirected pair of COW codes (Dyadic MID: rows whose
/// year is the dispute's start year).
public struct DisputeOnsets: Sendable {
    /// An unordered pair of COW codes.
    public typealias CodePair = COWHistory.Pair

    var onsets: [Int: Set<CodePair>] = [:]
    var wars: [Int: Set<CodePair>] = [:]
    /// The first year with an onset: a dyad's record reaches back to it.
    let firstYear: Int?
    /// By onset year, each pair's dispute's last year (the latest, when a pair has two).
    var endYears: [Int: [CodePair: Int]] = [:]
    /// By year y, the wars going on at the end of y − 1 as (a state of the initiating side, one of
    /// the other), ascending; filled from the dyadic war data (``carryWars(from:)``).
    var warsUnderWay: [Int: [(Int, Int)]] = [:]

    public init(_ file: COWFile) {
        precondition(file.dataset == .dyadicDisputes)
        for r in 0..<file.count {
            guard let start = file.whole(r, "strtyr"), let x = file.whole(r, "statea"), let y = file.whole(r, "stateb") else { continue }
            let pair = CodePair(x, y)
            if let end = file.whole(r, "endyear") { endYears[start, default: [:]][pair] = Swift.max(end, endYears[start]?[pair] ?? end) }
            guard file.whole(r, "year") == start else { continue }  // the dispute's first year: its onset
            onsets[start, default: []].insert(pair)
            if file.whole(r, "war") == 1 || file.whole(r, "hihost") == 5 { wars[start, default: []].insert(pair) }
        }
        firstYear = onsets.keys.min()
    }

    /// Takes the wars under way from the directed dyadic war data (one row per directed dyad and
    /// year of a war, with the war's first and last years): the war of a row of year y that began
    /// by y and ends after y is going on at the end of y — known then — and is carried into y + 1,
    /// once per unordered pair, its initiating side (`warolea` 1 or 3) attacking.
    public mutating func carryWars(from file: COWFile) {
        precondition(file.dataset == .dyadicWars)
        var underWay: [Int: Set<[Int]>] = [:]
        for r in 0..<file.count {
            guard let year = file.whole(r, "year"), let start = file.whole(r, "warstrtyr"), let end = file.whole(r, "warendyr"), start <= year, end > year,
                let a = file.whole(r, "statea"), let b = file.whole(r, "stateb"), let role = file.whole(r, "warolea"), role == 1 || role == 3
            else { continue }
            underWay[year + 1, default: []].insert([a, b])
        }
        warsUnderWay = underWay.mapValues { pairs in
            var seen = Set<CodePair>()
            return pairs.sorted { $0.lexicographicallyPrecedes($1) }.compactMap { p in seen.insert(CodePair(p[0], p[1])).inserted ? (p[0], p[1]) : nil }
        }
    }

    /// The disputes that began between `pair` before `year`, latest first (back to the data's
    /// first onset). A dispute counts as a war only if it had ended before `year`: the data's war
    /// flag describes the whole dispute, which is known at the end of `year − 1` only once it is over.
    public func past(_ pair: CodePair, before year: Int) -> [PastDispute] {
        guard let first = firstYear, first < year else { return [] }
        return stride(from: year - 1, through: first, by: -1).filter { began($0, pair) }.map { s in
            PastDispute(yearsAgo: year - s, war: reachedWar(s, pair) && (endYears[s]?[pair] ?? year) < year)
        }
    }

    public func began(_ year: Int, _ pair: CodePair) -> Bool { onsets[year]?.contains(pair) ?? false }
    public func reachedWar(_ year: Int, _ pair: CodePair) -> Bool { wars[year]?.contains(pair) ?? false }

    /// The last year with any onset (the data's horizon).
    public var lastYear: Int? { onsets.keys.max() }
}

extension COWHistory {
    /// The year's scenario (all regions) and its relevant dyads with their covariates and onsets.
    public func historicalYear(_ year: Int, onsets: DisputeOnsets, ticks: Int = 1) throws(DataError) -> HistoricalYear {
        let (scenario, report) = try scenario(year: year, region: .all, ticks: ticks)
        guard case let .edges(edges) = scenario.geography else {
            var empty = HistoricalYear(year: year, scenario: scenario, dyads: [])
            empty.codes = report.codes
            return empty
        }
        let dyads = edges.map { edge -> DyadYear in
            let (a, b) = (Swift.min(edge.a, edge.b), Swift.max(edge.a, edge.b))
            let pair = Pair(a, b)
            let (ca, cb) = (Swift.max(report.cinc[a], 1e-6), Swift.max(report.cinc[b], 1e-6))
            let codes = DisputeOnsets.CodePair(report.codes[a], report.codes[b])
            return DyadYear(
                year: year, a: a, b: b, codeA: report.codes[a], codeB: report.codes[b], contiguous: report.contiguousPairs.contains(pair),
                logCapabilityRatio: log(Swift.max(ca, cb) / Swift.min(ca, cb)), allied: report.alliedPairSet.contains(pair),
                major: scenario.states[a].major || scenario.states[b].major, onset: onsets.began(year, codes), war: onsets.reachedWar(year, codes),
                past: onsets.past(codes, before: year))
        }
        let position = Dictionary(uniqueKeysWithValues: report.codes.enumerated().map { ($1, $0) })
        let relevant = Set(dyads.map { Pair($0.a, $0.b) })
        var underWay: [(attacker: Int, target: Int)] = []
        for (x, y) in onsets.warsUnderWay[year] ?? [] {
            guard let i = position[x], let j = position[y], relevant.contains(Pair(i, j)) else { continue }
            underWay.append((i, j))
        }
        var result = HistoricalYear(year: year, scenario: scenario, dyads: dyads)
        result.warsUnderWay = underWay
        result.codes = report.codes
        return result
    }
}
