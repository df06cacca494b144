import ArticledCore
import Testing
@testable import ArticledStages

/// The entities of a short text, as (name, type).
private func entities(_ text: String) -> [String: Entity.Kind] {
    var out: [String: Entity.Kind] = [:]
    for e in EntityRecognizer().recognize(text) { out[e.name] = e.type }
    return out
}

/// Names as other languages write them: accented letters, long Iberian names, and bodies whose
/// head word comes first.
@Suite struct EntityInternationalNameTests {
    @Test func accentedLettersFoldToThePlainLetters() {
        #expect(LatinLetterFolding.plainLetter(lead: 0xC3, trail: 0xAA) == UInt8(ascii: "e"))  // ê
        #expect(LatinLetterFolding.plainLetter(lead: 0xC3, trail: 0xA3) == UInt8(ascii: "a"))  // ã
        #expect(LatinLetterFolding.plainLetter(lead: 0xC5, trail: 0x81) == UInt8(ascii: "L"))  // Ł
        #expect(LatinLetterFolding.plainLetter(lead: 0xC3, trail: 0x97) == nil)  // ×
        #expect(LatinLetterFolding.foldedHash(ArraySlice(Array("Inês".utf8))) == HashedWordTable.hash("Ines"))
        #expect(LatinLetterFolding.foldedHash(ArraySlice(Array("Ines".utf8))) == nil)
    }

    @Test func anAccentedGivenNameStartsAPerson() {
        let e = entities("\"Our clients include thousands of families,\" said Inês Carvalho-Mendes, chief operating officer.")
        #expect(e["Inês Carvalho-Mendes"] == .person)
        #expect(e["Mendes"] == nil)
    }

    @Test func aLongPortugueseNameStaysWhole() {
        let e = entities("\"It should be easy,\" said João Pedro Albuquerque dos Santos, founder of the company.")
        #expect(e["João Pedro Albuquerque dos Santos"] == .person)
        #expect(e["João"] == nil)
    }

    @Test func anUnknownFirstNameBeforeAKnownOneJoinsIt() {
        let e = entities("The guide Ang Nima Sherpa said the lake was rising. Ang Nima Sherpa has lived there for years.")
        #expect(e["Ang Nima Sherpa"] == .person)
    }

    @Test func aJobOpeningASentenceIsNoFirstName() {
        let e = entities("Snow fell all day. Forecaster Alex Deakin said temperatures could fall further.")
        #expect(e["Alex Deakin"] == .person)
        #expect(e["Forecaster Alex Deakin"] == nil)
    }

    @Test func aHeadWordFirstNamesABody() {
        let e = entities("Banco de Portugal approved the licence, and Banco Serra Azul will offer the service. Police Scotland agreed.")
        #expect(e["Banco de Portugal"] == .organization)
        #expect(e["Banco Serra Azul"] == .organization)
        #expect(e["Police Scotland"] == .organization)
        #expect(e["Banco de"] == nil)
    }

    @Test func aPlaceWordFirstNamesAPlace() {
        let e = entities("Ronnel Dimaculangan, who leads a fisherfolk association in Barangay Santo Niño, said the catch fell. "
            + "Climbers left Mount Kangchenjunga early, and ferries crossed Lake Victoria.")
        #expect(e["Barangay Santo Niño"] == .location)
        #expect(e["Mount Kangchenjunga"] == .location)
        #expect(e["Lake Victoria"] == .location)
        #expect(e["Santo Niño"] == nil)
    }

    @Test func whoeverLeadsAnAssociationIsAPerson() {
        let e = entities("Ronnel Dimaculangan, who leads a fisherfolk association in the town, said the catch fell.")
        #expect(e["Ronnel Dimaculangan"] == .person)
    }

    @Test func twoOrdinaryWordsAfterAndEndABodysName() {
        let e = entities("The Department of Environment and Natural Resources and the Ministry of Health and Social Care met. "
            + "The Ministry of Defence and British Airways signed a deal.")
        #expect(e["Department of Environment and Natural Resources"] == .organization)
        #expect(e["Ministry of Health and Social Care"] == .organization)
        #expect(e["Ministry of Defence"] == .organization)
        #expect(e["British Airways"] == .organization)
    }

    @Test func streetsRoadsAndLocalitiesArePlaces() {
        let e = entities("Traders on Idumota Street and residents of Gandhi Nagar near Greenways Road protested, "
            + "while Downing Street said nothing.")
        #expect(e["Idumota Street"] == .location)
        #expect(e["Gandhi Nagar"] == .location)
        #expect(e["Greenways Road"] == .location)
        #expect(e["Downing Street"] == .organization)
    }

    @Test func brandsWrittenWithAnInnerCapitalAreOrganizations() {
        let e = entities("WaterCAN said repairs were slow. PayPal and BlackRock agreed, and Ron DeSantis and Ronald McDonald did not.")
        #expect(e["WaterCAN"] == .organization)
        #expect(e["PayPal"] == .organization)
        #expect(e["BlackRock"] == .organization)
        #expect(e["Ron DeSantis"] == .person)
        #expect(e["Ronald McDonald"] == .person)
    }

    @Test func aStatesGovernmentIsABodyAndTheGovernmentIsNoName() {
        let e = entities("The Lagos State Government said it would act. The Government said nothing, and The Times reported it.")
        #expect(e["Lagos State Government"] == .organization)
        #expect(e["The Government"] == nil)
        #expect(e["The Times"] == .organization)
    }

    @Test func aPlaceWithALowerCaseSuffixDescribesTheNameAfterIt() {
        let e = entities("The Stockholm-listed Norrvik Group and the Lagos-based Centre for Environmental Justice and Development agreed.")
        #expect(e["Norrvik Group"] == .organization)
        #expect(e["Stockholm"] == .location)
        #expect(e["Centre for Environmental Justice and Development"] == .organization)
        #expect(e["Lagos"] == .location)
        #expect(e["and Development"] == nil)
    }

    @Test func anOrdinaryPossessiveInsideABodysName() {
        let e = entities("Doctors at Akron Children's Hospital agreed. Russia's Defence Ministry did not. Climbers reached Sagarmatha National Park.")
        #expect(e["Akron Children's Hospital"] == .organization)
        #expect(e["Russia"] == .location)
        #expect(e["Defence Ministry"] == .organization)
        #expect(e["Sagarmatha National Park"] == .location)
    }

    @Test func aFirstNameThatOpensAPlacesNameStillOpensAPersons() {
        // "Abelardo" opens "Abelardo Luz", a town; "Muñoz" is a town too.
        let e = entities("It was nothing, said Abelardo Muñoz on Monday. Dr. Rafael Domínguez-Ortiz, a specialist at the Cleveland Clinic, agreed.")
        #expect(e["Abelardo Muñoz"] == .person)
        #expect(e["Cleveland Clinic"] == .organization)
    }

    @Test func theWordsOfATitleAreNoPartOfTheName() {
        let e = entities("Minister of State for Sustainability and the Environment Koh Li-Ann said the plan was sound. "
            + "Secretary of State for Culture Lisa Nandy agreed, and the Bank of England said nothing.")
        #expect(e["Koh Li-Ann"] == .person)
        #expect(e["Environment Koh Li-Ann"] == nil)
        #expect(e["Lisa Nandy"] == .person)
        #expect(e["Bank of England"] == .organization)
    }

    @Test func aNameWithBinBeforeASecondGivenNameStaysOneName() {
        let e = entities("Qatari spokesman Majed bin Mohammed al-Ansari said talks continued.")
        #expect(e["Majed bin Mohammed al-Ansari"] == .person)
        #expect(e["Majed bin"] == nil && e["Mohammed al-Ansari"] == nil)
    }

    @Test func theFamilyNameHeInsideASentenceIsAName() {
        let e = recognized("Foreign ministry spokesperson He Yanlin said the talks were productive. He said more talks would follow.")
        #expect(e["He Yanlin"]?.0 == .person)
        #expect(e["Yanlin"] == nil)
    }

    @Test func currencyCodesAndChemicalsAreNoBodies() {
        let e = recognized("The delay adds EUR 310 million to the cost. The plant released PFAS into the river, regulators said.")
        #expect(e["EUR"] == nil && e["PFAS"] == nil)
    }

    @Test func malayNamesKeepTheirBintiAndTheirHonorificsGo() {
        let e = recognized("Deputy public prosecutor Siti Hajar binti Osman asked for bail to be denied. "
            + "Public works minister Datuk Seri Hamzah Yusof said the ministry would cooperate. "
            + "Siti Hajar said the case was serious.")
        #expect(e["Siti Hajar binti Osman"]?.0 == .person)
        #expect(e["Siti Hajar binti Osman"]?.1 == 2)
        #expect(e["Hamzah Yusof"]?.0 == .person)
        #expect(e["Osman"] == nil && e["Siti Hajar"] == nil && e["Datuk Seri Hamzah Yusof"] == nil)
    }

    @Test func aPersonsFirstNamesAreTheLongerNameTheyBegin() {
        let e = recognized("Madam Siti Aishah Mohamed Yusof, 62, spent five days in hospital. Siti Aishah said she was lucky.")
        #expect(e["Siti Aishah Mohamed Yusof"]?.1 == 2)
        #expect(e["Siti Aishah"] == nil)
    }

    @Test func aSurnameWithParticlesOpeningASentenceIsTheSamePerson() {
        let e = recognized("Pieter van der Berg, 44, was charged on Monday. Prosecutors allege that Van der Berg moved a container. "
            + "Van der Berg denies the charges.")
        #expect(e["Pieter van der Berg"]?.1 == 3)
        #expect(e["Van der Berg"] == nil && e["Van"] == nil)
    }

    @Test func religiousAndPoliceRanksAreTitles() {
        let e = recognized("Canon Ruth Albright said the diocese would listen. Det Garda Niall Brennan told the court the men were arrested. "
            + "Cllr Teresa Gallagher urged neighbours to check on each other. "
            + "The Olufon of Ifon, Oba Adewale Ilori, urged calm.")
        #expect(e["Ruth Albright"]?.0 == .person)
        #expect(e["Niall Brennan"]?.0 == .person)
        #expect(e["Adewale Ilori"]?.0 == .person)
        #expect(e["Teresa Gallagher"]?.0 == .person && e["Cllr Teresa Gallagher"] == nil)
        #expect(e["Canon Ruth Albright"] == nil && e["Det Garda Niall Brennan"] == nil && e["Oba Adewale Ilori"] == nil)
    }

    @Test func anArabicSurnameWithItsParticleAloneIsThePersonNamedInFull() {
        let text = "Deputy Khalid al-Masri of Zarqa, an independent, voted yes.\n\n\"I voted for stability,\" al-Masri said."
        let e = recognized(text)
        #expect(e["Khalid al-Masri"]?.0 == .person && e["Khalid al-Masri"]?.1 == 2)
        #expect(e["al-Masri"] == nil)
        #expect(quotes(text).map(\.speaker) == ["Khalid al-Masri"])
        #expect(recognized("Shoppers on eBay spent more this year.")["eBay"]?.0 == .organization)
    }

    @Test func aGivenNameThatLostItsLastLetterStillOpensAFullName() {
        let e = recognized("City Clerk Jos? Ibarra on Tuesday certified the petition, said Niccol? Ferretti, the mayor.")
        #expect(e["Jos? Ibarra"]?.0 == .person && e["Niccol? Ferretti"]?.0 == .person)
        #expect(e["Jos"] == nil && e["Ibarra"] == nil && e["Ferretti"] == nil)
    }

    @Test func aLocalTitleBeforeTwoOrdinaryWordsNamesAPerson() {
        let e = recognized("Sheriff Eddy Rice called the deaths a tragedy. Public Defender Anthony Russo disagreed.")
        #expect(e["Eddy Rice"]?.0 == .person && e["Anthony Russo"]?.0 == .person)
        #expect(e["Sheriff Eddy Rice"] == nil && e["Public Defender"] == nil)
    }

    @Test func clergyAndAssemblyTitlesAndTradesBeforeANameAreNotPartOfIt() {
        let e = recognized("The parish priest, Fr Declan Moriarty, agreed with the Rt Revd Graham Thackeray. It prompted Assemblymember "
            + "Denise Oyelaran to act. Herder Baasan Nyamaa, 52, was angry.")
        for name in ["Declan Moriarty", "Graham Thackeray", "Denise Oyelaran", "Baasan Nyamaa"] { #expect(e[name]?.0 == .person, "\(name)") }
        #expect(e["Rt Revd"] == nil && e["Fr Declan Moriarty"] == nil && e["Herder Baasan Nyamaa"] == nil)
    }

    @Test func twoTownsNamesDescribedByATradeAreAPerson() {
        let e = recognized("Hernando Valdivia, a seismologist at the institute, said the fault was shallow. Flights from Hernando to Valdivia were cancelled.")
        #expect(e["Hernando Valdivia"]?.0 == .person)
        let towns = recognized("Flights from Hernando to Valdivia, a city in Chile, were cancelled.")
        #expect(towns["Hernando"]?.0 == .location && towns["Valdivia"]?.0 == .location)
    }

    @Test func wordsOfNoOnesNameAfterInOrFromNameAPlace() {
        let e = recognized("Mothers in Cwm Teifi will have to travel further. Ferries in Eilean Mòr were cancelled. "
            + "He had confidence in Xi Jinping, he said. There is strong work from Tanvi Okonedo as Cordelia.")
        #expect(e["Cwm Teifi"]?.0 == .location && e["Eilean Mòr"]?.0 == .location)
        #expect(e["Xi Jinping"]?.0 == .person && e["Tanvi Okonedo"]?.0 == .person)
    }

    @Test func aMinistersPortfolioIsPartOfTheTitleNotABody() {
        let e = recognized("In Toronto, Ontario Labour Minister Graham Pryce spoke. Government House Leader Thomas Okonkwo-Reid agreed, "
            + "and Parliamentary Affairs Minister Meenakshi Thakur moved the Bill.")
        for name in ["Graham Pryce", "Thomas Okonkwo-Reid", "Meenakshi Thakur"] { #expect(e[name]?.0 == .person, "\(name)") }
        #expect(e["Labour"] == nil && e["Government House"] == nil && e["Parliamentary Affairs"] == nil)
    }

    @Test func aRoadsNumberIsPartOfItsName() {
        let e = recognized("The fire spread south of Highway 210 and along Route 9 toward the Interstate 95 ramp. The route 9 bus was late.")
        for name in ["Highway 210", "Route 9", "Interstate 95"] { #expect(e[name]?.0 == .location, "\(name)") }
        #expect(e["Highway"] == nil)
    }

    @Test func theTownOfAnAddressFollowsItsStreet() {
        let e = recognized("Malachy Devlin, 52, of Drumcairn Road, Pomeroy, was jailed. Jane Smith, of Orchard Close, Little Combe, admitted it.")
        #expect(e["Pomeroy"]?.0 == .location && e["Little Combe"]?.0 == .location && e["Orchard Close"]?.0 == .location)
        #expect(e["Malachy Devlin"]?.0 == .person && e["Jane Smith"]?.0 == .person)
    }

    @Test func aNameThatLostLettersTakesTheSpellingThePageGivesElsewhere() async throws {
        var doc = try await cleaned("""
            # Agüero double sinks Glasgow

            *Late tries from Tomás Agüero and Jos? Ibarra turn the derby.*

            By Fraser McAllister

            March 3, 2025

            Argentine centre Tom?s Ag?ero then cut a superb line. Tom?s Ag?ero scored again, and Jos? Ibarra kicked the conversion.

            "It was a great night," Ag?ero said. Agüero, not Ag\u{FFFD}ero, was the star.
            """, format: .markdown)
        try await ExtractStage().process(&doc)
        let names = doc.entities.filter { $0.type == .person }.map(\.name)
        #expect(names.contains("Tomás Agüero") && !names.contains("Tom?s Ag?ero"))
        #expect(doc.entities.first { $0.name == "Tomás Agüero" }.map(\.mentions) ?? 0 >= 3)
        #expect(doc.quotes.map(\.speaker) == ["Tomás Agüero"])
        // Spelled whole nowhere on the page: its "?" stays, no accent is guessed.
        #expect(names.contains("Jos? Ibarra"))
    }

    @Test func anApostropheLostBeforeAPossessiveSIsThePossessive() {
        let e = recognized("Russia?s Ministry of Defence claimed on Sunday that its forces had advanced. Thousands crossed into "
            + "Mizoram?s Champhai district. The Electoral Commission of South Africa?s count went on.")
        #expect(e["Ministry of Defence"]?.0 == .organization && e["Russia?s Ministry of Defence"] == nil)
        #expect(e["Champhai"]?.0 == .location && e["Mizoram"]?.0 == .location)
        #expect(e["Electoral Commission of South Africa"]?.0 == .organization)
        // A name's lost letter before its last "s" stays the name's.
        #expect(recognized("Striker Tom?s Ag?ero scored twice on Sunday.")["Tom?s Ag?ero"]?.0 == .person)
    }

    @Test func commonGivenNamesOfManyCountriesStartAPerson() {
        let text = "Hiroshi Tanabe-Wells, a chemist, tested it. The commissioner, Usman Bello Garba, confirmed the deaths, "
            + "and Yusuf Adebayo said the family was thrilled. Finance minister Eoghan Mac Cárthaigh spoke after Thandeka Mabandla."
        #expect(names(["Hiroshi Tanabe-Wells", "Usman Bello Garba", "Yusuf Adebayo", "Eoghan Mac Cárthaigh", "Thandeka Mabandla"],
                      notRecognizedAs: .person, in: text).isEmpty)
        #expect(recognized(text)["Bello"] == nil)
    }

    @Test func initialsBeforeAGivenNameBeginTheName() {
        let e = recognized("Party leader H.R. Manjunath Swamy said the alliance worked. Mission director M. Lakshmi Priya agreed.")
        #expect(e["H.R. Manjunath Swamy"]?.0 == .person && e["M. Lakshmi Priya"]?.0 == .person)
        #expect(e["H.R."] == nil)
    }

    @Test func anEngineersTitleIsNoNameAndASaintsPossessiveAloneIsNoOne() {
        let e = recognized("\"We have been forced to ration,\" NCWSC managing director Eng. Josephine Wambui Kariuki said. Eng. Kariuki spoke again. "
            + "Professor Siobhán O'Dwyer, who leads the service at St James's, said so ahead of the St Patrick's weekend.")
        #expect(e["Josephine Wambui Kariuki"]?.0 == .person && e["Josephine Wambui Kariuki"]?.1 == 2)
        #expect(e["Eng"] == nil && e["St James"] == nil && e["St Patrick"] == nil)
        #expect(quotes("\"We have been forced to ration water,\" managing director Eng. Josephine Wambui Kariuki said.").first?.speaker
            == "Josephine Wambui Kariuki")
    }

    @Test func aHeadlinesWordThatLostALetterTakesTheBodysSpellingButAQuestionStays() async throws {
        var doc = try await cleaned("""
            # Lehtim?ki conquers Safari as Mutai claims best finish

            By Fraser McAllister

            March 3, 2025

            Finland's Sami Lehtimäki won the Safari Rally on Sunday, and Kenya's Mutai was fifth in his class on the Naivasha stages.
            """, format: .markdown)
        try await ExtractStage().process(&doc)
        #expect(doc.title == "Lehtimäki conquers Safari as Mutai claims best finish")
        var question = try await cleaned("# Can Mutai win?\n\nBy Fraser McAllister\n\nMarch 3, 2025\n\n"
                                         + "Sami Lehtimäki won the Safari Rally on Sunday, and Kenya's Mutai was fifth in his class.\n", format: .markdown)
        try await ExtractStage().process(&question)
        #expect(question.title == "Can Mutai win?")
    }

    @Test func initialsWithoutFullStopsOpenTheName() {
        let e = recognized("Chief Minister M K Stalin welcomed the deal. CITU leader A Soundararajan said the union would return. Stalin agreed.")
        #expect(e["M K Stalin"]?.0 == .person && e["M K Stalin"]?.1 == 2)
        #expect(e["A Soundararajan"]?.0 == .person)
        // An article, or a letter naming a kind, is no initial.
        let kinds = recognized("A Nairobi court ruled. Cases of Group A Strep rose, and he has type A Blood.")
        #expect(kinds.keys.allSatisfy { !$0.hasPrefix("A ") })
    }

    @Test func aMaasaiNamesParticleStaysInsideTheName() {
        let e = recognized("\"We are devastated,\" said Joseph ole Sankale, a local leader. Narok Governor Patrick ole Ntutu agreed.")
        #expect(e["Joseph ole Sankale"]?.0 == .person)
        #expect(e["Patrick ole Ntutu"]?.0 == .person)
        #expect(e["Joseph"] == nil && e["Sankale"] == nil)
    }

    @Test func khanAndShahAreSurnamesNotTitles() {
        let e = recognized("Federal minister Abdul Rauf Khan said the plan would go ahead. Home Minister Amit Shah agreed. "
            + "\"We are ready,\" Khan told reporters. Shah said he would visit.")
        #expect(e["Abdul Rauf Khan"]?.0 == .person && e["Abdul Rauf Khan"]?.1 == 2)
        #expect(e["Amit Shah"]?.0 == .person && e["Amit Shah"]?.1 == 2)
        #expect(e["Abdul Rauf"] == nil)
        #expect(quotes("\"We are ready for the season,\" Abdul Rauf Khan said.\n\n\"It is done,\" Khan told reporters.").map(\.speaker)
            == ["Abdul Rauf Khan", "Abdul Rauf Khan"])
    }

    @Test func twoUnknownWordsBeforeAKnownGivenNameOpenAFourWordName() {
        let e = recognized("It came a year after the late Nusrat Fateh Ali Khan made his debut there. "
            + "Syed Jawad Hussain Kazmi, head of the chamber, said trade had stopped. "
            + "PTI leader Barrister Gohar Ali Khan said the party would appeal.")
        #expect(e["Nusrat Fateh Ali Khan"]?.0 == .person)
        #expect(e["Syed Jawad Hussain Kazmi"]?.0 == .person)
        #expect(e["Gohar Ali Khan"]?.0 == .person)
        #expect(e["Nusrat Fateh"] == nil && e["Ali Khan"] == nil && e["Hussain Kazmi"] == nil && e["Barrister Gohar"] == nil)
        // Five words are two names: "Mela Adhikari Vijay Kiran Anand said".
        let five = recognized("Mela Adhikari Vijay Kiran Anand said 40,000 police were on duty.")
        #expect(five["Mela Adhikari Vijay Kiran Anand"] == nil)
    }
}
