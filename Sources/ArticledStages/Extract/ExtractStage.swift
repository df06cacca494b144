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
        // place tells the sentence's places apart); the names only the dateline gives are no
        // names of the text, and are counted out below.
        var tokens = ArticleTokenizer.tokenize(document.textWithDateline)
        if let dateline = document.dateline { tokens.markDateline(byteCount: dateline.utf8.count) }
        tokens.annotate(with: .shared)
        let spans = QuotationScanner.scan(&tokens)
        let headline = [document.title, document.subtitle].compactMap { $0 }.joined(separator: "\n")
        let analysis = EntityRecognizer().analyze(tokens, headline: headline)
        document.entities = Self.textEntities(analysis, tokens: tokens)
        document.quotes = QuoteFinder().quotes(in: tokens, spans: spans, analysis: analysis)
        LostLetterRepair.restoreNames(in: &document)
        document.stats = TextStatsCounter.count(document.text)
    }

    /// The entities of `analysis` as the text names them: a mention inside the dateline ("LONDON,
    /// March 12 (Reuters) -") is not counted, and a name only the dateline gives is left out.
    static func textEntities(_ analysis: EntityAnalysis, tokens: TokenizedText) -> [Entity] {
        var outside = [Int](repeating: 0, count: analysis.entities.count)
        var inside = outside
        for m in analysis.mentions {
            if tokens.tokens[m.start].has(.dateline) { inside[m.entity] += 1 } else { outside[m.entity] += 1 }
        }
        guard inside.contains(where: { $0 > 0 }) else { return analysis.entities }
        var kept: [Entity] = []
        for (k, entity) in analysis.entities.enumerated() where inside[k] == 0 || outside[k] > 0 {
            var e = entity
            e.mentions = max(1, e.mentions - inside[k])
            kept.append(e)
        }
        return kept.sorted { a, b in
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.name != b.name { return a.name < b.name }
            return a.type.rawValue < b.type.rawValue
        }
    }
}
