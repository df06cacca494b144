/// Recognizes a link to another story set between paragraphs or after them: a label such as
/// `Read more:`, `RELATED:`, `See also:` or `Watch:` and a headline (`Read more: What happens to
/// parks, museums and trains`), whatever the headline's punctuation; or the page's tags
/// (`Tags: Health, Baddeck, Nova Scotia Health`).
enum LinkLine {
    /// Labels that announce a link, lower case, without their colon.
    static let labels: [[UInt8]] = [
        "read more", "read also", "also read", "read", "related", "related story", "related stories", "related article",
        "related articles", "related content", "see also", "also see", "more", "more on this story", "more from", "watch",
        "listen", "most read", "recommended", "further reading", "don't miss", "must read", "also on",
        "more reviews", "more stories", "more news", "more coverage", "you may also like", "you might also like",
        "read next", "what to read next",
        // The page's tags: "Tags: Zanzibar, Speaker, CMV".
        "tags", "filed under", "related topics",
    ].map { Array($0.utf8) }

    /// Labels that announce a link even as an item of a list (`* Related: …`), where a body's own
    /// list could not use them: not "Watch:" or "Read:", which a list of things to do may open with.
    static let listLabels: [[UInt8]] = [
        "read more", "related", "related story", "related stories", "related article", "related articles",
        "related content", "see also", "more on this story", "more from", "most read", "further reading",
        "more reviews", "more stories", "more news", "more coverage", "read next",
    ].map { Array($0.utf8) }

    /// Words a linked headline may have at most.
    static let maximumWords = 24

    /// Whether the line is a labelled link.
    static func matches(_ line: ArticleLine) -> Bool {
        guard line.features.words <= maximumWords + 3 else { return false }
        return opensWithLabel(line.text, among: line.isListItem ? listLabels : labels)
    }

    /// Labels that name the outlet or section after them ("Read more in Daily Maverick:", "Most
    /// Read from Bloomberg"), lower case, with their space.
    static let outletLabels: [[UInt8]] = ["read more in ", "read more from ", "read more on ", "most read from ", "more from ",
                                          "more stories from ", "more news from ", "latest from "].map { Array($0.utf8) }

    /// Whether `text` opens with one of `outletLabels` and a capitalized name.
    static func opensWithOutletLabel(_ text: String) -> Bool {
        let bytes = text.utf8
        return outletLabels.contains { label in
            bytes.count > label.count + 1 && zip(label, bytes).allSatisfy { $0 == ASCIIByte.lower($1) }
                && ASCIIByte.isUpper(bytes[bytes.index(bytes.startIndex, offsetBy: label.count)])
        }
    }

    /// Whether `text` opens with one of `labels` and a colon, or a bar (`Also Read | IMD issues
    /// orange alert`), with something after it.
    static func opensWithLabel(_ text: String) -> Bool { opensWithLabel(text, among: labels) }

    /// Whether `text` opens with one of `candidates` (see `opensWithLabel(_:)`).
    private static func opensWithLabel(_ text: String, among candidates: [[UInt8]]) -> Bool {
        // "Read more in Daily Maverick: …": a label naming the outlet, up to its colon.
        if opensWithOutletLabel(text), let colon = text.utf8.prefix(48).firstIndex(of: 0x3A),
           text.utf8.index(after: colon) < text.utf8.endIndex {
            return true
        }
        let head = text.utf8.prefix(24)
        guard let mark = head.firstIndex(where: { $0 == 0x3A || $0 == 0x7C }) else { return false }
        var label = head[..<mark]
        if head[mark] == 0x7C {
            // "Also Read | …": the bar stands apart from the label.
            guard label.last == 0x20 else { return false }
            label = label.dropLast()
        }
        // Something follows the label: a label alone is furniture that other rules drop.
        guard text.utf8.index(after: mark) < text.utf8.endIndex else { return false }
        return isOne(of: candidates, label)
    }

    /// Whether `text` is one of `labels` alone, with or without its colon ("More on this story").
    static func isLabel(_ text: String) -> Bool {
        var label = text.utf8[...]
        if label.last == 0x3A { label = label.dropLast() }
        return isOne(of: labels, label)
    }

    /// Whether `label` is one of `candidates`, whatever its case.
    private static func isOne<C: Collection>(of candidates: [[UInt8]], _ label: C) -> Bool where C.Element == UInt8 {
        candidates.contains { $0.count == label.count && zip($0, label).allSatisfy { $0.0 == ASCIIByte.lower($0.1) } }
    }
}
