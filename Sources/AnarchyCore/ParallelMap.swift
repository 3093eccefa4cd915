import Dispatch
import Synchronization

/// The one ordered parallel map of independent, CPU-bound work (tournament matches and groups, the
/// debate's runs, the calibration's grid points): `body(k)` for every `k` in `0..<count` on up to
/// `threads` threads, each result kept in slot `k`, so the output is in input order and the same
/// for every thread count and schedule — as long as `body(k)` depends on `k` alone (its random
/// stream derived from `k`, never from a shared one). Threads take the next index from one shared
/// counter, so a thread the system does not schedule takes no work. The threads are Dispatch's
/// (`concurrentPerform`) and the caller's own, which therefore must not be one of Swift's
/// cooperative pool (the CLI's threads are not; the web app's debate runs on a Dispatch queue).
public enum ParallelMap {
    /// The results of `body(0)`, …, `body(count − 1)`, in that order.
    /// - Parameters:
    ///   - count: the number of items.
    ///   - threads: at most this many run at once (1: on the calling thread, in order).
    ///   - progress: told the number of items done, at most every `progressInterval` seconds (from
    ///     one thread), and once at the end.
    ///   - progressInterval: seconds between progress reports (half a second by default).
    ///   - body: the work of item `k`.
    /// - Throws: the error of the lowest-numbered item that failed, once every item has run.
    public static func ordered<Result, Failure: Error>(
        count: Int, threads: Int, progress: @Sendable (Int) -> Void = { _ in }, progressInterval: Double = 0.5,
        _ body: @Sendable (Int) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutableBufferPointer<Swift.Result<Result, Failure>?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let box = Slots(slots)
        let next = Atomic<Int>(0), done = Atomic<Int>(0)
        let workers = Swift.max(1, Swift.min(threads, count))
        if workers == 1 {
            var lastReport = MonotonicClock.seconds()
            for k in 0..<count {
                box.slots[k] = Swift.Result { () throws(Failure) -> Result in try body(k) }
                if MonotonicClock.seconds() - lastReport >= progressInterval {
                    lastReport = MonotonicClock.seconds()
                    progress(k + 1)
                }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var lastReport = MonotonicClock.seconds()
                while true {
                    let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard k < count else { break }
                    box.slots[k] = Swift.Result { () throws(Failure) -> Result in try body(k) }
                    let finished = done.wrappingAdd(1, ordering: .relaxed).newValue
                    if worker == 0, MonotonicClock.seconds() - lastReport >= progressInterval {
                        lastReport = MonotonicClock.seconds()
                        progress(finished)
                    }
                }
            }
        }
        progress(count)
        var results: [Result] = []
        results.reserveCapacity(count)
        for k in 0..<count { results.append(try slots[k]!.get()) }
        return results
    }
}

/// Result slots written by concurrent iterations, each to its own index.
private struct Slots<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T>
    init(_ slots: UnsafeMutableBufferPointer<T>) { self.slots = slots }
}
