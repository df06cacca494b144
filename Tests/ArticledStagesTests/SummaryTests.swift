import ArticledCore
import Testing
@testable import ArticledStages

/// The summarizer: verbatim sentences in text order, lead prior, centrality, standalone sentences.
struct SummaryTests {
    private func summary(_ text: String, title: String? = nil, sentences: Int = 3) async throws -> Document {
        var doc = Document(id: "x", sourceFile: "x.txt", format: .text, raw: text)
        doc.text = text
        doc.title = title
        try await SummaryStage(sentences: sentences).process(&doc)
        return doc
    }

    private let article = """
        The city council approved a plan on Tuesday to build 2,000 affordable homes on the old airport site.

        The vote was 9 to 4 after a debate that lasted six hours.

        He said it was a good day.

        The plan for the airport site includes a school, a park and a tram line, and the first affordable homes \
        should be ready in 2027, the council said.

        Opponents of the plan said the airport site should stay open for small planes.

        Construction of the homes will cost about 400 million dollars, paid by the council and private builders.
        """

    @Test func sentencesAreVerbatimAndInTextOrder() async throws {
        let doc = try await summary(article)
        #expect(doc.summary.count == 3)
        var cursor = article.startIndex
        for s in doc.summary {
            let r = try #require(article.range(of: s, range: cursor..<article.endIndex))
            cursor = r.upperBound
        }
    }

    @Test func leadSentenceIsKeptAndDanglingPronounAvoided() async throws {
        let doc = try await summary(article)
        #expect(doc.summary.first?.hasPrefix("The city council approved") == true)
        #expect(!doc.summary.contains("He said it was a good day."))
    }

    @Test func centralSentencesBeatTheLeadWhenTheLeadIsOffTopic() async throws {
        let text = """
            It was a cold and quiet morning when the phone rang.

            The regional hospital will close its maternity ward next month, health officials confirmed.

            Mothers will have to travel 80 kilometres to the nearest maternity ward after the hospital closes it.

            Health officials blamed a shortage of midwives at the hospital for the closure of the maternity ward.

            The weather stayed cold all week.
            """
        let doc = try await summary(text, title: "Hospital to close maternity ward", sentences: 2)
        #expect(!doc.summary.contains("It was a cold and quiet morning when the phone rang."), "\(doc.summary)")
        #expect(doc.summary.contains { $0.contains("maternity ward next month") })
    }

    @Test func redundantSentencesAreNotRepeated() async throws {
        let text = """
            Floods forced 5,000 people from their homes in the river valley on Sunday, officials said.

            Floods forced 5,000 people from their homes in the river valley on Sunday, officials reported.

            The river rose two metres overnight after three days of heavy rain in the hills.

            Emergency shelters opened in schools, and the army sent boats to reach villages cut off by the water.
            """
        let doc = try await summary(text, sentences: 2)
        #expect(doc.summary.filter { $0.hasPrefix("Floods forced") }.count == 1, "\(doc.summary)")
    }

    @Test func fewerSentencesThanAskedGivesAll() async throws {
        let doc = try await summary("Only one sentence here. And a second one.", sentences: 3)
        #expect(doc.summary == ["Only one sentence here.", "And a second one."])
    }

    @Test func emptyTextGivesAnEmptySummaryAndAWarning() async throws {
        let doc = try await summary("   ")
        #expect(doc.summary.isEmpty)
        #expect(doc.warnings.count == 1)
    }

    @Test func optionsSetTheLength() throws {
        var options = try StageOptions(stage: "summarize", values: .object(["sentences": .int(5)]))
        #expect(try SummaryStage(options: &options).sentences == 5)
    }

    @Test func clutterBeforeTheStoryIsSkipped() async throws {
        let text = """
            Author: News Desk Source: The Daily Paper March 3, 2024 at 10:15 The mayor opened the new bridge.

            Mayor Opens New Bridge After Years Of Delays In The City

            The mayor opened the new bridge over the river on Sunday after six years of delays and cost overruns.

            The bridge cost 90 million dollars, twice the first estimate, and will carry 40,000 cars a day.

            Drivers said the bridge would cut their commute across the river by twenty minutes.
            """
        let doc = try await summary(text, sentences: 2)
        #expect(doc.summary.first?.hasPrefix("The mayor opened the new bridge over the river") == true, "\(doc.summary)")
        #expect(!doc.summary.contains { $0.hasPrefix("Author:") || $0.hasPrefix("Mayor Opens") })
    }

    @Test func veryLongTextsAreSummarizedFromTheirStart() async throws {
        let paragraph = "The council met again on the budget and the schools. Members argued about the cost of repairs.\n\n"
        let text = "The council approved the city budget on Monday after a long debate.\n\n" + String(repeating: paragraph, count: 600)
        let doc = try await summary(text)
        #expect(doc.summary.count == 3)
        #expect(doc.summary.first == "The council approved the city budget on Monday after a long debate.")
    }

    @Test func nearlyIdenticalTextsStillGiveTheAskedNumber() async throws {
        let text = """
            The storm closed every road in the valley on Sunday.

            The storm closed every road in the valley on Sunday, police said.

            The storm closed every road in the valley on Sunday, officials said.
            """
        let doc = try await summary(text, sentences: 2)
        #expect(doc.summary.count == 2)
    }
}
