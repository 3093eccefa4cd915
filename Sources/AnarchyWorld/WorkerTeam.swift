import AnarchyCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Work a ``WorkerTeam`` splits into pieces: `run(piece:)` is called once for every piece in
/// `0..<team.pieces`, each on whichever member claimed it. Whatever varies between jobs (which
/// phase, which offsets) lives in the work object's own fields, set before ``WorkerTeam/perform()``.
protocol PieceWork: AnyObject {
    func run(piece: Int)
}

/// A fixed team of threads that run one job at a time, for phases that are split into a few
/// deterministic pieces many times a second.
///
/// `perform` publishes a job; the calling thread and the team's threads then *claim* pieces from
/// one atomic counter until none is left, and `perform` returns when every piece is done. Which
/// thread runs which piece never affects results (pieces are fixed by index), and claiming means
/// a member that the operating system has not scheduled — because another process holds the
/// core — simply takes no piece: the calling thread does its share instead of waiting for it.
///
/// Between jobs the threads first spin on an atomic generation counter (a tick's serial phase is
/// short, and waking a parked thread costs tens of microseconds), then spin *yielding* the core
/// (`sched_yield`, so a waiting member never takes time from the calling thread when they share a
/// core), then park on a condition variable, so an idle team costs no CPU. The calling thread
/// waits for claimed pieces the same way, yielding after a short spin. Nothing is allocated per job.
///
/// The team owns its threads: its deinit stops and joins them. The threads hold the shared
/// ``TeamCore`` strongly, so it outlives them however they are scheduled.
final class WorkerTeam<Work: PieceWork>: @unchecked Sendable {
    private let core: TeamCore<Work>
    private var threads: [ThreadHandle] = []

    /// Members, the calling thread included.
    var size: Int { core.size }
    /// Pieces each job is split into (≥ 1).
    var pieces: Int { core.pieces }
    /// What every job runs.
    var work: Work { core.work }

    /// Starts `size - 1` threads (none if `size` is 1); each job runs `pieces` pieces.
    init(size: Int, pieces: Int, work: Work) {
        precondition(size >= 1 && pieces >= 1)
        let core = TeamCore(size: size, pieces: pieces, work: work)
        self.core = core
        for _ in 1..<size {
            let start = ThreadStart { core.serve() }
            let context = Unmanaged.passRetained(start).toOpaque()
            var thread = ThreadHandle.none
            let status = pthread_create(&thread, nil, { raw in
                Unmanaged<ThreadStart>.fromOpaque(unwrapped(raw)).takeRetainedValue().body()
                return nil
            }, context)
            precondition(status == 0, "pthread_create failed with \(status)")
            threads.append(thread)
        }
    }

    deinit {
        core.stop()
        for thread in threads { thread.join() }
    }

    /// Runs `work.run(piece:)` for every piece in 0..<pieces, on the calling thread and the
    /// team's, and waits for all of them. Not reentrant; call from one thread at a time.
    func perform() { core.perform() }
}

/// What the calling thread and the team's threads share.
final class TeamCore<Work: PieceWork>: @unchecked Sendable {
    let size: Int
    let pieces: Int
    let work: Work
    /// Bumped once per job (and once to stop): what waiting members watch.
    private let generation = Atomic<UInt64>(0)
    /// The next unclaimed piece of the current job (counts past `pieces` once all are claimed).
    private let nextPiece = Atomic<Int>(0)
    /// Pieces of the current job that have finished.
    private let finished = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>

    /// Plain spins (each an atomic load) before a waiting thread starts yielding.
    static var spins: Int { 2_000 }
    /// Seconds a member goes on yielding before it parks: longer than a tick's serial work in the
    /// benchmark's worlds, so a busy team never pays a wake-up; short enough that an idle one
    /// sleeps at once. (Counted in yields, whose cost ranges from 0.1 to 1 µs, it parked between
    /// the jobs of a small world's tick: 20% slower at n = 1,000.)
    static var yieldingSeconds: Double { 500e-6 }

    init(size: Int, pieces: Int, work: Work) {
        self.size = size
        self.pieces = pieces
        self.work = work
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        wake = .allocate(capacity: 1)
        pthread_cond_init(wake, nil)
    }

    deinit {
        pthread_cond_destroy(wake)
        pthread_mutex_destroy(mutex)
        wake.deallocate()
        mutex.deallocate()
    }

    func perform() {
        guard size > 1 else {
            for piece in 0..<pieces { work.run(piece: piece) }
            return
        }
        // Every piece of the last job was claimed and finished before it returned, so no member
        // can still add to `finished`; a late member that claims now claims from this job.
        finished.store(0, ordering: .relaxed)
        nextPiece.store(0, ordering: .releasing)
        publish()
        claimPieces()
        var spins = 0
        while finished.load(ordering: .acquiring) != pieces {
            spins += 1
            if spins > Self.spins { sched_yield() }
        }
    }

    /// Runs unclaimed pieces of the current job until none is left.
    private func claimPieces() {
        while true {
            let piece = nextPiece.wrappingAdd(1, ordering: .acquiring).oldValue
            guard piece < pieces else { return }
            work.run(piece: piece)
            finished.add(1, ordering: .releasing)
        }
    }

    /// Tells the threads to return at their next look at the generation.
    func stop() {
        stopping.store(true, ordering: .releasing)
        publish()
    }

    /// Starts a new generation and wakes parked threads.
    private func publish() {
        generation.add(1, ordering: .releasing)
        pthread_mutex_lock(mutex)
        pthread_cond_broadcast(wake)
        pthread_mutex_unlock(mutex)
    }

    /// A member thread's life: wait for a new generation, claim pieces, repeat.
    func serve() {
        var seen: UInt64 = 0
        while true {
            var spins = 0
            var yieldingSince = 0.0
            var current = generation.load(ordering: .acquiring)
            while current == seen {
                spins += 1
                if spins > Self.spins {
                    let now = MonotonicClock.seconds()
                    if yieldingSince == 0 { yieldingSince = now }
                    if now - yieldingSince > Self.yieldingSeconds {
                        pthread_mutex_lock(mutex)
                        current = generation.load(ordering: .acquiring)
                        while current == seen {
                            pthread_cond_wait(wake, mutex)
                            current = generation.load(ordering: .acquiring)
                        }
                        pthread_mutex_unlock(mutex)
                        break
                    }
                    sched_yield()
                }
                current = generation.load(ordering: .acquiring)
            }
            seen = current
            if stopping.load(ordering: .acquiring) { return }
            claimPieces()
        }
    }
}

/// The body a new team thread runs (non-generic, so a C thread entry point can call it).
private final class ThreadStart {
    let body: () -> Void
    init(body: @escaping () -> Void) { self.body = body }
}

#if canImport(Glibc)
/// A thread as `pthread_create` fills it in: glibc's `pthread_t` is an integer.
private typealias ThreadHandle = pthread_t

extension ThreadHandle {
    fileprivate static var none: ThreadHandle { ThreadHandle() }
    fileprivate func join() { pthread_join(self, nil) }
}
#else
/// A thread as `pthread_create` fills it in: Darwin's and musl's `pthread_t` is a pointer, nil until then.
private typealias ThreadHandle = pthread_t?

extension Optional where Wrapped == pthread_t {
    fileprivate func join() { pthread_join(self!, nil) }
}
#endif

/// A thread entry point's argument: optional on glibc and musl, not on Darwin (a non-optional
/// argument converts), so one closure serves both.
private func unwrapped(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer { pointer! }
