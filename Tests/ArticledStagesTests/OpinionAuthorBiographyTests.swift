import ArticledCore
import Testing
@testable import ArticledStages

/// An opinion piece names its author in a closing biography, not in a byline: the biography
/// leaves the text and names the author.
@Suite struct OpinionAuthorBiographyTests {
    private let body1 = "Decades of deferred maintenance have left our pipes and treatment plants on the brink of failure."
    private let body2 = "Congress could let states spend more of their federal money on the small systems that need it most."
    private let bio = "Jane Roe is a senior fellow at the Brookings Institution and a former deputy assistant secretary at the Department of the Interior."

    @Test func theClosingBiographyLeavesTheTextAndNamesTheAuthor() async throws {
        var doc = try await cleaned("America's water crisis is here\n\n\(body1)\n\n\(body2)\n\n\(bio)\n")
        #expect(doc.text.hasSuffix(body2))
        try await ExtractStage().process(&doc)
        #expect(doc.authors == ["Jane Roe"])
    }

    @Test func aPersonDescribedInTheLastParagraphIsNoBiography() {
        #expect(!ArticleLayout.isAuthorBiography(ArticleLine(text: "Maria Lopez is a nurse who has lived in the town all her life.", block: 0)))
        #expect(!ArticleLayout.isAuthorBiography(ArticleLine(text: "The Brookings Institution is a think tank in Washington.", block: 0)))
        #expect(ArticleLayout.isAuthorBiography(ArticleLine(text: "John Roe is a professor of economics at Yale.", block: 0)))
    }

    @Test func aBiographyNamingTheOutletsPostIsOneToo() {
        let line = ArticleLine(text: "Marianne Keough is The Washington Post’s Beijing bureau chief. She previously reported from Hong Kong and Taipei.", block: 0)
        #expect(ArticleLayout.biographyAuthor(line) == "Marianne Keough")
        let prose = ArticleLine(text: "Wang Yi is the Chinese foreign minister's closest adviser on Russia, officials said.", block: 0)
        #expect(ArticleLayout.biographyAuthor(prose) == nil)
    }
}
