import ArticledCore

/// Picks the sentences that best summarize an article, verbatim and in text order.
public struct SummaryStage: Stage {
    public let name = "summarize"
    public let version = "0.1.0"
    public let needs: Set<DocumentKey> = [.text]
    public let adds: Set<DocumentKey> = [.summary]

    /// How many sentences the summary has at most.
    public let sentences: Int

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {
        sentences = try options.int("sentences", default: 3, in: 1...50)
    }

    public init(sentences: Int = 3) { self.sentences = sentences }

    public func process(_ document: inout Document) async throws {
        let paragraphs = document.text.components(separatedBy: "\n\n")
        document.summary = Array(paragraphs.prefix(sentences))
    }
}

import Foundation
