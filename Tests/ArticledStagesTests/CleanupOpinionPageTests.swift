import ArticledCore
import Testing
@testable import ArticledStages

/// An opinion page: a headline written as a sentence, the writer's bio, a poll and a comment box.
@Suite struct CleanupOpinionPageTests {
    private let paragraphs = [
        "Every rainy season, my aunt moves her refrigerator onto two hollow blocks. She has done it for fifteen years, and last August the water reached the top of them.",
        "She does not live by the sea. She lives nearly two kilometers inland, in a district that used to drain, slowly but reliably, into the bay.",
        "The new land is being built at four to five meters above the sea. Much of the older city behind it sits at one to two meters, and water flows downhill.",
    ]

    @Test func aHeadlineWrittenAsASentenceAndItsStandfirstStayAboveTheByline() async throws {
        let raw = """
        Voices > Thought Leaders

        The new islands will not drown. The rest of us might.

        The reclaimed land is being built higher than the neighborhoods behind it. Guess where the water goes.

        Jose Miguel Bautista
        Mar 22, 2024 10:00 AM

        \(paragraphs.joined(separator: "\n\n"))
        """
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
        #expect(doc.frontMatter.contains("The new islands will not drown. The rest of us might."))
        #expect(doc.frontMatter.contains("Jose Miguel Bautista"))
    }

    @Test func aBylineThatGoesOnIntoABioIsABylineStill() async throws {
        let raw = """
        Lumora's second tablet adds a color screen

        The Dutch startup's second tablet adds a color screen and a stylus that never needs charging. It ships in April.

        By Jess Okonkwo-Reyes, a senior reviewer covering e-readers, wearables, and the gadgets in between. She has tested more than 60 tablets since 2015.

        Mar 5, 2024, 9:00 AM EST

        \(paragraphs.joined(separator: "\n\n"))
        """
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func theWritersBioThePollAndTheCommentBoxAreNoArticle() async throws {
        let raw = """
        The bay's new islands

        \(paragraphs.joined(separator: "\n\n"))

        Jose Miguel Bautista is an urban planner and a former consultant to several local governments. He writes on cities, transport and climate.

        How does this make you feel?
        Happy
        Inspired
        Sad

        Add a comment
        There are no comments yet. Add your comment to start the conversation.
        """
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
        #expect(doc.backMatter.first?.hasPrefix("Jose Miguel Bautista is an urban planner") == true)
    }

    @Test func aClosingQuestionToTheReaderStaysWhenNoPollFollowsIt() async throws {
        let question = "So what would you do?"
        let doc = try await cleaned("The bay's new islands\n\n\(paragraphs.joined(separator: "\n\n"))\n\n\(question)\n")
        #expect(doc.text.hasSuffix(question))
    }

    @Test func anEditorsNoteUnderTheLastParagraphTakesNothingWithIt() async throws {
        let last = "A markup could come as early as April, but floor time before the election is scarce."
        let raw = "The bay's new islands\n\n\(paragraphs.joined(separator: "\n\n"))\n\n\(last)\n"
            + "Editor's note: This story has been updated with comment from the Electronic Privacy Information Center.\n"
        let doc = try await cleaned(raw)
        #expect(doc.text.hasSuffix(last))
    }

    @Test func readersCommentsBelowTheArticleAreNoArticle() async throws {
        let comment = "Great piece. The part about the 2010 cutoff is what nobody is explaining to the renters in my building."
        let raw = "The bay's new islands\n\n42 Comments / 42 New\n\n\(paragraphs.joined(separator: "\n\n"))\n\n"
            + "Discussion about this post\n\nMarisol Keane\nMar 5\n\n\(comment)\n\nReply\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func commentSectionMarkers() {
        for marker in ["Comments", "42 Comments", "Comments (42)", "42 Comments / 42 New", "Discussion about this post", "Join the conversation"] {
            #expect(CommentSection.isMarker(ArticleLine(text: marker, block: 0)), "\(marker)")
        }
        for line in ["Comments from the minister were not returned.", "The comments section", "42 people commented"] {
            #expect(!CommentSection.isMarker(ArticleLine(text: line, block: 0)), "\(line)")
        }
    }
}
