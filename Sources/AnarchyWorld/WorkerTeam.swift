import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work a ``WorkerTeam`` splits into pieces: `run(piece:)` is called once for every piece in
/// `0..<team.size`, each on some member thread. Whatever varies between jobs (which phase, which
/// offsets) lives in the work object's own fields, set before ``WorkerTeam/perform()``.
protocol PieceWork: AnyObject {
    func run(piece: Int)
}

/// A fixed team of threads that run one job at a time on every member, for phases that are
/// split into a few large, equal, deterministic pieces many times a second.
///
/// `perform` runs piece 0 on the calling thread and pieces 1…size−1 on the team's threads, and
/// returns when all are done. Between jobs the threads spin briefly on an atomic generation
/// counter (a tick's serial phase is short, and waking a parked thread costs tens of
/// microseconds), then park on a condition variable, so an idle team costs no CPU. Nothing is
/// allocated per job. Which thread runs which piece never affects results: pieces are fixed by index.
///
/// The team owns its threads: its deinit stops and joins them. The threads hold the shared
/// ``TeamCore`` strongly, so it outlives them however they are scheduled.
final class WorkerTeam<Work: PieceWork>: @unchecked Sendable {
    private let core: TeamCore<Work>
    private var threads: [pthread_t] = []

    /// Members, the calling thread included.
    var size: Int { core.size }
    /// What every job runs.
    var work: Work { core.work }

    /// Starts `size - 1` threads (none if `size` is 1).
    init(size: Int, work: Work) {
        precondition(size >= 1)
        let core = TeamCore(size: size, work: work)
        self.core = core
        for member in 1..<size {
            let start = ThreadStart { core.serve(member: member) }
            let context = Unmanaged.passRetained(start).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                Unmanaged<ThreadStart>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, context)
            precondition(status == 0, "pthread_create failed with \(status)")
            threads.append(thread)
        }
    }

    deinit {
        core.stop()
        for thread in threads { pthread_join(thread, nil) }
    }

    /// Runs `work.run(piece:)` for every piece in 0..<size, piece 0 on the calling thread, and
    /// waits for all of them. Not reentrant; call from one thread at a time.
    func perform() { core.perform() }
}

/// What the calling thread and the team's threads share.
final class TeamCore<Work: PieceWork>: @unchecked Sendable {
    let size: Int
    let work: Work
    private let generation = Atomic<UInt64>(0)
    private let remaining = Atomic<Int>(0)
    private let stopping = Atomic<Bool>(false)
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>

    /// Spins before a waiting thread parks (each an atomic load; a few hundred microseconds).
    private static var spinsBeforeParking: Int { 200_000 }

    init(size: Int, work: Work) {
        self.size = size
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
        guard size > 1 else { return work.run(piece: 0) }
        remaining.store(size - 1, ordering: .relaxed)
        publish()
        work.run(piece: 0)
        while remaining.load(ordering: .acquiring) != 0 {}
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

    /// A member thread's life: wait for a new generation, run its piece, report, repeat.
    func serve(member: Int) {
        var seen: UInt64 = 0
        while true {
            var spins = 0
            var current = generation.load(ordering: .acquiring)
            while current == seen {
                spins += 1
                if spins < Self.spinsBeforeParking {
                    current = generation.load(ordering: .acquiring)
                    continue
                }
                pthread_mutex_lock(mutex)
                current = generation.load(ordering: .acquiring)
                while current == seen {
                    pthread_cond_wait(wake, mutex)
                    current = generation.load(ordering: .acquiring)
                }
                pthread_mutex_unlock(mutex)
            }
            seen = current
            if stopping.load(ordering: .acquiring) { return }
            work.run(piece: member)
            remaining.subtract(1, ordering: .releasing)
        }
    }
}

/// The body a new team thread runs (non-generic, so a C thread entry point can call it).
private final class ThreadStart {
    let body: () -> Void
    init(body: @escaping () -> Void) { self.body = body }
}
