/// What the summarizer knows of one sentence: where it is, its words, and how well it stands alone.
struct SentenceProfile: Sendable {
    var span: SentenceSpan
    /// Index among the text's sentences.
    var index: Int
    /// Content words (as ids numbering the text's distinct stems) and their counts, sorted by id
    /// (for merging in similarity).
    var terms: [(id: Int32, count: Int32)]
    /// Number of words.
    var words: Int
    /// 0...1: how fit the sentence is to stand in a summary on its own (`StandaloneCheck`).
    var fitness: Double
}
