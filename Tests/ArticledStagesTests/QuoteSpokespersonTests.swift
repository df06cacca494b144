import ArticledCore
import Testing
@testable import ArticledStages

/// "The spokesperson said": who speaks for a body is the one the text introduced so, or the
/// body, never the person named last.
@Suite struct QuoteSpokespersonTests {
    @Test func theSpokespersonIsTheBodyIntroducedForIt() {
        let q = quotes("""
        Councillor Ellie Marsh voted against the plan on Tuesday.

        A spokesperson for Kingsway Developments said the company was pleased. "We have listened carefully to the community throughout," the spokesperson added.
        """)
        #expect(q.map(\.speaker) == ["Kingsway Developments"])
    }

    @Test func aSpokespersonForABodySpeaksForIt() {
        let q = quotes("""
        Union leader Fabienne Arnaud called the strike on Monday.

        A spokesperson for Eurostar said: "Passengers can exchange their tickets free of charge."
        """)
        #expect(q.map(\.speaker) == ["Eurostar"])
    }

    @Test(arguments: ["\"We are investing accordingly,\" a Dunnes Stores spokeswoman said.",
                      "\"We are investing accordingly,\" said a Dunnes Stores spokeswoman.",
                      "\"We are investing accordingly,\" said the Dunnes Stores spokeswoman, adding that more stores would open."])
    func aSpokespersonAfterTheQuotationSpeaksForTheBodyNamedBeforeTheNoun(paragraph: String) {
        let q = quotes("Councillor Ellie Marsh opened the stores in Dublin and Cork on Monday.\n\n\(paragraph)")
        #expect(q.map(\.speaker) == ["Dunnes Stores"])
    }

    @Test func aSpokespersonNamedAfterTheNounIsThatPersonAndATextEndingOnTheBodyIsRead() {
        let q = quotes("Eurostar cancelled 20 trains.\n\n\u{201C}We apologise to passengers,\u{201D} the Eurostar spokesman, John Smith, said.")
        #expect(q.map(\.speaker) == ["John Smith"])
        // A text that ends on the body's name, with no noun after it.
        for text in ["Dunnes Stores opened a shop. \u{201C}We are investing,\u{201D} said a Dunnes Stores",
                     "Dunnes Stores opened a shop. \u{201C}We are investing,\u{201D} a Dunnes Stores"] {
            #expect(quotes(text).allSatisfy { $0.speaker == nil }, "\(text)")
        }
    }

    @Test func aCommaAmongTheTextsFirstWordsBeforeTheVerbIsRead() {
        let q = quotes("Residents objected, saying the plan was \u{201C}unsafe and badly drawn up\u{201D}.")
        #expect(q.count == 1)
    }

    @Test func unnamedOfficialsSetOffByCommasAreStillUnnamed() {
        let q = quotes("After talks with Xi Jinping, US officials, however, said the deal was \u{201C}not dead yet by any means\u{201D}.")
        #expect(q.count == 1 && q.first?.speaker == nil)
    }

    @Test func aSpokeswomanNamedInAppositionIsThatPerson() {
        let q = quotes("""
        Mayor Tom Reyes opened the bridge. Jane Holloway, a spokeswoman for the city council, said it had cost less than planned.

        "We finished ahead of schedule and under budget," the spokeswoman said.
        """)
        #expect(q.map(\.speaker) == ["Jane Holloway"])
    }

    @Test func aSpokespersonOpeningASentenceWithTheirNameIsThatPerson() {
        let q = quotes("""
        Spokesperson Geoff Greenwood said crews were working through the night.

        "We expect most customers to be restored by Thursday," the spokesperson said.
        """)
        #expect(q.map(\.speaker) == ["Geoff Greenwood"])
    }

    @Test func aBodyNamedRightAfterTheQuotationSpeaks() {
        let q = quotes("""
        The recall was widened on Friday to cover stores in 12 states, officials said.

        "Consumers should not eat the salad," the FDA said in a statement. "Do not eat it," Walmart said.
        """)
        #expect(q.map(\.speaker) == ["FDA", "Walmart"])
    }

    @Test func theBodyOfASpeakerNamedNextIsNotTheSpeaker() {
        let q = quotes("\"The prime minister is campaigning abroad while Manipur burns,\" said Congress leader Jairam Ramesh.")
        #expect(q.map(\.speaker) == ["Jairam Ramesh"])
    }

    @Test func whoIssuedAStatementSpeaksIt() {
        let q = quotes("""
        The ship struck the reef late on Monday, officials said, and tugs were sent to help the crew.

        "The vessel was carrying 2,000 containers when it struck the reef," according to a statement from the Port Authority.

        According to a statement from the National Health Service, the strike would "cause huge disruption to patients".
        """)
        #expect(q.map(\.speaker) == ["Port Authority", "National Health Service"])
    }

    @Test func anUnintroducedSpokespersonIsNobodyNamed() {
        let q = quotes("""
        Mayor Tom Reyes opened the bridge on Monday.

        "The bridge was finished ahead of schedule," the spokesman said.
        """)
        #expect(q.count == 1)
        #expect(q.first?.speaker == nil)
    }

    @Test func unnamedOfficialsAndASpokespersonForANamedMinisterNameNoSpeaker() {
        let q = quotes("""
        Javier Milei skipped the summit. Argentine officials said the president had "scheduling commitments" in Buenos Aires.

        A spokesperson for International Trade Minister Maninder Sidhu said Ottawa remained "committed to deepening trade ties".

        Howard Lutnick met the delegation last week, but officials in Brussels described the talks as "frank and unproductive".
        """)
        #expect(q.map(\.text) == ["scheduling commitments", "committed to deepening trade ties", "frank and unproductive"])
        #expect(q.allSatisfy { $0.speaker == nil })
    }

    @Test func theBodyRightBeforeTheVerbSaidWhatItSaysOfAPerson() {
        let q = quotes("Sipho Mahlangu died on Monday. The ANC said in a statement that Mahlangu was \"a son of the soil who never forgot where he came from\".")
        #expect(q.map(\.speaker) == ["ANC"])
    }

    /// A spokesperson introduced with a name in apposition, after the body's name or the noun,
    /// is that person when "the spokesperson said" later.
    @Test(arguments: ["a spokesperson for Eurostar, Kendra Ashby,", "a Eurostar spokesperson, Kendra Ashby,"])
    func theSpokespersonNamedInAppositionSpeaksLater(intro: String) {
        let q = quotes("Meanwhile, \(intro) said trains ran normally on Thursday and that managers were talking to the unions. "
                       + "\"Concerns will be addressed through dialogue,\" the spokesperson said.")
        #expect(q.map(\.speaker) == ["Kendra Ashby"])
    }

    /// Only a name closed by a comma and a verb of speech is the spokesperson's.
    @Test(arguments: ["According to a police spokesperson, John Smith, 45, of Leeds, was arrested on Monday.",
                      "According to a spokesperson, Boris Johnson's government will review the rules."])
    func aNameTheSentenceGoesOnWithIsNoSpokesperson(sentence: String) {
        #expect(quotes("\(sentence)\n\n\"Inquiries are continuing,\" the spokesperson said.").map(\.speaker) == [nil])
    }
}
