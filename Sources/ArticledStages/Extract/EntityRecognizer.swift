import ArticledCore

/// Finds the people, organizations and locations an article names, without a trained model:
/// capitalized sequences read with gazetteers, role titles, organization and place words and
/// their context (see `NameSegmenter`), merged by `EntityMerger`.
struct EntityRecognizer {
    let lexicon: EntityLexicon

    /// A recognizer using `lexicon` (the shipped word lists by default).
    init(lexicon: EntityLexicon = .shared) {
        self.lexicon = lexicon
    }

    /// The entities of a tokenized text and where they are mentioned; looks its words up in
    /// the lexicon first if that was not done yet. `headline`: the headline and standfirst,
    /// which tell apart two people of one surname.
    func analyze(_ text: TokenizedText, headline: String = "") -> EntityAnalysis {
        var text = text
        if text.facts.count != text.tokens.count { text.annotate(with: lexicon) }
        var (mentions, acronyms) = NameSegmenter(text: text, lexicon: lexicon).mentions()
        let storms = Self.stormNames(in: text)
        if !storms.isEmpty {
            mentions.removeAll { m in
                (m.start == m.end && storms.contains(text.hashes[m.start])) || (m.end == m.start + 1 && Self.stormWords.contains(text.hashes[m.start]))
            }
        }
        var merger = EntityMerger(text: text, lexicon: lexicon)
        merger.headline = headline
        return merger.merge(mentions, acronyms: acronyms)
    }

    /// The names given to storms ("Kalasag" of "Typhoon Kalasag", "Milton" of "Hurricane
    /// Milton"): a storm is no person, organization or place, wherever its name stands alone.
    static func stormNames(in text: TokenizedText) -> WordHashSet {
        var out = WordHashSet()
        let words = stormWords
        for i in text.hashes.indices.dropLast() where words.contains(text.hashes[i]) && text.tokens[i].kind == .word {
            if text.isWord(i + 1), text.tokens[i + 1].has(.capitalized) { out.insert(text.hashes[i + 1]) }
        }
        return out
    }

    /// Words that name a storm by the name after them, as written.
    private static let stormWords: WordHashSet = WordHashSet(["Typhoon", "Hurricane", "Cyclone", "Storm", "typhoon", "hurricane", "cyclone",
                                                      "storm"].map(HashedWordTable.hash))

    /// The entities named in `text`.
    func recognize(_ text: String) -> [Entity] {
        analyze(ArticleTokenizer.tokenize(text)).entities
    }
}
