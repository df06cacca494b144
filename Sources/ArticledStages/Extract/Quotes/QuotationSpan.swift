/// A stretch of text between quotation marks, possibly continued over paragraphs.
struct QuotationSpan: Sendable, Equatable {
    /// The opening mark's token.
    var open: Int
    /// The closing mark's token, or the last token of the paragraph when the quotation runs on.
    var close: Int
    /// Whether `close` is a real closing mark.
    var closed: Bool
    /// Earlier parts of one quotation split by an attribution or a paragraph break, as
    /// (open, close) token pairs; the text of each is joined before this span's.
    var parts: [QuotationSpan.Part] = []

    /// One piece of a multi-part quotation.
    struct Part: Sendable, Equatable {
        var open: Int
        var close: Int
        var closed: Bool
    }
}
