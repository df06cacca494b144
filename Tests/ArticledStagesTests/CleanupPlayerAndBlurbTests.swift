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

    @Test func anAudioPlayersLengthAndLabelGo() async throws {
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\nAudio | 7:32 | Saskatoon Morning\nRemembering Lorraine Desjarlais\n\n"
            + "\(paragraphs[1])\n\n\(paragraphs[2])\n"
        #expect(MediaPlayerBlock.isLength("Audio | 7:32 | Saskatoon Morning") && MediaPlayerBlock.isLength("Duration: 1:02:30"))
        #expect(!MediaPlayerBlock.isLength("Duration 2 hours") && !MediaPlayerBlock.isLength("Video of the attack was shared widely."))
        let text = try await cleaned(raw).text
        #expect(!text.contains("7:32") && text.hasPrefix(paragraphs[0]) && text.hasSuffix(paragraphs[2]))
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
            "This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.",
        ]
        for blurb in blurbs {
            let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(paragraphs[1])\n\n\(blurb)\n\n\(paragraphs[2])\n"
            #expect(try await cleaned(raw).text == story, "\(blurb)")
        }
    }

    @Test func aSentenceThatGetsTheLatestIsStillText() async throws {
        let line = "Farmers say they get the latest forecasts too late to move their herds, the survey found."
        let raw = "EU leaders press China\n\n\(paragraphs[0])\n\n\(line)\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text.contains(line))
    }
}
