import ArticledCore
import Testing
@testable import ArticledStages

/// Links to other stories and the reporter's contact details are page furniture, wherever the
/// link sits and however its headline is punctuated.
@Suite struct CleanupLinkAndContactTests {
    private let body1 = "The council voted on Tuesday night to approve the new garage, officials said."
    private let body2 = "Opponents argued the project would burden taxpayers for many decades to come."

    @Test func aLabelledLinkBetweenParagraphsIsDroppedWhateverItsPunctuation() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\nRead more: What happens to parks, museums and trains\n\n\(body2)\n\nRELATED: Why are so many shops closing?\n\n\(body1)\n"
        let doc = try await cleaned(raw)
        #expect(!doc.text.contains("Read more") && !doc.text.contains("RELATED"))
        #expect(doc.text.contains(body2))
    }

    @Test func aListOfLinksUnderALabelBetweenParagraphsIsDroppedWithItsLabel() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\nRELATED\n\nTrudeau announces pause on carbon tax\n\nWhat's in the carbon rebate, and who gets it?\n\n\(body2)\n\nThe vote was 5-2.\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == "\(body1)\n\n\(body2)\n\nThe vote was 5-2.")
    }

    @Test func anAffiliateNoticeAndWhatFollowsItAtTheEndAreDropped() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\n\(body2)\n\nWhen you purchase through links on our site, we may earn an affiliate commission. Here's how it works.\n\nSam Roe covers city hall for the Ledger.\n"
        let doc = try await cleaned(raw)
        #expect(doc.text.hasSuffix(body2))
    }

    @Test func headlinesUnderALabelInOneBlockStayApartAndGo() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\n\(body2)\n\nRelated Stories\nMicrosoft's AI spending surges as cloud growth slows and costs rise\nAMD bets on its newest chip to challenge Nvidia's dominance in data centres\nWhy the Fed's rate cut matters for tech stocks and what comes next\n\nMost Read\n1. Trump immunity ruling: what to expect Friday\n2. Heat wave grips the Northeast as temperatures soar\n"
        let doc = try await cleaned(raw)
        #expect(doc.text.hasSuffix(body2))
    }

    @Test func aWireCreditAboveALongFooterAndAMarketDataNoticeGo() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\n\(body2)\n\nReporting by Jane Roe; editing by Tom Becker.\n\nMarket data provided by ICE Data Services. Quotes delayed at least 15 minutes.\n\nAlso Read:\n\nDangote refinery cuts petrol price for the third time in a month as competition heats up\n\nMTN Nigeria posts first annual loss in 23 years on currency devaluation and costs\n\nTopics: Nigeria, naira\n\nShare\n\nFacebook\n\nX\n\nEmail\n"
        let doc = try await cleaned(raw)
        #expect(doc.text.hasSuffix(body2))
    }

    @Test func anEventPromotionBetweenParagraphsIsDropped() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\nJoin 10,000+ tech and VC leaders at TechCrunch Disrupt 2025. Register now.\n\n\(body2)\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == "\(body1)\n\n\(body2)")
    }

    @Test func aListOfLinksAnnouncedAtTheEndIsDropped() async throws {
        let raw = "# Council approves the garage\n\n\(body1)\n\n\(body2)\n\n**Read more:**\n\n* [Dunelm sales rise despite consumer gloom](/a)\n* [Why are so many high-street shops closing?](/b)\n"
        let doc = try await cleaned(raw, format: .markdown)
        #expect(doc.text.hasSuffix(body2))
    }

    @Test func theReportersContactNoteAndAFollowPromptCloseTheArticle() async throws {
        let raw = "Council approves the garage\n\nBy Rachel Nguyen\n\n\(body1)\n\n\(body2)\n\nRachel Nguyen covers Salem city government. Reach her at rnguyen@example.com or 503-555-0142.\n\nFollow @SalemNews on X for more updates.\n"
        let doc = try await cleaned(raw)
        #expect(doc.text.hasSuffix(body2))
    }

    @Test func aPoliceAppealWithANumberIsTheStorysOwn() async throws {
        let appeal = "Anyone with information is asked to call detectives at 503-555-0142."
        let doc = try await cleaned("Council approves the garage\n\n\(body1)\n\n\(body2)\n\n\(appeal)\n")
        #expect(doc.text.hasSuffix(appeal))
    }

    @Test func aLabelThatOpensASentenceIsNoLink() {
        let line = ArticleLine(text: "More than 200 people attended the meeting: most opposed it.", block: 0)
        #expect(!LinkLine.matches(line))
        #expect(LinkLine.matches(ArticleLine(text: "See also: Five things to know about the budget", block: 0)))
    }

    @Test func noticesAboutMoneyThePageMakesGoAndASponsorIsNoStandfirst() async throws {
        let raw = "# AI agents go to work\n\n> **Sponsored by Vectorly** — Ship RAG apps 10x faster. [Start your free trial](https://x.com)\n\n\(body1)\n\nThis article contains affiliate links. We may earn a commission.\n\n\(body2)\n\nTo support the paper, order your copy at paperbookshop.com. Delivery charges may apply.\n"
        var doc = try await cleaned(raw, format: .markdown)
        #expect(doc.text == body1 + "\n\n" + body2)
        try await ExtractStage().process(&doc)
        #expect(doc.title == "AI agents go to work" && doc.subtitle == nil)
        #expect(!SalesNotice.matches(ArticleLine(text: "The festival was presented by the city council, officials said.", block: 0)))
    }

    @Test(arguments: [
        "Support the Courier's local reporting. Subscribe today for just $1 a week. Cancel anytime.",
        "The Ledger Brief - The stories behind the metals, in your inbox every Tuesday. Sign up now",
        "📩 Like what you're hearing? Get the TechFront Daily newsletter. Subscribe for free →",
        "Privacy notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
        "Associated Press writer Dana Whitlock in Raleigh contributed to this report.",
        "The Associated Press' climate coverage receives financial support from private foundations. AP is solely responsible for all content.",
        "Purchase Licensing Rights",
    ])
    func promotionsCreditsAndFundingNotesGo(_ line: String) async throws {
        let doc = try await cleaned("Council approves the garage\n\n\(body1)\n\n\(line)\n\n\(body2)\n")
        #expect(doc.text == body1 + "\n\n" + body2)
    }

    @Test func theOutletsOtherStoriesAndItsStandardsGo() async throws {
        let raw = "Council approves the garage\n\n\(body1)\n\n\(body2)\n\nOur Standards: The CPA Trust Principles.\n\nMore from Culture\n\n- Fringe review roundup: the week's best shows\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == body1 + "\n\n" + body2)
    }
}

