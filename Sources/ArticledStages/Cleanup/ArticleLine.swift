/// One line of the article as cleanup sees it: the text after markup removal, where it sat
/// (its blank-line-separated block), and its features.
struct ArticleLine: Sendable {
    /// The visible text, trimmed, never empty.
    let text: String
    /// Index of the block (lines between blank lines) the line belongs to.
    let block: Int
    /// The line was a Markdown heading.
    let isHeading: Bool
    /// The line was a Markdown list item.
    let isListItem: Bool
    /// Shape features of the text.
    let features: LineFeatures
    /// A date that makes up most of the line (a dateline), if any.
    let dateline: DateParser.Match?

    /// Builds a line and computes its features.
    init(text: String, block: Int, isHeading: Bool = false, isListItem: Bool = false) {
        self.init(text: text, block: block, isHeading: isHeading, isListItem: isListItem, features: LineFeatures(text))
    }

    /// Builds a line whose features are known.
    private init(text: String, block: Int, isHeading: Bool, isListItem: Bool, features f: LineFeatures) {
        self.text = text
        self.block = block
        self.isHeading = isHeading
        self.isListItem = isListItem
        features = f
        if f.words <= 20, f.digits > 0, let m = DateParser.find(in: text), m.otherWords <= 6 {
            dateline = m
        } else {
            dateline = nil
        }
    }

    /// Prefixes that keep their hyphen when a line ends on them (`co-` / `founder`).
    private static let hyphenPrefixes: Set<String> = ["co", "re", "pre", "non", "anti", "pro", "self", "ex", "post", "mid",
                                                       "multi", "semi", "well", "cross", "cyber", "e", "x"]

    /// Whether `text`, ending with a hyphen, and `next` split one word: the lower-case letters
    /// before the hyphen and those opening `next` spell a common English word (`ar-` / `rive`),
    /// and the part before is no prefix that keeps its hyphen; or a capitalized part before the
    /// hyphen goes on with letters that are no word of their own (`Rawal-` / `pindi`). A
    /// compound (`São Paulo-` / `based`, `Covid-` / `related`, `long-` / `term`) keeps its hyphen.
    static func splitsWord(_ text: String, _ next: String) -> Bool {
        let a = Array(text.utf8.dropLast()), b = next.utf8
        var k = a.count
        while k > 0 && ASCIIByte.isLower(a[k - 1]) { k -= 1 }
        let capitalized = k >= 1 && ASCIIByte.isUpper(a[k - 1]) && (k == 1 || !ASCIIByte.isLetterLike(a[k - 2])) && a.count - k >= 2
        guard k < a.count, k == 0 || !ASCIIByte.isLetterLike(a[k - 1]) || capitalized else { return false }
        let fragment = a[k...]
        let tail = b.prefix { ASCIIByte.isLower($0) }
        guard tail.count >= 2, b.count == tail.count || !ASCIIByte.isLetterLike(b[b.index(b.startIndex, offsetBy: tail.count)]),
              !hyphenPrefixes.contains(String(decoding: fragment, as: UTF8.self)) else { return false }
        if capitalized { return !isCommon(tail) }
        return isCommon(fragment + tail)
    }

    /// Whether the lower-case ASCII `letters` spell a common English word.
    private static func isCommon<Letters: Sequence<UInt8>>(_ letters: Letters) -> Bool {
        var h = HashedWordTable.seed
        for c in letters { h = HashedWordTable.mix(h, c) }
        return EntityLexicon.shared.table.facts(h == 0 ? 1 : h).contains(.common)
    }

    /// This line continued by `next`: joined with a space, or directly after a hyphen.
    func joined(with next: ArticleLine) -> ArticleLine {
        let hyphenated = features.endsHyphenatedWord
        // "ar-" / "rive": a word a print layout split at the line's end loses its hyphen.
        let head = hyphenated && Self.splitsWord(text, next.text) ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text
        let joined = head + (hyphenated ? "" : " ") + next.text
        return ArticleLine(text: joined, block: block, isHeading: isHeading, isListItem: isListItem,
                           features: LineFeatures(joining: features, next.features, as: joined, hyphenated: hyphenated))
    }
}
