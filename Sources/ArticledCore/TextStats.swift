/// Counts that tell a reader how long an article is.
public struct TextStats: Sendable, Equatable {
    public var words: Int
    /// Minutes to read at 230 words a minute, rounded up; 0 for an empty text.
    public var readingMinutes: Int
    public var sentences: Int
    public var paragraphs: Int
    public var characters: Int

    public init(words: Int = 0, readingMinutes: Int = 0, sentences: Int = 0, paragraphs: Int = 0, characters: Int = 0) {
        self.words = words
        self.readingMinutes = readingMinutes
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.characters = characters
    }

    /// The reading time for `words` words at 230 words a minute, rounded up.
    public static func readingMinutes(forWords words: Int) -> Int {
        words == 0 ? 0 : (words + 229) / 230
    }
}
