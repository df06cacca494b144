import Testing
@testable import ArticledStages

/// The words of a text as the tokenizer reads them.
private func words(_ text: String) -> [String] {
    let t = ArticleTokenizer.tokenize(text)
    return t.tokens.indices.filter { t.tokens[$0].kind == .word }.map { t.word($0) }
}

@Suite struct EntityTokenizerTests {
    @Test func possessiveEndingIsCutAndFlagged() {
        let t = ArticleTokenizer.tokenize("Russia’s economy and the powers' plans")
        #expect(t.word(0) == "Russia")
        #expect(t.tokens[0].has(.possessive))
        #expect(words("the powers' plans") == ["the", "powers", "plans"])
    }

    @Test func dottedAbbreviationIsOneWord() {
        #expect(words("the U.S. and the U.N. met") == ["the", "U.S.", "and", "the", "U.N.", "met"])
    }

    @Test func innerApostropheAndHyphenStay() {
        #expect(words("O’Brien visited EU-China talks") == ["O'Brien", "visited", "EU-China", "talks"])
    }

    @Test func questionMarkForALostLetterStaysInTheWord() {
        #expect(words("Mantas Adom?nas spoke. Why? Nobody knows") == ["Mantas", "Adom?nas", "spoke", "Why", "Nobody", "knows"])
    }

    @Test func inATextThatLostLettersANamesFirstOrLastLetterMayBeLostToo() {
        let lossy = "Inspector Jos? Mart?nez said ?tienne Duch?ne and Sergio Ib??ez met H?l?ne C?t?-Lefebvre. Really?? Yes."
        #expect(words(lossy) == ["Inspector", "Jos?", "Mart?nez", "said", "?tienne", "Duch?ne", "and", "Sergio", "Ib??ez", "met",
                                 "H?l?ne", "C?t?-Lefebvre", "Really", "Yes"])
        // Without letters lost inside words, a question mark is one.
        #expect(words("Did they ask Trump? Nobody did.") == ["Did", "they", "ask", "Trump", "Nobody", "did"])
    }

    @Test func noBreakSpaceSeparatesWords() {
        #expect(words("Sullivan\u{00A0}told CNN") == ["Sullivan", "told", "CNN"])
    }

    @Test func capitalsAndSentenceStarts() {
        let t = ArticleTokenizer.tokenize("NATO met. Then Xi spoke.")
        #expect(t.tokens[0].has(.allCaps) && t.tokens[0].has(.sentenceStart))
        #expect(t.tokens[3].has(.sentenceStart))
        #expect(!t.tokens[4].has(.sentenceStart) && t.tokens[4].has(.capitalized))
    }

    @Test func abbreviationPeriodDoesNotEndTheSentence() {
        let t = ArticleTokenizer.tokenize("Gov. Ron Calder spoke")
        #expect(t.tokens[1].has(.abbreviation))
        #expect(!t.tokens[2].has(.sentenceStart))
    }

    @Test func headlineLinesAreFlaggedButSentencesAreNot() {
        let t = ArticleTokenizer.tokenize("Markets Slide As Investors Fear Rate Rise\nShares fell sharply on Monday in Tokyo.")
        #expect(t.tokens[0].has(.headline))
        #expect(!t.tokens[t.tokens.count - 2].has(.headline))
    }

    @Test func wordHashesMatchTheTable() {
        let t = ArticleTokenizer.tokenize("Russia’s O’Brien")
        #expect(t.hashes[0] == HashedWordTable.hash("Russia"))
        #expect(t.hashes[1] == HashedWordTable.hash("O'Brien"))
    }
}
