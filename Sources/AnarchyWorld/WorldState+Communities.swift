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
    /// Alive states at the last detection (−1: none made yet).
    var living = -1
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
    /// records births, members joining and leaving, and deaths. Where a group holds bordering
    /// pairs that are not dependable, states are removed in order of the most such pairs (ties:
    /// the highest index), each only while it still has one with a member not yet removed, until
    /// every such pair has lost a member; the groups are then found again (removal only splits
    /// groups, so none is left).
    ///
    /// The result depends only on which states are alive and which bordering pairs are
    /// dependable; when neither changed since the last tick, nothing is recomputed.
    /// `changes`: how many pairs' dependability changed this tick (``markDependablePairs(states:tick:)``).
    func detectCommunities(tick: Int, changes: Int, record: (WorldEvent) -> Void) {
        guard mechanisms.communities != nil else { return }
        let n = count
        var living = 0
        for i in 0..<n where alive[i] { living += 1 }
        let book = communityBook
        guard changes > 0 || living != book.living else { return }
        book.living = living
        var eligible = (0..<n).map { alive[$0] }
        var sets = UnionFind(count: n)
        func join() {
            sets.reset()
            for i in 0..<n where eligible[i] {
                for slot in liveSlotSequence(of: i) {
                    let j = Int(slotTarget[slot])
                    guard j > i, eligible[j], dependablePair[slot] else { continue }
                    sets.union(i, j)
                }
            }
        }
        join()
        // Bordering pairs inside a group that are not dependable: a greedy cover removes, state
        // by state in order of most such pairs (ties: the highest index), one member of each.
        var violations = [Int](repeating: 0, count: n)
        var pairs: [(Int, Int)] = []
        for i in 0..<n where eligible[i] {
            for slot in liveSlotSequence(of: i) {
                let j = Int(slotTarget[slot])
                guard j > i, eligible[j], !dependablePair[slot], sets.root(i) == sets.root(j) else { continue }
                violations[i] += 1
                violations[j] += 1
                pairs.append((i, j))
            }
        }
        if !pairs.isEmpty {
            var partners = [[Int]](repeating: [], count: n)
            for (i, j) in pairs {
                partners[i].append(j)
                partners[j].append(i)
            }
            var open = violations
            for v in (0..<n).filter({ violations[$0] > 0 }).sorted(by: { (violations[$0], $0) > (violations[$1], $1) }) where open[v] > 0 {
                eligible[v] = false
                for u in partners[v] where eligible[u] { open[u] -= 1 }
                open[v] = 0
            }
            join()
        }
        // Groups of two or more, in order of their lowest member (a root is its group's lowest index).
        var size = [Int32](repeating: 0, count: n)
        for i in 0..<n where eligible[i] { size[sets.root(i)] += 1 }
        var slotOfRoot = [Int32](repeating: -1, count: n)
        var groups: [[Int]] = []
        for i in 0..<n where eligible[i] {
            let r = sets.root(i)
            guard size[r] >= 2 else { continue }
            if slotOfRoot[r] < 0 {
                slotOfRoot[r] = Int32(groups.count)
                groups.append([])
                groups[groups.count - 1].reserveCapacity(Int(size[r]))
            }
            groups[Int(slotOfRoot[r])].append(i)
        }
        var next: [Int32: [Int]] = [:]
        var assigned = [Int32](repeating: 0, count: n)
        for members in groups {
            // The old community this group shares most members with (ties: the lower id), not yet taken.
            var overlap: [(id: Int32, count: Int)] = []
            for m in members where community[m] != 0 {
                let id = community[m]
                if let k = overlap.firstIndex(where: { $0.id == id }) { overlap[k].count += 1 } else { overlap.append((id, 1)) }
            }
            let kept = overlap.filter { next[$0.id] == nil }.max { ($0.count, -$0.id) < ($1.count, -$1.id) }?.id
            let id = kept ?? book.nextID
            next[id] = members
            for m in members { assigned[m] = id }
            if kept != nil {
                let joined = members.filter { community[$0] != id }
                let left = (book.members[id] ?? []).filter { assigned[$0] != id }
                if !joined.isEmpty { record(.community(CommunityChange(tick: tick, kind: .joined, community: Int(id), states: joined))) }
                if !left.isEmpty { record(.community(CommunityChange(tick: tick, kind: .left, community: Int(id), states: left))) }
            } else {
                book.nextID += 1
                book.formed += 1
                if book.firstBirth == 0 { book.firstBirth = tick }
                record(.community(CommunityChange(tick: tick, kind: .formed, community: Int(id), states: members)))
            }
        }
        for id in book.members.keys.sorted() where next[id] == nil {
            book.dissolved += 1
            record(.community(CommunityChange(tick: tick, kind: .dissolved, community: Int(id), states: book.members[id] ?? [])))
        }
        book.members = next
        for i in 0..<n { community[i] = assigned[i] }
    }

    /// Marks the dependable pairs of every state, then detects the communities (serially).
    func detectCommunities(tick: Int, record: (WorldEvent) -> Void) {
        detectCommunities(tick: tick, changes: markDependablePairs(states: 0..<count, tick: tick), record: record)
    }

    /// Records, for each bordering pair i < j with i in `states`, whether it is dependable now
    /// (in i's slot); returns how many changed. Writes only the range's own slots.
    func markDependablePairs(states: Range<Int>, tick: Int) -> Int {
        guard let settings = mechanisms.communities else { return 0 }
        var changes = 0
        for i in states where alive[i] {
            for slot in liveSlotSequence(of: i) {
                guard Int(slotTarget[slot]) > i, let back = back(slot, from: i) else { continue }
                let now = dependable(slot, back, tick: tick, settings)
                if now != dependablePair[slot] {
                    dependablePair[slot] = now
                    changes += 1
                }
            }
        }
        return changes
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
