import ArticledCore

/// Finds direct quotations and attributes them to speakers.
struct QuoteFinder {
    func quotes(in text: String, entities: [Entity]) -> [Quote] { [] }
}
