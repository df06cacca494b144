import ArticledCore
import Testing
@testable import ArticledStages

/// The dateline that opens a wire story is not body text; the place and agency it names are still read.
@Suite struct CleanupDatelineTests {
    @Test(arguments: [
        ("WASHINGTON (AP) — Senate Democrats on Wednesday blocked the bill.", "WASHINGTON (AP)"),
        ("LONDON, Oct 9 (Reuters) - Shares fell on Monday.", "LONDON, Oct 9 (Reuters)"),
        ("SALEM, Ore. — The Salem City Council voted 5-2.", "SALEM, Ore."),
        ("Washington (CNN) — The Senate voted on Tuesday.", "Washington (CNN)"),
        ("(CNN) — The Senate voted on Tuesday.", "(CNN)"),
        ("NEW YORK, June 12, 2024 — A powerful storm hit.", "NEW YORK, June 12, 2024"),
        ("MANILA, Philippines – The death toll rose to 120.", "MANILA, Philippines"),
        ("Istanbul, Turkiye – Russian and Ukrainian delegations have held talks.", "Istanbul, Turkiye"),
        ("Stellenbosch — South Africa's winemakers are bringing in the 2025 harvest.", "Stellenbosch"),
        ("Nairobi ? Twenty-three-year-old Brian Otieno had never left Kenya before.", "Nairobi"),
        ("Dubai: The Central Bank of the UAE cut its base rate by 25 basis points on Wednesday.", "Dubai"),
        ("ABU DHABI: The ministry announced new rules for foreign investors on Monday.", "ABU DHABI"),
        ("PITTSBURGH, Oct. 28, 2025 /PRNewswire/ -- Northvale Robotics announced a deal.", "PITTSBURGH, Oct. 28, 2025 /PRNewswire/"),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--Northvale Robotics today announced a deal.", "SAN JOSE, Calif.--(BUSINESS WIRE)"),
        ("Varnita (Moldova) (AFP) – Valentina Cojocaru keeps her coat on indoors.", "Varnita (Moldova) (AFP)"),
        ("KINGSFORD, Ont. -- Trustees at the board voted 7-4 on Tuesday.", "KINGSFORD, Ont."),
        ("NAIROBI, Kenya, Jan 26 ? The Court of Appeal has declined to suspend the levy.", "NAIROBI, Kenya, Jan 26"),
        ("AMSTERDAM, May 21 (Northsea) - Shares in Dutch payments company Tulpa soared.", "AMSTERDAM, May 21 (Northsea)"),
        ("JOHANNESBURG (miningweekly.com) \u{2013} Sibanye-Stillwater has started a consultation.", "JOHANNESBURG (miningweekly.com)"),
        ("SYDNEY and JOHANNESBURG, Sept. 8, 2025 /NewsWire Global/ -- Veridian Payments agreed to merge.",
         "SYDNEY and JOHANNESBURG, Sept. 8, 2025 /NewsWire Global/"),
    ])
    func aDatelineIsTakenOffTheFirstParagraph(paragraph: String, dateline: String) {
        let split = WireDateline.split(paragraph)
        #expect(split?.dateline == dateline)
        #expect(split.map { !$0.body.hasPrefix(dateline) && $0.body.first?.isUppercase == true } == true)
    }

    @Test func aDatelineMayBeFollowedByANameWrittenInLowerCase() {
        let split = WireDateline.split("AUSTIN, Texas (Capitol Wire) -- dataLoom, a startup, said Thursday it raised $85 million.")
        #expect(split?.dateline == "AUSTIN, Texas (Capitol Wire)")
        #expect(split?.body.hasPrefix("dataLoom, a startup") == true)
        #expect(WireDateline.split("AUSTIN, Texas (Capitol Wire) -- and then the rest of a sentence.") == nil)
    }

    @Test(arguments: [
        "Paris — the city of light — was quiet on Tuesday.",
        "Apple — The company said on Tuesday it would cut jobs.",
        "NATO — the alliance said on Tuesday it would meet.",
        "US officials — three of them — said the talks failed.",
        "The council met on Tuesday (its third meeting) - and voted.",
        "Key facts: The council met on Tuesday and voted to approve the garage.",
        "WATCH: The moment the bridge collapsed into the river on Tuesday night.",
    ])
    func aSentenceThatOpensLikeADatelineStaysWhole(paragraph: String) {
        #expect(WireDateline.split(paragraph) == nil)
    }

    @Test func theBodyLosesTheDatelineAndItsNamesCountOnlyWhereTheTextGivesThem() async throws {
        var doc = try await cleaned("Storm cuts power to thousands\n\nBy Jane Doe\n\nBOSTON (AP) — A late-winter storm knocked out power across New England on Tuesday, officials said.\n\nCrews worked through the night to restore it in Boston and beyond.\n")
        #expect(doc.text.hasPrefix("A late-winter storm"))
        #expect(doc.dateline == "BOSTON (AP)")
        try await ExtractStage().process(&doc)
        #expect(doc.publisher == "AP")
        #expect(doc.entities.first { $0.name == "Boston" }?.mentions == 1)
        #expect(!doc.entities.contains { $0.name == "AP" || $0.name == "Associated Press" })
    }

    @Test func aShoutedPlaceOfSeveralWordsInTheDatelineKeepsItsWholeName() async throws {
        var doc = try await cleaned("Storm hits the city\n\nBy Jane Doe\n\nNEW YORK — A powerful storm hit the city on Monday, officials said.\n\nCrews worked through the night to restore power to homes in New York.\n")
        try await ExtractStage().process(&doc)
        #expect(doc.entities.map(\.name) == ["New York"])
    }

    @Test func aDatelinePlaceNoListKnowsIsThePlaceTheBodyNames() async throws {
        var doc = try await cleaned("Flood hits the town\n\nBy Jane Doe\n\nHEXHAM, Northumberland — Hundreds of people were evacuated overnight, officials said.\n\nThe water came over the top in Hexham, residents said.\n")
        try await ExtractStage().process(&doc)
        let hexham = doc.entities.first { $0.name == "Hexham" }
        #expect(hexham?.type == .location)
        #expect(hexham?.mentions == 1)
        #expect(!doc.entities.contains { $0.name == "HEXHAM" })
    }

    @Test func aProvinceInitialedInTheDatelineIsAPlace() async throws {
        var doc = try await cleaned("Fire forces evacuations\n\nBy Jane Doe\n\nWEST KELOWNA, B.C. — More than 12,000 people were ordered out of their homes overnight.\n\nCrews fought the fire above West Kelowna through the night.\n")
        try await ExtractStage().process(&doc)
        #expect(doc.entities.first { $0.name == "West Kelowna" }?.mentions == 1)
        #expect(!doc.entities.contains { $0.name == "B" || $0.name == "C." || $0.name == "WEST KELOWNA" })
    }

    @Test func aPlaceInCapitalsBeforeAColonIsADatelineWhenTheSentenceNamesItAgain() {
        #expect(WireDateline.split("NARRANDERA: Narrandera Shire Council has voted to borrow $14.2 million to rebuild the levee.")?.body
            == "Narrandera Shire Council has voted to borrow $14.2 million to rebuild the levee.")
        #expect(WireDateline.split("UPDATE: The council has voted to borrow $14.2 million to rebuild the town's levee.") == nil)
        #expect(WireDateline.split("WATCH: Watch the moment a tornado tore through the town of Moore on Sunday night.") == nil)
    }

    @Test func aCorrectionNoticeAboveTheDatelineGoesAndSoDoesTheDateline() async throws {
        let doc = try await cleaned("Judge blocks jail closure\n\nBy Jane Doe\n\nCorrection: An earlier version of this story misstated the "
            + "first name of Sheriff Daniel Okafor. It is Daniel, not David.\n\nDUNMORE — A county judge on Tuesday blocked the closure "
            + "of the jail, officials said.\n\nThe board will meet again in April to decide what to do with the building.\n")
        #expect(doc.text.hasPrefix("A county judge on Tuesday blocked"))
    }
}

/// Captions over the story's first paragraph, and datelines that India's agencies and papers
/// write: they are no part of the story once the caption goes.
@Suite struct CleanupCaptionAndDatelineTests {
    @Test func aCaptionGivenTwiceWithABarredCreditGoesAndTheColonDatelineWithIt() async throws {
        let doc = try await cleaned("""
        Liturgy row: priests stage sit-in at archbishop's house

        Priests and laity protest outside the archbishop's house on Sunday. (Photo | A Sanesh)
        Priests and laity protest outside the archbishop's house on Sunday. (Photo | A Sanesh)

        KOCHI: Tension prevailed at the archdiocese headquarters on Sunday after nearly 200 priests and lay faithful staged a sit-in inside the compound.

        The protest began around 10 am and continued till late in the evening, police said.
        """)
        #expect(doc.text.hasPrefix("Tension prevailed"))
        #expect(doc.dateline == "KOCHI")
    }

    @Test func aCaptionUnderItsCreditOrClosingOnSlashedInitialsGoes() async throws {
        let under = try await cleaned("""
        Church names first woman to lead its celebrations

        Photo: RNZ / Mere Tawhiri
        The Manuao, the church's temple, ahead of this year's celebrations.

        The church has chosen a woman to lead its annual celebrations for the first time in the movement's 100-year history, elders said on Thursday.

        About 3000 people are expected at the celebrations.
        """)
        #expect(under.text.hasPrefix("The church has chosen a woman"))
        #expect(under.subtitle == nil)
        let slashed = try await cleaned("""
        Clergy reject religious bill

        Religious leaders address the media at Ufungamano House in Nairobi on March 4, 2025. /CFM

        NAIROBI, Kenya, Mar 4 – Religious leaders have rejected the proposed Religious Organisations Bill, saying provisions requiring preachers to hold degrees were unconstitutional.

        Speaking in Nairobi on Tuesday, the leaders said the Bill should be withdrawn.
        """)
        #expect(slashed.text.hasPrefix("Religious leaders have rejected"))
    }

    @Test(arguments: [
        "Photo shows a crowd gathered outside a terrace house during an auction in Paddington, Sydney.",
        "[Image: Planes queue for take-off at Heathrow Airport. Getty Images]\nHeathrow is already operating at close to full capacity, the airport says",
    ])
    func aPictureDescribedOrMarkedInBracketsIsNeitherStandfirstNorText(picture: String) async throws {
        let doc = try await cleaned("""
        Heathrow says third runway could open by 2035

        3 hours ago

        Share
        Save

        Simon Browning
        Business reporter, BBC News

        \(picture)

        Heathrow Airport has said a third runway could be operational within ten years, as it submitted long-awaited plans to the government.

        The proposal includes a new 3,500m runway to the north-west of the existing airfield, a sixth terminal and a tunnel.
        """)
        #expect(doc.text.hasPrefix("Heathrow Airport has said"))
        // Nowhere: not above the body either, where the standfirst is looked for.
        #expect(!(doc.frontMatter + [doc.text]).contains { $0.contains("Photo shows") || $0.contains("full capacity") })
    }

    @Test(arguments: [
        ("NAIROBI, Kenya, Jun 5 – Supermarket chain Naivas has announced plans to expand into Uganda by the end of next year.",
         "By BUSINESS DESK\n\nPublished on: Thursday, June 5, 2025 09:41 EAT", "Supermarket chain Naivas"),
        ("LONDON (Reuters) - Britain's Marks & Spencer reported a 22% rise in annual profit on Wednesday, beating forecasts.",
         "May 21, 2025 7:12 AM GMT+1 Updated 3 hours ago", "Britain's Marks & Spencer"),
    ])
    func aDatedLeadAboveTheBylineOrDateIsTheStoryNotItsStandfirst(lead: String, marks: String, opening: String) async throws {
        let doc = try await cleaned("""
        Retailer sets out expansion plans

        \(lead)

        \(marks)

        The chief executive said the retailer had already identified five sites in Kampala and Entebbe for its first stores.

        "Uganda is a natural next step for us," he said during a press briefing at the company's headquarters on Thursday.
        """)
        #expect(doc.text.hasPrefix(opening))
        #expect(!doc.frontMatter.contains { $0.contains(opening) })
        #expect(doc.text.contains("five sites in Kampala"))
    }

    @Test func anIndianAgencysUndashedDatelineAndTwoPlacesBeforeAColonAreDatelines() {
        #expect(WireDateline.split("New Delhi, Sep 23 (PTI) The Centre on Monday said it will sell onions at subsidised rates.")?.body
            == "The Centre on Monday said it will sell onions at subsidised rates.")
        #expect(WireDateline.split("Jakarta/New Delhi: Indonesia's House of Representatives passed the revised law on Thursday despite protests.")?.dateline
            == "Jakarta/New Delhi")
        #expect(WireDateline.split("Istanbul, Turkiye – The central bank raised rates again on Thursday.")?.dateline == "Istanbul, Turkiye")
    }

    @Test func aTownInCapitalsNoListKnowsBeforeAColonIsTheDateline() {
        #expect(WireDateline.split("PANAJI: Hotel bookings in North Goa have risen by nearly 40 per cent this winter.")?.dateline == "PANAJI")
        // Not a label, a body's name or initials.
        for lead in ["UPDATE: Hotel bookings in North Goa have risen by nearly 40 per cent this winter.",
                     "NASA: Hotel bookings in North Goa have risen by nearly 40 per cent this winter.",
                     "KMPDU: Hotel bookings in North Goa have risen by nearly 40 per cent this winter."] {
            #expect(WireDateline.split(lead) == nil, "\(lead)")
        }
    }
}
