/// What the summarizer knows of one sentence: where it is, its words, and how well it stands alone.
struct SentenceProfile: Sendable {
    var span: SentenceSpan
    /// Index among the text's sentences.
    var index: Int
    /// Where its content words are in the text's list of terms (ids numbering the text's
    /// distinct stems, with their counts, sorted by id within a sentence for merging): one list
    /// for all sentences, not an array each.
    var terms: Range<Int>
    /// Number of words.
    var words: Int
    /// 0...1: how fit the sentence is to stand in a summary on its own (`StandaloneCheck`).
    var fitness: Double
}
