import ArticledCore
import Testing
@testable import ArticledStages

/// A video or audio player's text and the outlet's blurbs set among the paragraphs: a
/// newsletter's pitch, a donation box, comment rules, syndication and land notices.
@Suite struct CleanupPlayerAndBlurbTests {
    private let paragraphs = [
        "European Union leaders told China on Thursday that its support for Russia was the biggest obstacle to better relations.",
        "Chinese officials rejected the criticism, saying Beijing was not a party to the conflict and traded normally.",
        "The talks will resume in the autumn, diplomats said after the summit ended without agreement on trade.",
    ]

    private var story: String { paragraphs.joined(separator: "\n\n") }

    @Test func aVideoPlayersLabelTitleAgeLengthAndDescriptionGo() async throws {
        let player = """
        WATCH | Ukrainians in Zaporizhzhia shelter from overnight strikes:
        Residents describe a night of explosions
        2 hours ago
        Duration 2:14
        Residents of Zaporizhzhia describe a night of explosions as Russian missiles hit the city. Posted Nov 2, 2025.
        """
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(player)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func aPlayersClipLengthTitleAndAgeBetweenItsLabelAndItsDurationGo() async throws {
        let player = """
        WATCH | Why are so few mid-rise buildings going up in Toronto?

        2:14
        Why are so few mid-rise buildings going up in Toronto?
        3 months ago
        Duration 2:14
        Builders say costs, fees and lengthy approvals make mid-rise projects hard to finance.
        """
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(player)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func anAudioPlayersLengthAndLabelGo() async throws {
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\nAudio | 7:32 | Saskatoon Morning\nRemembering Lorraine Desjarlais\n\n"
            + "\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(MediaPlayerBlock.isLength("Audio | 7:32 | Saskatoon Morning") && MediaPlayerBlock.isLength("Duration: 1:02:30"))
        #expect(!MediaPlayerBlock.isLength("Duration 2 hours") && !MediaPlayerBlock.isLength("Video of the attack was shared widely."))
        let text = try await cleaned(raw).text
        #expect(!text.contains("7:32") && text.hasPrefix(paragraphs[0]) && text.hasSuffix(paragraphs[2]))
    }

    @Test func aPlayersPositionOverItsLengthAndItsLabelGoButNotTheParagraphAfter() async throws {
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\nListen to this article\n00:00 / 07:12\n\n"
            + "Short paragraph of the story goes on here.\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        let text = try await cleaned(raw).text
        #expect(!text.contains("00:00") && !text.contains("Listen to this"))
        #expect(text.contains("Short paragraph of the story goes on here."))
    }

    @Test func aJournalistsBiographyWithATownAndAPleaForAFreePressGo() async throws {
        let raw = "EU leaders press China\n\n\(story)\n\nSipho Dlamini is a science writer based in Johannesburg. "
            + "Leila Fourie is Daily Maverick's environment reporter.\n\nJoin Maverick Insider and help defend a free press.\n"
        #expect(try await cleaned(raw).text == story)
        // A sentence of the story about someone based in a town stays.
        let sentence = "Thabo Nkosi is a farmer based in Limpopo who grows citrus for export."
        #expect(try await cleaned("EU leaders press China\n\n\(story)\n\n\(sentence)\n").text == story + "\n\n" + sentence)
        // Based in a town, only a newsroom's post makes a biography of the article's author.
        #expect(ArticleLayout.biographyAuthor(in: "Sipho Dlamini is a science writer based in Johannesburg.") == "Sipho Dlamini")
        #expect(ArticleLayout.biographyAuthor(in: "Amina Yusuf is a film producer based in Lagos.") == nil)
    }

    @Test func aBoxOfKeyPointsWithoutFullStopsGoesWhole() async throws {
        let box = """
        Key points:
        China's support for Russia is the main obstacle to better relations with the bloc, EU leaders say
        Beijing says it is not a party to the conflict and trades normally with both sides
        The talks will resume in the autumn after the summit ended without an agreement on trade
        """
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(box)\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func theOutletsBlurbsGo() async throws {
        let blurbs = [
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more "
                + "information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.",
            "Keep up with the stories of the day with our lunchtime news wrap.",
            "Get the latest political news and analysis, every Friday.",
            "Catch all the Latest India News, Breaking News Event and Latest News Updates on Hindustan Times.",
            "(Catch all the Business News, Breaking News, Events and Latest News Updates on The Economic Times.)",
            "At Premium Times, we firmly believe in the importance of high-quality journalism. Kindly make a modest contribution to sustain our journalism. Click here to donate.",
            "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.",
            "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.",
            "Acknowledgement of Country: The ABC acknowledges the First Nations owners of the lands where we live and work.",
            "Support PREMIUM TIMES' journalism of integrity and credibility\nMake a Contribution",
            "Recommended Topics: Delhi Police, Cyber Fraud, Digital Arrest, CBI",
            "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.",
        ]
        for blurb in blurbs {
            let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(paragraphs[1])\n\n\(blurb)\n\n\(paragraphs[2])\n"
            #expect(try await cleaned(raw).text == story, "\(blurb)")
        }
    }

    @Test func theOutletsClosingNotesUnderTheTopicsGo() async throws {
        let tail = """
        Posted 5h ago5 hours ago, updated 1h ago1 hours ago
        Topics: Health, Medical Research, Cancer, Melbourne, VIC, Australia

        Top Stories
        We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
        ABC acknowledges Aboriginal and Torres Strait Islander peoples...
        This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyrighted and cannot be reproduced.
        AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)
        """
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(paragraphs[1])\n\n\(paragraphs[2])\n\n\(tail)\n"
        #expect(try await cleaned(raw).text == story)
        // The story's own sentence about an acknowledgement stays.
        #expect(!ClosingSection.isDisclaimer(ArticleLine(text: "The council voted to acknowledge Aboriginal and Torres Strait Islander "
            + "peoples at the start of every meeting.", block: 0)))
    }

    @Test func aSentenceThatGetsTheLatestIsStillText() async throws {
        let line = "Farmers say they get the latest forecasts too late to move their herds, the survey found."
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(line)\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text.contains(line))
    }
}

/// The end of a key-points box and of a player, and a subheading over a quotation: what
/// follows them is the story.
@Suite struct CleanupBoxEndTests {
    @Test func whatsNextClosesTheBoxWithItsOnePoint() async throws {
        let doc = try await cleaned("""
        Regional music festival cancelled five days out

        In short:
        The festival in northern NSW has been cancelled less than a week before it was due to start.
        The promoter says insurance premiums tripled after last year's floods.
        What's next?
        Ticket holders will be refunded automatically within 30 days.
        One of Australia's largest regional music festivals has been cancelled five days before it was due to open, leaving about 25,000 ticket holders, dozens of local businesses and more than 60 acts out of pocket.

        The festival, held each February on farmland outside Murwillumbah, was called off late on Thursday night in a statement.
        """)
        #expect(doc.text.hasPrefix("One of Australia's largest regional music festivals"))
        #expect(!doc.text.contains("refunded automatically") && !doc.text.contains("What's next?"))

        let apart = try await cleaned("""
        CSIRO to cut 350 research jobs

        In short:
        Australia's national science agency, CSIRO, will cut up to 350 research positions over the next 12 months.

        What's next?
        The CSIRO Staff Association says it will fight the cuts and has called on the minister to intervene.

        Australia's national science agency will shed up to 350 research jobs, with staff working on climate modelling told this morning that their teams will be among the hardest hit.

        The agency said rising costs had left it with a gap of $110 million.
        """)
        #expect(apart.text.hasPrefix("Australia's national science agency will shed"))
    }

    @Test func sentencesAboveTheStoryThatItTellsAgainAreABoxWithoutALabel() async throws {
        let story = """
        eThekwini Municipality's billing and prepaid electricity systems have been offline for more than a week after a ransomware attack, leaving thousands of Durban residents unable to buy electricity.

        The RansomHub group has since listed the municipality on its leak site, claiming to have stolen 1.2 terabytes of data, including ID numbers, bank details and addresses.

        The Information Regulator said it was investigating, and the Hawks confirmed a case had been opened.
        """
        let doc = try await cleaned("""
        Ransomware gang hits city billing

        Lwandile Sithole-Naidoo

        Tuesday, 8 October 2024

            eThekwini Municipality has confirmed a ransomware attack on its billing system.
            The RansomHub group claims to have stolen 1.2TB of residents' data.
            The Information Regulator and the Hawks are investigating.

        \(story)
        """)
        #expect(doc.text == story)
        // A lead set one sentence a line, telling what no later line repeats, stays.
        let lead = "The mayor of Ashby resigned on Friday.\nCouncillors will choose her successor next week."
        let kept = try await cleaned("Ashby mayor quits\n\n\(lead)\n\n\(story)\n")
        #expect(kept.text.hasPrefix("Councillors will choose her successor next week."))
    }

    @Test func aNetworkPagesTaglineVideoCaptionAndAdvertBreakAreNoStory() async throws {
        let doc = try await cleaned("""
        EL PASO TIMES
        Part of the USA TODAY Network
        News
        Sports
        IMMIGRATION
        Asylum seekers wait months for appointments as new rule cuts crossings
        Gabriela Montes-Whitaker
        El Paso Times
        Published 5:02 a.m. MT Aug. 14, 2024 | Updated 9:30 a.m. MT Aug. 14, 2024
        Show Caption
        Hide Caption
        Migrants wait for appointments in Ciudad Juarez
        Venezuelan and Haitian migrants at a shelter describe months of waiting for an appointment on the app.
        Gabriela Montes-Whitaker, El Paso Times

        Every morning at 9 o'clock, Yorleidy Castano opens the app on a cracked phone and taps the button to request an appointment.

        But the rule has pushed thousands of people to
        Story continues below

        wait in Ciudad Juarez for one of the roughly 1,450 daily appointments available, shelter operators say.
        """)
        #expect(doc.text == "Every morning at 9 o'clock, Yorleidy Castano opens the app on a cracked phone and taps the button to request an appointment."
            + "\n\nBut the rule has pushed thousands of people to wait in Ciudad Juarez for one of the roughly 1,450 daily appointments available, shelter operators say.")
        let meta = extractedMetadata(doc.frontMatter, back: doc.backMatter)
        #expect(meta.title == "Asylum seekers wait months for appointments as new rule cuts crossings")
        #expect(meta.authors == ["Gabriela Montes-Whitaker"])
    }

    @Test func aLongLineAfterAPlayersLengthIsTheStoryGoingOn() async throws {
        let doc = try await cleaned("""
        Kenyan-born painter's canvas sells for record price

        The painting sold for $1.2 million at auction in Toronto on Thursday night, the auction house said.

        WATCH | Inside the bidding war for Matatu Hour:
        Duration 2:14
        Wambugu-Laurent, 44, grew up in Eldoret in western Kenya and studied at the Kuona Artists Collective in Nairobi before moving to Quebec in 2009 to do a master's degree at Concordia University.

        Speaking to CBC News by phone from her studio in Montreal, she said the price was "strange and wonderful and a little frightening."
        """)
        #expect(doc.text.contains("Wambugu-Laurent, 44, grew up in Eldoret"))
        #expect(!doc.text.contains("Duration 2:14"))
    }

    @Test func aQuotationUnderASubheadingThatRepeatsItsOpeningStays() async throws {
        let doc = try await cleaned("""
        Reef suffers fifth mass bleaching

        Aerial surveys have confirmed the Great Barrier Reef is experiencing its fifth mass bleaching event since 2016, scientists said on Friday.

        ## 'We know what the cause is'

        "We know what the cause is. It is the burning of coal, oil and gas, and the solution hasn't changed."

        The authority will release its full report next month, officials said.
        """, format: .markdown)
        #expect(doc.text.contains("It is the burning of coal, oil and gas"))
    }

    @Test func aPagesKeyPointsBoxIsNoPartOfTheStory() async throws {
        let doc = try await cleaned("""
        <html><body><h1>Farmers cut failing crops for hay</h1>
        <div class="keypoints"><h2>In short:</h2><p>The winter crop is forecast to be 40 per cent smaller than last year.</p>
        <p>Farmers are cutting failing crops for hay, and hay prices have doubled since June.</p></div>
        <p>Grain growers across South Australia are cutting failing wheat and barley crops for hay after the driest winter on record, with some warning they will harvest almost nothing.</p>
        <p>Prices at the saleyards rose again on Tuesday, agents said.</p></body></html>
        """, format: .html)
        #expect(doc.text.hasPrefix("Grain growers across South Australia"))
    }

    @Test func theStorysTagsGo() async throws {
        let doc = try await cleaned("""
        <html><body><main><article><h1>Koala park declared</h1>
        <p>Grain growers across South Australia are cutting failing wheat and barley crops for hay after the driest winter on record.</p>
        <p>Prices at the saleyards rose again on Tuesday, agents said.</p>
        <div class="tags"><span>Posted </span><a href="/t/koalas">Koalas</a>, <a href="/t/forestry">Forestry</a>, <a href="/t/coffs">Coffs Harbour</a>, <a href="/t/bellingen">Bellingen</a></div>
        </article></main>
        <footer><p>Acknowledgement of Country: The ABC acknowledges the First Nations owners of the lands where we live and work.</p>
        <p>&copy; 2025 ABC. Australian Broadcasting Corporation. All rights reserved.</p></footer>
        </body></html>
        """, format: .html)
        #expect(doc.text.hasSuffix("agents said."))
    }
}

/// Lines a page closes with: account prompts, channel invitations, helplines.
@Suite struct CleanupClosingPromptTests {
    @Test func accountPromptsChannelsAndHelplinesAfterTheStoryGo() async throws {
        let story = "Staff whose positions are being eliminated will be notified over the next six weeks, the college said on Tuesday."
        for tail in ["Become a CBC Member\nJoin the conversation  Create account\nAlready have an account?",
                     "If you or anyone you know needs help, call Lifeline on 13 11 14.",
                     "Join News24's WhatsApp channel for breaking news and the latest stories.",
                     "For more lifestyle news, follow us on Instagram | Twitter | Facebook and don't miss out on the latest updates!"] {
            let doc = try await cleaned("College cuts 120 jobs\n\nThe college will cut 120 jobs by March, its president said on Monday, blaming a fall in enrolment.\n\n\(story)\n\n\(tail)\n")
            #expect(doc.text.hasSuffix(story), "\(tail)")
        }
    }
}
