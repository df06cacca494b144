import Testing
@testable import ArticledStages

/// Sentences a page glued together, without the space after the full stop.
@Suite struct CleanupGluedSentenceTests {
    @Test func aSpaceGoesBackAfterTheFullStop() {
        #expect(GluedSentenceRepair.repair("damage put at Rs85 billion.The minister said more.")
            == "damage put at Rs85 billion. The minister said more.")
        #expect(GluedSentenceRepair.repair("in circulating tumour DNA or ctDNA.In patients whose cancer came back")
            == "in circulating tumour DNA or ctDNA. In patients whose cancer came back")
        #expect(GluedSentenceRepair.repair("Why now?They asked. It was over!I left.") == "Why now? They asked. It was over! I left.")
        // A capital with its accent opens the next sentence too; a sign between two figures is no sentence.
        #expect(GluedSentenceRepair.repair("from the edge of the area.Sánchez did not move.") == "from the edge of the area. Sánchez did not move.")
        #expect(GluedSentenceRepair.repair("He left.Émile stayed.") == "He left. Émile stayed.")
        #expect(GluedSentenceRepair.repair("It measured 3×4 metres.") == "It measured 3×4 metres.")
    }

    @Test func aQuotationMarkGoesWithTheSentenceItBelongsTo() {
        // The mark after the stop opens the next quotation, or closes the one still open.
        #expect(GluedSentenceRepair.repair("\"It is over,\" she said.\"They are about framing.\"")
            == "\"It is over,\" she said. \"They are about framing.\"")
        #expect(GluedSentenceRepair.repair("\"We will win.\"The crowd cheered.") == "\"We will win.\" The crowd cheered.")
        #expect(GluedSentenceRepair.repair("she said.“They left.”The end.") == "she said. “They left.” The end.")
        // A quotation mark lost as "?" the same way.
        #expect(GluedSentenceRepair.repair("places of detention.?Deaths in custody are not inevitable,? said Liam Herrick.")
            == "places of detention. ?Deaths in custody are not inevitable,? said Liam Herrick.")
    }

    @Test func aQuotationOpeningOnIAndItsApostropheGetsItsSpace() {
        #expect(GluedSentenceRepair.repair("every morning.\"I've had to leave earlier,\" she said.")
            == "every morning. \"I've had to leave earlier,\" she said.")
        #expect(GluedSentenceRepair.repair("every morning.“I’m tired of it,” he said.") == "every morning. “I’m tired of it,” he said.")
    }

    @Test func aColonBeforeAQuotationAndAWordInCapitalsAfterOneGetTheirSpace() {
        #expect(GluedSentenceRepair.repair("He said:\"This is it.\" She said:“We know.”") == "He said: \"This is it.\" She said: “We know.”")
        #expect(GluedSentenceRepair.repair("after upgrading.\"HDB upgraders are active,\" she said.")
            == "after upgrading. \"HDB upgraders are active,\" she said.")
        // A time, a web address and capitals with no quotation mark stay as they are.
        for text in ["at 14:20 GMT", "see https://Example.com", "It was NASA.GOV then."] { #expect(GluedSentenceRepair.repair(text) == text) }
    }

    @Test func aSpaceGoesBackAroundAQuotationsMarks() {
        #expect(GluedSentenceRepair.repair("the pressure to pay is \"enormous,\"said Allan Liska") == "the pressure to pay is \"enormous,\" said Allan Liska")
        #expect(GluedSentenceRepair.repair("It happened again,\u{201D}Black said.") == "It happened again,\u{201D} Black said.")
        #expect(GluedSentenceRepair.repair("critics said the law gave\"too much power\" to the state") == "critics said the law gave \"too much power\" to the state")
        #expect(GluedSentenceRepair.repair("the law gave\u{201C}too much power\u{201D}") == "the law gave \u{201C}too much power\u{201D}")
        // A straight mark after a comma that opens the quotation goes with it.
        #expect(GluedSentenceRepair.repair("Gusau said,\"We are happy for Victor.\"") == "Gusau said, \"We are happy for Victor.\"")
        // A closing mark glued to the next word inside a word is left: 'the "bad"guy'.
        #expect(GluedSentenceRepair.repair("the \"bad\"guy left") == "the \"bad\"guy left")
    }

    @Test func aSpaceGoesBackAfterACommaBetweenWords() {
        #expect(GluedSentenceRepair.repair("at the office in Bandra,Rao also spoke") == "at the office in Bandra, Rao also spoke")
        #expect(GluedSentenceRepair.repair("conditions would ease overnight,but warned of gusts") == "conditions would ease overnight, but warned of gusts")
        // Numbers, initials and addresses keep their commas.
        for text in ["It cost 1,200 shillings.", "Pages 4,5 and 6.", "See example.com/a,b for more.", "He wrote A,B and C."] {
            #expect(GluedSentenceRepair.repair(text) == text, "\(text)")
        }
    }

    @Test func addressesAbbreviationsAndNumbersStayWhole() {
        for text in ["Book at Booking.com or Gov.UK today.", "Write to j.smith@Example.org now.", "See www.Example.com for more.",
                     "Visit news.Example.com today.", "He moved to the U.S.The rest followed.", "It grew 3.5 percent.",
                     "The No.1 seed. An e.g.This case.", "It was NASA.GOV then."] {
            #expect(GluedSentenceRepair.repair(text) == text, "\(text)")
        }
    }

    @Test func theCleanedTextHasTwoSentences() async throws {
        let doc = try await cleaned("Flood damage tops estimates\n\nThe minister said damage put it at Rs85 billion.The minister said a detailed assessment would follow within a fortnight.\n")
        #expect(doc.text.contains("Rs85 billion. The minister said a detailed assessment"))
    }

    @Test func aNumberEndingTheSentenceGetsItsSpaceToo() {
        #expect(GluedSentenceRepair.repair("against a reference of Rs8.72.Officials said") == "against a reference of Rs8.72. Officials said")
        #expect(GluedSentenceRepair.repair("lost 3-6, 2-6.Dhamne trains in Italy") == "lost 3-6, 2-6. Dhamne trains in Italy")
        // Not a section's letter nor a web address: "Article 2.A of", "Booking.com".
        #expect(GluedSentenceRepair.repair("under Article 2.A of the code at Booking.com") == "under Article 2.A of the code at Booking.com")
    }

    @Test func aSentenceOpeningWithAnAcronymAfterASmallWordGetsItsSpace() {
        #expect(GluedSentenceRepair.repair("The staff backed the protesting students.ASA president Ali Khan said so.")
            == "The staff backed the protesting students. ASA president Ali Khan said so.")
        // Not inside an address, nor after a word that is itself an abbreviation's.
        #expect(GluedSentenceRepair.repair("Write to info@example.ORG today.") == "Write to info@example.ORG today.")
        #expect(GluedSentenceRepair.repair("Donations can be made at redcross.ORG until Friday.") == "Donations can be made at redcross.ORG until Friday.")
        #expect(GluedSentenceRepair.repair("The deal came after long talks.US officials said so.") == "The deal came after long talks. US officials said so.")
        #expect(GluedSentenceRepair.repair("It rose in the U.S.FDA data show.") == "It rose in the U.S.FDA data show.")
    }
}
