/// Recognizes a site's navigation written as text: breadcrumbs ("Home | News | World") and
/// section paths ("Voices > Thought Leaders"), which are never a headline or a paragraph.
enum NavigationTrail {
    /// Number of words that are only a separator (`|`, `•`, `›`, `>`, `/`, `»`).
    static func separatorCount(_ line: String) -> Int { count(of: separators, in: line) }

    /// Whether the line is a section path: an arrow ("›", ">", "»") between words, which a
    /// headline (that may say "Brexit | What now") never has.
    static func isSectionPath(_ line: String) -> Bool { count(of: arrows, in: line) > 0 }

    /// Number of space-separated words of `line` that are one of `marks`.
    private static func count(of marks: Set<[UInt8]>, in line: String) -> Int {
        var count = 0
        var token: [UInt8] = []
        for b in line.utf8 + [0x20] {
            guard b == 0x20 else { if token.count < 4 { token.append(b) } else { token = [0, 0, 0, 0, 0] }; continue }
            if marks.contains(token) { count += 1 }
            token.removeAll(keepingCapacity: true)
        }
        return count
    }

    /// Arrow separators of section paths, as UTF-8.
    private static let arrows: Set<[UInt8]> = Set([">", "›", "»"].map { Array($0.utf8) })

    /// Separator words of breadcrumbs, as UTF-8.
    private static let separators: Set<[UInt8]> = Set(["|", "•", "›", ">", "/", "»", "·"].map { Array($0.utf8) })
}
