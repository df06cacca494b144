import ArticledCore

/// Picks the sentences that best summarize an article, verbatim and in text order.
///
/// Option `sentences` (default 3): how many. A text with fewer sentences gives all of them; a
/// text with none gives an empty summary and a warning.
public struct SummaryStage: Stage {
    public let name = "summarize"
    public let version = "1.0.0"
    public let needs: Set<DocumentKey> = [.text]
    public let adds: Set<DocumentKey> = [.summary]

    /// How many sentences the summary has at most.
    public let sentences: Int

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {
        sentences = try options.int("sentences", default: 3, in: 1...50)
    }

    public init(sentences: Int = 3) { self.sentences = sentences }

    public func process(_ document: inout Document) async throws {
        var text = document.text
        let title = document.title.map(Self.terms) ?? []
        let count = sentences
        let ranges: [Range<Int>] = text.withUTF8 { bytes in
            let spans = SentenceSplitter.spans(bytes)
            guard !spans.isEmpty else { return [] }
            var profiles: [SentenceProfile] = []
            profiles.reserveCapacity(spans.count)
            for (i, span) in spans.enumerated() {
                let tokens = WordTokenizer.tokens(bytes, from: span.start, to: span.end)
                let fitness = StandaloneCheck.fitness(bytes, span: span, tokens: tokens[...], isFirst: i == 0)
                profiles.append(SentenceProfile(span: span, index: i, terms: Self.terms(tokens), words: tokens.count, fitness: fitness))
            }
            return SentenceRanker().choose(profiles, title: title, count: count).map { spans[$0].start..<spans[$0].end }
        }
        guard !ranges.isEmpty else {
            document.summary = []
            document.warnings.append("summarize: the text has no sentences, so the summary is empty")
            return
        }
        let utf8 = text.utf8
        document.summary = ranges.map { r in
            String(text[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)])
        }
    }

    /// The content-word stems of `tokens` with their counts, sorted by stem.
    static func terms(_ tokens: [WordToken]) -> [(stem: UInt64, count: Int)] {
        var counts: [UInt64: Int] = [:]
        for t in tokens where !t.isStop && !t.isNumber { counts[t.stem, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
    }

    /// The content-word stems of a line of text (the headline).
    static func terms(_ line: String) -> [(stem: UInt64, count: Int)] {
        terms(WordTokenizer.tokens(line))
    }
}
