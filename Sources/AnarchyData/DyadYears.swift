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
}

/// Militarized dispute onsets by year and undirected pair of COW codes (Dyadic MID: rows whose
/// year is the dispute's start year).
public struct DisputeOnsets: Sendable {
    /// An unordered pair of COW codes.
    public typealias CodePair = COWHistory.Pair

    var onsets: [Int: Set<CodePair>] = [:]
    var wars: [Int: Set<CodePair>] = [:]
    /// By year y, the wars going on at the end of y − 1 (a row of y − 1 of a dispute that reached
    /// war and ended after it), as (side A's state, side B's), ascending.
    var warsUnderWay: [Int: [(Int, Int)]] = [:]

    public init(_ file: COWFile) {
        precondition(file.dataset == .dyadicDisputes)
        for r in 0..<file.count {
            guard let year = file.whole(r, "year"), file.whole(r, "strtyr") == year, let x = file.whole(r, "statea"), let y = file.whole(r, "stateb")
            else { continue }
            onsets[year, default: []].insert(CodePair(x, y))
            if file.whole(r, "war") == 1 || file.whole(r, "hihost") == 5 { wars[year, default: []].insert(CodePair(x, y)) }
        }
        var underWay: [Int: Set<[Int]>] = [:]
        for r in 0..<file.count {
            guard let year = file.whole(r, "year"), let end = file.whole(r, "endyear"), end > year, let x = file.whole(r, "statea"), let y = file.whole(r, "stateb"),
                file.whole(r, "war") == 1 || file.whole(r, "hihost") == 5
            else { continue }
            // sideaa = 1: statea was on side A, the side that began the dispute.
            underWay[year + 1, default: []].insert(file.whole(r, "sideaa") == 0 ? [y, x] : [x, y])
        }
        warsUnderWay = underWay.mapValues { $0.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) } }
    }

    /// The disputes that began between `pair` before `year`, latest first (back to the data's first onset).
    public func past(_ pair: CodePair, before year: Int) -> [PastDispute] {
        guard let first = onsets.keys.min(), first < year else { return [] }
        return stride(from: year - 1, through: first, by: -1).filter { began($0, pair) }.map { PastDispute(yearsAgo: year - $0, war: reachedWar($0, pair)) }
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
        guard case let .edges(edges) = scenario.geography else { return HistoricalYear(year: year, scenario: scenario, dyads: []) }
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
        return result
    }
}
