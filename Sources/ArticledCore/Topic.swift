/// A subject an article is about, as an IPTC Media Topic or a user-defined one.
public struct Topic: Sendable, Equatable, Hashable {
    /// The topic's code (`"medtop:11000000"`).
    public var code: String
    /// Its readable name (`"politics"`).
    public var label: String
    /// How strongly the article is about it, in 0...1.
    public var score: Double

    public init(code: String, label: String, score: Double) {
        self.code = code
        self.label = label
        self.score = score
    }
}
