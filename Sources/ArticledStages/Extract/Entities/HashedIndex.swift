/// A small open-addressing map from 64-bit hashes to non-negative integers (group numbers),
/// cheaper than a Dictionary for keys that are already well-mixed hashes.
struct HashedIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var count = 0

    /// An empty index sized for about `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The slot of `key`: where it is, or the empty slot where it would go.
    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    /// The value stored for `key`, if any.
    subscript(key: UInt64) -> Int? {
        get {
            let k = key == 0 ? 1 : key
            let i = slot(k)
            return keys[i] == k ? Int(values[i]) : nil
        }
        set {
            let k = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            let i = slot(k)
            if keys[i] != k {
                keys[i] = k
                count += 1
            }
            values[i] = Int32(newValue ?? -1)
        }
    }

    /// Doubles the index.
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 { self[k] = Int(oldValues[i]) }
    }
}
