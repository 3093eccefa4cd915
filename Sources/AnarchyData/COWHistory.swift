import AnarchyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AnarchyWorld

/// The region of a history scenario, by COW country code (the codebook's ranges), with one
/// exception in time: the Ottoman Empire (640), in the codebook's Middle East, belongs to Europe
/// too until its end in 1922 — it held European territory from the Balkans to Thrace, sat in the
/// Concert of Europe from 1856 and fought the Balkan wars of 1912–13 (Anderson 1966).
public enum Region: String, CaseIterable, Sendable {
    case europe, americas, africa, middleEast = "middle-east", asia, all

    /// Whether state `ccode` belongs to the region in `year`.
    public func contains(_ ccode: Int, in year: Int) -> Bool {
        switch self {
        case .americas: (2...165).contains(ccode)
        case .europe: (200...399).contains(ccode) || (ccode == 640 && year <= 1922)
        case .africa: (400...626).contains(ccode)
        case .middleEast: (630...698).contains(ccode)
        case .asia: (700...999).contains(ccode)
        case .all: true
        }
    }
}

/// Where a history scenario's alliances come from: COW's Formal Alliances v4.1 (defense pacts
/// and ententes) or ATOP v4.01 (defense, offense and consultation obligations; Leeds et al. 2002).
public enum AllianceSource: String, CaseIterable, Sendable {
    case cow, atop
}

/// The files a history scenario is built from, read and checked once.
public struct COWHistory: Sendable {
    let system: COWFile, spells: COWFile, majors: COWFile, capabilities: COWFile, alliances: COWFile, contiguity: COWFile
    /// Row numbers by year of the year-keyed files, built once (a scenario reads only its year's rows).
    let systemRows: [Int: [Int]], capabilityRows: [Int: [Int]], contiguityRows: [Int: [Int]]

    static func rowsByYear(_ file: COWFile) -> [Int: [Int]] {
        var rows: [Int: [Int]] = [:]
        for r in 0..<file.count { if let y = file.whole(r, "year") { rows[y, default: []].append(r) } }
        return rows
    }

    /// Reads system membership, state names, major powers, capabilities, alliances (COW's or
    /// ATOP's member-level file) and contiguity from `directory`.
    public init(directory: String, alliances source: AllianceSource = .cow) throws(DataError) {
        system = try COWFile.load(.systemMembership, from: directory)
        spells = try COWFile.load(.stateSpells, from: directory)
        majors = try COWFile.load(.majorPowers, from: directory)
        capabilities = try COWFile.load(.capabilities, from: directory)
        alliances = try COWFile.load(source == .cow ? .alliances : .atopMembers, from: directory)
        contiguity = try COWFile.load(.contiguity, from: directory)
        systemRows = Self.rowsByYear(system)
        capabilityRows = Self.rowsByYear(capabilities)
        contiguityRows = Self.rowsByYear(contiguity)
    }

    /// The COW codes of the system's members in `year` (system2016), ascending.
    public func members(in year: Int) -> [Int] {
        Array(Set((systemRows[year] ?? []).compactMap { system.whole($0, "ccode") })).sorted()
    }

    /// The years the system membership file covers.
    public var years: ClosedRange<Int>? { system.yearRange }

    /// What a history scenario was built from, for its comments and the command's summary.
    public struct Report: Sendable, Equatable {
        public let year: Int
        public let region: Region
        public let states: Int
        public let majors: [String]
        public let contiguous: Int
        /// Pairs linked because one is a major power (politically relevant, not contiguous).
        public let relevant: Int
        /// Pairs of allies in force (defense pacts and ententes) and those linked only by the alliance.
        public let alliedPairs: Int
        public let alliedOnly: Int
        /// Each state's COW code and CINC that year (0 when missing), in the scenario's order.
        public let codes: [Int]
        public let cinc: [Double]
        /// The contiguous pairs and the allied pairs (scenario indices, a < b).
        public let contiguousPairs: Set<Pair>
        public let alliedPairSet: Set<Pair>
    }

    /// Distances on a history scenario's borders: by COW contiguity type (1 land, 2–5 separated by
    /// up to 12, 24, 150, 400 miles of water), and for pairs that are not contiguous.
    public static let distanceByContiguity: [Int: Double] = [1: 1, 2: 1, 3: 1.5, 4: 2, 5: 3]
    public static let distanceNotContiguous = 4.0

    /// The scenario of `year`: the system's members in `region`, capabilities mapped to wealth and
    /// forces, contiguity and politically relevant dyads as geography, alliances in force as
    /// guarantees at tick 1, major powers marked (equations in docs/DATA.md).
    /// - Throws: `DataError` when no state of the region is in the system that year.
    public func scenario(year: Int, region: Region, ticks: Int = 50, seed: UInt64 = 1) throws(DataError) -> (Scenario, Report) {
        // Members of the system that year, ascending by ccode.
        var codes: [Int] = []
        for r in systemRows[year] ?? [] {
            if let c = system.whole(r, "ccode"), region.contains(c, in: year) { codes.append(c) }
        }
        codes = Array(Set(codes)).sorted()
        guard codes.count >= 2 else {
            let span = years.map { " (the membership file covers \($0.lowerBound)–\($0.upperBound))" } ?? ""
            throw DataError(file: system.table.file, "\(codes.count) state\(codes.count == 1 ? "" : "s") of region \(region.rawValue) in the system in \(year)\(span): a scenario needs two")
        }
        let position = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        // Names: the state's name in that year (``HistoricalNames``), else the spell covering the
        // year (states2016), else the abbreviation.
        var names = codes.map { HistoricalNames.name(ccode: $0, year: year) ?? "" }
        for r in 0..<spells.count {
            guard let c = spells.whole(r, "ccode"), let k = position[c], names[k].isEmpty, let from = spells.whole(r, "styear"),
                let to = spells.whole(r, "endyear"), from <= year && year <= to
            else { continue }
            names[k] = spells.text(r, "statenme").trimmingSpaces
        }
        for r in systemRows[year] ?? [] {
            if let c = system.whole(r, "ccode"), let k = position[c], names[k].isEmpty { names[k] = system.text(r, "stateabb") }
        }
        var seen: [String: Int] = [:]
        for k in names.indices { seen[names[k], default: 0] += 1 }
        for k in names.indices where seen[names[k], default: 0] > 1 || names[k].isEmpty { names[k] = "\(names[k]) (\(codes[k]))" }
        // Major powers that year.
        var major = [Bool](repeating: false, count: codes.count)
        for r in 0..<majors.count {
            guard let c = majors.whole(r, "ccode"), let k = position[c], let from = majors.whole(r, "styear"), let to = majors.whole(r, "endyear"),
                from <= year && year <= to
            else { continue }
            major[k] = true
        }
        // Capabilities: each component's share of the scenario's total, averaged over the components a state reports.
        let economic = ["irst", "pec", "tpop", "upop"], military = ["milex", "milper"]
        var cinc = [Double](repeating: 0, count: codes.count)
        for r in capabilityRows[year] ?? [] {
            guard let c = capabilities.whole(r, "ccode"), let k = position[c] else { continue }
            cinc[k] = Swift.max(0, capabilities.number(r, "cinc") ?? 0)
        }
        let economy = shares(economic, year: year, position: position), force = shares(military, year: year, position: position)
        // Growth: the trend of the economic share over the last `trendYears` (states present then).
        let earlier = shares(economic, year: year - Self.trendYears, position: position)
        let p = SDW1Parameters()
        let phiSeeker = 1.0 / (1.0 + p.beta)
        var states: [StateSpec] = []
        for k in codes.indices {
            var spec = StateSpec(name: names[k], wealth: Swift.max(1000 * economy[k], Self.minimumWealth))
            let stock = 1000 * force[k] * p.s0 / p.rho
            spec.offense = stock * phiSeeker
            spec.defense = stock * (1 - phiSeeker)
            spec.major = major[k]
            if economy[k] > 0 && earlier[k] > 0 {
                let trend = pow(economy[k] / earlier[k], 1.0 / Double(Self.trendYears)) - 1
                spec.growth = Swift.min(1, Swift.max(0, p.growth + trend))
            }
            states.append(spec)
        }
        // Geography: contiguity that year, then politically relevant pairs with a major power.
        var distance: [Pair: Double] = [:]
        for r in contiguityRows[year] ?? [] {
            guard let a = contiguity.whole(r, "state1no"), let b = contiguity.whole(r, "state2no"), let i = position[a], let j = position[b], i < j,
                let type = contiguity.whole(r, "conttype"), let d = Self.distanceByContiguity[type]
            else { continue }
            let pair = Pair(i, j)
            distance[pair] = Swift.min(distance[pair] ?? .infinity, d)
        }
        let contiguous = distance.count
        let contiguousPairs = Set(distance.keys)
        var relevant = 0
        for i in codes.indices { for j in (i + 1)..<codes.count where (major[i] || major[j]) && distance[Pair(i, j)] == nil {
            distance[Pair(i, j)] = Self.distanceNotContiguous
            relevant += 1
        } }
        // Alliances in force: defense pacts and ententes, every pair of members of one alliance.
        var members: [Int: [Int]] = [:]
        for r in 0..<alliances.count {
            if alliances.dataset == .atopMembers {
                // ATOP: one row per member and phase; an exit year of 0 means still in force.
                guard let c = alliances.whole(r, "member"), let k = position[c], let id = alliances.whole(r, "atopid"),
                    let from = alliances.whole(r, "yrent"), from <= year, let exit = alliances.whole(r, "yrexit"), exit == 0 || exit >= year,
                    alliances.whole(r, "defense") == 1 || alliances.whole(r, "offense") == 1 || alliances.whole(r, "consul") == 1
                else { continue }
                members[id, default: []].append(k)
                continue
            }
            guard let c = alliances.whole(r, "ccode"), let k = position[c], let id = alliances.whole(r, "version4id"),
                let from = alliances.whole(r, "mem_st_year"), from <= year, alliances.whole(r, "mem_end_year").map({ $0 >= year }) ?? true,
                alliances.whole(r, "defense") == 1 || alliances.whole(r, "entente") == 1
            else { continue }
            members[id, default: []].append(k)
        }
        var allied = Set<Pair>()
        for (_, list) in members { for a in list { for b in list where a < b { allied.insert(Pair(a, b)) } } }
        var alliedOnly = 0
        for pair in allied where distance[pair] == nil {
            distance[pair] = Self.distanceNotContiguous
            alliedOnly += 1
        }
        let pairs = distance.keys.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        var scenario = Scenario()
        scenario.name = "history-\(year)-\(region.rawValue)"
        scenario.summary = "Built from Correlates of War data for \(year) (\(region.rawValue)): \(codes.count) states, \(pairs.count) borders, \(allied.count) allied pairs."
        scenario.seed = seed
        scenario.ticks = ticks
        scenario.states = states
        scenario.geography = .edges(pairs.map { Geography.Edge($0.a, $0.b, distance: distance[$0]!) })
        var ties = [Int](repeating: 0, count: codes.count)
        for pair in allied { ties[pair.a] += 1; ties[pair.b] += 1 }
        scenario.mechanisms.alliances = Mechanisms.Alliances(maxAllies: Swift.max(3, ties.max() ?? 0))
        scenario.mechanisms.lossOfStrength = Mechanisms.LossOfStrength(reach: 5)
        scenario.policies = allied.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { Policy(tick: 1, action: .ally($0.a, $0.b)) }
        let report = Report(
            year: year, region: region, states: codes.count, majors: codes.indices.filter { major[$0] }.map { names[$0] }, contiguous: contiguous,
            relevant: relevant, alliedPairs: allied.count, alliedOnly: alliedOnly, codes: codes, cinc: cinc, contiguousPairs: contiguousPairs,
            alliedPairSet: allied)
        return (scenario, report)
    }

    /// Each state's mean share of the scenario's states' totals of `components` in `year` (0 for
    /// a state without figures that year), averaged over the components it reports.
    func shares(_ components: [String], year: Int, position: [Int: Int]) -> [Double] {
        var values = [[String: Double]](repeating: [:], count: position.count)
        for r in capabilityRows[year] ?? [] {
            guard let c = capabilities.whole(r, "ccode"), let k = position[c] else { continue }
            for name in components { if let v = capabilities.number(r, name), v >= 0 { values[k][name] = v } }
        }
        var totals: [String: Double] = [:]
        for v in values { for name in components { totals[name, default: 0] += v[name] ?? 0 } }
        return values.map { v in
            let parts = components.compactMap { name -> Double? in
                guard let x = v[name], let total = totals[name], total > 0 else { return nil }
                return x / total
            }
            return parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
        }
    }

    /// Years over which a state's growth trend is measured.
    public static let trendYears = 5

    /// A state reporting no economic component still gets this much wealth (the engine needs > 0).
    public static let minimumWealth = 0.1

    /// An unordered pair — of scenario indices or of COW codes — kept as a ≤ b.
    public struct Pair: Hashable, Sendable {
        public let a: Int, b: Int
        public init(_ x: Int, _ y: Int) {
            a = Swift.min(x, y)
            b = Swift.max(x, y)
        }
    }
}
