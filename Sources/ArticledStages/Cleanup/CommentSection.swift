import Foundation

/// Recognizes the line that opens a page's reader comments (`Comments`, `42 Comments`,
/// `Discussion about this post`, `Join the conversation`) or counts them (`42 Comments / 42 New`):
/// what follows such a line at the end of an article is what readers wrote, not the article.
enum CommentSection {
    /// Headings of comment sections, lower case, without a count.
    private static let headings: Set<String> = [
        "comments", "comment", "reader comments", "readers' comments", "discussion about this post", "join the conversation",
        "leave a comment", "add a comment", "post a comment", "show comments", "view comments", "load comments",
        "see all comments", "comments are closed", "commentsrestacks", "comments restacks", "have your say",
    ]

    /// Whether the line is a comment section's heading or count.
    static func isMarker(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 8, f.words <= 5 || line.text.utf8.first == 0x43, !f.endsTerminal || f.words > 2 else { return false }
        var words = line.text.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        words.removeAll(where: \.isEmpty)
        // "42 Comments", "Comments (42)", "42 Comments / 42 New".
        var counted = false
        if let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst(); counted = true }
        if let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast(); counted = true }
        if counted, words.count == 3, words[1].allSatisfy(\.isNumber), words[2] == "new" { words = [words[0]] }
        guard !words.isEmpty else { return false }
        // "Comments are closed for this story.", "Comments are disabled on obituaries."
        // (Not "Comments are closed until March 3.", a consultation's deadline.)
        if words.count <= 8, words.count >= 3, words[0] == "comments" || words[0] == "commenting", words[1] == "are" || words[1] == "is",
           words[2] == "closed" || words[2] == "disabled",
           words.count == 3 || words[3] == "for" || words[3] == "on" { return true }
        return headings.contains(words.joined(separator: " "))
    }
}
