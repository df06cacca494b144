import ArticledCore
import Testing
@testable import ArticledStages

/// Metadata a page gives in more than one place, or packed on one row: the fullest date, the
/// byline beside its outlet and date, the standfirst after a marked-up headline.
@Suite struct MetadataPageRowTests {
    private func extracted(_ front: [String], raw: String = "", format: InputFormat = .text) -> Document {
        extractedMetadata(front, raw: raw, format: format)
    }

    @Test func aRowOfBylineOutletAndDateIsReadPartByPart() {
        let doc = extracted(["Freeland defends carbon rebate changes as Conservatives push for snap vote",
                             "Catherine Lévesque · CBC News · Posted: Oct 17, 2023 4:05 PM EDT | Last Updated: October 17, 2023"])
        #expect(doc.authors == ["Catherine Lévesque"])
        #expect(doc.published == "2023-10-17T16:05-04:00")
    }

    @Test func aTaglineClosingOnItsAuthorNamesTheAuthor() {
        let doc = extracted(["The Final Whistle #142: Okafor's move, and what it means for Villa",
                             "A weekly newsletter on the business of football, by Jamie Fletcher"])
        #expect(doc.authors == ["Jamie Fletcher"])
        #expect(AuthorFinder.taglineAuthor("Prices rose, by 3 per cent") == nil)
    }

    @Test func aDatedLineOfFurnitureStillDatesTheArticle() async throws {
        var doc = Document(id: "x", sourceFile: "a.md", format: .markdown, raw: """
        # The Final Whistle #142: Okafor's move, and what it means for Villa

        **Sent on 30 August 2025** · [View in browser](https://example.com/p/142) · [Unsubscribe](https://example.com/u)

        Okafor completed his move to Aston Villa on Friday night after a week of talks between the two clubs, his agent said.

        The fee could rise with add-ons, according to people familiar with the deal, who asked not to be named.
        """)
        try await CleanupStage().process(&doc)
        MetadataExtractor().extract(into: &doc)
        #expect(doc.published == "2025-08-30")
    }

    @Test func aRowOfTwoDatesIsReadDateByDate() {
        let doc = extracted(["Israel and Hamas agree Gaza ceasefire and hostage deal",
                             "Published On 15 Jan 2025 | Updated: 16 Jan 2025 02:10 (GMT+3)"])
        #expect(doc.published == "2025-01-15")
    }

    @Test func anOffsetFromGMTIsTheTimeZone() {
        #expect(DateParser.find(in: "October 2, 2024 11:38 AM GMT+2")?.iso == "2024-10-02T11:38+02:00")
        #expect(DateParser.find(in: "16 Jan 2025 02:10 (GMT+3)")?.iso == "2025-01-16T02:10+03:00")
        #expect(DateParser.find(in: "March 3, 2025 20:42 UTC+5:30")?.iso == "2025-03-03T20:42+05:30")
    }

    @Test func aPlaceBesideTheBylineIsNoSecondAuthor() {
        let doc = extracted(["Delhi results stun rivals in capital", "Ananya Sharma | New Delhi | Updated: Feb 8, 2025, 18:42 IST"])
        #expect(doc.authors == ["Ananya Sharma"])
    }

    @Test func theMarkedUpDateCompletesTheShownOneWithItsZone() {
        let raw = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Residents vow to fight Hove tower\", \"datePublished\": \"2024-03-12T18:45:00+00:00\"}</script></head><body></body></html>"
        let doc = extracted(["Residents vow to fight Hove tower after council vote", "By Hannah Whitcombe", "12 March 2024, 18:45"], raw: raw, format: .html)
        #expect(doc.published == "2024-03-12T18:45:00+00:00")
    }

    @Test func aMarkedUpDateOfAnotherDayDoesNotReplaceTheShownOne() {
        #expect(MetadataExtractor.completed("2024-03-12", by: "2024-03-13T09:00Z") == "2024-03-12")
        #expect(MetadataExtractor.completed("2024-03-12", by: "2024-03-12T09:00Z") == "2024-03-12T09:00Z")
        #expect(MetadataExtractor.completed(nil, by: "2024-03-12") == "2024-03-12")
    }

    @Test func aBareBylineLosesItsHonorific() {
        #expect(BylineParser.bareName(in: "Dr Naomi Fairweather") == "Naomi Fairweather")
    }

    @Test func theStandfirstFollowsTheMarkedUpHeadline() {
        let raw = "<html><body><p>Transfer news</p><h1>Newcastle complete signing of winger Tiago Moreira</h1></body></html>"
        let doc = extracted(["Transfer news", "Newcastle complete signing of winger Tiago Moreira",
                             "Portugal international signs five-year deal at St James' Park after marathon talks"], raw: raw, format: .html)
        #expect(doc.title == "Newcastle complete signing of winger Tiago Moreira")
        #expect(doc.subtitle != doc.title)
    }

    @Test func aZonedMarkedUpTimeReplacesTheSameMomentShownInLocalTime() {
        #expect(MetadataExtractor.completed("2025-07-14T15:12", by: "2025-07-14T05:12:00+00:00") == "2025-07-14T05:12:00+00:00")
        #expect(MetadataExtractor.completed("2025-07-14T00:30", by: "2025-07-13T14:30:00Z") == "2025-07-13T14:30:00Z")
        // Not a placeholder midnight, nor a moment more than a day's offsets away.
        #expect(MetadataExtractor.completed("2025-07-14T15:12", by: "2025-07-14T00:00:00Z") == "2025-07-14T15:12")
        #expect(MetadataExtractor.completed("2025-07-14T15:12", by: "2025-07-15T09:00:00Z") == "2025-07-14T15:12")
    }

    @Test func aFootersPublicationDateBeatsAnUpdateAbove() {
        let front = ["Bengaluru civic polls: BJP sweeps south", "Shruthi Rao", "Updated: Nov 15, 2025, 22:41 IST"]
        #expect(PublicationDateFinder.date(front: front, back: ["Published 15 November 2025, 16:05 IST"]) == "2025-11-15T16:05+05:30")
        #expect(PublicationDateFinder.date(front: front, back: []) == "2025-11-15T22:41+05:30")
        #expect(PublicationDateFinder.date(front: front + ["15 November 2025"], back: ["Published 14 November 2025"]) == "2025-11-15")
    }
}
