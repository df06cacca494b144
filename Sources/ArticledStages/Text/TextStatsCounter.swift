import ArticledCore

/// Counts words, sentences, paragraphs and characters of a cleaned text.
///
/// It reads the UTF-8 bytes once; characters are counted as Unicode scalars (bytes that do not
/// continue a sequence), which matches what a reader counts for text without combining marks.
enum TextStatsCounter {
    /// The counts of `text`.
    static func count(_ text: String) -> TextStats {
        var text = text
        return text.withUTF8 { count($0) }
    }

    /// The counts of the UTF-8 text `bytes`.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> TextStats {
        var words = 0
        var inWord = false
        var paragraphs = bytes.isEmpty ? 0 : 1
        var previousNewline = false
        var characters = 0
        for byte in bytes {
            characters &+= byte & 0xC0 != 0x80 ? 1 : 0
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            words &+= !space && !inWord ? 1 : 0
            inWord = !space
            let newline = byte == 0x0A
            paragraphs &+= newline && previousNewline ? 1 : 0
            previousNewline = newline
        }
        let sentences = SentenceSplitter.spans(bytes).count
        return TextStats(words: words, readingMinutes: TextStats.readingMinutes(forWords: words),
                         sentences: sentences, paragraphs: paragraphs, characters: characters)
    }
}
