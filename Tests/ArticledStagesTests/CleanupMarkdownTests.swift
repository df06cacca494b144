import Testing
@testable import ArticledStages

/// Markdown removal, line by line.
@Suite struct CleanupMarkdownTests {
    /// The visible text of one Markdown line.
    private func strip(_ s: String) -> String {
        String(decoding: MarkdownStripper.strip(Array(s.utf8)[...]).bytes, as: UTF8.self)
    }

    @Test func removesHeadingsAndRecordsThem() {
        #expect(strip("## As NATO escalates") == "As NATO escalates")
        #expect(MarkdownStripper.strip(Array("# Title #".utf8)[...]).isHeading)
        #expect(!MarkdownStripper.strip(Array("#hashtag trends".utf8)[...]).isHeading)
        #expect(strip("#hashtag trends") == "#hashtag trends")
    }

    @Test func aNumberedLineIsAListItemThatKeepsItsNumber() {
        let item = MarkdownStripper.strip(Array("1. Trump immunity ruling: what to expect".utf8)[...])
        #expect(item.isListItem && String(decoding: item.bytes, as: UTF8.self) == "1. Trump immunity ruling: what to expect")
        #expect(!MarkdownStripper.strip(Array("2.5 million people voted.".utf8)[...]).isListItem)
        #expect(!MarkdownStripper.strip(Array("## 1. OpenAI ships a new model".utf8)[...]).isListItem)
    }

    @Test func removesEmphasisLinksImagesAndEscapes() {
        #expect(strip("told *Politico* and **the** __Times__ _today_") == "told Politico and the Times today")
        #expect(strip("**[wsws.org/contact](https://wsws.org/contact)**") == "wsws.org/contact")
        #expect(strip("see ![a chart](x.png) here") == "see  here")
        #expect(strip("Beijing’s \\$3 trillion") == "Beijing’s $3 trillion")
        #expect(strip("- a bullet") == "a bullet")
        #expect(MarkdownStripper.strip(Array("* item".utf8)[...]).isListItem)
    }

    @Test func aStarThatClosesNoEmphasisIsTheTextsOwn() {
        #expect(strip("awarded an A or A* in England, three A*s in all") == "awarded an A or A* in England, three A*s in all")
        #expect(strip("beside the Grade II*-listed Corn Exchange") == "beside the Grade II*-listed Corn Exchange")
        #expect(strip("**Mumbai:** The bank said *so* on Friday") == "Mumbai: The bank said so on Friday")
    }

    @Test func keepsBracketsSnakeCaseAndLoneStars() {
        #expect(strip("despite the [agreement] of support") == "despite the [agreement] of support")
        #expect(strip("the file_name field") == "the file_name field")
        #expect(strip("2 * 3 is six") == "2 * 3 is six")
    }

    @Test func dropsRulesAndReferenceDefinitions() {
        #expect(strip("---") == "")
        #expect(strip("[1]: https://example.com") == "")
    }

    @Test func aLogoKeepsTheNameItShowsOtherImagesGo() {
        let logo = MarkdownStripper.strip(Array("[![ABC News](https://www.abc.net.au/news/logo.svg)](https://www.abc.net.au/news)".utf8)[...])
        #expect(String(decoding: logo.bytes, as: UTF8.self) == "ABC News")
        let photo = MarkdownStripper.strip(Array("![Police at the scene](https://cdn.example.com/photo-123.jpg)".utf8)[...])
        #expect(photo.bytes.isEmpty)
    }
}
