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

    @Test func aParagraphsLastWordsWrappedOntoALineOfTheirOwnJoinIt() {
        let a = "Several of its former staff have gone on to set up companies, including the invoicing start-up Tallybird and the billing software firm"
        #expect(join([[a, "Paywise."]]) == [a + " Paywise."])
        let b = "The African Union urges members to align their laws with its Continental Artificial Intelligence Strategy adopted in"
        #expect(join([[b], ["July 2024."]]) == [b + " July 2024."])
        // A short line above is no paragraph going on.
        #expect(join([["Read the full report here", "Advertisement."]]).count == 2)
    }

    @Test func aHeadlineAndItsStandfirstAloneInTheirBlockStayTwoLines() {
        // The second line stops without final punctuation: no paragraph wrapped in two ends so.
        let headline = "Dupont-inspired France blow Ireland away in Dublin to seize control of Six Nations"
        let standfirst = "Les Bleus run in six tries as Andy Farrell's side suffer first home championship defeat since 2019"
        #expect(join([[headline, standfirst]]) == [headline, standfirst])
        // A paragraph wrapped in two ends its sentence, and is joined.
        let wrapped = "The council said on Tuesday that the new bridge would open to traffic in the spring of next year"
        #expect(join([[wrapped, "after the last safety inspections, which were delayed by the floods."]]).count == 1)
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

/// Lines that stop on a function word but are no broken sentence: a headline ending on a
/// phrasal verb's particle over its standfirst, a caption over the link's address.
@Suite struct CleanupJoinerParticleTests {
    @Test func aHeadlineEndingOnAParticleStaysApartFromItsStandfirst() async throws {
        let doc = try await cleaned("""
        Airline data leak: details of 4.9 million passengers sold on Telegram, CERT-In steps in

        The breach was flagged by a researcher who found a bot returning passenger names and passport numbers on request

        Written by Ananya Krishnan | Updated: November 21, 2024 10:42 IST

        The carrier admitted on Wednesday that personal data of nearly 4.9 million passengers had been accessed by a third party.

        The decision comes as the Treasury negotiates a new programme with the fund after the previous arrangement lapsed in

        April. The minister welcomed the cut, saying lower rates would unlock investment.
        """)
        #expect(doc.frontMatter.contains("Airline data leak: details of 4.9 million passengers sold on Telegram, CERT-In steps in"))
        #expect(doc.text.contains("arrangement lapsed in April. The minister"))
        let standfirst = try await cleaned("""
        Liturgy row: priests and laity stage sit-in at the archbishop's house; police step in

        Protesters demand the church allow the people-facing Mass to continue in 328 parishes

        By Anil Kumar | Published: 16th December 2024 08:42 AM

        Tension prevailed at the archdiocese headquarters on Sunday after nearly 200 priests and lay faithful staged a sit-in.
        """)
        #expect(standfirst.frontMatter.contains("Protesters demand the church allow the people-facing Mass to continue in 328 parishes"))
    }

    @Test func aLinksAddressUnderACaptionIsNoPartOfIt() async throws {
        let doc = try await cleaned("""
        Philippine Senate convenes impeachment court as allies vow to fight

        Posted Wed 4 Jun 2025 at 5:42pm

        Sara Duterte, pictured in Davao City last year, denies misusing funds. (Reuters: Lisa Marie David)

        abc.net.au/news/philippine-senate-impeachment-court/105380122

        The Philippine Senate has formally convened as an impeachment court to try the vice-president, setting the stage for a showdown.
        """)
        #expect(!doc.frontMatter.contains { $0.contains("(Reuters: Lisa Marie David) abc.net.au") })
        #expect(!doc.text.contains("abc.net.au"))
    }

    @Test func aSectionTrailEndingWithTheHeadlineIsNoParagraph() async throws {
        let doc = try await cleaned("""
        The Economic Times

        Business News › Industry › Energy › Oil & Gas › ONGC, bp to drill deepest well in Andaman basin; first gas expected by 2027

        ONGC, bp to drill deepest well in Andaman basin; first gas expected by 2027

        Synopsis
        State-run ONGC has tied up with British major bp to drill an ultra-deepwater stratigraphic well off the Andaman and Nicobar Islands, the first attempt to test whether the basin holds commercial quantities of gas.

        By Rajeev Menon-Sharma, ET Bureau
        Last Updated: Jan 17, 2025, 10:12:00 PM IST

        NEW DELHI: Oil and Natural Gas Corporation (ONGC) will drill India's deepest offshore well in the Andaman basin this year with technical support from bp, the company said on Friday.

        The well will cost about 2,800 crore rupees and is expected to take five months to drill, officials said.
        """)
        #expect(doc.text.hasPrefix("Oil and Natural Gas Corporation"))
    }
}
