/// An open-addressing hash table from word hashes to small integers.
///
/// The keys are already 64-bit hashes (`WordHash`), so the table needs no hashing of its own:
/// a lookup is a multiply, a mask and a short linear probe, several times faster than a
/// `Dictionary` (which would hash the hash again with SipHash). Key and value share a slot, so
/// a probe touches one cache line. The stages use it for word lists, the topic vocabulary and
/// per-article counts.
struct WordTable: Sendable {
    /// One slot: a key (0 when empty) and its value.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    /// A bit per hash bucket (four per slot), set for every key: most absent keys are turned
    /// away by this small bit table, which stays in cache, before any probe of the slots.
    /// Only large tables (the topic vocabulary) have one.
    private var filter: [UInt64]
    /// How far to shift a key right to get its filter bit.
    private var filterShift: UInt64 = 64
    /// Number of keys stored.
    private(set) var count = 0

    /// An empty table that holds `capacity` keys before it grows; `filtered` adds the bit
    /// filter, worth it for a large table that is mostly asked for absent keys.
    init(capacity: Int, filtered: Bool = false) {
        var size = 16
        while size * 2 < capacity * 3 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
        if filtered {
            filter = [UInt64](repeating: 0, count: max(size / 16, 1))
            filterShift = 64 - UInt64((max(size / 16, 1) * 64).trailingZeroBitCount)
        } else {
            filter = []
        }
    }

    /// The key as stored: 0 marks an empty slot, so a key of 0 is stored as another constant.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    /// The first slot to probe for `key`.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xFF51_AFD7_ED55_8CCD) >> 20) & mask }

    /// The filter word and bit of `key`.
    @inline(__always)
    private func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        let b = Int(truncatingIfNeeded: key >> filterShift)
        return (b >> 6, 1 << UInt64(b & 63))
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        let k = Self.stored(key)
        if !filter.isEmpty {
            let (w, m) = bit(k)
            if filter[w] & m == 0 { return nil }
        }
        return slots.withUnsafeBufferPointer { s in
            var i = slot(k)
            while true {
                let here = s[i].key
                if here == k { return s[i].value }
                if here == 0 { return nil }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Whether `key` is stored.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    /// The value of `key`; if absent, stores `next` for it first. Returns the value and
    /// whether it was inserted.
    @inline(__always)
    mutating func value(_ key: UInt64, orInsert next: Int32) -> (value: Int32, inserted: Bool) {
        if (count + 1) * 3 > slots.count * 2 { grow() }
        let k = Self.stored(key)
        var i = slot(k)
        while true {
            let here = slots[i].key
            if here == k { return (slots[i].value, false) }
            if here == 0 {
                slots[i] = Slot(key: k, value: next)
                count += 1
                mark(k)
                return (next, true)
            }
            i = (i &+ 1) & mask
        }
    }

    /// Stores `value` for `key`, replacing any earlier value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 3 > slots.count * 2 { grow() }
        let k = Self.stored(key)
        var i = slot(k)
        while slots[i].key != 0 && slots[i].key != k { i = (i &+ 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: k, value: value)
        mark(k)
    }

    /// Sets the filter bit of `k`.
    @inline(__always)
    private mutating func mark(_ k: UInt64) {
        guard !filter.isEmpty else { return }
        let (w, m) = bit(k)
        filter[w] |= m
    }

    /// Doubles the slots, keeping every key.
    private mutating func grow() {
        var bigger = WordTable(capacity: slots.count, filtered: !filter.isEmpty)
        for s in slots where s.key != 0 { bigger.set(s.key, s.value) }
        self = bigger
    }
}
