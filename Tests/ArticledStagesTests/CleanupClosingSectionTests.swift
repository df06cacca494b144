import ArticledCore
import Testing
@testable import ArticledStages

/// What a press release or a wire page closes with, and notes set between paragraphs.
@Suite struct CleanupClosingSectionTests {
    private let paragraphs = [
        "Halvorsen Marine AS, a family-owned builder of service vessels, today introduced a range of battery-electric workboats.",
        "The E-series comes in three hull lengths and is built around a modular battery pack that can be swapped or expanded.",
        "Aquaculture companies have come under growing pressure to cut emissions from the diesel boats that service their farms.",
    ]

    @Test func thePressReleasesAboutSectionAndContactsAreNoArticle() async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\nPage 1 of 2\n\n"
            + "About Halvorsen Marine\n\nFounded in 1961 and headquartered in Os, Halvorsen Marine builds service vessels for the aquaculture industry.\n\n"
            + "Media Contact\n\npress@halvorsen.example\n\n"
            + "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert!\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func thePagesTopicsBetweenParagraphsDoNotEndTheStory() async throws {
        let later = [
            "Industry Minister Rajan Sohal said in a post on X that the government supported the regulator's direction on wholesale access.",
            "The Competition Bureau said in a submission to the regulator earlier this year that it supported mandated wholesale access.",
        ]
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\n"
            + "Suggested Topics:\nMedia & Telecom\n\n\(later.joined(separator: "\n\n"))\n\n($1 = 1.3698 Canadian dollars)\n\n"
            + "Reporting by Anirban Sen-Gupta in Ottawa; Additional reporting by Deborah Mwangi in Toronto; Editing by Rod Nickel\n\n"
            + "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n\nSuggested Topics:\nMedia & Telecom\nCanada\n\n"
            + "Get weekly news and analysis on the U.S. elections and how it matters to the world with the newsletter On the Campaign Trail. Sign up here.\n"
        #expect(try await cleaned(raw).text == (paragraphs + later).joined(separator: "\n\n"))
        // Under the story, the topics end it with the reporters' notes below them.
        let closing = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\nSuggested Topics:\nLitigation\n\n"
            + "Daniel Okafor reports on technology and consumer litigation from San Francisco for the agency.\n\n"
            + "Priya Venkataraman covers the global video game and media industries from Bengaluru for the agency.\n"
        #expect(try await cleaned(closing).text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func anAboutSubheadingOverParagraphsThatQuotePeopleIsTheStorys() async throws {
        let later = [
            "Set in Amritsar in the weeks around the massacre, the film follows a schoolteacher who becomes an unlikely organiser of resistance.",
            "In an interview last week, the director said she had been \"terrified\" the controversy would overshadow the film she spent six years on.",
            "The lead actor thanked audiences in a video posted on Sunday, saying the crowds had given the cast more love than they could have imagined.",
        ]
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\nAbout Sher-e-Punjab\n\n"
            + later.joined(separator: "\n\n") + "\n"
        #expect(try await cleaned(raw).text == (paragraphs + later).joined(separator: "\n\n"))
    }

    @Test func recommendedHeadlinesBetweenParagraphsGo() async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\nRecommended from Editorial\n"
            + "Winnipeg police budget hearing delayed to December\nTwo St. Vital schools to get new daycare spaces\n\n"
            + "\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    /// A credit in brackets closing the last paragraph goes alone, not with the paragraph.
    @Test(arguments: [".(With inputs from agencies)", ". (With inputs from PTI)"])
    func aCreditGluedToTheLastParagraphGoesAlone(ending: String) async throws {
        let last = "Shares of Halvorsen rose 1.4 per cent to close at 312.50 kroner in Oslo, while rivals gained 0.9 per cent"
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\n\(last)\(ending)\n"
        #expect(try await cleaned(raw).text == (paragraphs + [last + "."]).joined(separator: "\n\n"))
    }

    /// The last headline of a link list goes with the others, a sentence or not, and the
    /// paragraph after it does not go on from it.
    @Test(arguments: ["- Opinion: Our coastal defences are not built for the climate we now have",
                      "- Opinion: The four-year tuition guarantee is working. Don't break it."])
    func theLastHeadlineOfALinkListGoes(last: String) async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\nRead more:\n"
            + "- Storm Fionnuala: what to do if your power is out\n- Met Éireann explains why storms are getting names earlier\n\(last)\n\n"
            + "\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func headlinesUnderALabelInCapitalsGo() async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\nMORE TOP STORIES\n"
            + "Ferry operator to add night sailings to Bergen\nShipyard workers vote to accept pay offer\n\n"
            + "\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    /// A note about the byline's reporters at the foot goes, however it is worded; one about
    /// someone else, the story's, stays.
    @Test(arguments: [
        ("Ingrid Solberg covers shipping and energy. She previously reported on fisheries for a decade in Tromsø. Per Aasen is a markets reporter based in Oslo.", true),
        ("Ingrid Solberg is the Chief Operating Officer of Coastal Ledger. Per Aasen covers health and energy.", true),
        ("Lars Dahl is expected to announce the first orders at the Nor-Shipping fair in Oslo in June, the company said.", false),
    ])
    func aNoteAboutTheBylinesReportersGoes(note: String, goes: Bool) async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\nBy Ingrid Solberg and Per Aasen\n\n\(paragraphs.joined(separator: "\n\n"))\n\n\(note)\n"
        let text = try await cleaned(raw).text
        #expect(text == paragraphs.joined(separator: "\n\n") + (goes ? "" : "\n\n" + note))
    }

    @Test func aCreativeCommonsCopyrightEndsTheStoryOverTheLicencesLongNotes() async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\n"
            + "Ashraf Hendricks contributed reporting.\n\n"
            + "\u{A9} 2025 GroundUp. This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.\n\n"
            + "You may republish this article, so long as you credit the authors and GroundUp, and do not change the text.\n\n"
            + "We put an invisible pixel in the article so that we can count traffic to republishers. All analytics tools are solely on our "
            + "servers. We do not give our logs to any third party. Logs are deleted after two weeks. We do not use any IP address identifying "
            + "information except to count regional traffic.\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func notesBetweenParagraphsGo() async throws {
        let note = "(Updates with analyst comment in eighth paragraph.)"
        let banner = "We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. "
            + "You can manage your preferences at any time."
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(note)\n\n\(paragraphs[0])\n\n\(banner)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func proseAboutCookiesAndParenthesesStays() {
        let prose = ArticleLine(text: "Our investigation over six months found that hundreds of popular websites still use cookies and hidden pixels "
            + "to follow you across the web long after you leave them, the regulator said on Tuesday.", block: 0)
        #expect(!ReaderPrompt.matches(prose))
        #expect(!EditorNote.matches(ArticleLine(text: "(The company adds about 40 jobs a year.)", block: 0)))
        #expect(!ClosingSection.isHeading(ArticleLine(text: "About a third of the workers were paid by the tonne.", block: 0)))
        #expect(ClosingSection.isHeading(ArticleLine(text: "About the University of Leeds", block: 0)))
    }

    @Test(arguments: [
        "Additional reporting by Tom Reinholt in London. Editing by Clara Voss.",
        "Support independent science journalism. Become a member today — from just $5 a month.",
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding.",
        "West of Scotland Observer is a member of the Independent Press Standards Organisation (IPSO).",
        "Southern Tasmanian Times acknowledges the palawa people as the Traditional Owners of the land on which we work.",
        "Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news provider, reaching billions of people worldwide every day.",
        // A wire's and a newsletter's closing lines.
        "Terrell reported from Helena, Montana. Associated Press writers Rick Sandoval in Seattle and Mira Chen in Washington contributed to this report.",
        "Brandt covers the Northern Plains for The Associated Press, based in Billings, Montana.",
        "Helen reports on white-collar crime and securities litigation from Boston. She previously covered the biotech industry for a trade publication.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "Enjoying The Unhurried Hour? It's a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
        // The outlet's pointers, comment rules and asks.
        "Follow more updates on Bergen news. Get the latest Norway News and Breaking News at Vestland Times.",
        "By posting your comment you agree to our house rules.",
        "At Coastal Ledger, we firmly believe in the importance of high-quality journalism. Make a donation.",
        "Listen to the full interview with Ingrid Solberg on Morning Report.",
    ])
    func anOutletsClosingNoteGoes(note: String) async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs.joined(separator: "\n\n"))\n\n\(note)\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func aLinksLabelledWithABarGoOneByOneAndAScreenReadersWordsLeaveTheSentence() async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\n"
            + "Also Read | Himachal monsoon: Manali-Leh highway shut after landslides, 300 tourists stranded in Lahaul\n"
            + "Also Read | IMD issues orange alert for 7 districts of Himachal till July 12\n\n"
            + "Save articles to read later and create your own reading list.\n\n"
            + "The company said in a statement, opens new tab, that \(paragraphs[1].prefix(1).lowercased())\(paragraphs[1].dropFirst())\n\n\(paragraphs[2])\n"
        let text = try await cleaned(raw).text
        #expect(!text.contains("Also Read") && !text.contains("read later") && !text.contains("opens new tab"))
        #expect(text.contains("said in a statement, that halvorsen") || text.contains("said in a statement, that the"))
    }

    @Test(arguments: [
        "This article appears in the August 2024 issue of High Country Quarterly.",
        "Sign up to Business Today: get set for the working day – we'll point you to all the business news and analysis you need every morning. Sign up",
        "Claire Donnelly (left), CEO of Veridian Payments, and Themba Nkosi, CEO of Kestrel Financial Technologies. Photo courtesy of Veridian Payments",
        // Captions under an agency's credit, or closing on an outlet's picture or a picture's source.
        "PHOTO | AFP Residents of Mathare salvage belongings from a collapsed house on May 6, 2025.",
        "Pic: Villagers wade through floodwaters in Lakhimpur district on Wednesday. (PTI Photo)",
        "Floodwaters reach the rooftops of houses in Barangay Sabang, Naga City, on Wednesday. PHOTO FROM PHILIPPINE COAST GUARD",
        "Photo / George Heard\nFamilies break the fast together at Al Noor Mosque on Sunday.",
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
    ])
    func aNoteAPromoOrACaptionBetweenParagraphsGoes(line: String) async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\n\(line)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == paragraphs.joined(separator: "\n\n"))
    }

    /// Paragraphs that hold words of offers, asks or credits inside their sentences stay, and so
    /// does a story's own list under a heading in capitals.
    @Test(arguments: [
        "Factory output in the eurozone rose for the first month since March, official figures showed on Tuesday, as orders picked up.",
        "The hall will stay open on Saturdays, where residents can make a donation until the end of the month.",
        "Bollywood actors Ranveer Singh and Deepika Padukone arrived together at the venue in Mumbai late in the evening. (See Pics)",
        "MORE POLICE PATROLS\n- Patrols will start at 6pm on Fridays.\n- Two more officers will join the market beat.\n- Street lights will be repaired on six roads near the market by the end of March.",
    ])
    func proseThatHoldsTheWordsOfFurnitureStays(line: String) async throws {
        let raw = "Halvorsen Marine unveils electric workboats\n\n\(paragraphs[0])\n\n\(line)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        let kept = line.split(separator: "\n").last.map { String($0.suffix(40)) } ?? line
        #expect(try await cleaned(raw).text.contains(kept))
    }
}
