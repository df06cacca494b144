/// 64-bit FNV-1a hashes of lower-cased words, the keys of every word table.
///
/// Hashing the bytes once lets the stages compare words and look them up without making a
/// `String` per word; with 64 bits a collision among a few hundred thousand terms is
/// vanishingly unlikely.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`, lower-casing ASCII letters.
    @inline(__always)
    static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = seed
        for b in bytes {
            h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* prime
        }
        return h
    }

    /// The hash of a two-word phrase made from its words' hashes (order matters).
    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019)
    }

    /// The stem hash of a word given as a string (for word lists and options).
    static func stem(of word: String) -> UInt64 {
        var bytes = Array(word.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let n = WordStemmer.stemLength(&bytes, count: bytes.count)
        return of(bytes[0..<n])
    }

    /// The hash of a phrase of one or more space-separated words, by their stems.
    static func phrase(_ text: String) -> UInt64? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map { stem(of: String($0)) }
        guard var h = words.first else { return nil }
        for w in words.dropFirst() { h = pair(h, w) }
        return h
    }
}
