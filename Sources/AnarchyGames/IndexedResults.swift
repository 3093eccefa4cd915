/// Results written by parallel workers, each to its own index, and read after they finish.
/// Raw storage: distinct indices never touch the same memory, so no locking is needed.
final class IndexedResults<Element>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Element>
    private let count: Int

    init(count: Int, initial: Element) {
        self.count = count
        storage = .allocate(capacity: Swift.max(count, 1))
        storage.initialize(repeating: initial, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ element: Element, at index: Int) { storage[index] = element }
    func load(at index: Int) -> Element { storage[index] }
}
