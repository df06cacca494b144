import Foundation

/// Recognizes a note about the article's own history set between paragraphs (`This story has
/// been updated with additional information.`, `This article originally appeared on X.`,
/// `Editor's note: …`): a short page notice that speaks of updating, correcting or republishing.
enum EditorNote {
    /// Words that say what happened to the article itself.
    static let historyWords: [String] = ["updated", "corrected", "appeared", "republished", "originally", "first published", "amended"]

    /// Verbs of a wire story's revision note (`(Updates with analyst comment in eighth paragraph.)`).
    static let revisionVerbs: Set<String> = ["updates", "adds", "corrects", "recasts", "rewrites", "changes", "refiles", "removes",
                                             "fixes", "clarifies", "updating", "adding", "correcting"]

    /// Whether the line is such a note.
    static func matches(_ line: ArticleLine) -> Bool {
        let f = line.features
        // "(Updates with analyst comment in eighth paragraph.)", "(Adds details, background)".
        if f.words <= 20, line.text.utf8.first == 0x28, line.text.utf8.last == 0x29,
           let verb = line.text.dropFirst().split(separator: " ", maxSplits: 1).first,
           revisionVerbs.contains(verb.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            return true
        }
        guard f.words <= 16, f.notice || line.text.utf8.first == 0x45 || line.text.utf8.first == 0x65 else { return false }  // 'E'/'e'
        let lower = line.text.lowercased()
        if lower.hasPrefix("editor's note") || lower.hasPrefix("editor’s note") || lower.hasPrefix("editors' note") { return true }
        guard f.notice, !line.text.utf8.contains(0x22), !lower.contains("\u{201C}") else { return false }
        return historyWords.contains { lower.contains($0) }
    }
}
