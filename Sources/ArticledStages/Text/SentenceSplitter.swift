/// Splits text into sentences; shared by the stages that count, quote and summarize.
///
/// It works on the UTF-8 bytes and knows the traps of news English: abbreviations and titles
/// (`U.S.`, `Mr.`, `Gen.`, `Jan. 5`, `No. 10`), initials (`J. K. Rowling`), decimals (`3.5`),
/// ellipses, and quotations (a sentence ends after the closing quote: `…now.” Next`, but not in
/// `“Why?” he asked`). A paragraph break always ends a sentence.
enum SentenceSplitter {
    /// The sentences of `text`, each trimmed, in order; every one is a verbatim substring.
    static func split(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { Self.spans($0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.spans($0) }
        return found.map { span in
            let a = utf8.index(utf8.startIndex, offsetBy: span.start)
            let b = utf8.index(utf8.startIndex, offsetBy: span.end)
            return text[a..<b]
        }
    }

    /// The sentences of the UTF-8 text `bytes`, as trimmed byte ranges with their paragraph.
    static func spans(_ bytes: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        let n = bytes.count
        var out: [SentenceSpan] = []
        var start = 0
        var paragraph = 0
        var i = 0
        /// Adds the sentence from `start` to `end`, trimmed, if anything is left.
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b && isSpace(bytes[a]) { a += 1 }
            while b > a && isSpace(bytes[b - 1]) { b -= 1 }
            if a < b { out.append(SentenceSpan(start: a, end: b, paragraph: paragraph)) }
        }
        // Whether the text lost letters to an earlier encoding, read once a `?` makes it matter.
        var lostLetters: Bool?
        // Bytes that may end a sentence: line feed, `!`, `.`, `?` (and 0xE2, checked apart).
        let stops: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F
        while i < n {
            let b = bytes[i]
            if b < 0x40 ? (stops >> UInt64(b)) & 1 == 0 : b != 0xE2 { i &+= 1; continue }
            if b == 0x0A {
                var j = i + 1
                while j < n && (bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D) { j += 1 }
                if j < n && bytes[j] == 0x0A {
                    emit(i)
                    if out.last.map({ $0.paragraph == paragraph }) ?? false { paragraph += 1 }
                    while j < n && isSpace(bytes[j]) { j += 1 }
                    start = j
                    i = j
                    continue
                }
                i += 1
                continue
            }
            let ellipsis = b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
            guard b == 0x2E || b == 0x21 || b == 0x3F || ellipsis else { i += 1; continue }
            // The terminator run: more terminators, then closing quotes and brackets.
            var end = i
            var dots = 0
            while end < n {
                let c = bytes[end]
                if c == 0x2E || c == 0x21 || c == 0x3F { if c == 0x2E { dots += 1 }; end += 1; continue }
                if c == 0xE2 && end + 2 < n && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xA6 { dots += 3; end += 3; continue }
                break
            }
            while end < n {
                let c = bytes[end]
                if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { end += 1; continue }
                if c == 0xE2 && end + 2 < n && bytes[end + 1] == 0x80 && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99) {
                    end += 3; continue
                }
                break
            }
            guard end < n else { break }
            guard isSpace(bytes[end]) else { i = end; continue }
            var k = end
            while k < n && isSpace(bytes[k]) { k += 1 }
            guard k < n else { break }
            let single = b == 0x2E && dots == 1
            // "Inspector Jos? Mart?nez": a name's lost last letter, in a text that lost letters.
            if b == 0x3F, end == i + 1, k == i + 2, endsLostLetterName(bytes, at: i) {
                if lostLetters == nil { lostLetters = LostLetter.marksText(bytes) }
                if lostLetters == true || LostLetter.endsGivenName(bytes, at: i, wordStart: LostLetter.wordStart(bytes, before: i)) {
                    i = end
                    continue
                }
            }
            if isBoundary(bytes, terminator: i, next: k, singlePeriod: single, ellipsis: dots >= 3) {
                emit(end)
                start = end
            }
            i = end
        }
        emit(n)
        return out
    }

    /// Whether the `?` at `i` may end a name's word that lost its last letter (see `LostLetter`).
    private static func endsLostLetterName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        LostLetter.endsName(bytes, at: i, wordStart: LostLetter.wordStart(bytes, before: i))
    }

    /// Whether the terminator at `terminator` ends a sentence, the next word starting at `next`.
    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, terminator: Int, next: Int,
                                   singlePeriod: Bool, ellipsis: Bool) -> Bool {
        let nb = bytes[next]
        if nb >= 0x61 && nb <= 0x7A { return false }  // a lower-case word goes on the sentence
        // An ellipsis after a full stop (`Russia. ... We`) belongs to the sentence before it.
        if nb == 0x2E || (nb == 0xE2 && next + 2 < bytes.count && bytes[next + 1] == 0x80 && bytes[next + 2] == 0xA6) {
            return false
        }
        guard singlePeriod else { return true }
        // The word before the period: letters and inner periods.
        var w = terminator
        while w > 0 {
            let c = bytes[w - 1]
            guard (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E else { break }
            w -= 1
        }
        let length = terminator - w
        if length == 0 { return true }
        var key = WordHash.seed
        var dotted = false
        for p in w..<terminator {
            let c = bytes[p]
            if c == 0x2E { dotted = true }
            key = (key ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* WordHash.prime
        }
        let nextIsDigit = nb >= 0x30 && nb <= 0x39
        if length == 1 && bytes[w] >= 0x41 && bytes[w] <= 0x5A { return false }  // an initial
        if Abbreviations.titles.contains(key) { return false }
        if Abbreviations.beforeNumbers.contains(key) { return !nextIsDigit }
        if dotted || Abbreviations.ambiguous.contains(key) {
            // `U.S.`, `a.m.`, `Inc.`: a sentence ends only if a sentence-opening word follows,
            // never before a bracket (`Northvale Robotics, Inc. (NASDAQ: NVRB) rose`).
            if next < bytes.count && bytes[next] == 0x28 { return false }
            return startsWithFunctionWord(bytes, at: next)
        }
        return true
    }

    /// Whether the word at `at` is a function word (`The`, `He`, `In`), as sentences start.
    private static func startsWithFunctionWord(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        var e = at
        while e < bytes.count, (bytes[e] >= 0x41 && bytes[e] <= 0x5A) || (bytes[e] >= 0x61 && bytes[e] <= 0x7A) { e += 1 }
        guard e > at else { return true }  // a quote, a digit: take it as a new sentence
        return StopWords.function.contains(WordHash.of(UnsafeBufferPointer(rebasing: bytes[at..<e])))
    }

    /// Whether `b` is an ASCII space, tab or line break.
    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
}

extension SentenceSplitter {
    /// The byte offset where the lead of a text ends: after its first paragraph, or its first
    /// 600 bytes, whichever is longer (a one-line first paragraph is rarely all of the lead).
    static func leadEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0A && i >= 600 { return i }
            i += 1
        }
        return bytes.count
    }
}
