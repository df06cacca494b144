import ArticledCore
import Testing
@testable import ArticledStages

/// Language guess and the whole metadata extractor on a cleaned document.
@Suite struct MetadataLanguageTests {
    @Test func english() {
        #expect(LanguageGuesser.language(of: "The minister said on Monday that the talks with the union had failed and that he was not happy.") == "en")
    }

    @Test func otherLanguages() {
        #expect(LanguageGuesser.language(of: "Der Minister sagte am Montag, dass die Gespräche mit der Gewerkschaft gescheitert sind und er nicht zufrieden ist.") == "de")
        #expect(LanguageGuesser.language(of: "Le ministre a déclaré lundi que les négociations avec le syndicat ont échoué et qu'il est pas content.") == "fr")
        #expect(LanguageGuesser.language(of: "Xyzzy plugh frobozz quux blorp zork grue") == "und")
    }

    @Test func extractorReadsOnlyTheSetAsideLines() {
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: "")
        doc.frontMatter = ["Minister resigns over budget row", "Alex Lantier 19 May 2024"]
        doc.backMatter = ["To contact us visit:", "planet.example.org/contact"]
        doc.text = "The minister resigned on 3 June 2021, officials said, and the party will choose a successor."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.title == "Minister resigns over budget row")
        #expect(doc.authors == ["Alex Lantier"])
        #expect(doc.published == "2024-05-19")
        #expect(doc.publisher == "planet.example.org")
        #expect(doc.language == "en")
    }

    @Test func noDateFromTheBody() {
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: "")
        doc.frontMatter = ["Minister resigns over budget row"]
        doc.text = "The minister resigned on 3 June 2021, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.published == nil)
        #expect(doc.publisher == nil)
        #expect(doc.authors.isEmpty)
    }
}
