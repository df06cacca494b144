/// A small open-addressing table from word hashes (`ASCIIByte.wordKey`, `foldedHash`) to a
/// 16-bit value: one probe per word, no hashing beyond the FNV key the caller already has.
struct WordFlagTable: Sendable {
    /// Slot keys; 0 marks an empty slot (a real key of 0 is stored as 1).
    private var keys: [UInt64]
    /// Slot values.
    private var values: [UInt16]
    /// Capacity minus one (the capacity is a power of two).
    private let mask: Int

    /// A table holding `entries` (later entries for the same key OR their values together).
    init(_ entries: [(UInt64, UInt16)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt16](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            let k = key == 0 ? 1 : key
            var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] |= value
        }
    }

    /// The value stored for `key`, or 0.
    @inline(__always) func value(_ key: UInt64) -> UInt16 {
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let stored = keys[slot]
            if stored == k { return values[slot] }
            if stored == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
