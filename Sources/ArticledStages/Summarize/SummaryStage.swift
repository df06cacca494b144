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

    /// How many of a text's sentences are ranked at most.
    static let maximumSentences = 400

    /// The stage as configured (`sentences`, 1...50).
    public init(options: inout StageOptions) throws(StageOptions.Invalid) {
        sentences = try options.int("sentences", default: 3, in: 1...50)
    }

    /// The stage giving `sentences` sentences.
    public init(sentences: Int = 3) { self.sentences = sentences }

    /// Sets the document's summary from its text and headline.
    public func process(_ document: inout Document) async throws {
        var text = document.text
        // The headline and the standfirst say what the article is about.
        let title = [document.title, document.subtitle].compactMap { $0 }.joined(separator: " \n\n ")
        let count = sentences
        let handedOver = TokenHandoff.take(text)
        let ranges: [Range<Int>] = text.withUTF8 { bytes in
            let spans = SentenceSplitter.spans(bytes)
            guard !spans.isEmpty else { return [] }
            let tokens = handedOver ?? WordTokenizer.tokens(bytes, from: 0, to: bytes.count)
            var ids = WordTable(capacity: tokens.count)
            var profiles: [SentenceProfile] = []
            profiles.reserveCapacity(spans.count)
            var terms: [(id: Int32, count: Int32)] = []
            terms.reserveCapacity(tokens.count)
            var scratch: [Int32] = []
            var t = 0
            // The sentence graph grows with the square of its size: a very long text is summarized
            // from its first sentences, where news puts what matters.
            for (i, span) in spans.prefix(Self.maximumSentences).enumerated() {
                while t < tokens.count && tokens[t].start < span.start { t += 1 }
                let first = t
                while t < tokens.count && tokens[t].end <= span.end { t += 1 }
                let words = tokens[first..<t]
                let fitness = StandaloneCheck.fitness(bytes, span: span, tokens: words, isFirst: i == 0)
                let range = Self.appendTerms(words, &ids, to: &terms, scratch: &scratch)
                profiles.append(SentenceProfile(span: span, index: i, terms: range, words: words.count, fitness: fitness))
            }
            var titleTerms: [(id: Int32, count: Int32)] = []
            _ = Self.appendTerms(WordTokenizer.tokens(title)[...], &ids, to: &titleTerms, scratch: &scratch)
            return SentenceRanker().choose(profiles, terms: terms, title: titleTerms, vocabulary: ids.count, count: count)
                .map { spans[$0].start..<spans[$0].end }
        }
        guard !ranges.isEmpty else {
            document.summary = []
            document.warnings.append("no sentence found in the text: the summary is empty")
            return
        }
        let utf8 = text.utf8
        document.summary = ranges.map { r in
            String(text[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)])
        }
    }

    /// Appends the content words of `tokens` to `terms` as ids (numbered in `ids` as they first
    /// appear) with their counts, sorted by id; returns where they are. `scratch` is reused
    /// from one sentence to the next.
    static func appendTerms(_ tokens: ArraySlice<WordToken>, _ ids: inout WordTable,
                            to terms: inout [(id: Int32, count: Int32)], scratch: inout [Int32]) -> Range<Int> {
        let start = terms.count
        scratch.removeAll(keepingCapacity: true)
        for t in tokens where !t.isStop && !t.isNumber {
            scratch.append(ids.value(t.stem, orInsert: Int32(ids.count)).value)
        }
        scratch.sort()
        for id in scratch {
            if terms.count > start, terms[terms.count - 1].id == id { terms[terms.count - 1].count += 1 } else { terms.append((id, 1)) }
        }
        return start..<terms.count
    }
}
