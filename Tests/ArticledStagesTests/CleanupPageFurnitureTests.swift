import ArticledCore
import Testing
@testable import ArticledStages

/// Furniture set among the paragraphs: a picture's caption that closes on its photographer's
/// credit, a credit on a line of its own under its caption, and HTML blocks a site classes as
/// newsletter boxes, captions, embedded posts or comment widgets.
@Suite struct CleanupPageFurnitureTests {
    private let paragraphs = [
        "The township committee accepted the chief's resignation on Monday night after a closed session that lasted two hours.",
        "The state comptroller's office opened its review of overtime payments in March, officials said.",
    ]

    private var story: String { paragraphs.joined(separator: "\n\n") }

    @Test func aCaptionClosingOnAPhotographersCreditGoes() async throws {
        for caption in ["Walter Quinlan speaks at a township meeting in 2022. (Bulletin file photo by Sam Oyelaran)",
                        "Bacterial colonies grown from soil samples at the laboratory. (Express photo by Suresh Gowda)"] {
            let raw = "Police chief resigns\n\n\(paragraphs[0])\n\n\(caption)\n\n\(paragraphs[1])\n"
            #expect(try await cleaned(raw).text == story, "\(caption)")
        }
    }

    @Test func aCaptionClosingOnAPhotographersBareNameGoesButATitledNameStays() async throws {
        let caption = "Blockvault founder Dmitri Karagounis outside the company's former Collins Street offices in 2022. Eamon Gallagher"
        let raw = "Police chief resigns\n\n\(paragraphs[0])\n\n\(caption)\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text == story)
        var titled = "The agency was led at the time by its director-general, Prof. Adaeze Nwachukwu"
        #expect(titled.withUTF8 { PictureCredit.closesCaption($0) } == false)
    }

    @Test func appLinksAnInlineAdAndANewslettersConsentNoteGo() async throws {
        for notice in ["Android: https://bit.ly/3ZDkSU5", "Inline ad: Download the Punch Lite App for the latest news on the go.",
                       "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. Read our Privacy Notice."] {
            let raw = "Police chief resigns\n\n\(paragraphs[0])\n\n\(notice)\n\n\(paragraphs[1])\n"
            #expect(try await cleaned(raw).text == story, "\(notice)")
        }
    }

    @Test func aCreditAloneInBracketsTakesTheCaptionAboveIt() async throws {
        let raw = "Police chief resigns\n\n\(paragraphs[0])\n\nChef Mariana Okafor-Lind trims mackerel at the counter on Tuesday.\n"
            + "(Gabriel Fontaine / Casco Bay Herald)\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func aPhotoInsideASentenceIsNoCredit() async throws {
        let line = "The officers were identified from a photo (taken by a neighbour) that was shared online."
        let raw = "Police chief resigns\n\n\(paragraphs[0])\n\n\(line)\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text == [paragraphs[0], line, paragraphs[1]].joined(separator: "\n\n"))
    }

    @Test func htmlBlocksClassedAsFurnitureGo() async throws {
        let html = """
            <html><body><h1>Police chief resigns</h1>
            <p>\(paragraphs[0])</p>
            <div class="newsletter-promo"><h3>Get the Morning Ledger</h3><div><p>The news that matters. Delivered every Tuesday.</p></div></div>
            <p class="caption">Walter Quinlan speaks at a meeting in 2022.</p>
            <div class="twitter-embed"><blockquote>WHAT A WIN! Carries his bat for 186<br>&mdash; Cricket (@WACA_Cricket) November 23, 2024</blockquote></div>
            <p>\(paragraphs[1])</p>
            <div class="comments">Comments (14) — Comments are moderated.</div>
            <div class="contributions-epic"><p>Not everyone can afford to pay for news right now. That is why we keep our journalism open for everyone to read.</p></div>
            </body></html>
            """
        #expect(try await cleaned(html, format: .html).text == story)
    }

    @Test func aClassOnlyResemblingFurnitureKeepsItsText() async throws {
        let html = """
            <html><body><h1>Police chief resigns</h1>
            <div class="commentary-body"><p>\(paragraphs[0])</p></div>
            <p class="shared-story">\(paragraphs[1])</p>
            </body></html>
            """
        #expect(try await cleaned(html, format: .html).text == story)
    }

    @Test func aBarredPhotoCreditAloneTakesTheCaptionUnderIt() async throws {
        let raw = "Police chief resigns\n\n\(paragraphs[0])\n\nPhoto | File\nA bartender serves customers at a pub in Nairobi's Westlands area.\n\n"
            + "\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text == story)
    }

    @Test func aNewsletterBoxBetweenParagraphsGoesWithItsTeaser() async throws {
        let raw = "Police chief resigns\n\n\(paragraphs[0])\n\nAdd some \"good\" to your morning and evening.\n"
            + "A variety of newsletters you'll love, delivered straight to you.\nSign up now\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(raw).text == story)
        // A short paragraph over a line of its own stays.
        let told = "The chief had told staff on Friday."
        let kept = "Police chief resigns\n\n\(paragraphs[0])\n\n\(told)\nSign up for our newsletter.\n\n\(paragraphs[1])\n"
        #expect(try await cleaned(kept).text == [paragraphs[0], told, paragraphs[1]].joined(separator: "\n\n"))
    }

    @Test func aNewsletterBlurbClosedBySignUpBetweenParagraphsGoes() async throws {
        for promo in ["The Reuters Sustainable Switch newsletter brings you the latest ESG news and trends to help you make better business decisions. Sign up here.",
                      "Start the day with a summary of the day's most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.",
                      "For all the latest Cities News, download Indian Express App.",
                      "For more news about the latest typhoon, visit our dedicated page."] {
            let raw = "Police chief resigns\n\n\(paragraphs[0])\n\n\(promo)\n\n\(paragraphs[1])\n"
            #expect(try await cleaned(raw).text == story, "\(promo)")
        }
    }

    @Test func aCaptionWithItsCreditGluedToTheFullStopIsNoStandfirst() async throws {
        let raw = "Police chief resigns\n\nBy Harriet Albanese\nMarch 6, 2025 — 5.00am\n\n"
            + "Jaume Vilaseca at the Sydney Opera House last year.Credit: Janie Barrett\n\n\(story)\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == story)
        #expect(extractedMetadata(doc.frontMatter, back: doc.backMatter).subtitle == nil)
    }

    @Test func aCaptionClosedByTheOutletAndItsPhotographerInBracketsGoes() async throws {
        let caption = "Tomasz Kowalczyk says paramedics are spending entire shifts ramped. (ABC News: Che Chorley)"
        #expect(try await cleaned("Police chief resigns\n\n\(paragraphs[0])\n\n\(caption)\n\n\(paragraphs[1])\n").text == story)
        // A paragraph closed by a section of a law in brackets stays.
        let law = "The council said the fine was set by the state's planning act (Section 12: Penalties)."
        #expect(try await cleaned("Police chief resigns\n\n\(paragraphs[0])\n\n\(law)\n\n\(paragraphs[1])\n").text.contains(law))
    }
}
