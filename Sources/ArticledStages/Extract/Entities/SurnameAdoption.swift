/// Lets an ordinary word be a surname where the text shows it is one: "Theresa May",
/// "Gordon Brown", "Claire Christian". A capitalized surname-word (`.surnameWord`) written right
/// after a known given name loses its "ordinary word" and "never a name" facts, there and wherever
/// else the text writes it capitalized, so a later "May said" is the same person. Not where it
/// reads as the word it also is: after "in", "since", "last"… or before a number ("in May 2019").
/// A creed or nationality ("Christian", "English") stays one before a word that it could
/// describe ("Christian groups"): it is a surname only after the given name or alone. A title
/// that is also a surname ("Clare King", "Chris Bishop") is the person's after a courtesy title
/// ("Ms King said") or alone beside a verb of speech ("Bishop said"), and keeps its title's
/// sense elsewhere ("the King", "Bishop Tutu said").
enum SurnameAdoption {
    /// Words before which a month or other ordinary word keeps its usual sense ("in May", "last
    /// June"), in small letters; shared with `GivenNameAdoption`.
    static let senseKeepingWords = [
        "in", "since", "until", "till", "by", "of", "last", "next", "early", "late", "mid", "from", "during",
        "this", "that", "each", "every", "through", "before", "after", "on", "the", "a",
    ]

    /// `senseKeepingWords` and the modal verbs "may" and "might", as hashes.
    private static let keepsSense: WordHashSet = WordHashSet((senseKeepingWords + ["may", "might"]).map(HashedWordTable.hash))

    /// The articles, as written in a sentence and opening one.
    private static let articles: WordHashSet = WordHashSet(["the", "The", "a", "A", "an", "An"].map(HashedWordTable.hash))

    /// Clears `.common` and `.nonEntity` on the surname-words the text uses as surnames.
    static func adopt(bytes: [UInt8], tokens: [Token], hashes: [UInt64], facts: inout [WordFacts]) {
        var adopted: [UInt64] = []
        for i in 1..<max(tokens.count, 1) where facts[i].contains(.surnameWord) && tokens[i].has(.capitalized)
            && !tokens[i].has(.allCaps) && !tokens[i].has(.headline) {
            let g = i - 1
            guard tokens[g].kind == .word, tokens[g].has(.capitalized), !tokens[g].has(.possessive),
                  facts[g].contains(.givenName), tokens[g].paragraph == tokens[i].paragraph,
                  !adopted.contains(hashes[i]) else { continue }
            adopted.append(hashes[i])
        }
        guard !adopted.isEmpty else { return }
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].has(.capitalized) && adopted.contains(hashes[i]) {
            if i > 0, tokens[i - 1].kind == .word, keepsSense.contains(hashes[i - 1]) { continue }
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, bytes[Int(tokens[i + 1].start)] &- 0x30 < 10 { continue }
            if facts[i].contains(.demonym) {
                let afterGivenName = i > 0 && tokens[i - 1].kind == .word && facts[i - 1].contains(.givenName)
                let describes = i + 1 < tokens.count && tokens[i + 1].kind == .word && !facts[i + 1].contains(.speechVerb)
                if describes && !afterGivenName { continue }
                facts[i].remove(.demonym)
            }
            facts[i].subtract([.common, .nonEntity])
            if i > 0, tokens[i - 1].kind == .word, NameContext.honorifics.contains(hashes[i - 1]) { facts[i].remove(.role) }
            // "Bishop said", "said Bishop.": alone beside a verb of speech, the title is the surname too.
            let speaksAfter = i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].has(.capitalized)
                && facts[i + 1].contains(.speechVerb)
            let speaksBefore = i > 0 && tokens[i - 1].kind == .word && !tokens[i - 1].has(.capitalized) && facts[i - 1].contains(.speechVerb)
                && !(i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].has(.capitalized))
            // ("The King said", opening a sentence: the title.)
            let afterArticle = i > 0 && tokens[i - 1].kind == .word && articles.contains(hashes[i - 1])
            if (speaksAfter || speaksBefore) && !afterArticle { facts[i].remove(.role) }
        }
    }

}
