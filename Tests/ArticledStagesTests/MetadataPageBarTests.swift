import ArticledCore
import Testing
@testable import ArticledStages

/// Headline blocks with a bar's furniture: a label before the headline ("WATCH |"), a live
/// page's link above it, a row of edition links under the masthead, a section trail that ends
/// with the headline, and a byline whose job the markup glued on.
@Suite struct MetadataPageBarTests {
    @Test func aLabelInCapitalsBeforeABarIsNoPartOfTheHeadline() {
        let doc = extractedMetadata(["News24", "WATCH | Amcu calls strike at Mogale Platinum as wage talks collapse",
                                     "Lungile Mahlangu", "Published 08 Aug 2024 · 14:32"])
        #expect(doc.title == "Amcu calls strike at Mogale Platinum as wage talks collapse")
        let kept = extractedMetadata(["Brexit | What the deal means for farmers in Northern Ireland", "8 March 2024"])
        #expect(kept.title == "Brexit | What the deal means for farmers in Northern Ireland")
    }

    @Test func aLivePagesLinkAboveTheHeadlineIsNoHeadline() {
        let doc = extractedMetadata(["LIVE: Finance Bill 2024 protests - latest updates",
                                     "Nairobi MCAs pass Sh44.6bn budget amid walkout over ward development fund",
                                     "By KEVIN OTIENO", "Published Thu, Jun 27th 2024 at 11:32"])
        #expect(doc.title == "Nairobi MCAs pass Sh44.6bn budget amid walkout over ward development fund")
        #expect(doc.subtitle == nil)
    }

    @Test func aCaptionEndingWithACreditInSquareBracketsIsNoStandfirst() {
        let doc = extractedMetadata(["Nairobi MCAs pass Sh44.6bn budget amid walkout over ward development fund", "By KEVIN OTIENO",
                                     "Published Thu, Jun 27th 2024 at 11:32",
                                     "Nairobi MCAs during a past sitting at the County Assembly chambers. [File, Standard]"])
        #expect(doc.subtitle == nil)
    }

    @Test func aMastheadWithSmallWordsAboveTheMenuIsNoHeadline() {
        let doc = extractedMetadata(["Skip to main content", "The Globe and Mail", "Canada", "World", "Business", "World",
                                     "PNG Prime Minister Marape survives no-confidence vote as Bougainville row deepens",
                                     "Gabriel Iamo and Lucinda Harwood", "Port Moresby and Sydney", "Reuters", "Published October 8, 2025"])
        #expect(doc.title == "PNG Prime Minister Marape survives no-confidence vote as Bougainville row deepens")
        #expect(doc.publisher == "The Globe and Mail")
    }

    @Test func editionLinksUnderTheMastheadAndALabelledStandfirstEndingWithAFullStop() {
        let doc = extractedMetadata(["The Economic Times", "English Edition | E-Paper", "Energy Oil & Gas Power Renewable",
                                     "Business News › Industry › Energy › ONGC, bp to drill deepest well in Andaman basin",
                                     "ONGC, bp to drill deepest well in Andaman basin", "Synopsis",
                                     "State-run ONGC has tied up with British major bp to drill an ultra-deepwater well off the islands.",
                                     "By Rajeev Menon-Sharma, ET Bureau", "Last Updated: Jan 17, 2025, 10:12:00 PM IST"])
        #expect(doc.title == "ONGC, bp to drill deepest well in Andaman basin")
        #expect(doc.subtitle == "State-run ONGC has tied up with British major bp to drill an ultra-deepwater well off the islands.")
        #expect(doc.authors == ["Rajeev Menon-Sharma"])
        #expect(doc.published == "2025-01-17T22:12+05:30")
        #expect(doc.publisher == "The Economic Times")
    }

    @Test func aCopyrightSignLostAsAQuestionMarkStillNamesTheOwner() {
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: "")
        doc.frontMatter = ["Airline data leak: details of 4.9 million passengers sold on Telegram", "Written by Ananya Krishnan | Updated: November 21, 2024 10:42 IST"]
        doc.backMatter = ["? The Bengaluru Post Pvt Ltd"]
        doc.text = "The airline said on Wednesday that the breach was limited to a legacy customer database."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "The Bengaluru Post")
        doc.backMatter = ["Terms & Conditions | Privacy Policy | ? 2025 News24. All rights reserved."]
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "News24")
    }

    @Test func aJobLineOrAGluedJobOrACaptionIsNoAuthor() {
        let role = extractedMetadata(["Anwar's unity government shaken as Sabah ally quits over oil royalties", "Harriet Pemberton-Clarke",
                                      "South-east Asia Correspondent", "Thursday 18 September 2025 07:15 BST"])
        #expect(role.authors == ["Harriet Pemberton-Clarke"])
        let glued = extractedMetadata(["Kenya Airways Dreamliner diverts to Mombasa after smoke fills cabin",
                                       "By Brian Otieno Wafula Senior Business Reporter", "Tuesday, March 05, 2024"])
        #expect(glued.authors == ["Brian Otieno Wafula"])
        let caption = extractedMetadata(["DGCA suspends IndiGo pilots after tail strike at Mumbai", "Anirudh Raghavan Iyer",
                                         "Updated - January 12, 2024 at 07:15 PM. | New Delhi", "An IndiGo Airbus A321neo at Mumbai airport."])
        #expect(caption.authors == ["Anirudh Raghavan Iyer"])
    }

    @Test func aPageShowingOnlyItsUpdateTakesThePublicationItsMarkupGives() {
        let raw = #"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"RBI cuts repo rate by 50 bps to 5.5%","datePublished":"2025-06-06T11:45:00+05:30","dateModified":"2025-06-06T14:32:00+05:30"}</script></head></html>"#
        let front = ["RBI cuts repo rate by 50 bps to 5.5%, slashes CRR in surprise move", "By Priya Raghunathan", "Updated: June 6, 2025 14:32 IST"]
        #expect(extractedMetadata(front, raw: raw, format: .html).published == "2025-06-06T11:45:00+05:30")
        // A page that shows its publication keeps it.
        let shown = ["RBI cuts repo rate by 50 bps to 5.5%, slashes CRR in surprise move", "By Priya Raghunathan", "Published: June 6, 2025 12:10 IST"]
        #expect(extractedMetadata(shown, raw: raw, format: .html).published == "2025-06-06T12:10+05:30")
    }

    @Test func aCookieNoticeOrASectionsLabelInCapitalsIsNoHeadline() {
        let cookies = extractedMetadata(["The Irish Courier", "We use cookies to personalise content and ads. Manage preferences | Accept all",
                                         "Technology", "DPC fines Dublin chatbot firm €38m over use of children's conversations",
                                         "Regulator finds the firm failed to check ages of users as young as 11", "Aoife Ní Bhriain",
                                         "Technology Correspondent", "Tue Oct 14 2025 - 06:00"])
        #expect(cookies.title == "DPC fines Dublin chatbot firm €38m over use of children's conversations")
        let label = extractedMetadata(["Sustainability", "Climate & Energy", "Land Use & Biodiversity",
                                       "South African court orders fishing ban around African penguin colonies",
                                       "By Nomvula Khumalo and Tobias Grant", "March 10, 2025 3:47 PM GMT+2 Updated 3 hours ago"])
        #expect(label.title == "South African court orders fishing ban around African penguin colonies")
        #expect(label.subtitle == nil)
    }
}
