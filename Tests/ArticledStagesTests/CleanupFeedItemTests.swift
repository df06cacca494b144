import ArticledCore
import Testing
@testable import ArticledStages

/// A feed item saved as the article: read as the page it stands for.
@Suite struct CleanupFeedItemTests {
    private let paragraph1 = "Nicolás Abalde-Rey hit a step-back three-pointer with 4.1 seconds left as Real Madrid beat Fenerbahçe 84-81 on Thursday."
    private let paragraph2 = "The 24-year-old guard, who had missed his previous four attempts from deep, took a handoff and buried the shot."

    private var rss: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>MARCA in English - Basketball</title>
        <link>https://www.marca.com/en/basketball.html</link>
        <item>
        <title>Abalde-Rey's late three sinks Fenerbahçe as Real Madrid keep top spot</title>
        <pubDate>Thu, 14 Mar 2024 22:47:00 +0000</pubDate>
        <dc:creator><![CDATA[Luis Ángel Ortega]]></dc:creator>
        <description>&lt;p&gt;The guard hit the decisive shot.&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>\(paragraph1)</p>
        <p>\(paragraph2)</p>]]></content:encoded>
        </item>
        </channel>
        </rss>
        """
    }

    @Test func anRSSItemIsReadAsItsArticle() async throws {
        var doc = Document(id: "x", sourceFile: "feed.txt", format: .text, raw: rss)
        try await CleanupStage().process(&doc)
        #expect(doc.text == paragraph1 + "\n\n" + paragraph2)
        try await ExtractStage().process(&doc)
        #expect(doc.title == "Abalde-Rey's late three sinks Fenerbahçe as Real Madrid keep top spot")
        #expect(doc.authors == ["Luis Ángel Ortega"])
        #expect(doc.published?.hasPrefix("2024-03-14") == true)
        #expect(doc.publisher == "MARCA in English")
    }

    @Test func anAtomEntryIsReadAsItsArticle() {
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title>
        <entry><title>Ferry strike called off</title><author><name>Jane Doe</name></author>
        <published>2024-03-14T08:00:00Z</published><content type="html">&lt;p&gt;\(paragraph2)&lt;/p&gt;</content></entry></feed>
        """
        let page = FeedItem.page(atom)
        #expect(page?.contains("<h1>Ferry strike called off</h1>") == true)
        #expect(page?.contains("<p>By Jane Doe</p>") == true)
        #expect(page?.contains("<p>\(paragraph2)</p>") == true)
        #expect(page?.contains("Source: Harbour Gazette") == true)
    }

    @Test func anArticleIsNoFeed() {
        #expect(FeedItem.page("<html><body><h1>Ferry strike called off</h1><p>Text.</p></body></html>") == nil)
        #expect(FeedItem.page("Ferry strike called off\n\nThe <rss> tag was mentioned in the story.") == nil)
    }
}
