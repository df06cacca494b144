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
    ///
    /// Each count looks at a byte's class and the one before it only (a word starts where a
    /// non-space follows a space, a paragraph where a newline follows a newline): one table
    /// lookup and a few bit operations per byte, without a branch.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> TextStats {
        let sentences = SentenceSplitter.spans(bytes).count
        let (words, breaks, characters) = classes.withUnsafeBufferPointer { classes in
            var words = 0, breaks = 0, characters = 0
            var previous = UInt8(1)  // the text starts as after a space
            for b in bytes {
                let c = classes[Int(b)]
                characters &+= Int(c >> 2)
                words &+= Int(~c & previous & 1)
                breaks &+= Int(c & previous & 2) >> 1
                previous = c
            }
            return (words, breaks, characters)
        }
        let paragraphs = bytes.isEmpty ? 0 : 1 + breaks
        return TextStats(words: words, readingMinutes: TextStats.readingMinutes(forWords: words),
                         sentences: sentences, paragraphs: paragraphs, characters: characters)
    }

    /// Per byte value: bit 0, a space, tab or newline; bit 1, a newline; bit 2, the first byte
    /// of a character (not a UTF-8 continuation byte).
    private static let classes: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        let space: UInt8 = b == 0x20 || b == 0x0A || b == 0x09 ? 1 : 0
        let newline: UInt8 = b == 0x0A ? 2 : 0
        let start: UInt8 = b & 0xC0 != 0x80 ? 4 : 0
        return space | newline | start
    }
}
