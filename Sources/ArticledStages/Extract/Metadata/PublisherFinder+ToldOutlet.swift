/// The outlet a story names as the one its people spoke to ("he told The Hindu", "told Daily
/// Maverick"), or its footer as the one its news is on: the page's own name, when its pages do
/// not show it.
extension PublisherFinder {
    /// The outlet of two to five capitalized words that the text says someone "told", spoke to
    /// or gave an interview, or nil ("Speaking to The Hindu after the hearing"). (A single
    /// acronym is left out: "told NATO allies" names no outlet.)
    static func toldOutlet(in text: String) -> String? {
        outlet(after: " told ", in: text) ?? outlet(after: "peaking to ", in: text) ?? outlet(after: " spoke to ", in: text)
            ?? outlet(after: " interview with ", in: text)
    }

    /// The outlet a footer's blurb says its news is on ("Catch all the Business News … and
    /// Latest News Updates on The Economic Times."), or nil.
    static func updatesOutlet(in line: String) -> String? {
        // (The name closes the sentence: "Updates on Mumbai News along with …" and "Updates on
        // India News, Weather Today, Latest News at Hindustan Times." name sections before it.)
        outlet(after: " Updates on ", in: line, closing: true) ?? outlet(after: " News on ", in: line, closing: true)
            ?? outlet(after: " News at ", in: line, closing: true) ?? appOutlet(in: line)
    }

    /// The newspaper whose app a footer offers ("Download The Times of India News App for Latest
    /// Sports News." → "The Times of India"), or nil.
    static func appOutlet(in line: String) -> String? {
        guard line.hasPrefix("Download The "), line.utf8.count <= 120, let app = line.range(of: " App") else { return nil }
        var name = line[line.index(line.startIndex, offsetBy: 9)..<app.lowerBound]
        if name.hasSuffix(" News") { name = name.dropLast(5) }
        let words = name.split(separator: " ")
        guard (2...6).contains(words.count), words.allSatisfy({ BylineParser.startsUpper($0) || $0 == "of" || $0 == "and" }) else { return nil }
        return String(name)
    }

    /// The outlet of two to five capitalized words right after `marker` in `text`, or nil;
    /// `closing`: only one that ends a sentence.
    private static func outlet(after marker: String, in text: String, closing: Bool = false) -> String? {
        var rest = Substring(text)
        while let r = rest.range(of: marker) {
            rest = rest[r.upperBound...]
            var words: [Substring] = []
            var punctuated = false
            for token in rest.prefix(80).split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(5) {
                let core = token.trimmingCharacters(in: .init(charactersIn: "_*.,;:!?()\"“”")).trimmingPossessive
                guard let first = core.first, first.isUppercase, core.allSatisfy({ $0.isLetter || $0 == "-" }) else { break }
                words.append(core)
                if core.count != token.count {  // the name ends at its punctuation
                    punctuated = token.last == "." || token.last == ")"
                    break
                }
            }
            guard words.count >= 2, punctuated || !closing else { continue }
            let name = words.joined(separator: " ")
            guard isTheName(name) || BylineParser.isOutletName(words) else { continue }
            // "The PUNCH", "PREMIUM TIMES": a name the outlet shouts, in title case.
            return words.contains(where: { $0.count > 3 && $0 == $0.uppercased() }) ? BylineParser.titleCased(name) : name
        }
        return nil
    }
}

private extension String {
    /// The name without an owner's "'s" ("The Hindu's" → "The Hindu").
    var trimmingPossessive: Substring {
        if hasSuffix("'s") || hasSuffix("\u{2019}s") { return dropLast(2) }
        return Substring(self)
    }
}
