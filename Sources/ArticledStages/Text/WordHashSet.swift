/// A set of word hashes (`HashedWordTable.hash`, `TokenizedText.hashes`). The keys are hashes
/// already, so a lookup probes with their own bits instead of hashing them again as
/// `Set<UInt64>` does: the word lists are asked once or more per token of every article.
struct WordHashSet: Sendable, ExpressibleByArrayLiteral {
    /// Open addressing with linear probing, at most a quarter full so that a word not in the
    /// set (most asked are not) meets an empty slot at once; 0 marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    /// 64 minus log2 of the slot count: a key's first slot is the top bits of its product with
    /// 2^64/φ, which spreads FNV hashes of short words better than their low bits.
    private var shift: UInt64
    private(set) var count = 0

    /// An empty set sized for about `capacity` keys.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 4 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The set of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    init(arrayLiteral keys: UInt64...) { self.init(keys) }

    var isEmpty: Bool { count == 0 }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func start(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Whether `key` is in the set.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        let k = Self.stored(key)
        let first = start(k)
        return slots.withUnsafeBufferPointer { buffer in
            // (The probe's index lives inside the closure: Swift 6.3's optimizer miscompiled a
            // captured local mutated in one; see `EntityLexiconBuilder`.)
            var i = first
            while true {
                let found = buffer[i]
                if found == k { return true }
                if found == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds `key`; false when it was there already.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Bool {
        let k = Self.stored(key)
        if (count + 1) * 4 > slots.count { grow() }
        var i = start(k)
        while slots[i] != 0 {
            if slots[i] == k { return false }
            i = (i + 1) & mask
        }
        slots[i] = k
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        shift -= 1
        count = 0
        for k in old where k != 0 { insert(k) }
    }
}
