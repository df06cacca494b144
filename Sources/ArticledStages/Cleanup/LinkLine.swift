/// Recognizes a link to another story set between paragraphs or after them: a label such as
/// `Read more:`, `RELATED:`, `See also:` or `Watch:` and a headline (`Read more: What happens to
/// parks, museums and trains`), whatever the headline's punctuation.
enum LinkLine {
    /// Labels that announce a link, lower case, without their colon.
    static let labels: [[UInt8]] = [
        "read more", "read also", "also read", "read", "related", "related story", "related stories", "related article",
        "related articles", "related content", "see also", "also see", "more", "more on this story", "more from", "watch",
        "listen", "most read", "recommended", "further reading", "don't miss", "must read", "also on",
    ].map { Array($0.utf8) }

    /// Words a linked headline may have at most.
    static let maximumWords = 24

    /// Whether the line is a labelled link.
    static func matches(_ line: ArticleLine) -> Bool {
        guard line.features.words <= maximumWords + 3, !line.isListItem else { return false }
        let head = line.text.utf8.prefix(24)
        guard let colon = head.firstIndex(of: 0x3A) else { return false }
        let label = head[..<colon]
        // Something follows the label: a label alone is furniture that other rules drop.
        guard line.text.utf8.index(after: colon) < line.text.utf8.endIndex else { return false }
        return labels.contains { $0.count == label.count && zip($0, label).allSatisfy { $0.0 == ASCIIByte.lower($0.1) } }
    }
}
