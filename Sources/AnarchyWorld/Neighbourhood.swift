/// Who observes whom: every state's neighbour list, ascending, in compressed sparse rows.
///
/// `offsets[i]..<offsets[i + 1]` are the *slots* of state i; `targets[slot]` is the neighbour
/// in that slot. Per-edge quantities (beliefs now; trust, identity and alliance ties later) are
/// columns indexed by slot, so the graph can change shape (rings now; grids, random geometric
/// graphs and explicit adjacency from scenarios later) without touching the mechanisms.
public struct Neighbourhood: Sendable, Equatable {
    /// Slot offsets, `count + 1` of them; the first is 0 and the last is ``edgeCount``.
    public let offsets: [Int]
    /// The neighbour in each slot, ascending within each state's slots.
    public let targets: [Int32]

    /// The number of states.
    public var count: Int { offsets.count - 1 }
    /// The number of directed (observer, neighbour) slots.
    public var edgeCount: Int { targets.count }

    /// The slots of state `i`.
    public func slots(of i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// State `i`'s neighbours, ascending.
    public func neighbours(of i: Int) -> ArraySlice<Int32> { targets[slots(of: i)] }

    /// The ring of SDW-1: the neighbours of i are `(i - k) mod n, …, (i - 1) mod n,
    /// (i + 1) mod n, …, (i + k) mod n`, in ascending index order.
    ///
    /// Written without sorting: with 2k < n the wrapped-around indices never meet the direct
    /// ones, so each list is four ascending runs laid end to end. O(n k).
    /// - Precondition: `n ≥ 3`, `k ≥ 1`, `2k < n`, `n < 2^31` (validated parameters satisfy these).
    public static func ring(n: Int, k: Int) -> Neighbourhood {
        precondition(n >= 3 && k >= 1 && 2 * k < n && n <= Int(Int32.max), "invalid ring n=\(n) k=\(k)")
        var offsets = [Int]()
        offsets.reserveCapacity(n + 1)
        var targets = [Int32]()
        targets.reserveCapacity(n * 2 * k)
        offsets.append(0)
        for i in 0..<n {
            // Indices past n - 1 that wrapped round to the start: 0 … i + k - n.
            if i + k >= n { for j in 0...(i + k - n) { targets.append(Int32(j)) } }
            // Direct lower neighbours: max(0, i - k) … i - 1.
            for j in Swift.max(0, i - k)..<i { targets.append(Int32(j)) }
            // Direct upper neighbours: i + 1 … min(n - 1, i + k).
            if i + 1 <= n - 1 { for j in (i + 1)...Swift.min(n - 1, i + k) { targets.append(Int32(j)) } }
            // Indices below 0 that wrapped round to the end: i - k + n … n - 1.
            if i - k < 0 { for j in (i - k + n)...(n - 1) { targets.append(Int32(j)) } }
            offsets.append(targets.count)
        }
        return Neighbourhood(offsets: offsets, targets: targets)
    }

    /// The slot of `neighbour` among `i`'s neighbours, or nil if `neighbour` is not one of them.
    public func slot(of neighbour: Int, in i: Int) -> Int? {
        Self.slot(of: neighbour, in: offsets[i]..<offsets[i + 1]) { targets[$0] }
    }

    /// Binary search for `neighbour` among the ascending targets of `slots` (`target(slot)` reads one).
    @inline(__always)
    static func slot(of neighbour: Int, in slots: Range<Int>, target: (Int) -> Int32) -> Int? {
        var low = slots.lowerBound, high = slots.upperBound
        let key = Int32(truncatingIfNeeded: neighbour)
        while low < high {
            let mid = (low + high) / 2
            if target(mid) < key { low = mid + 1 } else { high = mid }
        }
        return low < slots.upperBound && target(low) == key ? low : nil
    }
}
