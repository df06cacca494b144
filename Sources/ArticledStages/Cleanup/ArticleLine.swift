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

    /// This line continued by `next`: joined with a space, or directly after a hyphen.
    func joined(with next: ArticleLine) -> ArticleLine {
        let hyphenated = features.endsHyphenatedWord
        let joined = text + (hyphenated ? "" : " ") + next.text
        return ArticleLine(text: joined, block: block, isHeading: isHeading, isListItem: isListItem,
                           features: LineFeatures(joining: features, next.features, as: joined, hyphenated: hyphenated))
    }
}
