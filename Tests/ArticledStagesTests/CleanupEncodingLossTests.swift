import Testing
@testable import ArticledStages

/// The warning about letters lost in an earlier encoding.
@Suite struct CleanupEncodingLossTests {
    @Test func countsQuestionMarksInsideWords() {
        let w = EncodingLossDetector.warning(for: "Mantas Adom?nas said. Adom?nas told CBC.")
        #expect(w == "characters lost in an earlier encoding: 2 '?' inside words (e.g. \"Adom?nas\")")
    }

    @Test func ignoresRealQuestions() {
        #expect(EncodingLossDetector.warning(for: "Why? Nobody knows. “Is it over?” he asked. Really?!") == nil)
        #expect(EncodingLossDetector.warning(for: "Is that Paris? London thinks not. Ask Kate? She left.") == nil)
    }

    @Test func countsAGivenNameThatLostItsLastLetter() {
        let w = EncodingLossDetector.warning(for: "said Jos? Almeida, an agronomist.")
        #expect(w == "characters lost in an earlier encoding: 1 '?' ending names (e.g. \"Jos?\")")
    }

    @Test func countsQuotationMarksWrittenAsQuestionMarks() {
        let w = EncodingLossDetector.warning(for: "?We have given Kenyans what they wanted,? said Jackson Tuwei. Really...? Yes.")
        #expect(w == "characters lost in an earlier encoding: 2 quotation marks written as '?' (e.g. \"?We\")")
        let both = EncodingLossDetector.warning(for: "?It is the court?s view,? she said.")
        #expect(both == "characters lost in an earlier encoding: 1 '?' inside words (e.g. \"court?s\"); 2 quotation marks written as '?' (e.g. \"?It\")")
    }

    @Test func countsCurrencySignsAndALostLetterOpeningAWord() {
        let w = EncodingLossDetector.warning(for: "A home loan of ?50 lakh now costs ?44,186 a month, up from ? 41,000.")
        #expect(w == "characters lost in an earlier encoding: 3 currency signs written as '?' (e.g. \"?50\")")
        let letter = EncodingLossDetector.warning(for: "The handover took place at the ?iauliai air base on Tuesday.")
        #expect(letter == "characters lost in an earlier encoding: 1 '?' inside words (e.g. \"?iauliai\")")
    }

    @Test func countsADashWrittenAsAQuestionMarkBetweenSpaces() {
        let w = EncodingLossDetector.warning(for: "We would urge both parties to find a settlement ? and quickly. It was ? for now ? over.")
        #expect(w == "characters lost in an earlier encoding: 3 dashes written as '?' (e.g. \"settlement ? and\")")
        #expect(EncodingLossDetector.warning(for: "Who pays?\n\n? The council, she said.") == nil)
    }
}

/// Apostrophes an earlier encoding lost as `?` inside names.
@Suite struct CleanupLostApostropheTests {
    @Test func anApostropheTheTextSpellsElsewhereOrThatOpensAnIrishSurnameIsRestored() {
        let text = "Kathleen O'Rourke announced the cuts. \"It hurts,\" Ms O?Rourke said. Dr Ndung?u told reporters, and Njuguna Ndung’u agreed. D?Souza and O?Brien spoke."
        #expect(LostApostropheRepair.repair(text)
            == "Kathleen O'Rourke announced the cuts. \"It hurts,\" Ms O'Rourke said. Dr Ndung’u told reporters, and Njuguna Ndung’u agreed. D'Souza and O'Brien spoke.")
    }

    @Test func aQuestionMarkThatMayBeALostLetterStays() {
        let text = "Tom?s Ag?ero scored twice. Was it over? Yes."
        #expect(LostApostropheRepair.repair(text) == text)
    }

    @Test func onePersonIsOneEntityOnceTheApostropheIsBack() async throws {
        var doc = try await cleaned("""
        Lithium producer halts plant

        Kathleen O'Rourke, the chief executive, announced 300 job cuts on Monday at the company's plant near Kalgoorlie, the company said in a statement.

        "This is not a decision we have taken lightly," Ms O?Rourke said.
        """)
        try await ExtractStage().process(&doc)
        #expect(doc.entities.filter { $0.type == .person }.map(\.name) == ["Kathleen O'Rourke"])
        #expect(doc.quotes.first?.speaker == "Kathleen O'Rourke")
    }

    @Test func theHeadlinesNamesAreSpelledAsTheBodySpellsThem() async throws {
        let doc = try await cleaned("""
        O?Callaghan and Ndung?u to bring in new rules

        Justice Minister Jim O?Callaghan said the rules would start in May. It?s a big change, said Njuguna Ndung’u.

        The plan will cost millions, O?Callaghan added.
        """)
        #expect(doc.frontMatter == ["O'Callaghan and Ndung’u to bring in new rules"])
    }
}
