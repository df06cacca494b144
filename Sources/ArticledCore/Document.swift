/// An article on its way through the pipeline: the input, and what stages have found.
///
/// Each stage reads some of these properties and sets others, as its `needs` and `adds`
/// declare. The result written to the outbox is this document's `resultJSON`.
public struct Document: Sendable, Equatable {
    // The input.
    /// Lower-case hex SHA-256 of the input's bytes.
    public var id: String
    /// The input's file name, with extension, without folders.
    public var sourceFile: String
    public var format: InputFormat
    /// The input decoded as text.
    public var raw: String

    // Working state passed between stages, not part of the result.
    /// Lines before the body that cleanup set aside (headline, byline, dateline…), in order.
    public var frontMatter: [String] = []
    /// Lines after the body that cleanup set aside (footers, contact lines…), in order.
    public var backMatter: [String] = []
    /// The dateline cleanup took off the body's first paragraph (`WASHINGTON (AP) —`), if any:
    /// not body text, but it names the place and the agency.
    public var dateline: String?

    /// The body as the article wrote it: `text` with the dateline back in front of its first
    /// paragraph (`BOSTON (AP) — A storm …`), for readers of names and credits.
    public var textWithDateline: String { dateline.map { $0 + " — " + text } ?? text }

    // The result (CONTRACT.md).
    public var title: String?
    public var subtitle: String?
    public var authors: [String] = []
    /// `YYYY-MM-DD` or a full ISO 8601 date-time.
    public var published: String?
    public var publisher: String?
    /// BCP 47 language code.
    public var language: String = "en"
    /// The cleaned body: paragraphs joined by one blank line.
    public var text: String = ""
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var topics: [Topic] = []
    public var keywords: [Keyword] = []
    public var summary: [String] = []
    public var stats = TextStats()
    public var pipeline: [StageRecord] = []
    /// What a stage noticed but could live with, each prefixed by nothing but its own words.
    public var warnings: [String] = []
    /// Keys that plugin stages added, beyond the contract's.
    public var extras: [String: JSONValue] = [:]

    /// A document for an input that no stage has seen yet.
    public init(id: String, sourceFile: String, format: InputFormat, raw: String) {
        self.id = id
        self.sourceFile = sourceFile
        self.format = format
        self.raw = raw
    }
}
