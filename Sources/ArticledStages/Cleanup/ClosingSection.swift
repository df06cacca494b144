import Foundation

/// Recognizes the sections a press release or a page closes with after the story: a heading
/// such as `About Halvorsen Marine`, `Forward-Looking Statements` or `Media Contact` (what
/// follows is the issuer's boilerplate), and a `Disclaimer:` line.
enum ClosingSection {
    /// Headings of closing sections, lower case.
    private static let headings = Set<String>([
        "forward-looking statements", "forward looking statements", "cautionary statement regarding forward-looking statements",
        "safe harbor statement", "safe harbour statement", "media contact", "media contacts", "press contact", "press contacts",
        "investor contact", "investor contacts", "contact", "contacts", "media enquiries", "media inquiries", "notes to editors",
        "note to editors", "for more information", "source",
    ]).union(topicHeadings)

    /// Headings of the page's links to its topics and other stories under the story, lower case.
    private static let topicHeadings: Set<String> = ["suggested topics", "related topics", "more in this section", "read more news on",
                                                     "recommended from editorial", "recommended for you", "you may also like"]

    /// Whether the line heads the page's links to its topics ("Suggested Topics:"): a widget
    /// that a scraped page may also show between paragraphs, the story going on below it.
    static func isTopicsHeading(_ line: ArticleLine) -> Bool {
        // (Cheap test first: the line opens with "S", "R", "M" or "Y".)
        guard line.features.words >= 2, line.features.words <= 5, !line.features.endsTerminal, let head = line.text.utf8.first,
              head == 0x53 || head == 0x52 || head == 0x4D || head == 0x59 else { return false }
        return topicHeadings.contains(headingKey(line.text))
    }

    /// A heading as the sets hold it: lower case, without its colon.
    private static func headingKey(_ text: String) -> String {
        var key = text.lowercased()
        while key.hasSuffix(":") { key.removeLast() }
        return key
    }

    /// Whether the line heads a closing section: one of the headings, or `About` and a name
    /// (`About Pagalume`, `About the University of Leeds`).
    static func isHeading(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 8, !f.endsTerminal else { return false }
        if headings.contains(headingKey(line.text)) { return true }
        // "More from Culture": the outlet's other stories follow.
        if line.text.hasPrefix("More from "), f.words <= 5 { return true }
        guard line.text.hasPrefix("About "), f.words >= 2, f.words <= 6 else { return false }
        return line.text.split(separator: " ").dropFirst().allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } ?? false || ["the", "of", "for", "and", "&"].contains(word)
        }
    }

    /// Whether the line is a disclaimer (`Disclaimer: AAAS and EurekAlert! are not responsible …`,
    /// `Market data provided by ICE Data Services.`, `Quotes delayed at least 15 minutes.`).
    static func isDisclaimer(_ line: ArticleLine) -> Bool {
        let text = line.text
        if text.hasPrefix("Disclaimer:") || text.hasPrefix("DISCLAIMER:") { return true }
        guard line.features.words <= 40 else { return false }
        // "($1 = 1,560.0000 naira)", "(1 euro = $1.0850)": a wire's note of the exchange rate it used.
        if text.hasSuffix(")"), line.features.words <= 8, text.contains(" = "),
           text.hasPrefix("($1 ") || text.hasPrefix("(£1 ") || text.hasPrefix("(€1 ") || text.hasPrefix("(1 ") {
            return true
        }
        if text.hasPrefix("Market data provided by") || text.hasPrefix("Data provided by") || text.hasPrefix("Quotes delayed")
            || text.hasPrefix("Stock quotes") {
            return true
        }
        // "ABC acknowledges Aboriginal and Torres Strait Islander peoples...": the outlet's acknowledgement,
        // its name or "We" before it (not "The council voted to acknowledge …").
        if let r = text.range(of: " acknowledges Aboriginal and Torres Strait Islander") ?? text.range(of: " acknowledge Aboriginal and Torres Strait Islander"),
           text[..<r.lowerBound].split(separator: " ").count <= 2 {
            return true
        }
        // An outlet's notes about itself: its press regulator, its acknowledgement of a land's
        // traditional owners, a wire's description of itself.
        return footerPhrases.contains { text.containsBytes(of: $0) }
    }

    /// Phrases of the notes an outlet closes its pages with.
    static let footerPhrases = ["Independent Press Standards Organisation", "regulated by IPSO", "Traditional Owners of",
                                "Traditional Custodians of", "traditional custodians of", "First Peoples of the land",
                                // "This service may include material from Agence France-Presse (AFP), … which is copyrighted …"
                                "which is copyrighted and cannot be reproduced",
                                "the news and media division of Thomson Reuters",
                                "The Thomson Reuters Trust Principles", "quotes delayed a minimum of", "Trust Principles.",
                                // "Comments expressed here do not reflect the opinions of The Lagos Chronicle."
                                "do not reflect the opinions of", "do not necessarily reflect the views of",
                                "do not necessarily reflect the opinions of",
                                // A newsletter's pitch: "Add some "good" to your morning and evening."
                                "to your morning and evening",
                                // "Stuff is committed to fair and accurate reporting. If you have a complaint, …"
                                "committed to fair and accurate reporting", "the NZ Media Council",
                                // "Published by Arena Holdings and distributed with permission of BusinessLIVE."
                                "distributed with permission of", "republished with permission of"]

    /// Whether the line only numbers a page (`Page 1 of 2`, `Page 3`, `- 2 -`).
    static func isPageNumber(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 4, f.digits >= 1, f.digits <= 6 else { return false }
        let words = line.text.split(separator: " ").map { $0.lowercased() }
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }.count
        let labels = words.filter { $0 == "page" || $0 == "of" || $0 == "-" || $0 == "—" }.count
        return numbers + labels == words.count && (words.first == "page" || (words.count == 3 && words[1] == "of") || words.first == "-")
    }
}
