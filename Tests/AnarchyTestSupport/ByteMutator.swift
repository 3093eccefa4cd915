import AnarchyCore

/// Seeded mutations of test inputs, for fuzzing the readers (scenario, experiment and claim files,
/// CSV, JSON parameters, the web API's bodies and query strings). Each call applies one to
/// `maximumEdits` edits — delete a byte, insert a random byte, flip one bit, or splice in one of
/// `fragments` (the tokens most likely to reach a reader's edge cases) — all drawn from one
/// SplitMix64 stream, so a failing case is reproduced by the seed and the round.
public struct ByteMutator: Sendable {
    public var random: SplitMix64
    public let fragments: [[UInt8]]
    public let maximumEdits: Int

    public init(seed: UInt64, fragments: [[UInt8]], maximumEdits: Int = 3) {
        precondition(maximumEdits >= 1)
        random = SplitMix64(seed: seed)
        self.fragments = fragments
        self.maximumEdits = maximumEdits
    }

    public init(seed: UInt64, fragments: [String], maximumEdits: Int = 3) {
        self.init(seed: seed, fragments: fragments.map { Array($0.utf8) }, maximumEdits: maximumEdits)
    }

    /// `bytes` with one to `maximumEdits` random edits.
    public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + Int(random.next() % UInt64(maximumEdits))) {
            let position = Int(random.next() % UInt64(bytes.count + 1))
            switch random.next() % 6 {
            case 0 where !bytes.isEmpty: bytes.remove(at: min(position, bytes.count - 1))
            case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            case 2 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << (random.next() % 8))
            default:
                if !fragments.isEmpty { bytes.insert(contentsOf: pick(fragments), at: position) }
            }
        }
        return bytes
    }

    /// `text` with one to `maximumEdits` random edits (invalid UTF-8 decoded with replacement characters).
    public mutating func mutate(_ text: String) -> String {
        String(decoding: mutate(Array(text.utf8)), as: UTF8.self)
    }

    /// One of `items`, uniformly.
    public mutating func pick<Item>(_ items: [Item]) -> Item {
        items[Int(random.next() % UInt64(items.count))]
    }
}

extension ByteMutator {
    /// Fragments that reach the edge cases of any YAML or JSON reader: extreme and special
    /// numbers, empty and broken collections, anchors and aliases, quotes, comments, indentation
    /// and characters beyond ASCII. Each fuzz test adds the keys and values of its own format.
    public static let yamlFragments = [
        "-1", "0", "1e308", ".nan", ".inf", "~", "[]", "{}", "[[", "]]", "{", "}", ":", "- ", "\n  ", "\t", "&a", "*a", "!!str ",
        "'", "\"", "#", "9999999999999999999999", "\u{00e9}", "\u{1F600}",
    ]
}

/// What a fuzzed file reader did with mutated copies of a corpus: how many texts it refused and
/// read, how many of those read could then be used, and every broken promise — a value together
/// with problems, neither a value nor a problem, a problem without a message.
public struct ReaderFuzz {
    public var refused = 0, read = 0, used = 0
    public var broken: [String] = []

    /// Runs `rounds` mutated copies of `corpus` (in turn) through `read`, a reader that returns
    /// what it read and every problem it found at once (the value exactly when there is none);
    /// `use` then takes what was read further and says whether it could. A crash or a hang fails
    /// the calling test.
    public init<Value, Problem: CustomStringConvertible>(
        rounds: Int, corpus: [String], mutator: inout ByteMutator, read: (String) -> (Value?, [Problem]), use: (Value) -> Bool
    ) {
        for round in 0..<rounds {
            let (value, problems) = read(mutator.mutate(corpus[round % corpus.count]))
            if problems.contains(where: { $0.description.isEmpty }) { broken.append("round \(round): a problem without a message") }
            switch value {
            case let value? where problems.isEmpty:
                self.read += 1
                if use(value) { used += 1 }
            case .some: broken.append("round \(round): read, yet with problems \(problems)")
            case nil where problems.isEmpty: broken.append("round \(round): neither read nor refused with a problem")
            case nil: refused += 1
            }
        }
    }
}
