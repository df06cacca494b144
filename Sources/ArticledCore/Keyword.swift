/// A key phrase of an article with its weight.
public struct Keyword: Sendable, Equatable, Hashable {
    public var term: String
    /// Higher is more important; comparable within one article.
    public var score: Double

    public init(term: String, score: Double) {
        self.term = term
        self.score = score
    }
}
