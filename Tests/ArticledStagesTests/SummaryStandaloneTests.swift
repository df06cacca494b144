import Testing
@testable import ArticledStages

/// The standalone check on single sentences: what it marks down, and what it must leave alone.
struct SummaryStandaloneTests {
    private func fitness(_ sentence: String, first: Bool = false) -> Double {
        var text = sentence
        return text.withUTF8 { bytes in
            let span = SentenceSpan(start: 0, end: bytes.count, paragraph: 0)
            let tokens = WordTokenizer.tokens(bytes, from: 0, to: bytes.count)
            return StandaloneCheck.fitness(bytes, span: span, tokens: tokens[...], isFirst: first)
        }
    }

    @Test func plainNewsSentencesWithManyNamesStandAlone() {
        #expect(fitness("Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Monday for talks on trade.") == 1)
        #expect(fitness("The Supreme Court of the United States ruled on the case of the New York Rifle and Pistol Association.") == 1)
    }

    @Test func titleCaseHeadlinesAreMarkedDown() {
        #expect(fitness("US Says China Is On The Wrong Side Of History After Xi Offers Support For Russia.") < 0.5)
    }

    @Test func labelsAreMarkedDown() {
        #expect(fitness("Author: News Desk Source: The Daily Paper March 3, 2024 at 10:15 The mayor opened the bridge.") < 0.5)
        #expect(fitness("The minister gave one reason: the budget had run out after a year of rising costs.") == 1)
    }

    @Test func danglingOpeningsAreMarkedDownButNotInTheFirstSentence() {
        let s = "He said the plan would cost the city far more than the council had been told last year."
        #expect(fitness(s) < 1)
        #expect(fitness(s, first: true) == 1)
        #expect(fitness("But the council approved the plan for the new bridge over the river anyway.") < 1)
    }

    @Test func fragmentsQuestionsAndLinksAreMarkedDown() {
        #expect(fitness("Read more about the plan for the new bridge over the river on our website") < 0.5)
        #expect(fitness("Will the new bridge over the river ever pay for itself, and who will pay for it?") < 1)
        #expect(fitness("For more on the bridge plan and its costs, visit https://example.org/bridge today.") < 0.5)
        #expect(fitness("Too short.") < 0.5)
    }

    @Test func quoteFragmentsAreMarkedDown() {
        #expect(fitness("“The bridge will change the city for the better, and everyone knows it,” the mayor said.") < 1)
        #expect(fitness("The mayor said the bridge “will change the city” and thanked the builders for their work.") == 1)
        #expect(fitness("the bridge will change the city for the better,” the mayor said of the new crossing.") < 1)
    }
}
