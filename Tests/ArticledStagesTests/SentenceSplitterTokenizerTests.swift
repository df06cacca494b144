import Testing
@testable import ArticledStages

/// The word tokenizer and stemmer under the splitter and the tag stage.
struct SentenceSplitterTokenizerTests {
    @Test func wordsAndBreaks() {
        let text = "Putin’s long-range missiles, U.S. officials said: 3.5 billion."
        let tokens = WordTokenizer.tokens(text)
        let words = tokens.map { t in String(decoding: Array(text.utf8)[t.start..<t.end], as: UTF8.self) }
        #expect(words == ["Putin’s", "long", "range", "missiles", "U.S", "officials", "said", "3.5", "billion"])
        #expect(tokens[0].word == WordHash.of(Array("putin".utf8)))
        #expect(tokens[2].afterBreak == false)  // a hyphen does not break a phrase
        #expect(tokens[4].afterBreak == true)   // a comma does
        #expect(tokens[7].isNumber)
    }

    @Test func stemsJoinInflections() {
        #expect(WordHash.stem(of: "sanctions") == WordHash.stem(of: "sanction"))
        #expect(WordHash.stem(of: "voted") == WordHash.stem(of: "vote"))
        #expect(WordHash.stem(of: "voting") == WordHash.stem(of: "votes"))
        #expect(WordHash.stem(of: "policies") == WordHash.stem(of: "policy"))
        #expect(WordHash.stem(of: "stopped") == WordHash.stem(of: "stop"))
        #expect(WordHash.stem(of: "news") != WordHash.stem(of: "business"))
        #expect(WordHash.stem(of: "crisis") != WordHash.stem(of: "cris"))
    }

    @Test func stopWordsAreMarked() {
        let tokens = WordTokenizer.tokens("The war and the peace")
        #expect(tokens.map(\.isStop) == [true, false, true, true, false])
    }

    @Test func tokensAreHandedOverOnceAndOnlyForTheSameText() {
        let text = "Handed over once: \(UInt64.random(in: 0...UInt64.max))"
        let tokens = WordTokenizer.tokens(text)
        TokenHandoff.offer(text, tokens)
        #expect(TokenHandoff.take(text + " ") == nil)
        #expect(TokenHandoff.take(text) == tokens)
        #expect(TokenHandoff.take(text) == nil)
    }

    @Test func tokensOfLongWordsAndPossessivesHashLikeTheirWords() {
        let tokens = WordTokenizer.tokens("Putin's policies")
        #expect(tokens[0].word == WordHash.of(Array("putin".utf8)))
        #expect(tokens[1].stem == WordHash.stem(of: "policy"))
    }
}
