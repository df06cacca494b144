/// Recognizes a site's navigation written as text: breadcrumbs ("Home | News | World") and
/// section paths ("Voices > Thought Leaders"), which are never a headline or a paragraph.
enum NavigationTrail {
    /// Number of words that are only a separator (`|`, `•`, `›`, `>`, `/`, `»`).
    static func separatorCount(_ line: String) -> Int { count(of: separators, in: line) }

    /// Whether the line is a section path: an arrow ("›", ">", "»") between words, which a
    /// headline (that may say "Brexit | What now") never has.
    static func isSectionPath(_ line: String) -> Bool { count(of: arrows, in: line) > 0 }

    /// Whether the line is a trail of sections down to the story, two arrows or more ("Business
    /// News › Industry › Energy › ONGC to drill deepest well …"): however long, no paragraph.
    static func isTrail(_ line: String) -> Bool { count(of: arrows, in: line) >= 2 }

    /// Number of space-separated words of `line` that are one of `marks`, read in place.
    private static func count(of marks: [[UInt8]], in line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            SpaceSeparatedWords(bytes).reduce(0) { count, range in
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                return marks.contains(where: { $0.elementsEqual(word) }) ? count + 1 : count
            }
        }
    }

    /// Arrow separators of section paths, as UTF-8.
    private static let arrows: [[UInt8]] = [">", "›", "»"].map { Array($0.utf8) }

    /// Separator words of breadcrumbs, as UTF-8.
    private static let separators: [[UInt8]] = ["|", "•", "›", ">", "/", "»", "·"].map { Array($0.utf8) }
}
