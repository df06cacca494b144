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
    /// the lexicon first if that was not done yet.
    func analyze(_ text: TokenizedText) -> EntityAnalysis {
        var text = text
        if text.facts.count != text.tokens.count { text.annotate(with: lexicon) }
        let (mentions, acronyms) = NameSegmenter(text: text, lexicon: lexicon).mentions()
        return EntityMerger(text: text, lexicon: lexicon).merge(mentions, acronyms: acronyms)
    }

    /// The entities named in `text`.
    func recognize(_ text: String) -> [Entity] {
        analyze(ArticleTokenizer.tokenize(text)).entities
    }
}
