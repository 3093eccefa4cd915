import Synchronization
import Testing

@testable import AnarchyCore

/// The one ordered parallel map: results in input order on any number of threads, the lowest
/// failing item's error, progress that ends at the count.
@Suite(.timeLimit(.minutes(10)))
struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 8, 64])
    func resultsAreInInputOrderOnAnyThreadCount(threads: Int) {
        // Items of uneven cost, so that threads finish out of order.
        let results = ParallelMap.ordered(count: 200, threads: threads) { k -> Int in
            var x = UInt64(k)
            for _ in 0..<((k % 7) * 2_000) { x = x &* 6_364_136_223_846_793_005 &+ 1 }
            return k * k + Int(x & 0)
        }
        #expect(results == (0..<200).map { $0 * $0 })
    }

    struct Odd: Error, Equatable { let k: Int }

    @Test(arguments: [1, 4])
    func theLowestFailingItemsErrorIsThrownAfterAllRan(threads: Int) {
        let ran = Atomic<Int>(0)
        #expect(throws: Odd(k: 11)) {
            _ = try ParallelMap.ordered(count: 40, threads: threads) { (k: Int) throws(Odd) -> Int in
                ran.wrappingAdd(1, ordering: .relaxed)
                if k >= 11 && k % 2 == 1 { throw Odd(k: k) }
                return k
            }
        }
        #expect(ran.load(ordering: .relaxed) == 40)
    }

    /// On one thread too (`--threads 1`, a one-core machine) progress is told as the work goes.
    @Test func progressIsToldAsItGoesOnOneThread() {
        let told = Mutex<[Int]>([])
        _ = ParallelMap.ordered(count: 5, threads: 1, progress: { n in told.withLock { $0.append(n) } }, progressInterval: 0) { $0 }
        #expect(told.withLock { $0 } == [1, 2, 3, 4, 5, 5])
    }

    @Test func progressEndsAtTheCountAndEmptyWorkIsEmpty() {
        let last = Atomic<Int>(-1)
        _ = ParallelMap.ordered(count: 17, threads: 3, progress: { last.store($0, ordering: .relaxed) }) { $0 }
        #expect(last.load(ordering: .relaxed) == 17)
        #expect(ParallelMap.ordered(count: 0, threads: 4) { $0 }.isEmpty)
    }
}
