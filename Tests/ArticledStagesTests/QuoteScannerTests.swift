import Testing
@testable import ArticledStages

/// The spans of a text's quotation marks.
private func spans(_ text: String) -> (TokenizedText, [QuotationSpan]) {
    var t = ArticleTokenizer.tokenize(text)
    let s = QuotationScanner.scan(&t)
    return (t, s)
}

@Suite struct QuoteScannerTests {
    @Test func curlyMarksPair() {
        let (_, s) = spans("He said “one two” and “three four”.")
        #expect(s.count == 2)
        #expect(s.allSatisfy { $0.closed })
    }

    @Test func straightMarksAlternate() {
        let (t, s) = spans("\"one two\" then \"three\"")
        #expect(s.count == 2)
        #expect(t.tokens[s[1].open].kind == .straightQuote)
    }

    @Test func strayClosingMarkIsIgnored() {
        let (_, s) = spans("It is hard. It won’t happen.” Then more text.")
        #expect(s.isEmpty)
    }

    @Test func unclosedQuotationEndsWithItsParagraph() {
        let (_, s) = spans("“Open and never closed\n\nNext paragraph without marks.")
        #expect(s.count == 1)
        #expect(!s[0].closed)
        #expect(s[0].parts.isEmpty)
    }

    @Test func quotationRunsOnIntoAParagraphThatReopens() {
        let (_, s) = spans("“First part\n\n“Second part,” he said.")
        #expect(s.count == 1)
        #expect(s[0].parts.count == 1)
        #expect(s[0].closed)
    }

    @Test func quotationRunsOnIntoAParagraphThatCloses() {
        let (_, s) = spans("“This is not a\n\nconflict. This is a war.” She left.")
        #expect(s.count == 1)
        #expect(s[0].parts.count == 1)
    }

    @Test func tokensInsideAreMarked() {
        let (t, _) = spans("Before “inside words” after")
        #expect(!t.tokens[0].has(.inQuote))
        #expect(t.tokens[2].has(.inQuote))
        #expect(!t.tokens[t.tokens.count - 1].has(.inQuote))
    }

    @Test func straightQuotationRunsOnIntoAParagraphThatCloses() {
        let (_, s) = spans("He added: \"It is\n\naimed at one thing.\" Later he claimed, an \"emerging world order.\"")
        #expect(s.count == 2)
        #expect(s[0].parts.count == 1)
        #expect(s[1].parts.isEmpty)
    }
}
