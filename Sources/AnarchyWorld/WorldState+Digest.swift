import AnarchyCore

extension WorldState {
    /// SDW-1's digest: FNV-1a 64 over the little-endian bit patterns of, first, `w, o, d` of
    /// every state in index order, then every belief slot in order (dead or alive).
    func digest() -> UInt64 {
        var hash = FNV1a64()
        for i in 0..<count {
            hash.append(wealth[i])
            hash.append(offense[i])
            hash.append(defense[i])
        }
        for slot in 0..<belief.count {
            hash.append(belief[slot])
        }
        return hash.value
    }
}
