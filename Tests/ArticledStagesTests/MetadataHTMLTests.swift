import ArticledCore
import Testing
@testable import ArticledStages

/// Metadata from an HTML page's `<meta>` tags when the visible page is silent.
@Suite struct MetadataHTMLTests {
    @Test func readsMetaTags() {
        let tags = HTMLMetaTags.read("<head><meta property=\"og:site_name\" content=\"Daily Planet\"><META NAME='author' CONTENT='Jane Doe'><meta name=x></head>")
        #expect(tags["og:site_name"] == "Daily Planet")
        #expect(tags["author"] == "Jane Doe")
    }

    @Test func fillsOnlyWhatThePageDoesNotSay() {
        let html = "<html><head><meta property=\"og:site_name\" content=\"Daily Planet\"><meta property=\"article:published_time\" content=\"2022-06-16T09:00:00Z\"><meta name=\"author\" content=\"Jane Doe\"></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Floods hit the coast as rains intensify", "By John Roe"]
        doc.text = "The floods hit the coast on Monday, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "Daily Planet")
        #expect(doc.published == "2022-06-16T09:00:00Z")
        #expect(doc.authors == ["John Roe"])
    }

    @Test func theTagsNameEndsABylineThatRanOnIntoTheReportersJob() {
        let html = "<html><head><meta name=\"author\" content=\"Aoife Ní Bhriain\"></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Distillery wins appeal over Lough Conn site", "By Aoife Ní Bhriain Western Correspondent"]
        doc.text = "The board granted permission on Monday, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.authors == ["Aoife Ní Bhriain"])
    }

    @Test func textInputsIgnoreMetaLookingText() {
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: "<meta property=\"og:site_name\" content=\"X\">")
        doc.frontMatter = ["Floods hit the coast as rains intensify"]
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == nil)
    }

    @Test func thePagesTitleNamesTheOutletBetterThanTheGroupOwningIt() {
        let html = "<html><head><title>Bus drivers to strike for six days - West of Scotland Observer</title></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Bus drivers to strike for six days", "By John Roe"]
        doc.backMatter = ["© Clydeside Newspapers Ltd 2024. Registered in Scotland."]
        doc.text = "Drivers will walk out on Monday, the union said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "West of Scotland Observer")
        // And its fuller form ("The Carolina Ledger") over a shorter one.
        let ledger = "<html><head><title>Maker to pay $640m - The Carolina Ledger</title></head><body></body></html>"
        var other = Document(id: "y", sourceFile: "b.html", format: .html, raw: ledger)
        other.frontMatter = ["Maker to pay $640m", "By John Roe"]
        other.backMatter = ["Copyright © 2025 Carolina Ledger Publishing Co. All rights reserved."]
        other.text = "The company agreed to pay on Monday, the court said."
        MetadataExtractor().extract(into: &other)
        #expect(other.publisher == "The Carolina Ledger")
        // And its spaced form ("CTV News") over the site's tag run together ("CTVNews").
        let ctv = "<html><head><meta property=\"og:site_name\" content=\"CTVNews\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pipeline deal agreed\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"CTV News\"}}</script></head><body></body></html>"
        var third = Document(id: "z", sourceFile: "c.html", format: .html, raw: ctv)
        third.frontMatter = ["Pipeline deal agreed", "By John Roe"]
        third.text = "The companies agreed on Monday, the court said."
        MetadataExtractor().extract(into: &third)
        #expect(third.publisher == "CTV News")
    }

    @Test func aShortMarkedUpHeadlineKeepsTheLongLineUnderItAsItsStandfirst() {
        let dek = "Satellites and cameras now spot most wildfires in the American West. What are they seeing that the machines can't?"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: "<html><body><h1>The Last Watchers</h1></body></html>")
        doc.frontMatter = ["LONG READ", "The Last Watchers", dek, "Story by Caleb Whitlock", "JULY 15, 2024"]
        doc.text = "The first thing Dot Harkness does every morning is look."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.title == "The Last Watchers")
        #expect(doc.subtitle == dek)
    }

    @Test func theBylineAPageMarksUpByItsClassNamesTheAuthors() {
        let html = "<html><body><h1>Crane collapse builder jailed</h1><div class=\"ssrcss-byline\"><span>Ciara McGuigan</span>"
            + "<span>BBC News NI, Dungannon Crown Court</span></div><p>A builder was jailed on Friday.</p></body></html>"
        #expect(HTMLByline.lines(html) == ["Ciara McGuigan", "BBC News NI, Dungannon Crown Court"])
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Crane collapse builder jailed", "Ciara McGuigan", "BBC News NI, Dungannon Crown Court"]
        doc.text = "A builder was jailed on Friday."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.authors == ["Ciara McGuigan"])
        let two = "<div class=\"byline\"><a href=\"/a\">Marisol Vance</a> and <a href=\"/b\">Jerome K. Tillman</a><br>The Ohio Valley Dispatch</div>"
        #expect(AuthorFinder.markedUpAuthors(HTMLByline.lines(two)) == ["Marisol Vance", "Jerome K. Tillman"])
        // An author's biography box holds no byline.
        #expect(HTMLByline.lines("<div class=\"author-bio\">Jane Doe covers courts.</div>").isEmpty)
    }

    @Test func aSiteNameInSmallLettersOpensWithACapital() {
        let html = "<html><head><meta property=\"og:site_name\" content=\"the Guardian\"></head><body></body></html>"
        let doc = extractedMetadata(["Floods hit the coast as rains intensify", "By John Roe"], raw: html, format: .html)
        #expect(doc.publisher == "The Guardian")
    }

    @Test func theShownDateTheMarkupAgreesWithWinsOverTheMastheadsDate() {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2024-11-18T09:15:42+01:00\"></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Tuesday, November 19, 2024", "Studio signs $12m slate deal with streamer", "By John Roe", "November 18, 2024"]
        doc.text = "The studio signed the deal on Monday, its chief executive said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.published == "2024-11-18T09:15:42+01:00")
        // Without the markup's word, the earlier date under the headline still wins over the masthead's.
        var plain = Document(id: "y", sourceFile: "b.html", format: .html, raw: "<html><body></body></html>")
        plain.frontMatter = doc.frontMatter
        plain.text = doc.text
        MetadataExtractor().extract(into: &plain)
        #expect(plain.published == "2024-11-18")
        // A later date under the headline is no masthead's: the first stands.
        var later = plain
        later.frontMatter = ["Monday, November 18, 2024", "Studio signs $12m slate deal with streamer", "By John Roe", "November 19, 2024"]
        MetadataExtractor().extract(into: &later)
        #expect(later.published == "2024-11-18")
    }
}
