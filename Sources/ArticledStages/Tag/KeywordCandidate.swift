/// A phrase that may be one of an article's key phrases, as `KeywordExtractor` collects it.
struct KeywordCandidate: Sendable {
    /// Index of the first word of its first occurrence in the text's tokens.
    var firstToken: Int
    /// How many tokens it spans (hyphenated parts count each); 0 for a name that is not in the
    /// text as such (an entity's fullest name, its stems kept apart).
    var tokenCount: Int
    /// How often it occurs.
    var count: Int
    /// Every occurrence starts each word with a capital (a name), so its case is kept.
    var alwaysCapitalized: Bool
}
