import ArticledCore
import Testing
@testable import ArticledStages

/// Results tables and button rows as pages give them: a table's cells stay apart, a Markdown
/// table's separator row is no text, and a type-size button ("A-") is no broken word.
@Suite struct CleanupTableTests {
    private let opening = "The bill passed its third reading on Tuesday after a debate that ran late into the night, officials said."
    private let closing = "The bill now goes to the Senate, which is expected to take it up after the recess next month."

    /// The text cleanup keeps of a page holding `body` under a headline.
    private func page(_ body: String) async throws -> String {
        try await cleaned("<html><body><h1>Revenue bill passes</h1>\(body)<p>\(closing)</p></body></html>", format: .html).text
    }

    @Test func anHTMLTablesCellsStayApart() async throws {
        let text = try await page("<p>\(opening)</p><table>"
            + "<tr><td>National Renewal Party (NRP)</td><td>142</td><td>9</td></tr><tr><td>Independents and smaller parties</td>"
            + "<td>24</td><td>17</td></tr><tr><td>Total</td><td>187</td><td>94</td></tr></table>")
        #expect(text.contains("National Renewal Party (NRP) 142 9"))
    }

    @Test func aMarkdownTablesSeparatorRowIsNoText() async throws {
        let md = "# By-election result\n\n\(opening)\n\n| Candidate | Party | Votes |\n|---|:---:|---:|\n| Tom Whitcombe | Liberal Democrats | 1,247 |\n"
            + "| Nadia al-Khatib | Labour | 1,031 |\n| Gary Blunden | Reform UK | 512 |\n\n\(closing)\n"
        let text = try await cleaned(md, format: .markdown).text
        #expect(!text.contains("---"))
        #expect(text.contains("Tom Whitcombe"))
    }

    @Test func aTypeSizeButtonIsNoWordBrokenAtItsHyphen() async throws {
        let text = try await page("<div class=\"share\"><a href=\"#\">Print</a> <a href=\"#\">A+</a> <a href=\"#\">A-</a></div>"
            + "<p>North Korea fired two missiles on Wednesday, the military said in a statement.</p>")
        #expect(text.hasPrefix("North Korea fired two missiles"))
    }
}
