/// One word of a text, found by `WordTokenizer`: where it is, and hashes to compare it by.
struct WordToken: Sendable, Equatable {
    /// Byte offset of the word's first byte in the UTF-8 text.
    var start: Int
    /// Byte offset just past the word's last byte (a possessive `'s` is included).
    var end: Int
    /// Hash of the lower-cased word without a possessive ending: equal words, equal hashes.
    var word: UInt64
    /// Hash of the word's stem (`sanctions`, `sanction` → one stem), for matching inflections.
    var stem: UInt64
    /// The word starts with an upper-case letter.
    var isCapitalized: Bool
    /// The word has digits only (and `.`/`,` between them).
    var isNumber: Bool
    /// Punctuation (not a hyphen or a space) stands between this word and the one before:
    /// a phrase never runs across it.
    var afterBreak: Bool
    /// The word is a function word of `StopWords`.
    var isStop: Bool
}
