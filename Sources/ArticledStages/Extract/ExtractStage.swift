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
        document.title = document.frontMatter.first
        document.language = "en"
        let words = document.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        document.stats = TextStats(
            words: words,
            readingMinutes: TextStats.readingMinutes(forWords: words),
            sentences: 0,
            paragraphs: document.text.isEmpty ? 0 : document.text.components(separatedBy: "\n\n").count,
            characters: document.text.count
        )
    }
}

import Foundation
