import ArticledCore

/// Finds an article's facts: headline, byline, date, outlet, language, names, quotes, counts.
public struct ExtractStage: Stage {
    public let name = "extract"
    public let version = "0.1.0"
    public let needs: Set<DocumentKey> = [.text, .frontMatter, .backMatter]
    public let adds: Set<DocumentKey> = [.title, .subtitle, .authors, .published, .publisher, .language, .entities, .quotes, .stats]

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {}

    public init() {}

    public func process(_ document: inout Document) async throws {
        MetadataExtractor().extract(into: &document)
        let entities = EntityRecognizer().recognize(document.text)
        document.entities = entities
        document.quotes = QuoteFinder().quotes(in: document.text, entities: entities)
        document.stats = TextStatsCounter.count(document.text)
    }
}
