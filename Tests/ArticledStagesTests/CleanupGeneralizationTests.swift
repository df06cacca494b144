import ArticledCore
import Testing
@testable import ArticledStages

/// Cleanup rules added for layouts beyond the seed articles: HTML lists, hard-wrapped text,
/// picture-source credits, furniture sentences at the end, short list announcements.
@Suite struct CleanupGeneralizationTests {
    /// Runs cleanup on `raw`.
    private func clean(_ raw: String, format: InputFormat = .text) async throws -> Document {
        var doc = Document(id: "x", sourceFile: "a.txt", format: format, raw: raw)
        try await CleanupStage().process(&doc)
        return doc
    }

    private let body1 = "The council voted on Tuesday night to approve the new garage, officials said."
    private let body2 = "Opponents argued the project would burden taxpayers for many decades to come."

    @Test func aSyndicationNoteAndAnEmailPromptAtTheEndAreFooter() async throws {
        let raw = "Council approves the new garage\n\n\(body1)\n\n\(body2)\n\nThis article originally appeared in The Conversation.\n\nIt is republished here under a Creative Commons license.\n\nType your email...\n\nSubscribe\n"
        let doc = try await clean(raw)
        #expect(doc.text.hasSuffix(body2))
        #expect(doc.backMatter.contains("It is republished here under a Creative Commons license."))
    }

    @Test func htmlListItemsStayInTheBody() async throws {
        let html = "<html><body><h1>Bank holds rates steady</h1><p>\(body1)</p><ul><li>Rates held at 4.5%</li><li>Two cuts pencilled in</li></ul><p>\(body2)</p></body></html>"
        let doc = try await clean(html, format: .html)
        #expect(doc.text.contains("Rates held at 4.5%"))
        #expect(doc.text.contains("Two cuts pencilled in"))
    }

    @Test func htmlClosingItemsDoNotSplitTheList() {
        let out = String(decoding: HTMLStripper.strip(Array("<ul><li>One</li><li>Two</li></ul>".utf8)), as: UTF8.self)
        #expect(!out.contains("One\n\n"))
        #expect(out.contains("- One\n- Two"))
    }

    @Test func hardWrappedParagraphIsRejoined() async throws {
        let raw = "Dry spring hits farms\n\n\(body1)\n\n\"We have never lived through anything like this,\" said\nFrancisco Jimenez, 78, a retired olive farmer.\n\n\(body2)\n"
        let doc = try await clean(raw)
        #expect(doc.text.contains("\"We have never lived through anything like this,\" said Francisco Jimenez, 78, a retired olive farmer."))
    }

    @Test func aHeadlineOverItsStandfirstIsNoWrappedParagraph() async throws {
        let headline = "Hundreds evacuated as the river bursts its banks in the town after record rainfall"
        let standfirst = "The agency issues two severe flood warnings as a month's rain falls in 36 hours and more is forecast"
        let doc = try await clean("\(headline)\n\(standfirst)\n\n\(body1)\n\n\(body2)\n")
        let lines = doc.frontMatter + doc.text.split(separator: "\n").map(String.init)
        #expect(lines.contains(headline))
        #expect(lines.contains(standfirst))
    }

    @Test func anOfferAboveTheHeadlineAndACreditLineOfItsOwnAreNoStory() async throws {
        let raw = """
            Skip to main content
            Home | News | Health | Business | Sports | Opinion
            Subscribe now: $1 for 6 months. Cancel anytime.

            HEALTH

            FDA approves Stamford company's once-weekly pill for severe eczema

            Rebecca Lindqvist and Marcus O'Hare
            Published 6:42 a.m. ET March 4, 2025

            Corvane chief executive Dr. Alan Petrossian at the company's Stamford laboratory in 2023.
            Jessica Hurd/Hartford Sentinel

            \(body1)

            \(body2)
            """
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
        #expect(doc.frontMatter.contains("FDA approves Stamford company's once-weekly pill for severe eczema"))
        #expect(!LineFeatures("AC/DC").credit && LineFeatures("Jessica Hurd/Hartford Sentinel").credit)
    }

    @Test func captionsClosedByABarredSubmittedOrGluedCreditAreCredits() {
        #expect(LineFeatures("Erdoğan and the Emir at the Amiri Diwan in Doha on October 21, 2025. PHOTO | AFP").credit)
        #expect(LineFeatures("Chief executive Wanjiru Kamau (centre) during the results in Nairobi. PHOTO | DENNIS ONSONGO | NMG").credit)
        #expect(LineFeatures("Smoke from the Chopaka Ridge fire rises behind vineyards south of Osoyoos. (Submitted by Kelly Arsenault)").credit)
        #expect(LineFeatures("Rescuers search for survivors in Lore Utara, Poso regency, on Wednesday.AP").credit)
        #expect(!LineFeatures("The union said the vote was a photo finish | and it would fight on, its leader told members.").credit)
        #expect(!LineFeatures("The minister thanked the rescuers who worked through the night in the town of St.Albans").credit)
    }

    @Test func captionsClosedByAStaffOrFilePhotoNoteAreCredits() {
        #expect(LineFeatures("Kayla Thibodeaux (3) drives past Aaliyah Grant during the fourth quarter at Ridgeview Arena. Staff photo by Lenny Akers").credit)
        #expect(LineFeatures("A sheriff's cruiser parked outside the department's Route 9 substation. Courier file photo.").credit)
        #expect(!LineFeatures("The council kept the file photo of the mayor in its archive, officials said.").credit)
        // A short tail after a full stop is read without reaching past its end.
        #expect(!LineFeatures("It rained. Photo by").credit && LineFeatures("Crowds at the rally. (Photo by Ann Lee)").credit)
    }

    @Test func aListOfTheStorysOwnSentencesUnderOtherArrestsStays() async throws {
        let items = ["- Aug. 12: Brianna Soto, 22, of Cedar Falls, charged with retail theft at the Main Street store.",
                     "- Aug. 15: Gerald Pike, 54, of Hollis, charged with driving while intoxicated, second offense, on Route 9."]
        let doc = try await clean("# Police Blotter\n\n\(body1)\n\n\(body2)\n\n### Other arrests\n\n" + items.joined(separator: "\n") + "\n", format: .markdown)
        #expect(doc.text.contains("Gerald Pike, 54, of Hollis"))
        let links = try await clean("# Police Blotter\n\n\(body1)\n\n\(body2)\n\n### Other stories\n\n- Why are so many shops closing?\n- Council approves the new garage\n", format: .markdown)
        #expect(!links.text.contains("shops closing"))
    }

    @Test func aCreditAboveACorrectionNoteClosesTheStory() async throws {
        let raw = "# Budget survives\n\n\(body1)\n\n\(body2)\n\n*With files from Marc-Antoine Leblanc in Montreal.*\n\n"
            + "*Corrections & clarifications: An earlier version of this story misstated the size of the Bloc caucus.*\n\n"
            + "© 2025 The Northern Standard. All rights reserved.\n"
        let doc = try await clean(raw, format: .markdown)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
    }

    @Test func aRowOfSectionsInCapitalsIsNotHalfOfAHeadline() async throws {
        let doc = try await clean("HOME  NEWS  IRELAND  WORLD  BUSINESS  SPORT  LIFE & STYLE  CULTURE  PODCASTS\nThe Leinster Echo\n\nFood bank runs out of stock\n\n\(body1)\n\n\(body2)\n")
        #expect(doc.frontMatter.contains("The Leinster Echo"))
    }

    @Test func aParagraphBrokenAnywhereIsStillJoined() async throws {
        let a = "The lease was not easy to win. The city-owned terminal sat empty for almost four years after the Island Transit"
        let b = "District moved its operations to a new building two piers east, and an earlier proposal for a brewpub collapsed in 2021."
        let doc = try await clean("Dry spring hits farms\n\n\(body1)\n\n\(a)\n\(b)\n\n\(body2)\n")
        #expect(doc.text.contains(a + " " + b))
    }

    @Test func promotionsRelatedLinksAndPullQuotesBetweenParagraphsAreDropped() async throws {
        let clutter = [
            "* **Related:** [Party wins local elections in Chisinau](/politics/moldova-local-elections)",
            "**📩 Deal Flow, every weekday.** The biggest mergers in one email. [Subscribe now](/newsletters/dealflow) — free for members.",
            "**Get the Record's crime news first.** Subscribe now for just $1 a week for the first 12 weeks. [Subscribe](/subscribe)",
            "Download the Harbour City Herald app and turn on notifications for the latest news as it happens.",
            "PICTURED: The singer with her former husband at the festival in 2015. (WireImage)",
            "**More reviews:** [Hamlet, Royal Shakespeare Theatre ★★★★](/reviews/hamlet-rsc) · [Tidewater, National Theatre](/reviews/tidewater)",
            "📩 **Never miss a first night.** Join 40,000 theatregoers who get the *Stage Whispers* bulletin every Monday. [Subscribe free](/subscribe)",
            "*Stage Whispers is supported by readers. If you enjoyed this review, consider [becoming a member](/membership).*",
            "> \"Our kitchen was empty five days out of seven. It seemed obvious.\"",
        ]
        let said = "\"I didn't think about it very much,\" he recalls. \"Our kitchen was empty five days out of seven. They had the food. It seemed obvious.\""
        let paragraphs = [body1, said] + clutter.flatMap { [$0, body2] }
        let doc = try await clean("# Kitchen shared\n\n" + paragraphs.joined(separator: "\n\n") + "\n", format: .markdown)
        #expect(doc.text.split(separator: "\n\n").map(String.init) == [body1, said, body2])
        let list = try await clean("# Kitchen shared\n\n\(body1)\n\n* Watch: the sunrise from the pier\n* Read: the notices at the door\n\n\(body2)\n", format: .markdown)
        #expect(list.text.contains("Watch: the sunrise from the pier"))
    }

    @Test func shortLinesOfOneBlockAreNotJoined() async throws {
        let raw = "Dry spring hits farms\n\n\(body1)\n\nRates held at four\nTwo cuts pencilled in\n\n\(body2)\n"
        let doc = try await clean(raw)
        #expect(doc.text.contains("Rates held at four\n\nTwo cuts pencilled in"))
    }

    @Test func imageSourceOpensAPictureAndIsNoCaptionOfTheLineAbove() {
        let f = LineFeatures("Image source, PA Media")
        #expect(f.credit && f.opensPicture)
        #expect(!LineFeatures("Image sources say the agency disagreed, officials added.").credit)
        let lines = ["Heatwave: amber warning issued", "Image source, PA Media", "Image caption,", "People cool off in a fountain"]
            .map { ArticleLine(text: $0, block: 0) }
        let captions = ArticleLayout.captions(lines, repeatOf: ArticleLayout.earlierCopies(lines))
        #expect(captions == [false, true, true, true])
    }

    @Test func furnitureSentencesAndAuthorNotesEndTheBody() async throws {
        let raw = "Garage approved\n\n\(body1)\n\n\(body2)\n\nFollow us on Twitter and Facebook for live updates.\n\nClick here to read our full coverage of the council.\n\nAbout the author: Our city team covers local government.\n"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
    }

    @Test func aSentenceMentioningFollowersStaysInTheBody() async throws {
        let quiet = "Her followers on Twitter praised the decision to share the report with the public on Monday."
        let doc = try await clean("Garage approved\n\n\(body1)\n\n\(body2)\n\n\(quiet)\n")
        #expect(doc.text.hasSuffix(quiet))
    }

    @Test func shortAnnouncementKeepsTheListThatFollows() async throws {
        let raw = "Regulator fines firm\n\n\(body1)\n\nKey facts:\n- The fine is the largest ever\n- An appeal will be heard\n"
        let doc = try await clean(raw)
        #expect(doc.text.contains("The fine is the largest ever"))
        #expect(doc.text.contains("An appeal will be heard"))
    }

    @Test func linkListAnnouncementDoesNotKeepItsLinks() async throws {
        let raw = "Regulator fines firm\n\n\(body1)\n\n\(body2)\n\nRead more:\n- City boss under pressure after exit\n- Markets slide as yields climb\n"
        let doc = try await clean(raw)
        #expect(!doc.text.contains("City boss under pressure"))
    }

    @Test func lowerCaseBylineIsNotJoinedToTheHeadline() async throws {
        let raw = "Tornado watch issued for much of central Oklahoma\nby: Carla Benavides\n\n\(body1)\n\n\(body2)\n"
        let doc = try await clean(raw)
        #expect(doc.frontMatter.first == "Tornado watch issued for much of central Oklahoma")
        let wrapped = [ArticleLine(text: "title: \"Volunteers restore century-old lighthouse\"", block: 0), ArticleLine(text: "author: Morgan Ellsworth", block: 0)]
        #expect(BrokenLineJoiner.join(wrapped).count == 2)
    }

    @Test func lowerCaseContinuationIsStillJoined() async throws {
        let lines = [ArticleLine(text: "The council said this is not a", block: 0), ArticleLine(text: "question of money: it is about safety.", block: 1)]
        #expect(BrokenLineJoiner.join(lines).count == 1)
    }

    @Test func copyrightNoticeClosesTheArticle() async throws {
        let raw = "Garage approved\n\n\(body1)\n\n\(body2)\n\nCopyright 2021 Planet Media Inc. All rights reserved.\n\nFor the latest news, weather and sports, head to our website for more stories.\n"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
        #expect(doc.backMatter.first?.hasPrefix("Copyright 2021") == true)
    }

    @Test func paragraphAboutCopyrightIsNoNotice() {
        let line = ArticleLine(text: "Copyright lawyers said the ruling would be appealed before the end of the year by the studio.", block: 0)
        #expect(!ArticleLayout.isCopyrightNotice(line))
        #expect(ArticleLayout.isCopyrightNotice(ArticleLine(text: "© Planet Media", block: 0)))
    }

    @Test func reportedFromNoteIsAFooter() {
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "Matsumoto reported from Sacramento.", block: 0)))
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "Associated Press writer Mark Lindgren reported from Tokyo.", block: 0)))
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "With files from Marc-Antoine Leblanc in Montreal.", block: 0)))
        #expect(EditorNote.matches(ArticleLine(text: "Corrections & clarifications: An earlier version of this story misstated the size of the caucus.", block: 0)))
        #expect(ClosingSection.isDisclaimer(ArticleLine(text: "Comments expressed here do not reflect the opinions of The Lagos Chronicle or any employee thereof.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "The state news agency and local residents reported from Tokyo.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "Police reported from the scene that three people had been hurt in the crash.", block: 0)))
    }

    @Test func shortLeadWithAWireDatelineStartsTheBody() async throws {
        let raw = "Lawmakers back down on pension cuts\n\nBy Ruth Okonkwo\n\nWASHINGTON — Here we go again.\n\n\(body1)\n\n\(body2)\n"
        let doc = try await clean(raw)
        #expect(doc.text.hasPrefix("Here we go again."))
        #expect(doc.dateline == "WASHINGTON")
    }

    @Test func wireDatelineShapes() {
        #expect(WireDateline.opens("WASHINGTON — Here we go again."))
        #expect(WireDateline.opens("LOS ANGELES (AP) — A fire forced thousands to flee."))
        #expect(WireDateline.opens("PARIS/MONTREAL, July 18 (Reuters) - A Gulf airline is in talks."))
        #expect(!WireDateline.opens("NASA said the launch - planned for May - would slip."))
        #expect(!WireDateline.opens("The plan — announced on Monday — was dropped."))
        #expect(!WireDateline.opens("US — China talks end."))
    }

    @Test func markedSubheadingsAreDroppedAlike() async throws {
        let raw = "# Five things to know\n\n\(body1)\n\n## More trains, but not everywhere\n\n\(body2)\n\n## Fares stay frozen\n\n\(body1)\n"
        let doc = try await clean(raw, format: .markdown)
        #expect(!doc.text.contains("More trains"))
        #expect(!doc.text.contains("Fares stay frozen"))
    }

    @Test func unmarkedLineWithCommasStays() async throws {
        let raw = "Five things to know\n\n\(body1)\n\nMore trains, but not everywhere\n\n\(body2)\n"
        let doc = try await clean(raw)
        #expect(doc.text.contains("More trains, but not everywhere"))
    }

    @Test func readerPromptsBetweenParagraphsAreDropped() async throws {
        for prompt in ["Join our WhatsApp channel for the latest updates.", "We use cookies to personalise content and ads.",
                       "Have a news tip? Contact us.", "Get breaking news alerts on your phone.",
                       "Thank you for reading. Please consider subscribing.",
                       "Thanks for reading The Rent Ledger! Subscribe for free to receive new posts and support my work."] {
            let doc = try await clean("Garage approved\n\n\(body1)\n\n\(prompt)\n\n\(body2)\n\n\(body1)\n")
            #expect(!doc.text.contains(prompt), "\(prompt)")
        }
    }

    @Test func sentencesAboutTheReaderOrTheUSStay() {
        for sentence in ["Our cities need more trees, and our budgets must follow.", "The US will share the report with our allies, she said.",
                         "\"Follow the money and you will see,\" he told us.", "The company was fined for using cookies without consent.",
                         // (Its quotation marks lost to "?": still someone's words.)
                         "?Do not go near the coast. No photograph is worth your life,? he said.",
                         "Stay at home. Do not go near the coast. No photograph is worth your life,? he said.",
                         "For more than a year, like other lenders, the bank has posted quarterly losses."] {
            #expect(!ReaderPrompt.matches(ArticleLine(text: sentence, block: 0)), "\(sentence)")
        }
    }

    @Test func agencyInCapitalsBeforeAPhotographerIsACredit() {
        #expect(LineFeatures("A man walks past the town hall on Monday. REUTERS/Jane Roe").credit)
        #expect(!LineFeatures("A Reuters/Ipsos poll found most voters backed the plan.").credit)
        #expect(!LineFeatures("An AP/NORC survey found support for the plan was falling.").credit)
    }

    @Test func bulletGlyphsMarkListItems() {
        let line = MarkdownStripper.strip(Array("• National Insurance falls to 8%".utf8)[...])
        #expect(line.isListItem)
        #expect(String(decoding: line.bytes, as: UTF8.self) == "National Insurance falls to 8%")
        #expect(!MarkdownStripper.strip(Array("•Bold claim".utf8)[...]).isHeading)
    }

    @Test func liveBlogTimestampsAreDropped() async throws {
        let raw = "Election night live\n\n\(body1)\n\n23:30 GMT\n\n\(body2)\n\nPosted at 23:10\n\n\(body1)\n"
        let doc = try await clean(raw)
        #expect(!doc.text.contains("23:30"))
        #expect(!doc.text.contains("Posted at"))
        for kept in ["Turnout hit 62.5 percent", "At 10:30 the polls closed.", "Final score 2-1"] {
            #expect(!TimestampLine.matches(ArticleLine(text: kept, block: 0)), "\(kept)")
        }
        #expect(TimestampLine.matches(ArticleLine(text: "10:32am", block: 0)))
    }

    @Test func editorNotesBetweenParagraphsAreDropped() async throws {
        for note in ["This story has been updated with additional information.", "This article originally appeared on The Conversation.",
                     "Editor's note: This article was first published in 2019.",
                     "The audio version of this article is generated by text-to-speech."] {
            let doc = try await clean("Garage approved\n\n\(body1)\n\n\(note)\n\n\(body2)\n\n\(body1)\n")
            #expect(!doc.text.contains(note), "\(note)")
        }
        #expect(!EditorNote.matches(ArticleLine(text: "This story is one of the most important of the year, she said.", block: 0)))
        #expect(!EditorNote.matches(ArticleLine(text: "The council updated its plan on Monday after residents objected.", block: 0)))
    }

    @Test func beatBiosAreAuthorNotes() {
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "Marisol Trevino covers weather and the environment for the Herald.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "The insurer covers the cost for most homeowners, the regulator said.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "Marisol Trevino covers the cost of the repairs herself.", block: 0)))
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "Karen Briere has covered agriculture for The Western Producer since 1995.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "Karen Briere has covered the cost of the repairs herself.", block: 0)))
        #expect(ArticleLayout.isAuthorNote(ArticleLine(text: "Covers UK retail and consumer sectors.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "Covers were lifted off the drains.", block: 0)))
        #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: "Covers are sold out.", block: 0)))
        for sentence in ["Reports on the cause of the fire differ.", "Covers cost $40 each at most hardware stores.",
                         "Grace Wanjiru has reported the threats to police for investigation."] {
            #expect(!ArticleLayout.isAuthorNote(ArticleLine(text: sentence, block: 0)), "\(sentence)")
        }
    }

    @Test func authorCardUnderItsHeadingIsFooter() async throws {
        let card = "karen.briere@producer.com\n\nShare: Facebook Twitter LinkedIn Email\n\nAbout the author\nKaren Briere\nReporter\n"
            + "Karen Briere has covered agriculture in Saskatchewan for The Western Producer since 1995.\n\n"
            + "Copyright © 2025 The Western Producer. All rights reserved.\n"
        let doc = try await clean("Garage approved\n\n\(body1)\n\n\(body2)\n\n\(card)")
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
    }

    @Test func staffCreditClosesTheWireStory() async throws {
        let raw = "Japan picks new leader\n\n\(body1)\n\n\(body2)\n\nReporting by Kiyoshi Takenaka; Editing by Lincoln Feast\n\nOur Standards: The Trust Principles.\n"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
        #expect(doc.backMatter.first?.hasPrefix("Reporting by") == true)
        #expect(!ArticleLayout.isStaffCredit(ArticleLine(text: "Reporting by the newspaper prompted an inquiry into the deal.", block: 0)))
        #expect(!ArticleLayout.isStaffCredit(ArticleLine(text: "Reporting by Reuters prompted an inquiry into the deal.", block: 0)))
        #expect(ArticleLayout.isStaffCredit(ArticleLine(text: "(Reporting by Jane Doe in Accra.)", block: 0)))
    }

    @Test func staffCreditFarFromTheEndStays() async throws {
        let middle = "Reporting by local media suggested the mayor knew of the plan, though he denied it."
        let raw = "Mayor denies plan\n\n\(body1)\n\n\(middle)\n\n\(body2)\n\n\(body1)\n\n\(body2)\n\n\(body1)\n"
        let doc = try await clean(raw)
        #expect(doc.text.contains(middle))
    }

    @Test func handleUnderTheJobIsNotJoined() {
        let lines = [ArticleLine(text: "Environment Correspondent", block: 0), ArticleLine(text: "@sarahmckinnon", block: 0)]
        #expect(BrokenLineJoiner.join(lines).count == 2)
    }

    @Test func lastSentenceNamingSocialNetworksStays() async throws {
        let last = "Shares of Facebook and Twitter fell, the company said."
        let doc = try await clean("Markets slide\n\n\(body1)\n\n\(body2)\n\n\(last)\n")
        #expect(doc.text.hasSuffix(last))
    }

    @Test func htmlListsOfLinksAreRelatedLinksNotContent() async throws {
        let html = "<html><body><h1>Bank holds rates steady</h1><p>\(body1)</p><ul><li><a href=\"/a\">Flood warnings issued for three rivers</a></li><li><a href=\"/b\">Markets slide as yields climb</a></li></ul><p>\(body2)</p></body></html>"
        let doc = try await clean(html, format: .html)
        #expect(!doc.text.contains("Flood warnings"))
        #expect(doc.text.contains(body2))
        let mixed = Array("<li><a href=\"/x\">Rates</a> held at 4.5%</li>".utf8)
        #expect(!HTMLStripper.isLinkOnlyItem(mixed, from: 4))
    }

    @Test func pictureCopyrightAboveTheLastParagraphCutsNothing() async throws {
        let long = "The council will meet again next month to decide how the garage will be paid for, and residents will be able to speak at that meeting as well, officials said on Tuesday."
        let raw = "Garage approved\n\n\(body1)\n\n\(body2)\n\n© Jane Roe\n\n\(long)\n"
        let doc = try await clean(raw)
        #expect(doc.text.hasSuffix(long))
    }

    @Test func closingCallToActionIsAFooter() async throws {
        let raw = "Markets slide\n\n\(body1)\n\n\(body2)\n\nDownload The Daily Planet News App for Latest India News.\n"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
        let last = "Get ready for more rain this weekend, forecasters said on Friday."
        let kept = try await clean("Rain ahead\n\n\(body1)\n\n\(body2)\n\n\(last)\n")
        #expect(kept.text.hasSuffix(last))
    }
}
