/// A public body named by what it does and where: "Parks Victoria", "Health Canada",
/// "Transport Scotland", "Statistics Norway", "Visit Wales", "Telefilm Canada", "Air Canada". The first word, an ordinary one,
/// would otherwise be left out and the body read as the place.
enum AgencyName {
    /// Whether words `i` and `i + 1` of `text` name such a body: one of `leads`, capitalized,
    /// then the one-word name of a country or region that ends the capitalized words.
    static func starts(at i: Int, in text: TokenizedText, lexicon: EntityLexicon) -> Bool {
        guard opens(at: i, in: text), text.isWord(i + 1), text.tokens[i + 1].paragraph == text.tokens[i].paragraph,
              // (A country or region: "Justice Atherton" is a judge, Atherton a town too.)
              let place = lexicon.place(text.places[i + 1]), place.kind == .location, !place.isCity else { return false }
        return !(text.isWord(i + 2) && text.tokens[i + 2].has(.capitalized))
    }

    /// The last word of such a body's name where the place is a country or region of several
    /// words that ends the capitalized words ("Statistics South Africa", "Air New Zealand"); or nil.
    static func placeOfSeveralWordsEnd(at i: Int, in text: TokenizedText, lexicon: EntityLexicon) -> Int? {
        guard opens(at: i, in: text) else { return nil }
        var span: [Int] = []
        var next = i + 1
        while span.count < lexicon.longestGazetteerEntry, text.isWord(next), text.tokens[next].has(.capitalized),
              text.tokens[next].paragraph == text.tokens[i].paragraph {
            span.append(next)
            next += 1
            if span.count >= 2, !(text.isWord(next) && text.tokens[next].has(.capitalized)),
               let v = lexicon.table.value(text.hash(span[...])), let place = lexicon.place(v.place), place.kind == .location, !place.isCity {
                return next - 1
            }
        }
        return nil
    }

    /// Whether word `i` of `text` is one of `leads`, capitalized, as such a name opens.
    private static func opens(at i: Int, in text: TokenizedText) -> Bool {
        text.isWord(i) && text.tokens[i].has(.capitalized) && !text.tokens[i].has(.allCaps) && !text.tokens[i].has(.possessive)
            && leads.contains(text.lowercaseHash(i))
    }

    /// Words that open such names, lower case.
    private static let leads: WordHashSet = WordHashSet([
        "parks", "health", "transport", "statistics", "elections", "sport", "visit", "tourism", "invest", "historic",
        "natural", "forestry", "water", "energy", "highways", "homes", "skills", "screen", "creative", "education",
        "heritage", "environment", "ambulance", "fire", "trade", "business", "food", "nature", "sustainability",
        "telefilm", "bicycle", "cycling", "athletics", "swimming", "rowing", "netball", "rugby", "golf", "tennis", "arts",
        "music", "museums", "libraries", "veterans", "housing", "justice", "corrections", "agriculture", "fisheries",
        "biosecurity", "infrastructure", "air", "team", "radio", "volunteering", "wildlife", "enterprise", "retail",
        "research", "cricket", "football", "hockey", "basketball", "boxing", "softball", "baseball", "volleyball", "sailing",
        "gymnastics", "triathlon", "earthquakes", "stats", "universities", "engineers", "cancer", "diabetes",
    ].map(HashedWordTable.hash))
}
