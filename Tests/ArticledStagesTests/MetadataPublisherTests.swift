import ArticledCore
import Testing
@testable import ArticledStages

/// The outlet, only when the article names it.
@Suite struct MetadataPublisherTests {
    @Test func sourceLabel() {
        #expect(PublisherFinder.publisher(front: ["Author: Editors Desk Source: The Guardian"], back: []) == "The Guardian")
    }

    @Test func imageSourceIsNotThePublisher() {
        #expect(PublisherFinder.publisher(front: ["IMAGE SOURCE: GETTY IMAGES", "Ships. Photograph: John Roe/AP"], back: []) == nil)
    }

    @Test func aCopyrightHolderEndsAtItsLegalFormOrItsSentence() {
        #expect(PublisherFinder.copyrightHolder("© 2024 Westminster Daily Media Limited or its affiliated companies. All rights reserved.")
            == "Westminster Daily Media")
        #expect(PublisherFinder.copyrightHolder("© 2025 The Batch Brief. You're receiving this because you signed up.") == "The Batch Brief")
        #expect(PublisherFinder.copyrightHolder("© 2025 Lowlands Courant B.V. – All rights reserved") == "Lowlands Courant")
        #expect(PublisherFinder.withoutStaffWords("Sacramento Ledger Staff Writers") == "Sacramento Ledger")
        #expect(PublisherFinder.withoutStaffWords("Reporters Without Borders") == "Reporters Without Borders")
        #expect(PublisherFinder.copyrightHolder("You're receiving this because you subscribed · © 2025 Jane Roe · 548 Market Street") == "Jane Roe")
        #expect(PublisherFinder.copyrightHolder("© The Delhi Herald Pvt Ltd") == "The Delhi Herald")
    }

    @Test func copyrightLine() {
        #expect(PublisherFinder.publisher(front: [], back: ["© 2022 Al Jazeera Media Network"]) == "Al Jazeera Media Network")
        #expect(PublisherFinder.publisher(front: [], back: ["Copyright 2022 The Associated Press. All rights reserved."]) == "The Associated Press")
    }

    @Test(arguments: [("Education Writer, Nation Media Group", "Nation Media Group"), ("Sports Writers, Nation Media Group", "Nation Media Group"),
                      ("Columbus Dispatch", "Columbus Dispatch")])
    func theOutletUnderTheBylineIsNotTheWritersJob(line: String, outlet: String) {
        let front = ["Varsity funding model thrown into doubt", "By Faith Nyamai", line, "Tuesday, December 24, 2024"]
        #expect(PublisherFinder.publisher(front: front, back: []) == outlet)
    }

    @Test func aNewsletterWritersOwnCopyrightNamesNoOutlet() {
        let front = ["The Grid Ledger", "The quiet boom in home batteries nobody planned for", "Hannah Okafor", "Mar 12, 2024"]
        let back = ["© 2024 Hannah Okafor", "Privacy ∙ Terms ∙ Collection notice"]
        #expect(PublisherFinder.publisher(front: front, back: back, authors: ["Hannah Okafor"]) == "The Grid Ledger")
        #expect(PublisherFinder.publisher(front: front, back: back) == "Hannah Okafor")
    }

    @Test func theNameThatOpensOrClosesThePageIsItsMasthead() {
        let front = ["The Hindu", "Chennai Metro tunnel boring machine breaks through", "Divya Ramaswamy", "March 05, 2024"]
        #expect(PublisherFinder.publisher(front: front, back: []) == "The Hindu")
        #expect(PublisherFinder.publisher(front: Array(front.dropFirst()), back: ["BACK TO TOP", "The Hindu"]) == "The Hindu")
        #expect(PublisherFinder.publisher(front: ["The Latest", "Chennai Metro tunnel boring machine breaks through", "March 05, 2024"], back: []) == nil)
    }

    @Test func aPressReleaseWireIsThePublisherOfItsPage() {
        let lead = "SÃO PAULO--(BUSINESS WIRE)--Pagalume, the Brazilian payments company, today announced a launch."
        #expect(PublisherFinder.publisher(front: ["Pagalume launches transfers"], back: ["ir@pagalume.com.br"], lead: lead) == "Business Wire")
        let release = "SINGAPORE, April 9, 2024 /PRNewswire/ -- Verdalis today announced a $48 million round."
        #expect(PublisherFinder.publisher(front: [], back: ["© 2024 Cision US Inc."], lead: release) == "PR Newswire")
        // A news agency's dateline does not outrank the site's own copyright.
        #expect(PublisherFinder.publisher(front: [], back: ["© 2024 The Courier"], lead: "LONDON (Reuters) - Shares fell.") == "The Courier")
    }

    @Test func aGroupFooterNamesTheOutlet() {
        #expect(PublisherFinder.publisher(front: [], back: ["Variety is a part of Penske Media Corporation. © 2024 Variety Media, LLC. All Rights Reserved.",
                                                            "Powered by WordPress.com VIP"]) == "Variety")
        #expect(PublisherFinder.ownedOutlet("Jane Doe is part of the features team.") == nil)
    }

    @Test func aGroupFooterWithAccentsBeforeThePhraseNamesTheWholeOutlet() {
        #expect(PublisherFinder.ownedOutlet("Le Québécois Libre is owned by Médias Nordiques Inc.") == "Le Québécois Libre")
        #expect(PublisherFinder.ownedOutlet("Het Ålandsblad is a division of Öresund Media.") == "Het Ålandsblad")
    }

    @Test func anASCIIPhraseIsFoundAfterAccentedText() throws {
        let line = "Publié — été 2024 by Zoë Brûlé"
        let r = try #require(line.firstRange(ofASCII: " by "))
        #expect(line[r] == " by ")
        #expect(line[r.upperBound...] == "Zoë Brûlé")
        #expect("no such words".firstRange(ofASCII: " by ") == nil)
        #expect("by".firstRange(ofASCII: " by ") == nil)
    }

    @Test func aNewspapersMastheadNamesTheOutlet() {
        #expect(PublisherFinder.publisher(front: ["Punch Newspapers", "Reps summon NAFDAC over fake drugs"], back: []) == "Punch Newspapers")
    }

    @Test func accentIsNoCopyrightSign() {
        #expect(PublisherFinder.copyrightHolder("Café owners protest") == nil)
    }

    @Test func footerDomain() {
        #expect(PublisherFinder.publisher(front: [], back: ["To contact us visit:", "www.planet.example.org/contact"]) == "planet.example.org")
        #expect(PublisherFinder.publisher(front: [], back: ["Follow us on twitter.com/planet"]) == nil)
        #expect(PublisherFinder.publisher(front: [], back: ["Download the report.pdf"]) == nil)
    }

    @Test func contactFooterAcronym() {
        #expect(PublisherFinder.publisher(front: [], back: ["To contact the DPW and the editors visit:"]) == "DPW")
        #expect(PublisherFinder.publisher(front: [], back: ["Contact the EU delegation for details"]) == nil)
        #expect(PublisherFinder.contactedOutlet("We met the USA team") == nil)
    }

    @Test func bylineOutlet() {
        #expect(PublisherFinder.publisher(front: ["By Paul Kirby", "BBC News"], back: []) == "BBC News")
        #expect(PublisherFinder.publisher(front: ["By Paul Kirby", "Kyiv"], back: []) == nil)
        #expect(PublisherFinder.publisher(front: ["Jane Doe | Reuters", "Markets fall"], back: []) == "Reuters")
        #expect(PublisherFinder.publisher(front: ["NORTHSEA MARKETS | Markets | Deals | Fintech | Europe | My News", "Tulpa soars"],
                                          back: ["© 2025 Northsea Markets. All rights reserved."]) == "Northsea Markets")
    }

    @Test func nothingSaid() {
        #expect(PublisherFinder.publisher(front: ["Headline", "June 16, 2022"], back: []) == nil)
    }
}

/// Outlets named by a masthead or a front-matter field.
@Suite struct MetadataMastheadTests {
    @Test func aMastheadIsTheOutlet() {
        #expect(PublisherFinder.masthead("THE PRAIRIE DISPATCH") == "The Prairie Dispatch")
        #expect(PublisherFinder.masthead("Interior Ledger") == "Interior Ledger")
        #expect(PublisherFinder.masthead("FENWICK COUNTY REGISTER Page A3") == "Fenwick County Register")
    }

    @Test func aSectionLabelOrAHeadlineIsNot() {
        #expect(PublisherFinder.masthead("World News") == nil)
        #expect(PublisherFinder.masthead("Council approves the new garage") == nil)
    }

    @Test func aPublicationFieldNamesTheOutlet() {
        #expect(PublisherFinder.labelled("publication: \"Thornbury Weekly\"") == "Thornbury Weekly")
    }

    @Test func anOutletLineBetweenTheNamesAndTheDateIsThePublisherNotAnAuthor() {
        let front = ["The Salem Courier-Journal", "Salem council votes to close camp", "Rachel Nguyen and Tom Vasquez",
                     "Salem Courier-Journal", "Published 6:45 p.m. PT Oct. 8, 2023"]
        #expect(AuthorFinder.authors(front: front, title: front[1]) == ["Rachel Nguyen", "Tom Vasquez"])
        #expect(PublisherFinder.publisher(front: front, back: []) == "The Salem Courier-Journal")
        #expect(PublisherFinder.publisher(front: Array(front.dropFirst()), back: []) == "Salem Courier-Journal")
    }

    @Test func aGroupOwningTheOutletYieldsToTheOutletsName() {
        // The masthead, even with the section after it.
        let front = ["Aire Valley Gazette", "Roofer jailed for four years", "By Hannah Ridley"]
        #expect(PublisherFinder.publisher(front: front, back: ["© 2024 Pennine Media Group Ltd. All rights reserved."]) == "Aire Valley Gazette")
        #expect(PublisherFinder.publisher(front: ["THE NORTHERN CHRONICLE — SPORT", "Harwood double sends Castlebridge top"],
                                          back: ["© 2025 Northern Chronicle Media Ltd."]) == "The Northern Chronicle")
        // Without one, the outlet the group's name begins with; else the group.
        #expect(PublisherFinder.publisher(front: [], back: ["© 2025 The Southern Observer Media Group. Registered in Australia."]) == "The Southern Observer")
        #expect(PublisherFinder.publisher(front: [], back: ["Copyright 2025 Heartland Broadcasting Group."]) == "Heartland Broadcasting Group")
    }

    @Test func aYearAfterTheHolderEndsIt() {
        #expect(PublisherFinder.copyrightHolder("© Clydeside Newspapers Ltd 2024. Registered in Scotland No. 123.") == "Clydeside Newspapers")
    }

    @Test(arguments: [
        ("© 2024 The Northern Chronicle Ltd. Registered in England No. 0482913.", "The Northern Chronicle"),
        ("© 2025 Iberia Post S.L. · Calle Mayor 4, Madrid", "Iberia Post"),
        ("© 2025 Straits Monitor Pte Ltd.", "Straits Monitor"),
        ("© 2025 Nordic Energy Report AS. All rights reserved.", "Nordic Energy Report"),
        ("Copyright © 2026 Merlion Press Holdings Ltd. Co. Regn. No. 202612345K.", "Merlion Press Holdings"),
        ("Copyright 2025 Delta Herald-Tribune, Searcy, Arkansas. All rights reserved.", "Delta Herald-Tribune"),
        ("© 2025 Dow Jones & Company, Inc. All rights reserved.", "Dow Jones & Company"),
        ("© 2025 Pennine Post Media Ltd. The Pennine Post is published in Leeds.", "Pennine Post Media"),
    ])
    func aLegalFormOrACommaEndsTheHolder(line: String, holder: String) {
        #expect(PublisherFinder.copyrightHolder(line) == holder)
    }

    @Test func aMastheadWithItsArticleNamesTheGroupsOutlet() {
        #expect(PublisherFinder.publisher(front: ["THE DECCAN METRO", "Home | India | World", "Ex-chairman held in loan fraud"],
                                          back: ["Copyright © 2026 Deccan Metro Media Pvt. Ltd."]) == "The Deccan Metro")
    }

    @Test func irishAndCommunityLegalFormsAndASlashedTrailLeaveTheOutletsName() {
        #expect(PublisherFinder.publisher(front: ["The Leinster Echo", "Food bank runs out of stock"],
                                          back: ["(c) Leinster Echo Media DAC 2025 | Terms & Conditions"]) == "The Leinster Echo")
        #expect(PublisherFinder.publisher(front: ["Ledgerline / Deals / Mergers & Acquisitions", "Calloway agrees to buy Trestle"],
                                          back: ["© 2025 Ledgerline Media LLC"]) == "Ledgerline")
        #expect(PublisherFinder.publisher(front: ["Kitchen shared"], back: ["© Yorkshire Faith & Community CIC 2024"]) == "Yorkshire Faith & Community")
        #expect(PublisherFinder.publisher(front: ["Premier ousted"], back: ["© 2025 The Cape Observer (Pty) Ltd. All rights reserved."]) == "The Cape Observer")
    }

    @Test func theLineThatNamesTheOutletAsTheGroupsNameBeginsWins() {
        #expect(PublisherFinder.publisher(front: ["NORTHERN PLATE · Food & Drink · Restaurants", "My grandmother cooked for forty"],
                                          back: ["© Northern Plate Media Ltd 2024"]) == "Northern Plate")
        #expect(PublisherFinder.publisher(front: ["ARTNOTES", "A show of quiet rooms"], back: ["© 2025 ArtNotes Media LLC. All rights reserved."]) == "ArtNotes")
        #expect(PublisherFinder.publisher(front: ["Southern Cross News", "Senate passes pricing laws"],
                                          back: ["© 2025 Southern Cross Broadcasting Corporation"]) == "Southern Cross News")
        // An edition's place is no outlet's word.
        #expect(PublisherFinder.publisher(front: ["BusinessDay Lagos", "Naira slides"], back: ["Copyright © 2025 BusinessDay Media Ltd."]) == "BusinessDay Media")
    }

    @Test func theMastheadOverAPagesMenuOutranksItsOwnersCopyright() {
        let menu = ["News", "Opinion", "Business", "Dairy co-ops agree merger"]
        #expect(PublisherFinder.publisher(front: ["Skip to main content", "Irish Independent"] + menu, back: ["© Mediahuis Ireland 2025"]) == "Irish Independent")
        #expect(PublisherFinder.publisher(front: ["Times of India"] + menu, back: ["Copyright © 2024 Bennett, Coleman & Co. Ltd."]) == "Times of India")
        // The owner's name as the masthead's shorter form, and a country after the name.
        #expect(PublisherFinder.publisher(front: ["Premium Times Nigeria"] + menu, back: ["© 2025 Premium Times Services Limited."]) == "Premium Times")
        #expect(PublisherFinder.publisher(front: ["Premium Times Nigeria"] + menu, back: []) == "Premium Times")
    }

    @Test func theLogosHomepageLinkNamesTheOutletNotTheMenuUnderIt() async throws {
        let raw = "[ABC News Homepage](https://www.abc.net.au/news)\n\n* [Just In](https://www.abc.net.au/news/justin)\n"
            + "* [Australia](https://www.abc.net.au/news/australia)\n* [World](https://www.abc.net.au/news/world)\n\n"
            + "# Harbour Lane axed after 22 years as Network Tasman blames falling ratings\n\n"
            + "Posted Tue 8 Apr 2025 at 5:32am\n\nAustralia's longest-running prime-time drama will end later this year after 22 years, its broadcaster has confirmed.\n\n"
            + "Network Tasman told cast and crew at the show's studios in Port Melbourne on Monday that the final episode would air before Christmas.\n"
        var doc = Document(id: "x", sourceFile: "a.md", format: .markdown, raw: raw)
        try await CleanupStage().process(&doc)
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "ABC News")
    }

    @Test func theOutletTheStorysPeopleSpokeToNamesThePageWhenNothingElseDoes() {
        #expect(PublisherFinder.toldOutlet(in: "“It does not apply to it,” he told The Hindu.\n\nHe said the union would go to court.") == "The Hindu")
        #expect(PublisherFinder.toldOutlet(in: "Importers told The PUNCH that the reduction would force them to stop.") == "The Punch")
        #expect(PublisherFinder.toldOutlet(in: "He told NATO allies that the plan stood. She told Reuters on Monday.") == nil)
        let doc = extractedMetadata(["Abandoned off Mumbai for 10 months, crew of cargo ship finally paid", "Shrinivas Deshmukh",
                                     "Published - June 18, 2025 10:15 pm IST - MUMBAI"],
                                    back: ["Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved."],
                                    body: "“Today I feel I am going home,” Mr. Shaikh told The Hindu over the phone.")
        #expect(doc.publisher == "The Hindu")
    }

    @Test func aShortTitleOverItsBylineOrAMenuWithoutANameIsNoMasthead() {
        #expect(PublisherFinder.publisher(front: ["Storm Hits Town", "By Jane Doe", "March 3, 2025"], back: ["© 2025 Valley Media Ltd"]) == "Valley Media")
        #expect(PublisherFinder.publisher(front: ["India", "World", "Opinion", "Sport"], back: ["Copyright© 2025, THG PUBLISHING PVT LTD."]) != "India")
        #expect(PublisherFinder.publisher(front: ["South Africa", "Business Maverick", "Our Burning Planet", "Numsa strike threatens VW line"],
                                          back: ["Become an Insider — Daily Maverick © All rights reserved"]) == "Daily Maverick")
        #expect(PublisherFinder.publisher(front: ["NATION", "Kenya", "Counties", "Matatu strike paralyses Nairobi"],
                                          back: ["Nation Media Group © 2024"]) == "Nation")
        #expect(PublisherFinder.publisher(front: ["Subscribe", "E-Paper", "Menu", "Sign in", "THE HINDU", "Dengue cases rise in Bengaluru"],
                                          back: ["Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved."]) == "The Hindu")
    }

    @Test func anOutletAfterTheBylinesBarOutranksTheOwnersCopyright() {
        let back = ["© 2025 Advance Local Media LLC. All rights reserved."]
        #expect(PublisherFinder.publisher(front: ["Tax plan stalls", "By Siobhán Kavanagh | The Oregonian/OregonLive"], back: back) == "The Oregonian/OregonLive")
        #expect(PublisherFinder.publisher(front: ["Tax plan stalls", "By Jane Doe | Reuters"], back: back) == "Reuters")
        #expect(PublisherFinder.publisher(front: ["Tax plan stalls", "By Jane Doe | Staff Writer"], back: back) == "Advance Local Media")
    }

    @Test func aLogosTextOverTheMenuNamesTheOutlet() {
        #expect(PublisherFinder.publisher(front: ["Skip to main content", "AP Logo", "World", "U.S.", "Politics"], back: []) == "Associated Press")
        #expect(PublisherFinder.publisher(front: ["Skip Navigation", "CNBC", "Markets", "Business", "Investing"], back: []) == "CNBC")
        #expect(PublisherFinder.publisher(front: ["TechCrunch Desktop Logo", "Latest", "Startups", "Venture"], back: []) == "TechCrunch")
    }

    @Test func aHoldersNameEndsBeforeTheAmpersandOfItsLegalForm() {
        #expect(PublisherFinder.copyrightHolder("Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved.") == "Bennett, Coleman")
        #expect(PublisherFinder.copyrightHolder("© 2025 Marks & Spencer Group plc") == "Marks & Spencer Group")
    }

    @Test func theLogosHomeLinkNamesTheOutletAndIsNoHeadline() {
        #expect(PublisherFinder.homeLinkName("The Guardian - Back to home") == "The Guardian")
        #expect(PublisherFinder.homeLinkName("Daily Nation – Homepage") == "Daily Nation")
        #expect(PublisherFinder.homeLinkName("Fans head back to home ground") == nil)
        #expect(HeadlineFinder.isPageNotice("The Guardian - Back to home"))
        let front = ["The Guardian - Back to home", "EU leaders press China over support for Russia", "Jennifer Rankin in Brussels"]
        #expect(PublisherFinder.publisher(front: front, back: ["© 2025 Guardian News & Media Limited"]) == "The Guardian")
    }

    @Test func theMastheadOpeningThePageBeatsItsOwnersName() {
        // A menu entry joined to the name; a menu written as one row; a group named for its outlet.
        #expect(PublisherFinder.publisher(front: ["The Hindu e-Paper", "HOME / NEWS / NATIONAL", "Myanmar refugees pour into Mizoram"],
                                          back: ["Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies."]) == "The Hindu")
        #expect(PublisherFinder.publisher(front: ["BusinessLIVE", "Home | Markets | Companies | National | World", "Sasol signs gas deal"],
                                          back: ["© 2025 Arena Holdings. All rights reserved."]) == "BusinessLIVE")
        #expect(PublisherFinder.publisher(front: ["Skip to main content", "ABC News", "Just In", "Australia", "World", "Police hold grave concerns"],
                                          back: []) == "ABC News")
        #expect(PublisherFinder.publisher(front: ["Home", "News", "Top News", "Politics", "Parties reject timetable"],
                                          back: ["© 2025 Premium Times Services Limited. All rights reserved."]) == "Premium Times")
    }

    @Test func theSiteAFootersBlurbSaysItsNewsIsOnBeatsItsOwnersCopyright() {
        let front = ["Quick commerce pushes kirana stores to the wall", "By Ananya Krishnan, ET Bureau"]
        #expect(PublisherFinder.publisher(front: front, back: [
            "(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)",
            "Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved."]) == "The Economic Times")
        #expect(PublisherFinder.publisher(front: front, back: [
            "Get Current Updates on India News, Weather Today, Latest News at Hindustan Times."]) == "Hindustan Times")
        // A section named before more words is no outlet.
        #expect(PublisherFinder.updatesOutlet(in: "Get Latest Updates on Mumbai News along with Latest News and Top Headlines.") == nil)
    }

    @Test func theSitesNameOpeningItsFooterLinksBeatsAWiresCreditInTheByline() {
        let front = ["'Digital arrest' scam: techie loses Rs 1.2 crore", "Pavithra Raghunathan / TNN / Updated: Nov 18, 2024, 10:42 IST"]
        let back = ["Times of India | About us | Create Your Own Ad | Terms of Use | Privacy policy",
                    "Copyright © 2024 Bennett, Coleman & Co. Ltd. All rights reserved."]
        #expect(PublisherFinder.publisher(front: front, back: back) == "Times of India")
        // A menu's row is no footer's ("Home | About | Privacy": no outlet's name).
        #expect(PublisherFinder.footerRowName("Home | About us | Contact | Privacy policy") == nil)
    }

    @Test func aMastheadOverASectionRowNamesTheOutletButAnEditionDoesNot() {
        #expect(PublisherFinder.publisher(front: ["Skip to main content", "Irish Independent", "News Business Sport Opinion Farming Life Podcasts",
                                                  "Rosslare hauliers warn of gridlock"], back: ["© Mediahuis Ireland 2025"]) == "Irish Independent")
        #expect(PublisherFinder.publisher(front: ["BusinessLine", "Home Markets Companies Economy Agri Business Opinion Portfolio e-Paper",
                                                  "Economy", "Scotch duty cut will squeeze distillers"],
                                          back: ["Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies."]) == "BusinessLine")
        #expect(PublisherFinder.mastheadAboveMenu(["English Edition", "| Today's ePaper", "My Watchlist", "Subscribe"]) == nil)
        #expect(PublisherFinder.mastheadAboveMenu(["Accessibility Help", "Menu", "Search", "Sign In"]) == nil)
        // The owner's longer form of the logo's name is the outlet's.
        #expect(PublisherFinder.publisher(front: ["Skip to content", "Financial Review", "Home", "Markets", "ASIC sues crypto lender"],
                                          back: ["Copyright © 2024 The Australian Financial Review"]) == "The Australian Financial Review")
    }

    @Test func aDomainOpeningThePageOrAnOutletSpokenToNamesIt() {
        #expect(PublisherFinder.publisher(front: ["news.com.au", "Lifestyle > Real Life > Royals", "Queen Mary returns to Hobart"],
                                          back: ["Copyright (c) 2025 News Limited. All times AEST (GMT +10)."]) == "news.com.au")
        #expect(PublisherFinder.publisher(front: ["Independent.ie", "Business > Irish", "Dublin hotel rates climb 11pc"],
                                          back: ["\u{A9} Mediahuis Ireland 2025"]) == "Independent.ie")
        // The newspaper whose app the footer offers, over its owner's copyright.
        #expect(PublisherFinder.publisher(front: ["Home / Sports / Chess", "Chennai teen stuns field to win Tata Steel India Rapid", "TNN | Updated: Nov 18, 2023, 09:12 IST"],
                                          back: ["Download The Times of India News App for Latest Sports News.",
                                                 "Copyright \u{A9} 2023 Bennett, Coleman & Co. Ltd. All rights reserved."]) == "The Times of India")
        #expect(PublisherFinder.toldOutlet(in: "Speaking to The Hindu after the hearing, counsel said so.") == "The Hindu")
        #expect(PublisherFinder.toldOutlet(in: "In an interview with Sky News on Monday, she said so.") == "Sky News")
        #expect(PublisherFinder.toldOutlet(in: "Speaking to John Smith after the hearing, she said so.") == nil)
    }

    @Test func aPagesMastheadOverItsMenuNamesItBeforeAWireInTheByline() {
        let head = "Ranji Trophy semi-final: Subramaniam's unbeaten 187 puts Tamil Nadu in command"
        #expect(PublisherFinder.publisher(front: ["The Times of India", "News / Sports News / Cricket News / Ranji Trophy", head,
                                                  "Vignesh Raghunathan / TNN / Updated: Feb 18, 2025, 21:14 IST"], back: []) == "The Times of India")
        // Unless the byline names the masthead's longer form.
        #expect(extractedMetadata(["CBC", "Menu", "Search", "Sign In", head,
                                   "Priya Sandhu · CBC News · Posted: Nov 19, 2025 7:15 PM PST | Last Updated: November 20, 2025"]).publisher == "CBC News")
        // A name closed by a number, and a section's word beside an outlet's word.
        #expect(PublisherFinder.mastheadAboveMenu(["News24", "Menu", "Home", "News"]) == "News24")
        #expect(PublisherFinder.mastheadAboveMenu(["Daily Nation", "NEWS", "Counties", "Politics"]) == "Daily Nation")
        #expect(PublisherFinder.mastheadAboveMenu(["Business Daily", "Markets  Companies  Economy  Real Estate  Opinion & Analysis", "ePaper", "Subscribe"])
                == "Business Daily")
        #expect(PublisherFinder.mastheadAboveMenu(["Business News", "Markets", "Companies", "Economy"]) == nil)
        #expect(PublisherFinder.mastheadAboveMenu(["Cheshire Live", "News", "Cheshire News", "Crime"]) == "Cheshire Live")
    }

    @Test func aLogosLettersOverTheNameTheyStandForAndTheOwnerUnderTheByline() {
        let head = "Farmers' march: police fire tear gas at Shambhu border, 60 injured"
        #expect(PublisherFinder.publisher(front: ["HT", "Hindustan Times", "Home / Cities / Chandigarh News", head],
                                          back: ["Copyright © HT Digital Streams Ltd. All rights reserved."]) == "Hindustan Times")
        #expect(PublisherFinder.mastheadAboveMenu(["EWN", "Eyewitness News", "Listen Live", "Latest"]) == "Eyewitness News")
        #expect(!PublisherFinder.spellsOut("Breaking News", letters: "HT"))
        // "Nation" over the menu's "Home", not the group named under the byline.
        #expect(extractedMetadata(["Nation", "Home", "News", "Counties", "Residents sue over Kilimani tower",
                                   "By Brian Ochieng", "Nation Media Group", "Tuesday, March 4, 2025"]).publisher == "Nation")
    }

    @Test func theNameOpeningTheMenusRowAndAMastheadOverAMenuInSmallLetters() async throws {
        #expect(PublisherFinder.mastheadAboveMenu(["News24 | South Africa | World | Business | Sport | Opinion | Video",
                                                   "Subscribe now ? Try News24 free for 14 days"]) == "News24")
        #expect(PublisherFinder.mastheadAboveMenu(["Kruger rhino numbers stabilise | dehorning pays off | says SANParks | today"]) == nil)
        // "THE HINDU" over "e-Paper | Subscribe | Sign in" is no sentence broken in two: the masthead stays.
        let raw = "THE HINDU\ne-Paper | Subscribe | Sign in\nIndia | World | Movies | Sport | Data | Health | Opinion\n\n"
            + "Nipah: Malappuram student dies, 255 on contact list\n\nAswathy Menon K.\n\nPublished - September 15, 2024 11:26 pm IST\n\n"
            + "A 24-year-old student from Malappuram who died of Nipah virus infection had visited four hospitals before he was diagnosed, officials said.\n\n"
            + "The district administration has traced 255 people who came into contact with him.\n\n"
            + "Copyright\u{A9} 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.\n"
        let doc = try await cleaned(raw)
        #expect(extractedMetadata(doc.frontMatter, back: doc.backMatter).publisher == "The Hindu")
    }
}

/// A group's copyright whose name joins the outlet's words to the group's with "&".
@Suite struct MetadataGroupCopyrightTests {
    private let guardian = ["© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved."]

    @Test func aGroupNameJoinedByAnAmpersandStaysWhole() {
        #expect(PublisherFinder.publisher(front: ["Skip to main content", "Tutors jailed over exam leak"], back: guardian) == "Guardian News & Media")
        #expect(PublisherFinder.outletOfGroup("Guardian News & Media") == nil)
        #expect(PublisherFinder.outletOfGroup("Northern Chronicle Media") == "Northern Chronicle")
    }

    @Test func theOutletTheTextNamesAfterTheGroupsFirstWordIsThePage() {
        let told = extractedMetadata(["Adrian Lester's king storms the National", "Arifa Akbar", "Thu 15 May 2025 06.00 BST"], back: guardian,
                                     body: "Lester admitted the role had frightened him, he told the Guardian.")
        #expect(told.publisher == "Guardian")
        let nation = extractedMetadata(["Matatu strike paralyses Nairobi", "By Collins Omulo", "March 3, 2025"], back: ["Nation Media Group © 2025"],
                                       body: "Mr Kamau told the Nation that the strike would go on.")
        #expect(nation.publisher == "Nation")
    }

    @Test func anotherOutletTheStorysPeopleSpokeToIsNotThePage() {
        let doc = extractedMetadata(["Universities expected to run deficits", "Richard Adams", "Thu 15 May 2025 06.00 BST"], back: guardian,
                                    body: "He told BBC Radio 4's Today programme that the fee had fallen.")
        #expect(doc.publisher == "Guardian News & Media")
        #expect(PublisherFinder.mayName("The Hindu", over: "THG PUBLISHING PVT"))
        #expect(!PublisherFinder.mayName("BBC Radio", over: "Guardian News & Media"))
    }
}

/// A menu row opened by a section's ordinary word, and a group's copyright under a reporter's note.
@Suite struct MetadataMenuAndGroupOutletTests {
    @Test func aMenuRowOpenedByAnOrdinaryWordNamesNoOutlet() {
        #expect(PublisherFinder.mastheadAboveMenu(["Air | Land | Naval | Space | Cyber | Pentagon | Congress | Industry | Video",
                                                   "Army awards $1.2 billion contract for drone interceptors"]) == nil)
        #expect(PublisherFinder.mastheadAboveMenu(["News24 | South Africa | World | Business | Sport", "Load-shedding returns"]) == "News24")
    }

    @Test func theReportersNoteNamesTheGroupsOutlet() {
        let front = ["Air | Land | Naval | Space | Cyber | Pentagon | Congress | Industry | Video", "Army awards drone interceptor contract", "By Rachel Cohen"]
        let back = ["Rachel Cohen is the Pentagon correspondent for Defense News.", "© 2025 Sightline Media Group. All rights reserved."]
        #expect(PublisherFinder.publisher(front: front, back: back) == "Defense News")
    }

    @Test func aMenusLinkInCapitalsIsNoMastheadAndAShoutedNameKeepsItsInitials() {
        let front = ["India | World | Business | Cities | Sports | ePaper", "LIVE TV", "DGCA orders audit of IndiGo engines", "PTI | Updated: March 3, 2025 14:05 IST"]
        #expect(PublisherFinder.publisher(front: front, back: ["Copyright \u{00A9} 2025 HT Media Limited. All Rights Reserved."]) == "HT Media")
        #expect(PublisherFinder.masthead("ABC NEWS") == "ABC News")
        #expect(PublisherFinder.masthead("THE SUNDAY TIMES") == "The Sunday Times")
    }

    @Test func theAgencyThatWroteTheStoryIsNoOutletOfTheGroupThatOwnsThePage() {
        let front = ["CBC | Radio-Canada", "Business", "Canada Post workers walk off the job", "The Canadian Press",
                     "Posted: Nov 15, 2024 6:10 AM EST", "Last Updated: November 15, 2024"]
        let back = ["With files from CBC News", "\u{00A9}2024 Canadian Broadcasting Corporation. All rights reserved."]
        #expect(PublisherFinder.publisher(front: front, back: back, authors: ["The Canadian Press"]) == "Canadian Broadcasting Corporation")
        // Nor is a longer name that the group's first word begins the group's outlet.
        #expect(PublisherFinder.groupOutlet("Canadian Broadcasting Corporation", namedIn: "Talks with the Canadian Union of Postal Workers failed.") == nil)
        #expect(PublisherFinder.groupOutlet("Guardian News & Media", namedIn: "She told the Guardian on Monday.") == "Guardian")
    }

    @Test func theFootersBlurbNamingTheSiteWinsOverTheNewsServicesCredit() {
        let front = ["Home | City | India | World | Business", "Data of 7.5 lakh health insurance customers leaked on Telegram",
                     "Shalini Gupta | TNN | Updated: Mar 3, 2025, 14:05 IST"]
        #expect(PublisherFinder.publisher(front: front, back: ["(With inputs from PTI)", "Download The Times of India News App for Latest India News",
                                                               "Copyright \u{00A9} 2025 Bennett, Coleman & Co. Ltd. All rights reserved."]) == "The Times of India")
        #expect(PublisherFinder.publisher(front: front, back: ["Stay updated with the latest news on Times of India. Download the TOI app now."])
                == "Times of India")
        // Without the blurb, the credit still names the service.
        #expect(PublisherFinder.publisher(front: front, back: []) == "TNN")
    }

    @Test func theNameBeforeThePagesFirstLinksNamesTheGroupsOutlet() async throws {
        let raw = """
            The Hindu  |  e-Paper  |  Subscribe  |  Sign In
            HOME  NEWS  CITIES  Bengaluru  Chennai  OPINION  BUSINESS  SPORT

            BBMP to be split into five corporations as Governor gives assent to bill

            PTI | Updated: April 25, 2025 19:42 IST

            BENGALURU: Karnataka Governor Thaawarchand Gehlot on Friday gave his assent to the bill that splits the city's civic body into five corporations.

            The opposition said the law gave too much power to the state government and would weaken the elected councils of the city.

            Copyright\u{00A9} 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.
            """
        let doc = try await cleaned(raw)
        #expect(PublisherFinder.publisher(front: doc.frontMatter, back: doc.backMatter) == "The Hindu")
    }

    @Test func aDomainInTheFooterTakesTheNameItSpellsAtTheTop() {
        let front = ["Home | Launches | Science | Missions | Night Sky | Video | Subscribe", "Florida Today",
                     "SpaceX's Starship clears key milestone as booster is caught on third try", "By Rachel Moreno, Space Reporter"]
        #expect(PublisherFinder.publisher(front: front, back: ["\u{00A9} 2025 www.floridatoday.com. All rights reserved."]) == "Florida Today")
        #expect(PublisherFinder.publisher(front: Array(front.dropFirst(2)), back: ["\u{00A9} 2025 www.floridatoday.com. All rights reserved."])
                == "floridatoday.com")
    }

    /// The name opening the menu's row, under a trail of sections, beside a word of no section,
    /// before a bar and a row of section words, or without the logo's "Homepage"; never the
    /// menu's "Breaking News".
    @Test(arguments: [
        (["Home > Business > Companies", "The Economic Times | ET Prime | Markets | News | Industry | Politics | Wealth"], "The Economic Times"),
        (["Business Day | News | Companies | Markets | Opinion | Life | Subscribe"], "Business Day"),
        (["PUNCH  |  News  Metro  Politics  Business  Entertainment  Sports  Opinion  Video"], "Punch"),
        (["ABC News Homepage | Just In | Politics | World | Business | Analysis | Sport | Health"], "ABC News"),
        (["Breaking News | Latest | Kenya | Business | Sports | Counties | Video"], "Nairobi Business Wire"),
    ])
    func theNameOpeningTheMenusRow(menu: [String], outlet: String) {
        let front = menu + ["CBK lowers benchmark rate to 9.5pc, urges banks to pass on cuts", "By Brian Otieno", "February 5th, 2025"]
        #expect(PublisherFinder.publisher(front: front, back: ["Copyright 2025 Nairobi Business Wire. All Rights Reserved."]) == outlet)
    }

    @Test func aDeskAfterTheBylinesNamesIsNoOutletAndADomainInCapitalsIsCased() {
        let front = ["Nurses vote to authorize strike", "By Rachel Kessler and Tom Alvarado, Globe Staff", "Updated March 4, 2025, 6:12 p.m."]
        #expect(PublisherFinder.publisher(front: front, back: ["\u{00A9}2025 Boston Globe Media Partners, LLC"]) == "Boston Globe")
        #expect(PublisherFinder.publisher(front: ["INQUIRER.NET", "NEWSINFO | GLOBAL NATION | BUSINESS | LIFESTYLE | SPORTS"] + front.dropFirst(), back: []) == "Inquirer.net")
    }

    @Test(arguments: [("BBC.COM", "BBC.com"), ("DAWN.COM", "Dawn.com")])
    func aShortDomainInCapitalsKeepsItsLetters(first: String, outlet: String) {
        #expect(PublisherFinder.publisher(front: [first, "NEWS | SPORT | BUSINESS | WORLD | POLITICS", "Council approves new garage",
                                                  "By Jane Doe", "March 3, 2025"], back: []) == outlet)
    }

    @Test func aBiosOutletAfterItsJobNamesThePageWhenItSpellsTheOwnersInitials() {
        let front = ["Dengue cases in Delhi cross 4,000 as hospitals see rush", "Rhythma Kaul | Updated: Sep 23, 2025 14:05 IST"]
        let back = ["Rhythma Kaul is assistant editor with Hindustan Times and covers health.",
                    "Copyright © 2025 HT Digital Streams Ltd. All Rights Reserved."]
        #expect(PublisherFinder.publisher(front: front, back: back) == "Hindustan Times")
        // A partner the story was made with is no outlet of the reporter's.
        #expect(PublisherFinder.bioOutlet("This story was produced by our reporter in partnership with The Texas Tribune.") == nil)
        // A "with" that names no outlet leaves the bio's later "for" to name it.
        #expect(PublisherFinder.bioOutlet("Tom Lee is a reporter with a focus on health for The Riverside Review.") == "The Riverside Review")
        // An outlet's name opening its menu row stays the masthead, whatever the entries after it.
        #expect(PublisherFinder.mastheadAboveMenu(["Gulf News | UAE News | World News | Business | Sport"]) == "Gulf News")
    }

    @Test func aPicturesCreditAfterItsCaptionIsNoPublisherNorStandfirst() {
        let doc = extractedMetadata(["Nigeria's unions shut airports, power grid in minimum wage strike",
                                     "Issued on: 03/06/2024 - 14:27", "AFP",
                                     "Passengers wait at the Murtala Muhammed International Airport in Lagos on June 3, 2024. © Benson Ibeabuchi, AFP"],
                                    back: ["© 2024 AFP"])
        #expect(doc.subtitle == nil)
        #expect(doc.publisher == "AFP")
        #expect(PublisherFinder.copyrightHolder("Passengers wait at the airport in Lagos on Monday. © Benson Ibeabuchi, AFP") == nil)
        #expect(PublisherFinder.copyrightHolder("Passengers wait under bright lights at the airport in Lagos on Monday. © Benson Ibeabuchi AFP") == nil)
        // A copyright line with its year after a sentence is still the page's.
        #expect(PublisherFinder.copyrightHolder("All rights reserved. © 2024 The Lagos Ledger") == "The Lagos Ledger")
        #expect(PublisherFinder.copyrightHolder("No part of this article may be reproduced without written permission. © Nation Media Group")
            == "Nation Media Group")
    }
}
