/// The shipped stop-word lists, as hash tables for byte-level lookups.
enum StopWords {
    /// English function words (`Resources/stopwords-en.txt`), by `WordHash.of` the lower-cased word.
    static let function: WordTable = table(ResourceFile.lines("stopwords-en.txt").map { WordHash.of(Array($0.utf8)) })

    /// Words that news articles use everywhere (`said`, `Monday`, `percent`) or that belong to
    /// page furniture (`subscribe`, `cookie`): never a keyword on their own
    /// (`Resources/stopwords-news.txt`), by stem hash.
    static let news: WordTable = table(ResourceFile.lines("stopwords-news.txt").map { WordHash.stem(of: String($0)) })

    /// Verbs that are never nouns or adjectives (`absorb`, `threaten`;
    /// `Resources/stopwords-verbs.txt`), by stem hash: a key phrase never contains them.
    static let verbs: WordTable = table(ResourceFile.lines("stopwords-verbs.txt").map { WordHash.stem(of: String($0)) })

    /// A table holding `hashes`.
    private static func table(_ hashes: [UInt64]) -> WordTable {
        var t = WordTable(capacity: hashes.count, filtered: true)
        for h in hashes { t.set(h, 1) }
        return t
    }
}
