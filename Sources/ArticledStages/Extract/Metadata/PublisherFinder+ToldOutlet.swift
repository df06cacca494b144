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

    /// The outlet that group `group` names first, when the text calls it so ("told the Guardian"
    /// under "© Guardian News & Media Limited" → "Guardian"; "told the Nation" under "Nation
    /// Media Group" → "Nation"), or nil. (The article is the sentence's, not the name's.)
    static func groupOutlet(_ group: String, namedIn text: String) -> String? {
        guard let first = group.split(separator: " ").first, first.count >= 3, first != "The",
              first.first?.isUppercase == true, first.dropFirst().contains(where: \.isLowercase) else { return nil }
        var rest = Substring(text)
        let marker = " the " + first
        while let r = rest.range(of: marker) {
            rest = rest[r.upperBound...]
            // (Not "the Canadian Union of Postal Workers": a longer name that the word begins.)
            guard rest.first.map({ !$0.isLetter }) ?? true else { continue }
            if rest.first == " ", rest.dropFirst().first?.isUppercase == true { continue }
            return String(first)
        }
        return nil
    }

    /// Whether `told`, an outlet the story's people spoke to, may name the page rather than the
    /// group `group` its copyright names: a name starting "The" ("The Hindu"), one sharing a word
    /// with the group's, or any under a group named in capitals or initials ("THG PUBLISHING").
    /// ("Guardian News & Media" is not "BBC Radio" of "told BBC Radio 4's Today programme".)
    static func mayName(_ told: String, over group: String) -> Bool {
        if told.hasPrefix("The ") || !group.contains(where: \.isLowercase) { return true }
        let groupWords = Set(group.lowercased().split(separator: " "))
        return told.lowercased().split(separator: " ").contains { groupWords.contains($0) }
    }

    /// The outlet a footer's blurb says its news is on ("Catch all the Business News … and
    /// Latest News Updates on The Economic Times."), or nil.
    static func updatesOutlet(in line: String) -> String? {
        // (The name closes the sentence: "Updates on Mumbai News along with …" and "Updates on
        // India News, Weather Today, Latest News at Hindustan Times." name sections before it.)
        outlet(after: " Updates on ", in: line, closing: true) ?? outlet(after: " News on ", in: line, closing: true)
            ?? outlet(after: " News at ", in: line, closing: true) ?? outlet(after: " latest news on ", in: line, closing: true)
            ?? appOutlet(in: line)
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
                // ("Times of India": a small word inside the name.)
                if !words.isEmpty, core.count == token.count, core == "of" {
                    words.append(core)
                    continue
                }
                guard let first = core.first, first.isUppercase, core.allSatisfy({ $0.isLetter || $0 == "-" }) else { break }
                words.append(core)
                if core.count != token.count {  // the name ends at its punctuation
                    punctuated = token.last == "." || token.last == ")"
                    break
                }
            }
            if words.last == "of" { words.removeLast() }
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
