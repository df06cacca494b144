import Testing
@testable import ArticledStages

/// Quotation marks, apostrophes, dashes and letters an earlier encoding turned into `?`, put
/// back where only one character can stand.
@Suite struct CleanupLostPunctuationTests {
    private func repaired(_ text: String, reference: String? = nil) -> String {
        LostPunctuationRepair.repair(text, reference: reference ?? text)
    }

    @Test func quotationMarksComeBackInPairs() {
        #expect(repaired("?We won,? she said.") == "“We won,” she said.")
        #expect(repaired("warned the service was ?going backwards? on its promise") == "warned the service was “going backwards” on its promise")
        // A real question inside a quotation keeps its mark.
        #expect(repaired("?Why now?? he asked.") == "“Why now?” he asked.")
        // A quotation the next paragraph goes on with opens and stays open.
        #expect(repaired("?We need security that works, not just paper.\n\n?We are not against peace,? he said.")
            == "“We need security that works, not just paper.\n\n“We are not against peace,” he said.")
    }

    @Test func aQuotationInsideAnotherIsSingleMarks() {
        #expect(repaired("\"He would ask, ?What does this place want to be?? \" Morin said.")
            == "\"He would ask, ‘What does this place want to be?’ \" Morin said.")
        #expect(repaired("?He would ask, ?Why now?? and leave,? she said.") == "“He would ask, ‘Why now?’ and leave,” she said.")
    }

    @Test func apostrophesOfContractionsAndPossessivesComeBack() {
        #expect(repaired("I don?t know. It?s time. I?m here and they?re not.") == "I don’t know. It’s time. I’m here and they’re not.")
        #expect(repaired("the company?s results and the sector?s slump") == "the company’s results and the sector’s slump")
        #expect(repaired("Russia?s army") == "Russia’s army")
        #expect(repaired("the doctors? union said") == "the doctors’ union said")
        // A given name may have lost its letter ("Tomás"): left, unless the text has it alone.
        #expect(repaired("Tom?s Ojeda said") == "Tom?s Ojeda said")
        #expect(repaired("Tom?s car. Tom said no.") == "Tom’s car. Tom said no.")
        // The last word of a name before a noun owns it; before a verb it may have lost a letter.
        #expect(repaired("Deputy Prime Minister Gan Kim Yong?s team won.") == "Deputy Prime Minister Gan Kim Yong’s team won.")
        #expect(repaired("Carlos Andr?s said so.") == "Carlos Andrés said so.")
        #expect(repaired("Carlos Kr?s also met officials.") == "Carlos Kr?s also met officials.")
        #expect(repaired("Andrés Ruiz spoke. Carlos Andr?s team won.") == "Andrés Ruiz spoke. Carlos Andrés team won.")
    }

    @Test func aDashBetweenSpacesComesBackButNotALostParticle() {
        #expect(repaired("these stories ? about who inherits the land ? are still happening")
            == "these stories – about who inherits the land – are still happening")
        #expect(repaired("the death of Mr ? Brien in custody") == "the death of Mr ? Brien in custody")
        #expect(repaired("costs rose from ? 41,000") == "costs rose from ? 41,000")
    }

    @Test func aLostLetterComesBackWhereThePageSpellsTheWordWhole() {
        #expect(repaired("start-up K?whai Labs", reference: "Kōwhai Labs cut staff. start-up K?whai Labs") == "start-up Kōwhai Labs")
        #expect(repaired("Uisce ?ireann said", reference: "Uisce Éireann\n\nUisce ?ireann said") == "Uisce Éireann said")
        // Never a currency sign, and never a word no list spells.
        #expect(repaired("a loan of ?50 lakh") == "a loan of ?50 lakh")
        #expect(repaired("Brz?czek said") == "Brz?czek said")
    }

    @Test func theCleanedTextAndHeadlineAreRepairedAndTheWarningStillTellsTheLoss() async throws {
        let raw = "Coroner?s verdict: force ?failed in its duty of care?\n\n?We don?t want another family to go through this,? said Linda Mulligan.\n"
        let doc = try await cleaned(raw)
        #expect(doc.text == "“We don’t want another family to go through this,” said Linda Mulligan.")
        #expect(doc.frontMatter.first == "Coroner’s verdict: force “failed in its duty of care”")
        #expect(doc.warnings.contains { $0.contains("quotation marks written as '?'") })
    }

    @Test func aSaintsANumbersPossessiveAndADashBetweenOrdinaryWordsComeBack() {
        #expect(repaired("Residents of St Margaret?s and Portmarnock agreed. St. John?s church too.")
            == "Residents of St Margaret’s and Portmarnock agreed. St. John’s church too.")
        #expect(repaired("Speaking on BBC Radio 4?s Today programme") == "Speaking on BBC Radio 4’s Today programme")
        #expect(repaired("stay in the rental market?a trend that should worry") == "stay in the rental market—a trend that should worry")
        // A lost letter inside a word comes back where a list spells the word ("na?ve", "caf?s"), not
        // before a last "s" after a name, where an apostrophe may have been ("Tom?s said", "Al?s Diner").
        #expect(repaired("He was na?ve at the caf?s, and Tom?s said so.") == "He was naïve at the cafés, and Tom?s said so.")
        #expect(repaired("The car belonged to Tom?s mother. Later Al?s Diner reopened.") == "The car belonged to Tom?s mother. Later Al?s Diner reopened.")
    }

    @Test func aLostLetterComesBackWhereAListSpellsTheWord() {
        #expect(repaired("Premier Fran?ois Legault met Val?rie Plante and Gonz?lez at the Soci?t? G?n?rale tower.")
            == "Premier François Legault met Valérie Plante and González at the Société Générale tower.")
        // The page's own spelling comes first; a Vietnamese place's letter is no Māori word's.
        #expect(repaired("Gonz?lez said", reference: "Gonzàlez spoke. Gonz?lez said") == "Gonzàlez said")
        #expect(repaired("the volunteers, Ng?i Tahu and DOC") == "the volunteers, Ngāi Tahu and DOC")
        // A last letter lost before the next word or a possessive, where a list spells the word.
        #expect(repaired("Presenter Zo? Fitzgerald at the Universit? du Québec") == "Presenter Zoë Fitzgerald at the Université du Québec")
        // A quotation's opening mark is no lost letter of a town's name ("Đan", "Áno"); the
        // cleanup's own list may still spell one there ("Met ?ireann").
        #expect(repaired("the plan ?an insult and ?no chance, on Met ?ireann") == "the plan ?an insult and ?no chance, on Met Éireann")
        // Not a question's mark after a word of the language, or a word no list spells.
        #expect(repaired("Did you see Jos? He was late. Is it the end for Chelsea? Fans are angry.")
            == "Did you see Jos? He was late. Is it the end for Chelsea? Fans are angry.")
    }
}
