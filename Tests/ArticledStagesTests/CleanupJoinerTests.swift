import Testing
@testable import ArticledStages

/// Repair of sentences broken across lines or paragraphs.
@Suite struct CleanupJoinerTests {
    /// Lines of `blocks` (each inner array is one blank-line-separated block), joined.
    private func join(_ blocks: [[String]]) -> [String] {
        var lines: [ArticleLine] = []
        for (b, block) in blocks.enumerated() { for t in block { lines.append(ArticleLine(text: t, block: b)) } }
        return BrokenLineJoiner.join(lines).map(\.text)
    }

    @Test func aLineOpeningWithABrandIsNoContinuationButAMoleculeIs() {
        #expect(join([["EARNINGS", "ePantry shares soar 22% as grocery app swings to first profit"]]).count == 2)
        #expect(join([["Researchers tested the new", "mRNA vaccine on mice in the spring."]]) == ["Researchers tested the new mRNA vaccine on mice in the spring."])
    }

    @Test func aLineStoppingOnAPrepositionGoesOnWithTheNameOpeningTheNext() {
        let a = "The company said it would offer affected customers two years of free credit monitoring through"
        let b = "Clearline Credit Services, and that it had reset access credentials for every employee who worked on its account."
        #expect(join([[a, b]]) == [a + " " + b])
        // A paragraph of running text goes on so past a blank line; a short line does not.
        #expect(join([[a], ["Clearline Credit Services said it had reset access credentials."]])
            == [a + " Clearline Credit Services said it had reset access credentials."])
        #expect(join([["Eight tips for"], ["Clearline Credit Services said it had reset access credentials."]]).count == 2)
        #expect(join([["Officials in both capitals say the trade talks with Washington have slowed down markedly since", "January."]]).count == 1)
        #expect(join([["Home | News | UK | Weather | Sport | Business | Sign in", "THE NORTHERN COURIER"]]).count == 2)
    }

    @Test func joinsHyphenBreak() {
        #expect(join([["hopes that the EU-"], ["China summit could revive the deal."]]) == ["hopes that the EU-China summit could revive the deal."])
    }

    @Test func aWordSplitAtALineEndLosesItsHyphenAndACompoundKeepsIt() {
        #expect(join([["send reais and have euros ar-", "rive in seconds."]]) == ["send reais and have euros arrive in seconds."])
        #expect(join([["the São Paulo-", "based company said."]]) == ["the São Paulo-based company said."])
        #expect(join([["a long-", "term plan was agreed."]]) == ["a long-term plan was agreed."])
        #expect(join([["its co-", "founder said."]]) == ["its co-founder said."])
    }

    @Test func aTitleCaseHeadlineWrappedInTwoIsOneLine() {
        let head = "Pagalume Launches Instant Pix-to-Portugal Transfers, Cutting Remittance"
        #expect(join([[head, "Costs for Brazilians in Europe by Up to 70%"], ["The company said on Tuesday it would expand."]])
            == [head + " Costs for Brazilians in Europe by Up to 70%", "The company said on Tuesday it would expand."])
        // A headline over its byline, or with more lines in its block, stays apart.
        #expect(join([[head, "Maria Oliveira Santos"]]) == [head, "Maria Oliveira Santos"])
        #expect(join([["Man Bitten By Crocodile While Fishing In North Queensland Town", "Police Search For Swimmer Near Cairns",
                       "Storm Warning For Coast"]]).count == 3)
    }

    @Test func aNameSplitAtALineEndIsOneWordAgain() {
        #expect(join([["who face Peshawar Zalmi in Rawal-", "pindi on Tuesday."]]) == ["who face Peshawar Zalmi in Rawalpindi on Tuesday."])
        #expect(join([["a rise in Covid-", "related deaths was seen."]]) == ["a rise in Covid-related deaths was seen."])
        #expect(join([["the Paris-", "born designer said."]]) == ["the Paris-born designer said."])
    }

    @Test func joinsLowerCaseContinuation() {
        #expect(join([["“This is not a"], ["conflict. This is a war.”"]]) == ["“This is not a conflict. This is a war.”"])
    }

    @Test func joinsFunctionWordBeforeNumber() {
        #expect(join([["This article is more than"], ["2 year old"]]) == ["This article is more than 2 year old"])
    }

    @Test func joinsAcrossAnAdvertisement() {
        let out = join([["The minister said the"], ["Advertisement"], ["policy would change."]])
        #expect(out.first == "The minister said the policy would change.")
    }

    @Test func joinsHardWrappedProse() {
        let out = join([["The council voted on Tuesday to close the library on Elm Street for two years while", "the building is repaired, a decision that angered many of the residents who use it.", "Others welcomed it."]])
        #expect(out.count == 2)
        #expect(out.first?.hasPrefix("The council voted") == true && out.first?.hasSuffix("residents who use it.") == true)
    }

    @Test func aSentenceCaseHeadlineKeepsTheShortLinesUnderIt() {
        let headline = "Van der Berg's late blitz lifts Qalandars past Kings in Lahore thriller"
        #expect(join([[headline, "Written by Hamza Iqbal and Sana Mirza-Qureshi", "Posted 2 hours ago"]]).count == 3)
        #expect(join([["Hot days linked to sharp rise in kidney injury among India's sugarcane cutters", "Peer-Reviewed Publication"]]).count == 2)
    }

    @Test func doesNotJoinFinishedSentencesOrHeadlines() {
        #expect(join([["It ended."], ["then nothing"]]).count == 2)
        #expect(join([["Biden warns Xi against helping Russia"], ["The talks lasted seven hours."]]).count == 2)
        #expect(join([["Alex Lantier"], ["1 April 2022"]]).count == 2)
        #expect(join([["Yes 414", "No 17"]]).count == 2)
    }

    @Test func aRowOfLinksIsNeverJoinedToTheMastheadUnderIt() async throws {
        let raw = "Home | News | Football | Cricket | Rugby Union | Tennis | Golf | Athletics | More Sports\nTHE NORTHERN CHRONICLE — SPORT\n\nHarwood double sends Castlebridge top\n\nBy Gareth Lomax\n\n"
            + "The striker scored twice in the second half on Sunday as the home side came from behind to win the match.\n"
        let doc = try await cleaned(raw)
        #expect(doc.frontMatter.contains("THE NORTHERN CHRONICLE — SPORT"))
    }

    @Test func aPhonesNarrowColumnIsReflowedIntoItsParagraphs() async throws {
        let raw = """
            LOCAL NEWS
            Search for missing Portland
            hiker enters fourth day near
            Mount Hood
            Searchers were heading back onto
            the slopes of Mount Hood on
            Wednesday morning for a fourth
            day, looking for a Portland man who
            failed to return from a day hike
            over the weekend.
            Nathan Ellery, 29, was last heard
            from Sunday at about 1 p.m., when
            he texted his sister a photo from
            near Zigzag Canyon on the trail.
            """
        let doc = try await cleaned(raw)
        #expect(doc.text == "Searchers were heading back onto the slopes of Mount Hood on Wednesday morning for a fourth day, looking for a Portland man who failed to return from a day hike over the weekend."
            + "\n\nNathan Ellery, 29, was last heard from Sunday at about 1 p.m., when he texted his sister a photo from near Zigzag Canyon on the trail.")
        #expect(doc.frontMatter.contains("Search for missing Portland hiker enters fourth day near Mount Hood"))
    }

    @Test func theHeadlinesUnderALabelAloneInItsBlockAreNoParagraph() {
        let headlines = ["Germany's AfD wins first state election since WW2 in Thuringia",
                         "France's Barnier names new government, tilts to the right",
                         "Dutch coalition sworn in with Wilders' party as largest"]
        #expect(join([["Also Read"], headlines]) == ["Also Read"] + headlines)
    }
}
