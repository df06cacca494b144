/// Splits UTF-8 text into words, on bytes, for the tag and summarize stages.
///
/// Letters, digits and any non-ASCII letter make words; an apostrophe between letters stays in
/// the word (`don't`, `Putin’s`), and so does a `.` or `,` between letters or digits (`U.S`,
/// `3.5`, `1,000`). A hyphen splits words without breaking a phrase (`long-range`); other
/// punctuation, curly quotes, dashes and paragraph breaks do break phrases.
enum WordTokenizer {
    /// The words of `text`.
    static func tokens(_ text: String) -> [WordToken] {
        var copy = text
        return copy.withUTF8 { tokens($0, from: 0, to: $0.count) }
    }

    /// The words of `bytes[from..<to]`, with offsets into `bytes`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [WordToken] {
        byteClasses.withUnsafeBufferPointer { classes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 65) { prefixes in
                    prefixes[0] = WordHash.seed
                    return tokens(bytes, from: from, to: to, classes: classes, scratch: scratch.baseAddress!,
                                  prefixes: prefixes.baseAddress!)
                }
            }
        }
    }

    /// For each byte value: bits 0-1, how many bytes of a word character it starts (0: not a
    /// word byte); bit 2, an ASCII digit; bits 3-7 unused. ASCII letters and digits are words;
    /// a UTF-8 lead byte starts a letter, but for `0xC2` (no-break space, `©`, `«`), `0xE2`
    /// (quotes, dashes, `…`, bullets) and 4-byte symbols.
    private static let byteClasses: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x30...0x39: return 1 | 4
        case 0x41...0x5A, 0x61...0x7A: return 1
        case 0x80...0xBF: return 1  // a stray continuation byte
        case 0xC2, 0xE2, 0xF0...0xFF: return 0
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        default: return 0
        }
    }

    /// The words of `bytes[from..<to]`, lower-casing each into `scratch` (64 bytes; longer
    /// words are hashed whole and not stemmed), with the hash of each prefix of the word in
    /// `prefixes` (65 values, `prefixes[k]` hashing the first `k` bytes) so that the hashes of
    /// the word without a possessive and of its stem need no second pass.
    private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                               classes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>,
                               prefixes: UnsafeMutablePointer<UInt64>) -> [WordToken] {
        /// How many bytes of a word character start at `i` (0: none).
        @inline(__always) func wordByteWidth(_ i: Int) -> Int { min(Int(classes[Int(bytes[i])] & 3), to &- i) }
        var out: [WordToken] = []
        out.reserveCapacity((to - from) / 5)
        let stops = StopWords.function
        let limit = 64
        var i = from
        var pendingBreak = true
        var newlines = 0
        while i < to {
            let b = bytes[i]
            let width = wordByteWidth(i)
            if width == 0 {
                // Not part of a word: space, hyphen or punctuation.
                switch b {
                case 0x0A:
                    newlines += 1
                    if newlines >= 2 { pendingBreak = true }
                case 0x20, 0x09, 0x0D:
                    break
                case 0x2D:
                    newlines = 0
                case 0xC2 where i + 1 < to && bytes[i + 1] == 0xA0:
                    newlines = 0  // no-break space
                default:
                    newlines = 0
                    pendingBreak = true
                }
                i += min(b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1, to - i)
                continue
            }
            newlines = 0
            let start = i
            var n = 0
            var hash = WordHash.seed
            let upper = b >= 0x41 && b <= 0x5A
            var digits = true
            while i < to {
                let c = bytes[i]
                let f = classes[Int(c)]
                if f & 3 == 1 {
                    // The common case, one ASCII byte.
                    let l = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    if f & 4 == 0 { digits = false }
                    hash = (hash ^ UInt64(l)) &* WordHash.prime
                    if n < limit { scratch[n] = l; prefixes[n &+ 1] = hash }
                    n &+= 1
                    i &+= 1
                    continue
                }
                let w = wordByteWidth(i)
                if w > 0 {
                    digits = false
                    for k in 0..<w {
                        let c = bytes[i &+ k]
                        hash = (hash ^ UInt64(c)) &* WordHash.prime
                        if n < limit { scratch[n] = c; prefixes[n &+ 1] = hash }
                        n &+= 1
                    }
                    i &+= w
                    continue
                }
                // A joiner inside a word: apostrophe, or `.`/`,` between word bytes.
                let curly = c == 0xE2 && i + 2 < to && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
                let len = curly ? 3 : 1
                let joiner = curly || c == 0x27 || c == 0x2E || (c == 0x2C && digits)
                if joiner && i + len < to && wordByteWidth(i + len) > 0 {
                    if c != 0x2C {
                        let j: UInt8 = curly ? 0x27 : c
                        hash = (hash ^ UInt64(j)) &* WordHash.prime
                        if n < limit { scratch[n] = j; prefixes[n &+ 1] = hash }
                        n += 1
                    }
                    i += len
                    continue
                }
                break
            }
            let end = i
            var word = hash
            var stem = hash
            if n <= limit {
                var length = n
                // Possessive: Putin's -> putin.
                if length > 2 && scratch[length - 2] == 0x27 && scratch[length - 1] == 0x73 {
                    length -= 2
                    word = prefixes[length]
                }
                stem = word
                if !digits {
                    let stemLength = WordStemmer.stemLength(scratch, count: length)
                    if stemLength != length {
                        // The stemmer cuts the end and may rewrite the last byte it keeps
                        // (`ies` -> `y`): hash that byte onto the prefix before it.
                        stem = (prefixes[stemLength - 1] ^ UInt64(scratch[stemLength - 1])) &* WordHash.prime
                    }
                }
            }
            out.append(WordToken(start: start, end: end, word: word, stem: stem, isCapitalized: upper,
                                 isNumber: digits, afterBreak: pendingBreak, isStop: stops.contains(word)))
            pendingBreak = false
        }
        return out
    }
}
