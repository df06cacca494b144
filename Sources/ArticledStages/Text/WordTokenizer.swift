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
        var out: [WordToken] = []
        out.reserveCapacity((to - from) / 6)
        var scratch = [UInt8](repeating: 0, count: 64)
        var i = from
        var pendingBreak = true
        var newlines = 0
        while i < to {
            let b = bytes[i]
            let width = wordByteWidth(bytes, i, to)
            if width == 0 {
                // Not part of a word: space, hyphen or punctuation.
                if b == 0x0A {
                    newlines += 1
                    if newlines >= 2 { pendingBreak = true }
                } else if b == 0x20 || b == 0x09 || b == 0x0D {
                } else if b == 0xC2 && i + 1 < to && bytes[i + 1] == 0xA0 {
                    // no-break space
                } else if b == 0x2D {
                } else {
                    pendingBreak = true
                }
                if b != 0x0A && b != 0x20 && b != 0x09 && b != 0x0D { newlines = 0 }
                i += min(b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1, to - i)
                continue
            }
            newlines = 0
            let start = i
            var n = 0
            let upper = b >= 0x41 && b <= 0x5A
            var digits = true
            while i < to {
                let w = wordByteWidth(bytes, i, to)
                if w > 0 {
                    for k in 0..<w {
                        var c = bytes[i + k]
                        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                        if !(c >= 0x30 && c <= 0x39) { digits = false }
                        if n < scratch.count { scratch[n] = c }
                        n += 1
                    }
                    i += w
                    continue
                }
                // A joiner inside a word: apostrophe, or `.`/`,` between word bytes.
                let c = bytes[i]
                let curly = c == 0xE2 && i + 2 < to && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
                let len = curly ? 3 : 1
                let joiner = curly || c == 0x27 || c == 0x2E || (c == 0x2C && digits)
                if joiner && i + len < to && wordByteWidth(bytes, i + len, to) > 0 {
                    if c != 0x2C {
                        if n < scratch.count { scratch[n] = curly ? 0x27 : c }
                        n += 1
                    }
                    i += len
                    continue
                }
                break
            }
            let end = i
            var length = min(n, scratch.count)
            // Possessive: Putin's -> putin.
            if length > 2 && scratch[length - 2] == 0x27 && scratch[length - 1] == 0x73 { length -= 2 }
            let word = WordHash.of(scratch[0..<length])
            let stop = StopWords.function.contains(word)
            let stemLength = digits ? length : WordStemmer.stemLength(&scratch, count: length)
            let stem = WordHash.of(scratch[0..<stemLength])
            out.append(WordToken(start: start, end: end, word: word, stem: stem, isCapitalized: upper,
                                 isNumber: digits, afterBreak: pendingBreak, isStop: stop))
            pendingBreak = false
        }
        return out
    }

    /// How many bytes of a word character start at `i` (0 if the byte is not one).
    @inline(__always)
    private static func wordByteWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) ? 1 : 0
        }
        if b == 0xE2 { return 0 }  // punctuation block: quotes, dashes, ellipsis, bullets
        if b == 0xC2 { return 0 }  // no-break space, ©, «, »
        if b >= 0xF0 { return 0 }  // emoji and other symbols
        if b >= 0xE0 { return min(3, to - i) }
        if b >= 0xC0 { return min(2, to - i) }
        return 1  // a stray continuation byte
    }
}
