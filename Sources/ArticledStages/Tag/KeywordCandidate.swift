/// A phrase that may be one of an article's key phrases, as `KeywordExtractor` collects it.
struct KeywordCandidate: Sendable {
    /// The stems of its words, in order.
    var stems: [UInt64]
    /// Bytes of its first occurrence in the text.
    var start: Int
    var end: Int
    /// Index of the first word of its first occurrence.
    var firstToken: Int
    /// How often it occurs.
    var count: Int
    /// Every occurrence starts each word with a capital (a name), so its case is kept.
    var alwaysCapitalized: Bool
    /// The surface to show when it is not taken from the text (an entity's name).
    var name: String?
}
