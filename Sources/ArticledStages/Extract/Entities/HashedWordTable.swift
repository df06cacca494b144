/// An open-addressing table from 64-bit FNV-1a hashes of words (or of words joined by single
/// spaces) to what the word lists say about them. Looking up a token hashes its bytes once,
/// without building a String.
struct HashedWordTable: Sendable {
    /// What the table holds for one key.
    struct Value: Sendable, Equatable {
        var facts: WordFacts
        /// Index of the gazetteer entry this exact text is an alias of, or -1.
        var place: Int32
    }

    /// One slot: key and value side by side, so a probe touches one cache line.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: Value(facts: [], place: -1)), count: size)
        mask = size - 1
    }

    /// The FNV-1a offset basis: the hash of no bytes.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Extends hash `h` by byte `b`.
    @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of a string's UTF-8 bytes ("’" counted as "'").
    static func hash(_ s: String) -> UInt64 {
        var h = seed
        var it = s.utf8.makeIterator()
        var pending: [UInt8] = []
        while let b = it.next() {
            if b == 0xE2 || !pending.isEmpty {
                pending.append(b)
                if pending.count == 3 {
                    if pending == [0xE2, 0x80, 0x99] { h = mix(h, 0x27) } else { for p in pending { h = mix(h, p) } }
                    pending.removeAll()
                }
                continue
            }
            h = mix(h, b)
        }
        for p in pending { h = mix(h, p) }
        return h == 0 ? 1 : h
    }

    /// What the table holds for `key`, if anything.
    @inline(__always) func value(_ key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        return slots.withUnsafeBufferPointer { buffer in
            while true {
                let stored = buffer[i].key
                if stored == k { return buffer[i].value }
                if stored == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// The facts for `key` (empty when absent).
    @inline(__always) func facts(_ key: UInt64) -> WordFacts { value(key)?.facts ?? [] }

    /// Adds `facts` to `key`, and sets its gazetteer entry if it has none yet.
    mutating func insert(_ key: UInt64, facts: WordFacts, place: Int32 = -1) {
        let k = key == 0 ? 1 : key
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
        if slots[i].key == 0 {
            slots[i] = Slot(key: k, value: Value(facts: facts, place: place))
            count += 1
        } else {
            slots[i].value.facts.formUnion(facts)
            if slots[i].value.place < 0 { slots[i].value.place = place }
        }
    }

    /// Doubles the table.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: Value(facts: [], place: -1)), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 { insert(slot.key, facts: slot.value.facts, place: slot.value.place) }
    }
}
