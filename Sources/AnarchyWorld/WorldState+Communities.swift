import AnarchyCore

/// The security communities standing and the run's tallies (communities mechanism).
final class CommunityBook: @unchecked Sendable {
    /// Members of each standing community by id (ids count from 1 and are never reused).
    var members: [Int32: [Int]] = [:]
    var nextID: Int32 = 1
    var formed = 0
    var dissolved = 0
    /// The tick the first community was born (0 = none yet).
    var firstBirth = 0
    /// Wars fought between members of two different communities, and within one.
    var warsBetween = 0
    var warsWithin = 0
}

/// The communities after a tick (Adler & Barnett 1998), and the dilemma between them that the
/// second essay warns of: how much members of different communities that border each other
/// fear each other, and how often they fight.
public struct CommunityMetrics: Sendable, Equatable {
    /// Communities standing, the largest one's size, and the share of alive states in one.
    public let communities: Int
    public let largest: Int
    public let memberShare: Double
    /// Mean belief that the other is greedy over observer → neighbour slots joining members of
    /// two different communities (NaN when no two communities border each other) — the blocs'
    /// own security dilemma when it rises — and over the slots neither within one community nor
    /// between two (NaN when there are none).
    public let beliefBetween: Double
    public let beliefOutside: Double
    /// Wars so far between members of two different communities, and within one.
    public let warsBetween: Int
    public let warsWithin: Int
    /// Communities formed and dissolved so far, and the tick the first was born (nil: none yet).
    public let formed: Int
    public let dissolved: Int
    public let firstBirth: Int?
}

extension WorldState {
    /// Whether neighbours i and j (slots `ij`, `ji`) have dependable expectations of peaceful
    /// change (``Mechanisms/Communities``).
    @inline(__always)
    private func dependable(_ ij: Int, _ ji: Int, tick: Int, _ settings: Mechanisms.Communities) -> Bool {
        guard belief[ij] < settings.trustBelow, belief[ji] < settings.trustBelow,
            tick - Int(lastWar[ij]) >= settings.peaceTicks
        else { return false }
        return identity.count == 0 || (relation(ij) == .friend && relation(ji) == .friend)
    }

    /// Per tick (communities on): finds the communities — the connected groups, two or more
    /// states, of dependable pairs in which every bordering pair is dependable — matches them
    /// to the last tick's (each new group keeps the id of the old community it shares most
    /// members with, ties to the lower id; groups are taken in order of their lowest member) and
    /// records births, members joining and leaving, and deaths. A group with a non-dependable
    /// bordering pair inside loses the member in most such pairs (ties: the highest index), and
    /// the search repeats.
    func detectCommunities(tick: Int, record: (WorldEvent) -> Void) {
        guard let settings = mechanisms.communities else { return }
        let n = count
        var eligible = (0..<n).map { alive[$0] }
        var parent = [Int](repeating: 0, count: n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        while true {
            for i in 0..<n { parent[i] = i }
            for i in 0..<n where eligible[i] {
                forEachLiveSlot(of: i) { slot in
                    let j = Int(slotTarget[slot])
                    guard j > i, eligible[j], let back = self.slot(of: i, in: j), dependable(slot, back, tick: tick, settings) else { return }
                    let (a, b) = (root(i), root(j))
                    if a != b { parent[Swift.max(a, b)] = Swift.min(a, b) }
                }
            }
            var violations = [Int](repeating: 0, count: n)
            var worst = -1
            for i in 0..<n where eligible[i] {
                forEachLiveSlot(of: i) { slot in
                    let j = Int(slotTarget[slot])
                    guard j != i, eligible[j], root(i) == root(j), let back = self.slot(of: i, in: j),
                        !dependable(slot, back, tick: tick, settings)
                    else { return }
                    violations[i] += 1
                }
                if violations[i] > 0 && (worst < 0 || violations[i] >= violations[worst]) { worst = i }
            }
            guard worst >= 0 else { break }
            eligible[worst] = false
        }
        var groups: [Int: [Int]] = [:], order: [Int] = []
        for i in 0..<n where eligible[i] {
            let r = root(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(i)
        }
        let book = communityBook
        var next: [Int32: [Int]] = [:]
        var taken = Set<Int32>()
        for r in order {
            guard let members = groups[r], members.count >= 2 else { continue }
            var overlap: [Int32: Int] = [:]
            for m in members where community[m] != 0 && !taken.contains(community[m]) { overlap[community[m], default: 0] += 1 }
            let kept = overlap.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
            if let id = kept {
                taken.insert(id)
                next[id] = members
                let old = Set(book.members[id] ?? []), now = Set(members)
                let joined = members.filter { !old.contains($0) }
                let left = (book.members[id] ?? []).filter { !now.contains($0) }
                if !joined.isEmpty { record(.community(CommunityChange(tick: tick, kind: .joined, community: Int(id), states: joined))) }
                if !left.isEmpty { record(.community(CommunityChange(tick: tick, kind: .left, community: Int(id), states: left))) }
            } else {
                let id = book.nextID
                book.nextID += 1
                book.formed += 1
                if book.firstBirth == 0 { book.firstBirth = tick }
                next[id] = members
                record(.community(CommunityChange(tick: tick, kind: .formed, community: Int(id), states: members)))
            }
        }
        for id in book.members.keys.sorted() where next[id] == nil {
            book.dissolved += 1
            record(.community(CommunityChange(tick: tick, kind: .dissolved, community: Int(id), states: book.members[id] ?? [])))
        }
        book.members = next
        for i in 0..<n { community[i] = 0 }
        for (id, members) in next { for m in members { community[m] = id } }
    }

    /// Counts a war between members of communities (called before this tick's detection).
    func noteCommunityWar(_ attacker: Int, _ target: Int) {
        let a = community[attacker], b = community[target]
        guard a != 0, b != 0 else { return }
        if a == b { communityBook.warsWithin += 1 } else { communityBook.warsBetween += 1 }
    }

    func communityMetrics() -> CommunityMetrics? {
        guard mechanisms.communities != nil else { return nil }
        let book = communityBook
        var alivePlaces = 0, inCommunity = 0
        var between = 0.0, betweenCount = 0, outside = 0.0, outsideCount = 0
        for i in 0..<count where alive[i] {
            alivePlaces += 1
            let ci = community[i]
            if ci != 0 { inCommunity += 1 }
            forEachLiveSlot(of: i) { slot in
                let cj = community[Int(slotTarget[slot])]
                if ci != 0 && cj != 0 && ci != cj {
                    between += belief[slot]
                    betweenCount += 1
                } else if ci == 0 || ci != cj {
                    outside += belief[slot]
                    outsideCount += 1
                }
            }
        }
        return CommunityMetrics(
            communities: book.members.count, largest: book.members.values.map(\.count).max() ?? 0,
            memberShare: alivePlaces > 0 ? Double(inCommunity) / Double(alivePlaces) : 0,
            beliefBetween: betweenCount > 0 ? between / Double(betweenCount) : .nan,
            beliefOutside: outsideCount > 0 ? outside / Double(outsideCount) : .nan,
            warsBetween: book.warsBetween, warsWithin: book.warsWithin, formed: book.formed, dissolved: book.dissolved,
            firstBirth: book.firstBirth == 0 ? nil : book.firstBirth)
    }
}

extension World {
    /// The security communities after the last tick (nil when the mechanism is off).
    public func communityMetrics() -> CommunityMetrics? { state.communityMetrics() }

    /// The members of each standing community by id (communities mechanism; empty when off).
    public var communities: [Int: [Int]] {
        Dictionary(uniqueKeysWithValues: state.communityBook.members.map { (Int($0.key), $0.value) })
    }
}
