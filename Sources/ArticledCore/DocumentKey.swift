/// The name of a piece of a document that a stage needs or adds.
///
/// Stages declare their keys so that the pipeline can check a chain before it runs
/// (a stage that needs `text` must come after one that adds it). The contract's result
/// keys have constants here; plugins may name keys of their own.
public struct DocumentKey: RawRepresentable, Hashable, Sendable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: DocumentKey, b: DocumentKey) -> Bool { a.rawValue < b.rawValue }

    // What every document starts with.
    /// The input as decoded text, before any stage.
    public static let raw: DocumentKey = "raw"
    /// The input's format (`txt`, `markdown`, `html`).
    public static let format: DocumentKey = "format"
    public static let id: DocumentKey = "id"
    public static let sourceFile: DocumentKey = "source_file"

    // Working keys that stages pass on but the result does not show.
    /// Lines before the body that cleanup set aside (headline, byline, dateline…).
    public static let frontMatter: DocumentKey = "front_matter"
    /// Lines after the body that cleanup set aside (footers, contact lines…).
    public static let backMatter: DocumentKey = "back_matter"
    /// The dateline cleanup took off the body's first paragraph (`LONDON, Oct 9 (Reuters) -`).
    public static let dateline: DocumentKey = "dateline"

    // The result's keys (CONTRACT.md).
    public static let title: DocumentKey = "title"
    public static let subtitle: DocumentKey = "subtitle"
    public static let authors: DocumentKey = "authors"
    public static let published: DocumentKey = "published"
    public static let publisher: DocumentKey = "publisher"
    public static let language: DocumentKey = "language"
    public static let text: DocumentKey = "text"
    public static let entities: DocumentKey = "entities"
    public static let quotes: DocumentKey = "quotes"
    public static let topics: DocumentKey = "topics"
    public static let keywords: DocumentKey = "keywords"
    public static let summary: DocumentKey = "summary"
    public static let stats: DocumentKey = "stats"
    public static let warnings: DocumentKey = "warnings"

    /// The keys a document holds before the first stage runs.
    public static let initial: Set<DocumentKey> = [.raw, .format, .id, .sourceFile, .warnings]
}
