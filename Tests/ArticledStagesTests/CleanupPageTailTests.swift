import ArticledCore
import Testing
@testable import ArticledStages

/// What a local or wire page puts under its last paragraph: notes about the reporter, a closed
/// comment section, the page's tags and suggestions, promotions and a copyright line in
/// brackets. None of it is the article, and a line like it inside the story stays.
@Suite struct CleanupPageTailTests {
    private let paragraphs = [
        "Tolland County commissioners certified the results of the recount on Friday, confirming Delgado's win by 212 votes.",
        "The hand count moved eleven votes in all, none of them enough to change who won any of the county's three races.",
        "Delgado will be sworn in for his second four-year term on Jan. 2, the county's election director said.",
    ]

    /// The three paragraphs as cleanup should give them back.
    private var story: String { paragraphs.joined(separator: "\n\n") }

    private func tail(_ lines: [String]) async throws -> String {
        let raw = "Recount confirms Delgado win\n\n\(story)\n\n" + lines.joined(separator: "\n\n") + "\n"
        return try await cleaned(raw).text
    }

    @Test func aCopyrightLineWhoseSignWasLostClosesTheStory() async throws {
        let text = try await tail(["mwambui@ke.nationmedia.com", "Related\nDoctors strike: Court bars KMPDU from downing tools",
                                   "You're all set to enjoy unlimited Nation Premium articles for free.\nNation Media Group ? 2025"])
        #expect(!text.contains("@") && !text.contains("all set"))
        #expect(PublisherFinder.copyrightHolder("Nation Media Group ? 2025") == "Nation Media Group")
        // A question before a year is no copyright line.
        #expect(!"Will rates fall in 2025? Nobody knows.".utf8.withContiguousStorageIfAvailable { LineFeatures.hasLostCopyrightSign($0) }!)
    }

    @Test func aCreditForReportsFromOthersGoes() async throws {
        let text = try await tail(["With reports from Jeff Gray in Toronto and Reuters."])
        #expect(!text.contains("Jeff Gray"))
    }

    @Test func aCallToJoinTheOutletsTelegramChannelGoes() async throws {
        let text = try await tail(["Join ST's Telegram channel and get the latest breaking news delivered to you."])
        #expect(!text.contains("Telegram"))
    }

    @Test func theReportersBeatWithAnAddressAndABracketedCopyrightGo() async throws {
        let text = try await tail([
            "Ruth Ann Okafor covers county government. Reach her at rokafor@harlancourier.com or 740-555-0142.",
            "(c) 2024 The Harlan Valley Courier, a Valley Media Group publication. All rights reserved.",
            "About Us | Contact | Privacy Policy | Terms of Service",
        ])
        #expect(text == story)
    }

    @Test func aClosedCommentSectionDoesNotShieldTheLinesAboveIt() async throws {
        let text = try await tail([
            "Dennis Okafor covers Lakeport and Pine County for the Ledger. Reach him at dokafor@lakeportledger.com.",
            "Comments are closed for obituaries.",
        ])
        #expect(text == story)
    }

    @Test func anAdSlotsReportLinkAndAPaywallNoticeBetweenParagraphsGo() async throws {
        let raw = "Recount confirms Delgado win\n\n\(paragraphs[0])\n\nAdvertisement · Scroll to continue\nReport this ad\n\n\(paragraphs[1])\n\n"
            + "This is a Premium article available exclusively to our subscribers. You have exhausted your free article limit.\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func theAuthorsBoxAndAPromotionAboveTheReadersCommentsGo() async throws {
        let text = try await tail([
            "Follow the Courier's in-depth county news on WhatsApp here.",
            "Lungile Dlamini\nCounty affairs journalist",
            "COMMENTS  14",
            "Login or Subscribe to comment\nSarel van Wyk · 3 Oct 2024\nSo the county takes half. What exactly did we fight for?",
            "Mpho K · 3 Oct 2024\nAt least it was our own money. The council should have done a proper amnesty first, as it promised.",
        ])
        #expect(text == story)
    }

    @Test func tagsSuggestionsAndAWireServicesPrinciplesGo() async throws {
        let text = try await tail([
            "Our Standards: The Levant Wire Trust Principles.",
            "Tags: Zanzibar, House of Representatives, Speaker, CMV, ZPF",
            "You may also like:\n* Pemba farmers count losses as clove prices fall\n* Stone Town hotel occupancy hits record",
        ])
        #expect(text == story)
    }

    @Test func promotionsAndFundingNotesGo() async throws {
        for line in [
            "Local Democracy Reporting is public interest journalism funded through NZ On Air.",
            "Don't miss a story. Get Cape Breton news delivered to your inbox every morning with the Tidings Daily. Sign up free »",
            "Enjoying The Harbourside Review? Become a member for £4 a month and get every story first. Join today",
            "Get the Gazette delivered - 3 months for £5. Subscribe now >",
            "— With reporting by Kevin Osei in Cincinnati.",
            "Ledger subscribers get unlimited access to local news and puzzles. Not a subscriber? Start your trial for 99 cents.",
            "**Support local journalism.** The Tribune's coverage is made possible by subscribers like you. [Get 3 months for $3 →](/subscribe)",
            "> **Download the Green Country Now weather app** for severe weather alerts. Available on iOS and Android.",
            "For the latest updates, follow the North Queensland Bulletin live blog and tune in to Bulletin Radio.",
            "Comments (14) — Comments are moderated and generally will be posted if they are on-topic.",
            "*Additional reporting by Sarah Kim in San Francisco.*",
            "Tribune reporter Karen O'Donnell contributed from City Hall.",
            "*Tomás Alvarez covers education. Priya Raman is a Sentinel staff photographer and reporter.*",
            "If you need help, call the NSW Gambling Help line on 1800 858 858.",
            "Subscribe to Business Daily for full access to premium stories — Sh5 for the first 30 days.",
            "Moneyweb is an independent publication. This article is not investment advice.",
            "Follow Moneyweb on WhatsApp and get the latest news first.",
            "Advertise with NZME.",
        ] {
            #expect(try await tail([line]) == story, "\(line)")
        }
    }

    @Test func suchWordsInsideTheStoryStay() async throws {
        let inside = [
            "Ukraine has asked to become a member of the alliance, and officials said talks would continue next year.",
            "Customers who subscribe now will keep the current price until June, the company said.",
            "Comments are closed to the public until the board has reviewed every submission, the clerk said on Monday.",
            "Tags on the cattle showed they had been sold twice before they reached the saleyards in Mackay.",
            "Comments are closed until March 3, and the council will publish every submission it received.",
            "Residents who contributed from their savings were repaid in full by Friday, the council said.",
        ]
        let raw = "Board delays vote\n\n" + inside.joined(separator: "\n\n") + "\n"
        #expect(try await cleaned(raw).text == inside.joined(separator: "\n\n"))
    }

    @Test func aCopyrightInBracketsIsNoSentenceGoingOnFromTheTagsAboveIt() async throws {
        let raw = "Recount confirms Delgado win\n\n\(story)\n\nTopics: Ukraine war, Air defence, NATO\n\n"
            + "(c) 2025 Kyiv Ledger. All rights reserved. | About us | Contacts\n"
        var doc = try await cleaned(raw)
        #expect(doc.text == story)
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "Kyiv Ledger")
    }

    @Test func aWireCreditOverTopicsAndTheReportersBoxGoes() async throws {
        let raw = "Recount confirms Delgado win\n\n\(story)\n"
            + "Reporting by Aishwarya Venugopal in Bengaluru; Editing by Maju Samuel\nSuggested Topics:\nRetail & Consumer\n"
            + "Aishwarya Venugopal\nThomson Reuters\nAishwarya reports on the U.S. consumer and retail sectors.\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func aNewslettersPitchWithQuotationMarksAfterTheStoryGoes() async throws {
        #expect(try await tail(["Add some \u{201C}good\u{201D} to your morning and evening.",
                                "A variety of newsletters you'll love, delivered straight to you.", "Sign up now"]) == story)
    }

    @Test func aWireCreditOverTheReportersBeatWrittenWithWhereSheWorksGoes() async throws {
        let raw = "Recount confirms Delgado win\n\n\(story)\n"
            + "Reporting by Tan Wei Ming in Singapore and Katrin Berglund in London; Additional reporting by Stanley Widianto in Jakarta; "
            + "Editing by Rashmi Aich and Kim Coghill\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\nSuggested Topics:\n"
            + "Commodities\nEnvironment\nSingapore\nPurchase Licensing Rights\nTan Wei Ming\nThomson Reuters\n"
            + "Wei Ming covers shipping and commodities in Southeast Asia from Singapore.\nRead Next\nCommodities\n"
            + "Oil prices edge up as traders weigh OPEC+ supply plans\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func fundingNotesAssistanceAndOutletLinksGo() async throws {
        #expect(try await tail(["--With assistance from Brian Platt and Maya Averbuch."]) == story)
        #expect(try await tail(["This report by The Canadian Press was first published March 9, 2025."]) == story)
        #expect(try await tail(["LDR is local body journalism co-funded by RNZ and NZ On Air."]) == story)
        #expect(try await tail(["Ruth Cho's reporting is funded by the Local Journalism Initiative, which is funded by the Government of Canada."]) == story)
        #expect(try await tail(["Most Read from Bloomberg", "Gold Climbs to Record as Traders Pile Into Haven Assets",
                                "Why London’s Luxury Home Market Is Cracking"]) == story)
        #expect(try await tail(["Read more in Daily Maverick: TB deaths fall, but the gains are fragile"]) == story)
        #expect(try await tail(["Please read our Comment Policy before commenting."]) == story)
    }

    @Test func aDevelopingStorysNoteTheSitesCallAndThePublishersCreditGo() async throws {
        #expect(try await tail(["More to come."]) == story)
        #expect(try await tail(["This is a developing story."]) == story)
        #expect(try await tail(["Get all the latest Victoria news on ABC News."]) == story)
        #expect(try await tail(["mokoenat@businesslive.co.za", "Would you like to comment on this article?",
                                "Published by Arena Holdings and distributed with the Financial Mail on the Latest Magazines rack on Zinio.",
                                "? 2025 Arena Holdings. All rights reserved."]) == story)
        #expect(try await tail(["Reminder, this is a Premium article and requires a subscription to read."]) == story)
        #expect(try await tail(["Everybody has an opinion but not everyone has the knowledge and the experience to contribute "
                                + "meaningfully to a discussion. That's what we want from our members."]) == story)
        // Prose that opens so stays.
        let more = "More to come from the county board, which meets again in March to settle the budget."
        #expect(try await tail([more]) == story + "\n\n" + more)
    }

    @Test func aSignOffAfterTheLastSentenceGoesNotItsParagraph() async throws {
        let last = "\"A vaccine is not a magic wand. Even if this works, we will still need testing,\" she said."
        let text = try await cleaned("Recount confirms Delgado win\n\n\(story)\n\n\(last) DM/MC\n").text
        #expect(text == story + "\n\n" + last)
        // A clock's time zone is no sign-off.
        let clock = "Residents spent hours on high ground before the advisory was cancelled shortly after 3 a.m. PT"
        #expect(SignOff.trimmed(Array(clock.utf8)[...]).count == clock.utf8.count)
    }

    @Test func aWireServicesAboutLineCommunityRulesAndAppealsGo() async throws {
        #expect(try await tail(["The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source."]) == story)
        #expect(try await tail(["We reserve the right to remove any content at any time from this Community, including without limitation if it violates the Community Standards."]) == story)
        #expect(try await tail(["There is a good reason why people choose to support the Guardian. We have no billionaire owner and no shareholders to please."]) == story)
    }

    @Test func thePagesTopicsAndOtherStoriesUnderTheStoryGo() async throws {
        let body = (1...6).map { "Paragraph \($0) of the story says what the committee decided on Tuesday and why it matters." }
        let raw = "Committee backs deal\n\n" + body.joined(separator: "\n\n")
            + "\n\nSuggested Topics:\n\nEurope\n\nDaniel Okonkwo-Reyes\n\nThomson Reuters\n\n"
            + "Covers U.S. defense and national security policy, including weapons procurement, from Washington.\n\n"
            + "More in this section\nIsrael says it has received remains of two more hostages from Gaza\n"
        let text = try await cleaned(raw).text
        #expect(text == body.joined(separator: "\n\n"))
    }

    @Test func aSubscriptionPitchAboveTheTagsHeadingGoesWithTheTags() async throws {
        let text = try await tail([
            "...more",
            "Subscribe to The Economic Times Prime and read the ET ePaper online.",
            "Read More News on",
            "UPI", "NPCI", "PhonePe", "Google Pay",
            "(What's moving Sensex and Nifty Track latest market news, stock tips and expert advice, on ETMarkets. Also, ETMarkets.com is now on Telegram.)",
            "Prime Exclusives Investment Ideas Stock Report Plus ePaper Wealth Edition",
        ])
        #expect(text == story)
    }

    @Test func aSentencesLastWordLeftOnALineOfItsOwnAboveAPromotionStays() async throws {
        let raw = "Recount confirms Delgado win\n\n\(story)\n\nSeveral of its former staff have gone on to set up companies, including "
            + "the invoicing start-up Tallybird and the billing software firm\nPaywise.\n\nSign up for Business push alerts on your phone\n"
        let text = try await cleaned(raw).text
        #expect(text.hasSuffix("the billing software firm Paywise."))
    }

    @Test func aWiresAuthorCardUnderTheStoryGoes() async throws {
        let text = try await tail([
            "Rory Carmichael", "Thomson Reuters",
            "Covers sports governance and motor racing from Montreal. Previously reported on ice hockey and the NHL from Toronto.",
        ])
        #expect(text == story)
    }

    @Test func theStorysLastLinesInTheBlockOfAReaderPromptStay() async throws {
        let last = ["His mother, Rose Akinyi, who sells vegetables at Toi Market, said she had once thought gaming was a waste of time.",
                    "\"Now I see he was working,\" she said."]
        let raw = "Recount confirms Delgado win\n\n\(story)\n\n" + last.joined(separator: "\n")
            + "\nHave a story? Email us at news@nairobiobserver.co.ke\nALSO ON NAIROBI OBSERVER\nKipchoge set for Tokyo Marathon return\n"
        #expect(try await cleaned(raw).text == ([story] + last).joined(separator: "\n\n"))
    }

    @Test func aBoxOfSupportLinesGoesButNewsOfAHelplineStays() async throws {
        #expect(try await tail(["If you are affected by any of the issues raised in this article, you can contact Samaritans free at 116 123 or text HELLO to 50808."]) == story)
        #expect(try await tail(["If you or someone you know is struggling, here's where to get help:\nKids Help Phone: 1-800-668-6868 or text 686868.\n"
                                + "Suicide Crisis Helpline: Call or text 988."]) == story)
        #expect(try await tail(["Help is available.\nIf you or anyone you know needs help:\nLifeline on 13 11 14\nKids Helpline on 1800 55 1800\nBeyond Blue on 1300 22 4636"]) == story)
        #expect(try await tail(["Stuff is committed to fair and accurate reporting. If you have a complaint, contact us or the NZ Media Council."]) == story)
        #expect(try await tail(["Helplines\nTele-MANAS: 14416 or 1-800-891-4416 (toll-free, 24x7)\nArogya Sahayavani: 104",
                                "(Those in distress or having suicidal tendencies can seek help and counselling by calling these helplines.)"]) == story)
        let news = "A control room has been opened at the Kozhikode Collectorate, and a helpline (0495-2383100) is functioning round the clock."
        #expect(try await tail([news]) == story + "\n\n" + news)
        let cost = "The support package will cost 300 million."
        #expect(try await tail([cost]) == story + "\n\n" + cost)
    }

    @Test func anAcknowledgementOfTheLandsFirstPeoplesGoesWithTheStampAboveIt() async throws {
        #expect(try await tail(["Posted 6 Mar 2025 6 Mar 2025Thu 6 Mar 2025 at 4:12pm, updated 6 Mar 2025 6 Mar 2025Thu 6 Mar 2025 at 6:40pm",
                                "ABC acknowledges the First Peoples of the lands we live and work on."]) == story)
    }

    @Test func aWiresNoteOfTheExchangeRateClosesTheStory() async throws {
        #expect(try await tail(["($1 = 1,560.0000 naira)", "Reporting by Aminu Abubakar in Katsina; Editing by Hugh Lawson",
                                "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "Suggested Topics:\nAfrica\nReligion",
                                "Read Next\nAfrica\nSudan's army says it retook key town from RSF paramilitaries\nJune 6, 2025",
                                "Reuters\n© 2025 Reuters. All rights reserved"]) == story)
        #expect(try await tail(["(1 euro = $1.0850)"]) == story)
        #expect(ClosingSection.isDisclaimer(ArticleLine(text: "($1 = 1,560.0000 naira)", block: 0)))
        #expect(!ClosingSection.isDisclaimer(ArticleLine(text: "(The rate is 1 = 1, officials said.)", block: 0)))
    }

    @Test func aLastParagraphMentioningEmailAndWhatsAppStays() async throws {
        let last = "PaySetu said it was notifying affected customers by SMS and email and urged them not to share OTPs "
            + "or make payments to anyone claiming to represent the company over WhatsApp."
        #expect(try await tail([last, "\u{A9} The Indian Express Pvt Ltd"]) == story + "\n\n" + last)
        let unanswered = "Lionrock Growth Partners did not respond to queries sent by email."
        #expect(try await tail([unanswered]) == story + "\n\n" + unanswered)
    }

    @Test func aCopyrightLineWithItsSignLostClosesTheRelatedLinksAboveIt() async throws {
        let text = try await tail([
            "Have a story? Email us at news@nairobiobserver.co.ke\nALSO ON NAIROBI OBSERVER\nHarambee Stars coach names provisional squad for Gabon clash\n"
                + "Kipchoge set for Tokyo Marathon return\nAbout Us | Contact | Advertise | Careers | Privacy Policy | Terms & Conditions",
            "? 2025 Nairobi Observer. All rights reserved.",
        ])
        #expect(text == story)
    }

    @Test func anAuthorCardAskingToConnectGoes() async throws {
        #expect(try await tail(["Mei Lin Zhou covers technology and digital culture. Connect via email."]) == story)
    }

    @Test func aPostedAndUpdatedStampUnderTheStoryGoesWithTheBriefingPromo() async throws {
        let text = try await tail([
            "Get our afternoon news briefing\nOur wrap of the day's top stories and what's ahead, delivered to your inbox on weekdays.\n"
                + "Your information is being handled in accordance with the ABC Privacy Collection Statement.\n"
                + "Posted 19 Jun 2025 19 Jun 2025 Thu 19 Jun 2025 at 3:45pm, updated 19 Jun 2025 19 Jun 2025 Thu 19 Jun 2025 at 6:10pm\n"
                + "Share options\nCopy link\nFacebook",
        ])
        #expect(text == story)
        // A sentence that starts so is the story's.
        let posted = "Posted on Monday at 9:30pm, the video drew 2 million views in a day."
        #expect(try await tail([posted]) == story + "\n\n" + posted)
    }

    @Test func aSyndicationNoteGoes() async throws {
        #expect(try await tail(["Published by Arena Holdings and distributed with permission of BusinessLIVE."]) == story)
    }

    @Test func aReportersYearsOfExperienceGo() async throws {
        let card = "The PUNCH Senior Correspondent, Oluwaseun, has over nine years of experience covering business and finance."
        #expect(try await tail([card]) == story)
        // A source's experience is the story's.
        let source = "Okafor, a nurse, has over nine years of experience in the county's clinics."
        #expect(try await tail([source]) == story + "\n\n" + source)
    }

    @Test func aBlurbOfCallsToActionAndACommentPromptGo() async throws {
        #expect(try await tail(["Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time updates, "
                                + "breaking news, and exclusive content. Don't miss a beat\u{2014}join now!"]) == story)
        #expect(try await tail(["Have your say...\nJoin the conversation"]) == story)
    }

    @Test func aCallToLikeTheSiteOnASocialNetworkGoes() async throws {
        #expect(try await tail(["Published in Dawn, March 7th, 2025", "Like Dawn on Facebook for the latest news and analysis."]) == story)
        #expect(try await tail(["Follow The Star on X for breaking news."]) == story)
        // A sentence of the story that names a network stays.
        let sentence = "Like many traders, she now sells mostly on Facebook."
        #expect(try await tail([sentence]) == story + "\n\n" + sentence)
    }

    @Test func aWidgetsLabelPostedAloneGoes() async throws {
        // Between paragraphs, over a box of related stories.
        let raw = "Recount confirms Delgado win\n\n\(paragraphs[0])\n\nPosted \nRelated stories\nCounty recount begins in Tolland\n"
            + "Delgado leads by 212 votes after first count\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == story)
        // A sentence of the story that says what was posted stays.
        let sentence = "She posted the photographs online on Monday night."
        #expect(try await tail([sentence]) == story + "\n\n" + sentence)
    }

    @Test func aLinkListUnderALongLabelAndAReadersCallGoWithThePage() async throws {
        let text = try await tail(["More on this story\nWhy are measles cases rising in England?\nPublished 25 January\n"
                                   + "Child dies of measles in Liverpool\nPublished 14 July 2025",
                                   "Has your family been affected by measles? Contact us."])
        #expect(text == story)
        // A question in the story, followed by its answer, stays.
        let answered = try await tail(["Are you sure it is over? Ask us again next year, she said, and we will know."])
        #expect(answered.contains("Are you sure it is over?"))
    }
}
