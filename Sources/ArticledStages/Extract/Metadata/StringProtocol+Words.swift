/// Small word-level helpers on lines of text, used by the metadata rules.
extension StringProtocol {
    /// Number of runs of non-space bytes: the words of a line, counted without splitting it.
    var spaceSeparatedWordCount: Int {
        var count = 0
        var inWord = false
        for b in utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The text without punctuation at its ends (quotes, commas, brackets).
    var trimmingPunctuation: SubSequence {
        var s = self[...]
        while let f = s.first, f.isPunctuation || f.isSymbol { s = s.dropFirst() }
        while let l = s.last, l.isPunctuation || l.isSymbol, l != "." || s.count > 2 && !s.dropLast().last!.isUppercase { s = s.dropLast() }
        return s
    }

    /// The text without the given characters at its ends.
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The first occurrence of the ASCII text `needle`, found byte by byte: no bridging to
    /// Foundation's UTF-16 search, which the metadata rules would pay on every line.
    func firstRange(ofASCII needle: StaticString) -> Range<String.Index>? {
        var line = self
        let offset = needle.withUTF8Buffer { n in line.withUTF8 { Self.firstOffset(of: n, in: $0) } }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8CodeUnitCount)
    }

    /// Whether the text holds `needle`, compared byte by byte (an exact match of its UTF-8,
    /// without Foundation's Unicode-aware search).
    func containsBytes(of needle: String) -> Bool {
        var line = self
        var needle = needle
        return needle.withUTF8 { n in line.withUTF8 { Self.firstOffset(of: n, in: $0) } } != nil
    }

    /// Where `needle` first starts in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count > 0, haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var k = 1
            while k < needle.count && haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return start }
        }
        return nil
    }
}
