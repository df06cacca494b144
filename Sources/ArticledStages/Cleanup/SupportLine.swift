import Foundation

/// Recognizes the box of support lines that a story about suicide, abuse or distress closes
/// with: "If you are affected by any of the issues raised in this article, you can contact
/// Samaritans free at 116 123.", "If you or someone you know is struggling, here's where to get
/// help:", "Kids Help Phone: 1-800-668-6868 or text 686868.", "(Those in distress can seek help
/// by calling these helplines.)". The site's care for its reader, not the story; it is read only
/// among the lines that close the article, where no reporter writes a number to call.
enum SupportLine {
    /// Words that name a service to call, lower case.
    /// ("Anyone with information is asked to call detectives at 503-555-0142": a police appeal,
    /// the story's own, names none.)
    private static let serviceWords: Set<Substring> = ["helpline", "helplines", "lifeline", "samaritans", "hotline", "crisis",
                                                       "counselling", "counseling", "help", "support"]

    /// Words of a reader who needs help, lower case.
    private static let needWords: Set<Substring> = ["help", "support", "struggling", "distress", "affected", "helplines", "helpline"]

    /// Words that tell what someone said: a paragraph of the story, never the box.
    private static let narrationWords: Set<Substring> = ["said", "says", "told", "added"]

    /// Whether the line is such a support line.
    static func matches(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 40 else { return false }
        let text = line.text
        // Cheap test first: a number to call, or help offered.
        guard f.digits >= 3 || text.containsBytes(of: "elp") || text.containsBytes(of: "ifeline") || text.containsBytes(of: "amaritans")
        else { return false }
        guard !text.utf8.contains(0x22), !text.contains("\u{201C}") else { return false }
        let words = text.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: .punctuationAndStars)[...] }
        guard !words.contains(where: { narrationWords.contains($0) }) else { return false }
        // "Help is available.": the box's heading.
        if words == ["help", "is", "available"] { return true }
        let reader = words.contains { $0 == "you" || $0 == "your" || $0 == "those" }
        let needsHelp = words.contains { needWords.contains($0) }
        // "If you or someone you know is struggling, here's where to get help:", "(Those in
        // distress … can seek help … by calling these helplines.)": the box's prompt.
        if reader && needsHelp && (f.endsColon || words.contains { $0.hasPrefix("helpline") || $0 == "lifeline" || $0 == "samaritans" }) {
            return true
        }
        // "Suicide Crisis Helpline: Call or text 988.", "Lifeline on 13 11 14": a service and its
        // number, alone or told to the reader. ("A helpline (0495-2383100) is functioning round
        // the clock.": news of one.)
        return (f.words <= 12 || (reader && f.words <= 30)) && words.contains { serviceWords.contains($0) } && hasPhoneNumber(words)
    }

    /// Whether the words hold a telephone number: digits grouped by hyphens ("1-800-668-6868"),
    /// groups of digits that run to five or more ("13 11 14", "116 123"), or a short number
    /// to call right after the verb ("text 988"). ("Cost 300 million" holds none.)
    private static func hasPhoneNumber(_ words: [Substring]) -> Bool {
        var run = 0
        for (k, word) in words.enumerated() {
            guard !word.isEmpty, word.utf8.allSatisfy({ ASCIIByte.isDigit($0) || $0 == 0x2D }) else { run = 0; continue }
            let digits = word.utf8.filter(ASCIIByte.isDigit).count
            if digits >= 7 && word.utf8.contains(0x2D) { return true }
            if digits >= 3 && k > 0 && dialVerbs.contains(words[k - 1]) && (k + 1 == words.count || words[k + 1] == "or") { return true }
            run += digits
            if run >= 5 { return true }
        }
        return false
    }

    /// Words right before a number to call, lower case.
    private static let dialVerbs: Set<Substring> = ["call", "text", "dial", "on", "at"]
}

extension CharacterSet {
    /// Punctuation around a word, and the stars of Markdown's emphasis.
    fileprivate static let punctuationAndStars = CharacterSet.punctuationCharacters.union(CharacterSet(charactersIn: "*"))
}
