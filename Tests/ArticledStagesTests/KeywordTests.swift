import ArticledCore
import Testing
@testable import ArticledStages

/// Key phrases: best first, no near-duplicates, no boilerplate.
struct KeywordTests {
    private func keywords(_ text: String, entities: [Entity] = []) async throws -> [Keyword] {
        var doc = Document(id: "x", sourceFile: "x.txt", format: .text, raw: text)
        doc.text = text
        doc.entities = entities
        try await TagStage().process(&doc)
        return doc.keywords
    }

    private let sanctionsText = """
        The European Union agreed new sanctions on Moscow on Monday. The sanctions target banks and energy exports. \
        Vladimir Putin said the sanction would fail. Putin told reporters that energy exports would go to Asia instead. \
        Officials said more sanctions could follow if Putin escalates. Energy exports fell sharply last month.
        """

    @Test func nearDuplicatesAreMerged() async throws {
        let terms = try await keywords(sanctionsText).map { $0.term.lowercased() }
        #expect(terms.filter { $0.hasPrefix("sanction") }.count == 1, "\(terms)")
        #expect(terms.filter { $0.contains("putin") }.count == 1, "\(terms)")
        #expect(terms.contains("vladimir putin"), "\(terms)")
        #expect(terms.contains("energy exports"), "\(terms)")
    }

    @Test func reportingWordsAndDaysAreNotKeywords() async throws {
        let terms = try await keywords(sanctionsText).map { $0.term.lowercased() }
        for boring in ["said", "monday", "told", "officials said", "month"] {
            #expect(!terms.contains(boring), "\(terms)")
        }
    }

    @Test func bestFirstWithScores() async throws {
        let found = try await keywords(sanctionsText)
        #expect(!found.isEmpty && found.count <= 10)
        #expect(found.first?.score == 1)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func entitiesShowTheirFullName() async throws {
        let text = "Merkel spoke first. Later Merkel met the press, and Merkel left for Paris."
        let found = try await keywords(text, entities: [Entity(name: "Angela Merkel", type: .person, mentions: 3)])
        #expect(found.first?.term == "Angela Merkel", "\(found)")
    }

    @Test func emptyText() async throws {
        #expect(try await keywords("").isEmpty)
    }

    @Test func verbsAndSentenceStartsDoNotMakePhrases() async throws {
        let text = """
            Forests absorb carbon dioxide. Forests absorb rain too. Logging threatens forests, and logging threatens the carbon stored in them. \
            Carbon dioxide levels keep rising.
            """
        let terms = try await keywords(text).map(\.term)
        #expect(terms.contains("carbon dioxide"), "\(terms)")
        #expect(!terms.contains { $0.lowercased().contains("absorb") || $0.lowercased().contains("threatens") }, "\(terms)")
        #expect(!terms.contains("Forests") && !terms.contains("Logging"), "\(terms)")
    }

    @Test func verbsAfterModalsAreCutButNamesAfterToAreKept() async throws {
        let text = """
            The ministers will raise tuition fees again. The ministers want to limit tuition fees. \
            Students marched to Washington against tuition fees. Students in Washington asked the ministers to drop tuition fees.
            """
        let terms = try await keywords(text).map(\.term)
        #expect(terms.contains("tuition fees"), "\(terms)")
        #expect(terms.contains("Washington"), "\(terms)")
        #expect(!terms.contains { $0.hasPrefix("raise") || $0.hasPrefix("limit") }, "\(terms)")
    }

    @Test func hyphenatedCompoundsStayWhole() async throws {
        let text = """
            The army fired long-range missiles at the port. Long-range missiles hit the port again on Sunday. \
            Same-sex couples may marry here now. Same-sex couples celebrated in the port.
            """
        let terms = try await keywords(text).map { $0.term.lowercased() }
        #expect(terms.contains("long-range missiles"), "\(terms)")
        #expect(!terms.contains { $0.hasPrefix("range") || $0.hasPrefix("sex") }, "\(terms)")
    }

    @Test func namesKeepTheirCaseAndCommonWordsDoNot() async throws {
        let text = """
            The United States imposed sanctions. Officials in the United States said the state of the economy was poor. \
            Sanctions hurt the economy, the United States said.
            """
        let terms = try await keywords(text).map(\.term)
        #expect(terms.contains("United States"), "\(terms)")
        #expect(terms.contains("sanctions"), "\(terms)")
        #expect(!terms.contains("Sanctions"), "\(terms)")
    }
}
