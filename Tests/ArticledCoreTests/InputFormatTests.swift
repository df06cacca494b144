import Testing
@testable import ArticledCore

/// Input formats from file names, and from the bytes when there is no name (standard input).
@Suite struct InputFormatTests {
    @Test func anExtensionNamesTheFormatWhateverItsCase() {
        #expect(InputFormat(fileExtension: "HTM") == .html)
        #expect(InputFormat(fileExtension: "markdown") == .markdown)
        #expect(InputFormat(fileExtension: "pdf") == nil)
    }

    @Test func aPageThatOpensWithATagOrHoldsPageTagsIsHTML() {
        #expect(InputFormat(sniffing: Array("\u{FEFF}  <!DOCTYPE html><html>…".utf8)) == .html)
        #expect(InputFormat(sniffing: Array("<article><h1>Budget</h1><p>Text.</p></article>".utf8)) == .html)
        #expect(InputFormat(sniffing: Array("Saved page\n<html><body><p>Text.</p></body></html>".utf8)) == .html)
    }

    @Test func aHeadingMarkIsMarkdownAndAnythingElseIsText() {
        #expect(InputFormat(sniffing: Array("# Budget passes\n\nThe council met.".utf8)) == .markdown)
        #expect(InputFormat(sniffing: Array("Budget passes\n\nThe council met; 3 < 4 was not in doubt.".utf8)) == .text)
        #expect(InputFormat(sniffing: [UInt8]()) == .text)
    }
}
