/// The shipped stop-word lists, as hash sets for byte-level lookups.
enum StopWords {
    /// English function words (`Resources/stopwords-en.txt`), by `WordHash.of` the lower-cased word.
    static let function: Set<UInt64> = hashes("stopwords-en.txt")

    /// Words that news articles use everywhere (`said`, `Monday`, `percent`) or that belong to
    /// page furniture (`subscribe`, `cookie`): never a keyword on their own
    /// (`Resources/stopwords-news.txt`), by stem hash.
    static let news: Set<UInt64> = stems("stopwords-news.txt")

    private static func hashes(_ file: String) -> Set<UInt64> {
        Set(ResourceFile.lines(file).map { WordHash.of(Array($0.utf8)) })
    }

    private static func stems(_ file: String) -> Set<UInt64> {
        Set(ResourceFile.lines(file).map { WordHash.stem(of: String($0)) })
    }
}
