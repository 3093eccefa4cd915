/// The alliance system's shape after a tick (alliances mechanism): blocs are the connected
/// groups of alive states joined by alliance ties (a state without allies is its own bloc);
/// polarity counts the blocs holding at least 10% of the system's wealth (Waltz 1979's poles,
/// measured on blocs rather than single states); and the share of commitments honoured so far
/// (Leeds, Long & Mitchell 2000 report about three in four historically).
public struct AllianceMetrics: Sendable, Equatable {
    /// Alliance ties standing.
    public let alliances: Int
    /// Blocs of two or more states.
    public let blocs: Int
    /// The largest bloc's share of the alive states' wealth.
    public let largestBlocShare: Double
    /// Blocs (singletons included) with at least `poleShare` of the wealth.
    public let polarity: Int
    /// Honoured / (honoured + abandoned) so far; NaN before any ally was called.
    public let honouredShare: Double

    public static let poleShare = 0.1
}

extension WorldState {
    func allianceMetrics() -> AllianceMetrics {
        guard mechanisms.alliances != nil else {
            return AllianceMetrics(alliances: 0, blocs: 0, largestBlocShare: 0, polarity: 0, honouredShare: .nan)
        }
        // Union–find over alliance ties between alive states.
        var sets = UnionFind(count: count)
        var ties = 0
        for i in 0..<count where alive[i] {
            for slot in slotStart[i]..<slotStart[i + 1] where allied[slot] {
                let j = Int(slotTarget[slot])
                guard j > i, alive[j] else { continue }
                ties += 1
                sets.union(i, j)
            }
        }
        var wealthOf: [Int: Double] = [:], size: [Int: Int] = [:]
        var total = 0.0
        for i in 0..<count where alive[i] {
            let r = sets.root(i)
            wealthOf[r, default: 0] += wealth[i]
            size[r, default: 0] += 1
            total += wealth[i]
        }
        let blocs = size.values.filter { $0 >= 2 }.count
        let largest = size.filter { $0.value >= 2 }.keys.map { wealthOf[$0] ?? 0 }.max() ?? 0
        let poles = total > 0 ? wealthOf.values.filter { $0 / total >= AllianceMetrics.poleShare }.count : 0
        let called = allianceBook.honoured + allianceBook.abandoned
        return AllianceMetrics(
            alliances: ties, blocs: blocs, largestBlocShare: total > 0 ? largest / total : 0, polarity: poles,
            honouredShare: called > 0 ? Double(allianceBook.honoured) / Double(called) : .nan)
    }
}

extension World {
    /// The alliance system after the last tick (zeros when the mechanism is off).
    public func allianceMetrics() -> AllianceMetrics { state.allianceMetrics() }

    /// The alliance ties standing between alive states, each pair once (a < b; none when the
    /// mechanism is off).
    public var allianceTies: [(a: Int, b: Int)] {
        let s = state
        guard s.mechanisms.alliances != nil else { return [] }
        var ties: [(a: Int, b: Int)] = []
        for i in 0..<s.count where s.alive[i] {
            for slot in s.slotStart[i]..<s.slotStart[i + 1] where s.allied[slot] {
                let j = Int(s.slotTarget[slot])
                if j > i && s.alive[j] { ties.append((i, j)) }
            }
        }
        return ties
    }
}
