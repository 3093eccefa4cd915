/// A fixed-length column of a struct-of-arrays table: contiguous, manually owned storage.
///
/// Columns are created and freed by their owner (``World``), never copied into a second owner.
/// They give the hot loops plain pointer access with no exclusivity or bounds checks, and let
/// parallel phases hand disjoint index ranges of one column to different workers.
/// Debug builds still check indices.
@usableFromInline
struct Column<Element>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    @usableFromInline let count: Int

    /// Allocates `count` elements, all `value`.
    init(repeating value: Element, count: Int) {
        base = .allocate(capacity: Swift.max(count, 1))
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    /// Allocates a copy of `elements`.
    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: Swift.max(count, 1))
        _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: elements)
    }

    @inlinable @inline(__always)
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count, "column index \(index) out of 0..<\(count)")
            return base[index]
        }
        nonmutating set {
            assert(index >= 0 && index < count, "column index \(index) out of 0..<\(count)")
            base[index] = newValue
        }
    }

    /// The column's contents as an array (a copy).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Frees the storage. The owner calls this exactly once.
    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
