import ArticledCore
import Testing
@testable import ArticledStages

/// The cleanup stage on short articles: what goes to the front matter, the body, the footer.
@Suite struct CleanupLayoutTests {
    /// Runs cleanup on `raw`.
    private func clean(_ raw: String, format: InputFormat = .text) async throws -> Document {
        var doc = Document(id: "x", sourceFile: "a.txt", format: format, raw: raw)
        try await CleanupStage().process(&doc)
        return doc
    }

    private let body1 = "The government announced new measures on Monday, officials said in a statement."
    private let body2 = "“It was difficult,” said a senior official."
    private let body3 = "The measures will take effect next month, according to the ministry."

    @Test func aShortFirstParagraphUnderTheHeadlineIsTheStorys() async throws {
        let doc = try await clean("Council approves tower\n\nThe mayor resigned on Friday.\n\n\(body1)\n\n\(body3)\n")
        #expect(doc.text == "The mayor resigned on Friday.\n\n\(body1)\n\n\(body3)")
    }

    @Test func aLabelledStandfirstIsNoParagraphOfTheStory() async throws {
        let synopsis = "Neighbourhood grocers say sales have fallen by up to 30% since delivery apps set up dark stores in their localities, and a traders' body has written to the competition regulator."
        let doc = try await clean("Quick commerce pushes kirana stores to the wall\n\nBy Ananya Krishnan, ET Bureau\nLast Updated: Aug 21, 2024, 11:52:00 PM IST\n\nSynopsis\n\(synopsis)\n\n\(body1)\n\n\(body3)\n")
        #expect(doc.text == "\(body1)\n\n\(body3)")
        #expect(doc.frontMatter.contains(synopsis))
        var extracted = doc
        MetadataExtractor().extract(into: &extracted)
        #expect(extracted.subtitle == synopsis)
    }

    @Test func aFileOfMarkupLinesOnlyIsReadWithoutFailing() async throws {
        // Every line is furniture (a raw feed saved as text): there is no first line of content.
        let raw = (0..<12).map { "<item><guid isPermaLink=\"false\">65f37a1c\($0)</guid></item>" }.joined(separator: "\n")
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: raw)
        _ = try? await CleanupStage().process(&doc)
        #expect(doc.text.isEmpty || !doc.text.contains("<item>"))
    }

    @Test func setsAsideHeadlineBylineAndDateline() async throws {
        let doc = try await clean("# Minister resigns over budget row\n\nJane Doe  \n1 April 2022\n\n\(body1)\n\n\(body2)\n\n\(body3)\n")
        #expect(doc.frontMatter == ["Minister resigns over budget row", "Jane Doe", "1 April 2022"])
        #expect(doc.text == [body1, body2, body3].joined(separator: "\n\n"))
    }

    @Test func dropsNoticesLabelsCaptionsAndRepeatedHeadline() async throws {
        let raw = """
        !-- Google tag (gtag.js) -->
        This article is more than

        2 year old
        Politics

        Minister resigns over budget row

        Author: Jane Doe Source: The Daily Planet
        March 14, 2022 at 21:49
        The minister leaves parliament on Monday. Photograph: John Roe/AP
        The minister leaves parliament on Monday. Photograph: John Roe/AP
        Minister resigns over budget row

        \(body1)

        Placeholder while loading article actions

        \(body2)

        Opposition calls for early election after budget defeat

        \(body3)

        Keywords
        Advertisement
        You did not use the site, Click here to remain logged. Timeout: 60 second
        """
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2, body3].joined(separator: "\n\n"))
        #expect(doc.frontMatter.first == "Politics")
        #expect(doc.frontMatter.contains("Minister resigns over budget row"))
        #expect(!doc.frontMatter.contains { $0.contains("gtag") || $0.contains("more than") })
        #expect(doc.backMatter.contains("Advertisement"))
    }

    @Test func dropsACaptionWrittenOnOneLineWithItsLabel() async throws {
        let raw = """
        Minister resigns over budget row

        \(body1)

        Image caption, The minister leaves parliament on Monday after the vote

        Getty Images

        \(body2)
        """
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body2].joined(separator: "\n\n"))
    }

    @Test func aPageScrapedOneParagraphALineKeepsItsHeadlineAndItsLastParagraph() async throws {
        let raw = """
        Temperatures to hit 35C as the country braces for the hottest day of the year
        Forecasters issue an amber warning for parts of the south and the west of the country
        Helena Horton Environment reporter
        Mon 10 Jul 2023 14.31 BST
        Share
        \(body1) An amber extreme heat warning covers the capital, the Midlands and the south-east, where forecasters say there is a risk to life for vulnerable people.
        \(body2)
        Rail operators said some trains would run at reduced speeds to keep tracks from buckling.
        Explore more on these topics
        Heatwave
        Share
        Reuse this content
        Most viewed
        """
        let doc = try await clean(raw)
        #expect(doc.frontMatter.first == "Temperatures to hit 35C as the country braces for the hottest day of the year")
        #expect(doc.text.hasPrefix(body1))
        #expect(doc.text.hasSuffix("Rail operators said some trains would run at reduced speeds to keep tracks from buckling."))
        #expect(!doc.text.contains("Explore more"))
    }

    @Test func keepsStandfirstBeforeDatelineInFrontMatter() async throws {
        let dek = "In a meeting with the president, the minister reaffirmed his support for the plan."
        let raw = "Minister backs plan\n\n\(dek)\n\nJune 16, 2022\nMinister backs plan\nThe minister in parliament earlier this year.\nIMAGE SOURCE: GETTY IMAGES\n\n\(body1)\n\n\(body3)"
        let doc = try await clean(raw)
        #expect(doc.frontMatter.contains(dek))
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func footersGoToBackMatter() async throws {
        let raw = "Headline of the story here\n\n\(body1)\n\n\(body3)\n\nTo contact the Daily Planet and its editors visit:\n\n**[planet.example.org/contact](https://planet.example.org/contact)**"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(doc.backMatter == ["To contact the Daily Planet and its editors visit:", "planet.example.org/contact"])
    }

    @Test func keepsShortQuotesListsAndLastParagraph() async throws {
        let raw = "Vote passes in parliament today\n\n\(body1)\n\nThe results of the vote were:\nYes 414\nNo 17\n\n“We won.”"
        let doc = try await clean(raw)
        #expect(doc.text.contains("Yes 414"))
        #expect(doc.text.contains("The results of the vote were:"))
        #expect(doc.text.hasSuffix("“We won.”"))
    }

    @Test func repairsBrokenParagraphs() async throws {
        let raw = "Summit ends without a deal today\n\n\(body1)\n\nOfficials hoped that the EU-\n\nChina summit could revive the trade deal.\n\n“This is not a\n\nconflict. This is a war.”"
        let doc = try await clean(raw)
        #expect(doc.text.contains("the EU-China summit could revive"))
        #expect(doc.text.contains("“This is not a conflict. This is a war.”"))
    }

    @Test func cleansHTMLInput() async throws {
        let html = "<html><head><script>gtag('js')</script></head><body><h1>Floods hit the coast</h1><p>By Jane Doe</p><p>\(body1)</p><figure><figcaption>Water in the streets [John Roe/AP Photo]</figcaption></figure><p>\(body3)</p></body></html>"
        let doc = try await clean(html, format: .html)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(doc.frontMatter.first == "Floods hit the coast")
    }

    @Test func warnsAboutLostCharacters() async throws {
        let doc = try await clean("Headline of the story here\n\n\(body1) Mantas Adom?nas agreed.\n\n\(body3)")
        #expect(doc.warnings.count == 1)
        #expect(doc.warnings.first?.contains("Adom?nas") == true)
    }

    @Test func footerNewsletterBlockAndAuthorNoteGo() async throws {
        let raw = "Headline of the story here\n\n\(body1)\n\n\(body3)\n\nJane Doe is an economics reporter based in Chicago.\n\nSign up for our morning newsletter\nGet the day's top stories delivered every morning."
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func closingSentenceAboutAnOfficialStays() async throws {
        let last = "Jake Sullivan is the national security adviser."
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(last)")
        #expect(doc.text.hasSuffix(last))
    }

    @Test func sentencesThatLostTheirFullStopStay() async throws {
        let cut = "The minister, speaking in parliament, said the plan would go ahead"
        let quoted = "He told the crowd “we will win”"
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(cut)\n\n\(quoted)\n\n\(body3)")
        #expect(doc.text.contains(cut))
        #expect(doc.text.contains(quoted))
    }

    @Test func aPicturesAltTextAndCaptionTogetherGoAndTheDatelineUnderThemIsRead() async throws {
        let doc = try await clean("Headline of the story here\n\nBy Ritika Bhattacharjee\nMar 21, 2025 11:45 AM IST\n\n"
            + "Aarav Mehrotra plays a Rajput prince in Kesar Ki Raat.\nAarav Mehrotra in a still from Kesar Ki Raat.\n\n"
            + "Mumbai: \(body1)\n\n\(body3)\n\n"
            + "Catch your daily dose of Fashion, Health, Festivals, Travel and all the other Latest Lifestyle News on Hindustan Times Website and APPs.\n")
        #expect(doc.text == "\(body1)\n\n\(body3)")
    }

    @Test func aParagraphCutShortAtABlankLineStaysWhileARelatedHeadlineGoes() async throws {
        let cut = "Bengaluru head coach Lachlan Moore said the franchise had kept faith in Kulkarni despite a lean"
        let related = "Bengaluru coach backs young spinner for India call"
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(cut)\n\nSyed Mushtaq Ali Trophy campaign with Karnataka.\n\n\(related)\n\n\(body3)")
        #expect(doc.text.contains(cut))
        #expect(!doc.text.contains(related))
    }

    @Test func closingProseWithSocialWordsStays() async throws {
        let last = "The company said it would share the data with Facebook and Twitter next year."
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(last)")
        #expect(doc.text.hasSuffix(last))
    }

    @Test func textWithoutRunningProseKeepsItsLines() async throws {
        let doc = try await clean("Premier League results\n\nLiverpool 2 Chelsea 1\nArsenal 0 Spurs 0\nLeeds 1 Everton 3")
        #expect(doc.frontMatter == ["Premier League results"])
        #expect(doc.text == "Liverpool 2 Chelsea 1\n\nArsenal 0 Spurs 0\n\nLeeds 1 Everton 3")
    }

    @Test func datelineAfterTwoParagraphsDoesNotSwallowThem() async throws {
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(body3)\n\nUpdated 5 March 2022\n\n\(body2)")
        #expect(doc.text.hasPrefix(body1))
    }

    @Test func pageNoticesGo() async throws {
        let doc = try await clean("Headline of the story here\n\nListen to this article\n\n\(body1)\n\n\(body3)\n\nThis story has been updated.")
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func titleCaseFirstLineWithFullStopIsTheHeadline() async throws {
        let doc = try await clean("Biden Says He Is Ready To Meet Putin In Geneva.\n\n\(body1)\n\n\(body3)")
        #expect(doc.frontMatter == ["Biden Says He Is Ready To Meet Putin In Geneva."])
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func sentenceFirstLineIsBody() async throws {
        let doc = try await clean("\(body1)\n\n\(body3)")
        #expect(doc.frontMatter.isEmpty)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func captionGivenTwiceInARowGoes() async throws {
        let cap = "Rescue workers search the rubble of a building in Kharkiv on Monday."
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(cap)\n\(cap)\n\n\(body3)")
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func contributorCreditsAndSignUpPromptsGo() async throws {
        let raw = "Headline of the story here\n\n\(body1)\n\n\(body3)\n\nChris Buckley contributed reporting from Sydney.\n\nOur editors send a selection of the news. You can sign up to receive it here."
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func closingSentenceAboutContributionsStays() async throws {
        let last = "The report said member states contributed $5 million to the fund."
        let doc = try await clean("Headline of the story here\n\n\(body1)\n\n\(last)")
        #expect(doc.text.hasSuffix(last))
    }

    @Test func duplicatedFirstParagraphIsKeptOnce() async throws {
        let long = "The government announced sweeping new measures on Monday to curb inflation, including higher interest rates, lower public spending and a freeze on some prices, officials said."
        let doc = try await clean("Headline of the story here\n\n\(long)\n\n\(long)\n\n\(body3)")
        #expect(doc.text == [long, body3].joined(separator: "\n\n"))
    }

    @Test func aBoxOfKeyPointsIsNeitherTextNorStandfirst() async throws {
        let body = "A federal jury in Boston on Tuesday found the former chief executive of Halvorsen Bio guilty of defrauding investors by hiding trial results."
        let rest = "The company's shares lost more than 70% of their value in a single day when the failure became public last August."
        let html = "<html><body><h1>Ex-Halvorsen Bio CEO found guilty of misleading investors</h1><p>By Helen Carvalho</p><div class=\"summary\"><h3>Summary</h3>\n<ul>\n<li>Jury convicts Sandell on four of six counts</li>\n<li>Prosecutors say he hid trial data showing drug failed</li>\n</ul></div><p>\(body)</p><p>\(rest)</p></body></html>"
        let doc = try await cleaned(html, format: .html)
        #expect(doc.text == body + "\n\n" + rest)
        #expect(!doc.frontMatter.contains { $0.contains("Prosecutors say") })
        let text = "Supermarket laws pass Senate\n\nIn short:\nLaws forcing supermarkets to justify price rises have passed the Senate.\nThe government secured the Greens' support.\n\n"
            + "What's next? The bill returns to the House on Thursday.\n\n\(body)\n\n\(rest)\n"
        #expect(try await cleaned(text).text == body + "\n\n" + rest)
        // Its points a blank line apart, or the first on the label's own line.
        let apart = "Supermarket laws pass Senate\n\nIn short:\n\nLaws forcing supermarkets to justify price rises have passed the Senate.\n\n"
            + "The government secured the Greens' support.\n\nWhat's next? The bill returns to the House on Thursday.\n\n\(body)\n\n\(rest)\n"
        #expect(try await cleaned(apart).text == body + "\n\n" + rest)
        let inline = "Supermarket laws pass Senate\n\n> **In short:** Laws forcing supermarkets to justify price rises have passed the Senate.\n>\n"
            + "> The government secured the Greens' support.\n>\n> **What's next?** The bill returns to the House on Thursday.\n\n\(body)\n\n\(rest)\n"
        #expect(try await cleaned(inline, format: .markdown).text == body + "\n\n" + rest)
    }

    @Test func aRowOfTheReporterTheOutletAndTheDateClosesTheTopAboveTheStory() async throws {
        let stand = "Canada's prison watchdog says hundreds of inmates in structured intervention units were kept in their cells for more than 22 hours a day, despite a 2019 law."
        let row = "Aryan Dhaliwal · The Canadian Press · Posted: Jun 03, 2024 4:00 AM EDT | Last Updated: June 3"
        let raw = "Content Skip to Main ContentAccessibility Help\nMenu\nSearch\nNews\nSports\nCBC News\nTop Stories\nCanada\n\n"
            + "Federal inmates held in isolation beyond legal limits, watchdog finds\n\n\(stand)\n\n\(row)\n\nSocial Sharing\n\n\(body1)\n\n\(body3)\n"
        let doc = try await clean(raw)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(doc.frontMatter.contains(stand) && doc.frontMatter.contains(row))
        #expect(!doc.frontMatter.contains { $0.hasPrefix("Content Skip") })
    }

    @Test func aGallerysCaptionTheTextSizeButtonsAndACaptionUnderItsLabelledCreditAreNoStandfirst() async throws {
        let raw = "Montreal teen upsets Matsumura to reach quarter-finals\n\nNoémie Tremblay\nMONTREAL\nPublished August 6, 2025\n\n"
            + "Normal text size Larger text size Very large text size\n\nOpen this photo in gallery:\n"
            + "Canada's Mathis Gagnon-Roy reacts after defeating Japan's Kenta Matsumura in Montreal on Wednesday.Christinne Muschi/The Canadian Press\n\n"
            + "\(body1)\n\n\(body3)\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(!doc.frontMatter.contains { $0.hasPrefix("Canada's Mathis") || $0.hasPrefix("Normal text size") })
        let nation = "Donkey theft surges in Rift Valley\nSunday, February 18, 2024\nBy Wanjiku Mwangi\nNation Media Group\n"
            + "Photo credit: File | Nation Media Group\nDonkeys carry water containers in Maai Mahiu, Nakuru County.\n\(body1)\n\(body3)\n"
        #expect(try await cleaned(nation).text == [body1, body3].joined(separator: "\n\n"))
    }

    @Test func aFirstParagraphThatIsThePagesDescriptionIsTheStandfirst() async throws {
        let stand = "The critically endangered parrot's population has passed 250 for the first time since records began."
        let html = "<html><head><meta name=\"description\" content=\"\(stand)\"></head><body><h1>Kākāpō breeding season ends with 2 new chicks</h1>"
            + "<p><strong>\(stand)</strong></p><p>\(body1)</p><p>\(body3)</p></body></html>"
        let doc = try await cleaned(html, format: .html)
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(doc.frontMatter.last == stand)
    }

    @Test func aCaptionClosedByThePhotographerAndTheOutletBetweenBarsGoes() async throws {
        let caption = "Passengers help an injured woman out of a derailed coach in Kibera on May 16, 2024. | Evans Habil | Nation Media Group"
        let doc = try await cleaned("Commuter train derails in Kibera\n\n\(caption)\n\n\(body1)\n\n\(body3)\n")
        #expect(doc.text == [body1, body3].joined(separator: "\n\n"))
        #expect(LineFeatures(caption).credit)
        #expect(LineFeatures("A family inspects a fissure that cut through their farm in Mai Mahiu on November 14, 2024. | Photo | Francis Nderitu | Nation Media Group").credit)
        #expect(LineFeatures("Lumenar co-founders Karim Haddad, left, and Maëlle Bouchard at the company's offices in Montreal on Feb. 16.CHRISTINNE MUSCHI/The Globe and Mail").credit)
        #expect(!LineFeatures("The survey of 1,200 adults was run by Reuters/Ipsos in May.Pollsters said the margin of error was 3 points.").credit)
        // A footer's links after its copyright are no credit.
        #expect(!LineFeatures("© 2023 Gauteng Mercury. All rights reserved. | Privacy | PAIA Manual").credit)
    }
}

/// Captions under their credit's label, in brackets, or under a credit line of their own.
@Suite struct CleanupCaptionFormTests {
    private func body(with caption: String) async throws -> String {
        let raw = "Safaricom profit rises as Ethiopia losses narrow\n\nBy Jane Doe\n\n"
            + "The first paragraph of the story is here and it is long enough to count as a paragraph of text.\n\n"
            + caption + "\n\nThe second paragraph of the story goes on with more words and facts about the matter at hand.\n"
        return try await cleaned(raw).text
    }

    @Test func aCaptionInBracketsClosingOnItsCreditGoes() async throws {
        let text = try await body(with: "[Safaricom chief executive Peter Ndegwa in Nairobi on May 9, 2024. PHOTO | LUCY WANJIRU | NMG]")
        #expect(!text.contains("Ndegwa") && text.contains("The second paragraph"))
    }

    @Test func aCaptionAfterItsLabelAndCreditGoes() async throws {
        for caption in ["Photo | Courtesy National Museums of Kenya: The newly described giant sengi, photographed by a camera trap.",
                        "Photo / NIWA: Hundreds of brooding octopuses were filmed clustered around a hydrothermal seep.",
                        "PHOTO | FILE | NMG  University of Nairobi students protest against the new funding model outside Parliament."] {
            let text = try await body(with: caption)
            #expect(!text.lowercased().contains("photo") && text.contains("The second paragraph"), "\(caption)")
        }
    }

    @Test func aCaptionUnderALongBarredCreditLineGoes() async throws {
        let text = try await body(with: "Photo | Winnie Atieno | Nation Media Group\nHerders water their camels at a shallow well in Lokichar on February 6, 2025.")
        #expect(!text.contains("Herders") && !text.contains("Winnie"))
    }
}
