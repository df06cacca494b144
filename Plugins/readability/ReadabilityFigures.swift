/// Words, sentences and syllables of a text, and the Flesch reading ease computed from them.
///
/// The counts are heuristics over UTF-8 bytes: a word is a run of letters (ASCII letters and
/// any non-ASCII byte) with inner apostrophes or hyphens; a sentence ends at `.`, `!` or `?`
/// followed by a space, a newline or the end; a syllable is a group of vowels (`y` included),
/// a final silent `e` not counted, at least one per word.
struct ReadabilityFigures {
    private(set) var words = 0
    private(set) var sentences = 0
    private(set) var syllables = 0

    /// The figures of `text`.
    init(text: String) {
        var inWord = false, vowelRun = false, wordSyllables = 0, lastLetter: UInt8 = 0, beforeLast: UInt8 = 0
        let bytes = Array(text.utf8)
        func endWord() {
            if lastLetter == UInt8(ascii: "e") && wordSyllables > 1 && !Self.isVowel(beforeLast) { wordSyllables -= 1 }
            syllables += max(1, wordSyllables)
            words += 1
            inWord = false
        }
        for (i, byte) in bytes.enumerated() {
            let lower = byte | 0x20
            let isLetter = (lower >= 0x61 && lower <= 0x7A) || byte >= 0x80
            let isJoiner = (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && inWord
            if isLetter || isJoiner {
                if !inWord { inWord = true; wordSyllables = 0; vowelRun = false }
                let vowel = isLetter && byte < 0x80 && Self.isVowel(lower)
                if vowel && !vowelRun { wordSyllables += 1 }
                vowelRun = vowel
                if isLetter { beforeLast = lastLetter; lastLetter = lower }
            } else {
                if inWord { endWord() }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    let next = i + 1 < bytes.count ? bytes[i + 1] : UInt8(ascii: " ")
                    if next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") { sentences += 1 }
                }
            }
        }
        if inWord { endWord() }
        if words > 0 && sentences == 0 { sentences = 1 }
    }

    /// Average words per sentence (0 for an empty text).
    var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

    /// Average syllables per word (0 for an empty text).
    var syllablesPerWord: Double { words == 0 ? 0 : Double(syllables) / Double(words) }

    /// Flesch reading ease: higher is easier; about 60–70 is plain English.
    var fleschReadingEase: Double {
        words == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }

    private static func isVowel(_ lower: UInt8) -> Bool {
        switch lower {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }
}

extension Double {
    /// The value rounded to `decimals` places, so that results stay short and stable.
    func rounded(decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 10)) { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
