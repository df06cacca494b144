import ArticledCore
import Testing
@testable import ArticledStages

/// Text saved from a web page as plain text or Markdown, with its inline tags and references.
@Suite struct CleanupInlineTagTests {
    private let raw = "Council approves the garage\n\nBy Jane Doe\n\nThe council voted on Tuesday night to approve a <strong>new</strong> garage, <a href=\"/x\">officials</a> said.<br>\n\nOpponents argued it would cost &pound;2 million &amp; burden taxpayers for decades.\n"

    @Test(arguments: [InputFormat.text, .markdown])
    func inlineTagsGoAndTheirParagraphStays(format: InputFormat) async throws {
        let doc = try await cleaned(raw, format: format)
        #expect(doc.text.hasPrefix("The council voted on Tuesday night to approve a new garage, officials said."))
        #expect(doc.text.hasSuffix("it would cost £2 million & burden taxpayers for decades."))
    }

    @Test func anAngleBracketThatOpensNoInlineTagStays() {
        let bytes = Array("If x <y and 3 < 4, see <https://example.com> or <table>.".utf8)
        #expect(InlineTagStripper.strip(bytes) == bytes)
        #expect(String(decoding: InlineTagStripper.strip(Array("one<br/>two</p><p>three".utf8)), as: UTF8.self) == "one two three")
    }
}
