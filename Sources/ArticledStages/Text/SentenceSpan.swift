/// Where one sentence lies in a UTF-8 text, as found by `SentenceSplitter.spans`.
struct SentenceSpan: Sendable, Equatable {
    /// Byte offset of the sentence's first byte.
    var start: Int
    /// Byte offset just past its last byte (closing quotes included).
    var end: Int
    /// Which paragraph (0-based, paragraphs being separated by a blank line) it belongs to.
    var paragraph: Int
}
