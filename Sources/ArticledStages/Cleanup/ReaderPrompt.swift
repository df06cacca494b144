import Foundation

/// Recognizes a prompt to the reader set between paragraphs (`Join our WhatsApp channel for the
/// latest updates.`, `We use cookies to personalise content.`, `Have a news tip? Contact us.`):
/// a short line outside quotation marks that speaks to the reader (`you`, `our`, `us`) and
/// carries furniture words, strong ones or several, or one after an imperative verb.
enum ReaderPrompt {
    /// Words by which the site addresses its reader or speaks of itself.
    static let readerWords: Set<String> = ["you", "your", "you're", "you’re", "our", "us", "we"]

    /// Verbs that open a call to action.
    static let imperatives: Set<String> = ["get", "sign", "join", "follow", "download", "subscribe", "click", "tap", "support",
                                           "donate", "register", "like", "contact", "email", "send"]

    /// Whether the line is such a prompt.
    static func matches(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 20, f.boilerplate >= 1, !line.isListItem else { return false }
        let text = line.text
        guard !text.utf8.contains(0x22), !text.contains("\u{201C}"), !text.contains("\u{201D}") else { return false }
        // "US" in capitals is the country, not the site speaking.
        let words = text.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()")) }
            .map { $0 == "US" ? $0 : $0.lowercased() }
        guard words.contains(where: readerWords.contains) else { return false }
        let imperative = words.first.map(imperatives.contains) ?? false
        return f.strongBoilerplate >= 1 || f.boilerplate >= 2 || imperative || text.utf8.contains(0x40)
    }
}
