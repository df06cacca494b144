/// Recognizes a notice about money the page makes, set among or after the paragraphs: affiliate
/// links (`We may earn a commission when you buy through links on our site.`), a shop's offer
/// (`Order your copy at … Delivery charges may apply.`) or a sponsor's block (`Sponsored by …`).
enum SalesNotice {
    /// Phrases of such notices, lower case.
    static let phrases: [String] = ["affiliate link", "earn a commission", "earn commission", "delivery charges may apply",
                                    "order your copy", "sponsored by", "presented by", "paid partnership", "paid post",
                                    "sponsored content", "in partnership with", "this content is sponsored"]

    /// Whether the line is such a notice: short, outside quotation marks, holding one of `phrases`.
    static func matches(_ line: ArticleLine) -> Bool {
        guard line.features.words <= 40, !line.text.utf8.contains(0x22), line.text.utf8.count >= 10 else { return false }
        let lower = line.text.lowercased()
        guard let phrase = phrases.first(where: { lower.contains($0) }) else { return false }
        // "presented by", "in partnership with" tell a sponsor only when they open the line.
        if phrase == "presented by" || phrase == "in partnership with" || phrase == "sponsored by" {
            return lower.hasPrefix(phrase) || lower.hasPrefix("> " + phrase)
        }
        return true
    }
}
