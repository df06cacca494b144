import ArticledCore
@testable import ArticledStages

/// The quotations of a short text, as the extract stage finds them (shared by the quote tests).
func quotes(_ text: String) -> [Quote] {
    var tokens = ArticleTokenizer.tokenize(text)
    tokens.annotate(with: .shared)
    let spans = QuotationScanner.scan(&tokens)
    let analysis = EntityRecognizer().analyze(tokens)
    return QuoteFinder().quotes(in: tokens, spans: spans, analysis: analysis)
}
