import ArticledCore
import Testing
@testable import ArticledStages

/// What an HTML page says of itself beyond its `<meta>` tags: the JSON-LD article, and the
/// headline it marks up with `<h1>` or `<title>`.
@Suite struct MetadataPageMarkupTests {
    static let page = """
    <html><head><title>Council approves bike lanes | Bayview Chronicle</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Bayview"},
      {"@type": "NewsArticle", "headline": "Council approves bike lanes", "datePublished": "2024-02-07T13:20:00-08:00",
       "author": [{"@type": "Person", "name": "Jonah Whitcombe"}, "Ana Ruiz"], "publisher": {"@type": "Organization", "name": "Bayview Chronicle"}}]}
    </script><script type="application/ld+json">{ not json </script></head>
    <body><div>WEATHER ALERT: Wind Advisory until 9 PM</div><h1 class="headline">Council approves <em>bike</em> lanes</h1></body></html>
    """

    @Test func readsTheArticleOfTheJSONLD() {
        let article = LinkedDataArticle.read(Self.page)
        #expect(article?.headline == "Council approves bike lanes")
        #expect(article?.authors == ["Jonah Whitcombe", "Ana Ruiz"])
        #expect(article?.datePublished == "2024-02-07T13:20:00-08:00")
        #expect(article?.publisher == "Bayview Chronicle")
        #expect(LinkedDataArticle.read("<script type=\"application/ld+json\">[1, 2]</script>") == nil)
    }

    @Test func readsTheHeadlineMarkUp() {
        #expect(HTMLHeadline.candidates(Self.page) == ["Council approves bike lanes", "Council approves bike lanes | Bayview Chronicle"])
    }

    @Test func theMarkedUpHeadlineWinsOverABannerAndTheJSONLDFillsTheRest() {
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: Self.page)
        doc.frontMatter = ["WEATHER ALERT: Wind Advisory until 9 PM", "Council approves bike lanes"]
        doc.text = "The council voted 5-2 on Tuesday to build protected lanes, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.title == "Council approves bike lanes")
        #expect(doc.authors == ["Jonah Whitcombe", "Ana Ruiz"])
        #expect(doc.publisher == "Bayview Chronicle")
        #expect(doc.published?.hasPrefix("2024-02-07") == true)
    }
}
