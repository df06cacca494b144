import Testing
@testable import ArticledStages

/// The sentence splitter on the traps of news English.
struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] { SentenceSplitter.split(text).map(String.init) }

    @Test func plainSentences() {
        #expect(split("The vote passed. Critics objected! Was it fair?") ==
                ["The vote passed.", "Critics objected!", "Was it fair?"])
    }

    @Test func aNamesLostLastLetterEndsNoSentence() {
        #expect(split("Inspector Jos? Mart?nez said the gang was caught. Who paid? Nobody knows.") ==
                ["Inspector Jos? Mart?nez said the gang was caught.", "Who paid?", "Nobody knows."])
        #expect(split("Did they ask Trump? Nobody did.") == ["Did they ask Trump?", "Nobody did."])
        // A web address's query is no lost letter.
        #expect(split("See example.com/story?id=3 online. Is it Tom? Yes.") == ["See example.com/story?id=3 online.", "Is it Tom?", "Yes."])
        // In a text that lost no letter inside words, a given name's lost last letter still counts.
        #expect(split("Replacement flyhalf Morn? Vermeulen held his nerve. Was it Paris? London said no.")
                == ["Replacement flyhalf Morn? Vermeulen held his nerve.", "Was it Paris?", "London said no."])
    }

    @Test func abbreviationsAndTitlesDoNotEndSentences() {
        #expect(split("Mr. Smith met Gen. Jones in the U.S. capital. They talked.") ==
                ["Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."])
        #expect(split("It opened on Jan. 5 at No. 10 Downing Street. Then it closed.") ==
                ["It opened on Jan. 5 at No. 10 Downing Street.", "Then it closed."])
        #expect(split("The mass ended. Msgr. Jose Ignacio thanked Pst. Adeyemi and Lieut. Cole. They left.") ==
                ["The mass ended.", "Msgr. Jose Ignacio thanked Pst. Adeyemi and Lieut. Cole.", "They left."])
    }

    @Test func aBracketAfterAnAbbreviationContinuesTheSentence() {
        #expect(split("Shares of Northvale Robotics, Inc. (NASDAQ: NVRB) rose. They fell later.") ==
                ["Shares of Northvale Robotics, Inc. (NASDAQ: NVRB) rose.", "They fell later."])
    }

    @Test func dottedAbbreviationAtTheEndOfASentence() {
        #expect(split("The troops returned to the U.S. The war was over.") ==
                ["The troops returned to the U.S.", "The war was over."])
        #expect(split("The U.S. Army said so.") == ["The U.S. Army said so."])
    }

    @Test func initialsDecimalsAndEllipses() {
        #expect(split("J. K. Rowling wrote it. Growth was 3.5 percent.") ==
                ["J. K. Rowling wrote it.", "Growth was 3.5 percent."])
        #expect(split("China is willing to ... jointly act. Next.") == ["China is willing to ... jointly act.", "Next."])
        #expect(split("He paused... Then he left.") == ["He paused...", "Then he left."])
        #expect(split("“It is aid to Russia. ... We are concerned,” he said.") == ["“It is aid to Russia. ...", "We are concerned,” he said."])
        #expect(split("It grew. … Then it fell.") == ["It grew. …", "Then it fell."])
    }

    @Test func quotations() {
        #expect(split("“We will win,” he said. “The war ends now.” Next came the vote.") ==
                ["“We will win,” he said.", "“The war ends now.”", "Next came the vote."])
        #expect(split("\"Why?\" he asked. Nobody knew.") == ["\"Why?\" he asked.", "Nobody knew."])
    }

    @Test func paragraphBreaksAlwaysEndSentences() {
        #expect(split("A heading without a stop\n\nThe body starts here. It goes on") ==
                ["A heading without a stop", "The body starts here.", "It goes on"])
    }

    @Test func lowerCaseAfterAPeriodGoesOn() {
        #expect(split("Visit wsws.org for more. e.g. this one.") == ["Visit wsws.org for more. e.g. this one."])
    }

    @Test func companySuffixes() {
        #expect(split("Apple Inc. said profits rose. Shares fell.") == ["Apple Inc. said profits rose.", "Shares fell."])
        #expect(split("He works for Apple Inc. The company agreed.") == ["He works for Apple Inc.", "The company agreed."])
        #expect(split("The plot was fenced off by Vasudha Infraprojects Pvt. Ltd., which got sanction in May. Residents objected.")
                == ["The plot was fenced off by Vasudha Infraprojects Pvt. Ltd., which got sanction in May.", "Residents objected."])
    }

    @Test func spansCarryParagraphs() {
        let text = "One. Two.\n\nThree."
        let spans = Array(text.utf8).withUnsafeBufferPointer { SentenceSplitter.spans($0) }
        #expect(spans.map(\.paragraph) == [0, 0, 1])
    }

    @Test func emptyAndBlankTexts() {
        #expect(split("").isEmpty)
        #expect(split("  \n\n  ").isEmpty)
        #expect(split("No stop at all") == ["No stop at all"])
    }
}
