/// A phrase that may be one of an article's key phrases, as `KeywordExtractor` collects it.
struct KeywordCandidate: Sendable {
    /// Index of the first word of its first occurrence in the text's tokens.
    var firstToken: Int
    /// How many tokens it spans (hyphenated parts count each); 0 for a name that is not in the
    /// text as such (an entity's fullest name, its stems kept apart).
    var tokenCount: Int
    /// How often it occurs.
    var count: Int
    /// How often it ends its phrase (a head noun does; a modifier, `Chinese` in `Chinese
    /// officials`, seldom does).
    var finals: Int
    /// Every occurrence inside a sentence starts each word with a capital (a name), so its case
    /// is kept; occurrences after punctuation (a sentence's first word) are no evidence.
    var alwaysCapitalized: Bool
    /// How many occurrences were inside a sentence (not right after punctuation).
    var midSentence: Int = 0

    /// Whether to show it as a name, with its capitals.
    var isName: Bool { alwaysCapitalized && (midSentence > 0 || tokenCount == 0) }
}
