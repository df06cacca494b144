import ArticledCore

/// Counts words, sentences, paragraphs and characters of a cleaned text.
///
/// It reads the UTF-8 bytes once; characters are counted as Unicode scalars (bytes that do not
/// continue a sequence), which matches what a reader counts for text without combining marks.
enum TextStatsCounter {
    /// The counts of `text`.
    static func count(_ text: String) -> TextStats {
        var words = 0
        var inWord = false
        var paragraphs = text.isEmpty ? 0 : 1
        var previousNewline = false
        var characters = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { characters += 1 }
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !space && !inWord { words += 1 }
            inWord = !space
            if byte == 0x0A {
                if previousNewline { paragraphs += 1 }
                previousNewline = true
            } else {
                previousNewline = false
            }
        }
        let sentences = SentenceSplitter.split(text).count
        return TextStats(words: words, readingMinutes: TextStats.readingMinutes(forWords: words),
                         sentences: sentences, paragraphs: paragraphs, characters: characters)
    }
}
