import ArticledCore

/// Finds an article's facts: headline, byline, date, outlet, language, names, quotes, counts.
public struct ExtractStage: Stage {
    public let name = "extract"
    public let version = "1.0.0"
    public let needs: Set<DocumentKey> = [.text, .frontMatter, .backMatter]
    public let adds: Set<DocumentKey> = [.title, .subtitle, .authors, .published, .publisher, .language, .entities, .quotes, .stats]

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {}

    public init() {}

    public func process(_ document: inout Document) async throws {
        MetadataExtractor().extract(into: &document)
        // The recognizer reads the first paragraph as it was written, dateline and all (its
        // place tells the sentence's places apart); it counts no name of the dateline's.
        var tokens = ArticleTokenizer.tokenize(document.textWithDateline)
        if let dateline = document.dateline { tokens.markDateline(byteCount: dateline.utf8.count) }
        tokens.annotate(with: .shared)
        let spans = QuotationScanner.scan(&tokens)
        let headline = [document.title, document.subtitle].compactMap { $0 }.joined(separator: "\n")
        let analysis = EntityRecognizer().analyze(tokens, headline: headline)
        document.entities = analysis.entities
        document.quotes = QuoteFinder().quotes(in: tokens, spans: spans, analysis: analysis)
        LostLetterRepair.restoreNames(in: &document)
        document.stats = TextStatsCounter.count(document.text)
    }
}
