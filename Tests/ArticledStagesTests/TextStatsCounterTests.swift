import ArticledCore
import Testing
@testable import ArticledStages

/// The counts behind `stats`: words, sentences, paragraphs and characters as a reader counts them.
@Suite struct TextStatsCounterTests {
    @Test func countsWordsSentencesParagraphsAndCharacters() {
        let stats = TextStatsCounter.count("Zoë said it works.  It does.\n\nA second paragraph\twith a tab.")
        #expect(stats.words == 12)
        #expect(stats.sentences == 3)
        #expect(stats.paragraphs == 2)
        // "ë" is one character, two bytes.
        #expect(stats.characters == 60)
    }

    @Test func spacesAndBlankLinesAtAnyPlaceCountOnce() {
        // A leading space, runs of spaces and tabs, and three newlines in a row (two breaks).
        let stats = TextStatsCounter.count(" Two \t words.\n\n\nNext one")
        #expect(stats.words == 4)
        #expect(stats.paragraphs == 3)
        #expect(stats.characters == 24)
    }

    @Test func anEmptyTextHasNothing() {
        let stats = TextStatsCounter.count("")
        #expect(stats.words == 0 && stats.sentences == 0 && stats.paragraphs == 0 && stats.characters == 0)
    }
}
