import ArticledCore
import Testing
@testable import ArticledStages

/// The words around a title: a minister's portfolio, titles in a row, and police ranks are no
/// body and no part of the person's name.
@Suite struct EntityTitleChainTests {
    @Test func theOrdinaryWordsBeforeAMinistersTitleNameThePortfolio() {
        let e = recognized("Emergency Management Minister Daniel Rutherford said the roads were closed. "
            + "Federal Labour Minister Harjit Dhaliwal said mediators would stay. "
            + "Ontario Labour Minister Ana Roy agreed.")
        #expect(e["Emergency Management"] == nil && e["Labour"] == nil)
        #expect(e["Daniel Rutherford"]?.0 == .person && e["Harjit Dhaliwal"]?.0 == .person)
        #expect(e["Ontario"]?.0 == .location)
    }

    @Test func councilNavyAndTamilTitlesAreNoPartOfTheName() {
        let e = recognized("\u{201C}This has to end,\u{201D} said Coun. Brendan Kowalczyk, who chairs the committee. "
            + "Coun Priya Raghunathan agreed. Commodore Caoimhín Brennan said the ships were sound, and Lt Cdr Aoife Whelan said "
            + "crews were leaving. \u{201C}The passing away of Thiru T.K. Srinivasaraghavan is a loss,\u{201D} he said.")
        #expect(e["Coun"] == nil && e["Brendan Kowalczyk"]?.0 == .person && e["Priya Raghunathan"]?.0 == .person)
        #expect(e["Caoimhín Brennan"]?.0 == .person && e["Aoife Whelan"]?.0 == .person && e["T.K. Srinivasaraghavan"]?.0 == .person)
        #expect(quotes("\u{201C}This has to end,\u{201D} said Coun. Brendan Kowalczyk, who chairs the committee.").first?.speaker == "Brendan Kowalczyk")
    }

    @Test func aPartyBeforeAnotherTitleStaysTheParty() {
        let e = recognized("Labour MP Jess Phillips said the vote mattered.")
        #expect(e["Labour"]?.0 == .organization)
        #expect(e["Jess Phillips"]?.0 == .person)
    }

    @Test func aBodyBeforeTheWordsThatMakeASecretarysTitleLongerStays() {
        let e = recognized("The strikes went on, Pentagon Press Secretary Kingsley Wilson said.")
        #expect(e["Pentagon"]?.0 == .organization)
        #expect(e["Kingsley Wilson"]?.0 == .person)
    }

    @Test func aPortfolioOfSeveralFieldsIsNoBody() {
        let e = recognized("Minister of Employment and Labour Nomvula Mahlangu welcomed the agreement. "
            + "The Minister for Housing, Local Government and Heritage, Fergal Dalaigh, said the storm was severe.")
        #expect(e["Labour"] == nil && e["Local Government"] == nil && e["Heritage"] == nil)
        #expect(e["Nomvula Mahlangu"]?.0 == .person && e["Fergal Dalaigh"]?.0 == .person)
    }

    @Test func titlesInARowBeforeACourtesyTitleAreNoBody() {
        let e = recognized("Health Cabinet Secretary Dr Jackson Kiprono said the talks would go on. "
            + "NUATE General Secretary, Comrade Olayinka Adesanya, told journalists the strike would go on.")
        #expect(e["Health Cabinet"] == nil && e["NUATE General"] == nil)
        #expect(e["NUATE"]?.0 == .organization)
        #expect(e["Jackson Kiprono"]?.0 == .person && e["Olayinka Adesanya"]?.0 == .person)
    }

    @Test func aStateThatEndsAPlacesNameStaysBeforeATitle() {
        let e = recognized("The Kano State Commissioner for Education, Rabi Yakasai, spoke in Kano State on Monday.")
        #expect(e["Kano State"]?.0 == .location)
        #expect(e["Kano"] == nil)
    }

    @Test func policeRanksAreNoPartOfTheName() {
        let e = recognized("The Commissioner of Police, CP Olufemi Adekoya, directed detectives to act. "
            + "PC Joanne Battersby said the bus was moving. Det Gda Sinead Fitzgibbon told the court he made no reply. "
            + "Later, Det Gda Fitzgibbon said the accused was calm.")
        #expect(e["Olufemi Adekoya"]?.0 == .person && e["CP Olufemi Adekoya"] == nil)
        #expect(e["Joanne Battersby"]?.0 == .person && e["PC"] == nil)
        #expect(e["Sinead Fitzgibbon"]?.0 == .person && e["Sinead Fitzgibbon"]?.1 == 2)
        #expect(e["Gda Fitzgibbon"] == nil)
    }

    @Test func aRaceWrittenCapitalizedIsNoBody() {
        let e = recognized("He became one of the first Black executives to run a listed mining company, hiring 300,000 Black miners.")
        #expect(e["Black"] == nil)
    }

    @Test func anElderlyPersonsHonorificOrASubInspectorsRankIsNoPartOfTheName() {
        let e = recognized("Mzee Kahindi Charo Ngala, an elder, said so. 72-year-old Gogo Nomathemba Zulu lost her savings. "
                           + "Sub-Inspector Rakesh Kumar of the Andheri police station registered the case.")
        for name in ["Kahindi Charo Ngala", "Nomathemba Zulu", "Rakesh Kumar"] {
            #expect(e[name]?.0 == .person, "\(name)")
        }
    }

    @Test func aGrandmasterAConservatorAndAHallOfFamerAreTitles() {
        let e = recognized("He held Grandmaster Pavel Kuzmenko to a draw. Principal Chief Conservator of Forests (Wildlife) Sunita Rao said the "
                           + "gang was caught. The colt was trained by Hall of Famer Doug Pemberton.")
        #expect(e["Pavel Kuzmenko"]?.0 == .person && e["Sunita Rao"]?.0 == .person && e["Doug Pemberton"]?.0 == .person)
        #expect(e["Grandmaster Pavel Kuzmenko"] == nil && e["Conservator"] == nil && e["Famer Doug Pemberton"] == nil)
    }

    @Test func aMinisterOfWordsNoListKnowsAfterThePortfolioIsNamed() {
        let e = recognized("Minister for Finance Paschal Donohoe welcomed the decision. Minister of State for International Development "
                           + "Neale Kinsella announced aid. The secretary in the Ministry of External Affairs Pavan Kumar Sethi said "
                           + "talks went well. The Minister for Foreign Affairs said nothing.")
        for name in ["Paschal Donohoe", "Neale Kinsella", "Pavan Kumar Sethi"] { #expect(e[name]?.0 == .person, "\(name)") }
        #expect(e["Ministry of External Affairs"]?.0 == .organization)
        #expect(e["Foreign Affairs"] == nil && e["Ministry of External Affairs Pavan Kumar Sethi"] == nil)
    }

    @Test func aJobOpeningTheSentenceBeforeANameIsNoPartOfIt() {
        let e = recognized("Seamer Evans Oduor exploited it fully. Organiser Sabitri Gurung, a nurse, said it was hard. "
                           + "Pieter van der Merwe, who owns a panel-beating business, said he was opening up.")
        #expect(e["Evans Oduor"]?.0 == .person && e["Sabitri Gurung"]?.0 == .person && e["Pieter van der Merwe"]?.0 == .person)
        #expect(e["Seamer Evans Oduor"] == nil && e["Organiser Sabitri Gurung"] == nil)
    }

    @Test func aProvincialMECAndALegislativeCouncilsMLCAreTitles() {
        let e = recognized("Gauteng MEC Lebogang Maile spoke. Western Cape MEC for Local Government Thabo Mokoena-Rossouw visited the site. "
                           + "Greens MLC Carla Vasquez-Reid said the protest was peaceful. The MEC said so.")
        for name in ["Lebogang Maile", "Thabo Mokoena-Rossouw", "Carla Vasquez-Reid"] { #expect(e[name]?.0 == .person, "\(name)") }
        #expect(e["MEC"] == nil && e["MLC"] == nil && e["Local Government"] == nil && e["MEC Lebogang Maile"] == nil)
    }

    @Test func aPortfolioHoldersNameIsWholeWhenAListKnowsAWordOfItAsANameOrACity() {
        let e = recognized("Federal Minister for Climate Change Musadik Malik spoke in Islamabad. According to Mr Malik, damage was high. "
                           + "Cabinet Secretary for Environment, Climate Change and Forestry Aden Duale said funds were ready. Mr Duale said more.")
        #expect(e["Musadik Malik"]?.0 == .person && e["Musadik Malik"]?.1 == 2)
        #expect(e["Aden Duale"]?.0 == .person && e["Aden Duale"]?.1 == 2)
        #expect(e["Malik"] == nil && e["Duale"] == nil && e["Aden"] == nil)
    }

    @Test func aFieldEndingInManagementBeforeATitleIsTheTitles() {
        let e = recognized("Victorian Emergency Management Commissioner Rick Nugent said conditions had deteriorated.")
        #expect(e["Rick Nugent"]?.0 == .person)
        #expect(e["Victorian Emergency Management"] == nil && e["Emergency Management"] == nil)
    }

    @Test func aTitleBeforeANameEndingInATitleWordStillSplitsTheRun() {
        let e = recognized("Federal Resources Minister Madeleine King said the state would help. Kalgoorlie-Boulder Mayor John Bowler disagreed.")
        #expect(e["Madeleine King"]?.0 == .person)
        #expect(e["Federal Resources"] == nil)
        #expect(e["John Bowler"]?.0 == .person)
    }

    @Test func wordsBeforeATerritorysTitleAreTheTerritory() {
        let e = recognized("Taita Taveta Governor Andrew Mwadime said elephants had destroyed crops. Mayor Jane Otieno agreed.")
        #expect(e["Taita Taveta"]?.0 == .location && e["Andrew Mwadime"]?.0 == .person)
        // Before another title, words read as a name are still left out.
        #expect(recognized("Taita Taveta Chairman Andrew Mwadime said elephants had destroyed crops.")["Taita Taveta"] == nil)
    }

    @Test func aPeerIsNamedByTheTitleAndOneName() {
        let e = recognized("The judgment was given by Lord Reed, with Lord Hodge and Lady Simler agreeing. Lord Reed said the policy failed. "
                           + "The Lord Mayor of London attended. They prayed to the Lord.")
        #expect(e["Lord Reed"]?.0 == .person && e["Lord Reed"]?.1 == 2)
        #expect(e["Lord Hodge"]?.0 == .person && e["Lady Simler"]?.0 == .person)
        #expect(e["Lord Mayor"] == nil && e["Lord"] == nil && e["Mayor"] == nil)
        #expect(recognized("The Lady Bears rallied in the fourth quarter.")["Lady Bears"] == nil)
    }

    /// An office of a place, then its holder's name: the place, and the person, not one glued to
    /// the other nor both left out.
    @Test(arguments: [
        ("Mayor of London Sadiq Khan said the plan would help.", "London", "Sadiq Khan"),
        ("Lord Mayor of Dublin James Geoghegan said the plan would help.", "Dublin", "James Geoghegan"),
        ("The President of Kenya William Ruto said so.", "Kenya", "William Ruto"),
    ])
    func anOfficeOfAPlaceBeforeItsHoldersName(sentence: String, place: String, person: String) {
        let e = recognized(sentence)
        #expect(e[place]?.0 == .location && e[person]?.0 == .person && e.count == 2)
    }

    @Test func aGivenNameAndAPlacesWordAfterATitleAreItsHoldersName() {
        let e = recognized("NSW Health Minister Ryan Park said hospitals were full. Minister Sarah Court said so too.")
        #expect(e["Ryan Park"]?.0 == .person)
        #expect(e["Sarah Court"]?.0 == .person)
        #expect(e["Minister Ryan Park"] == nil && e["NSW Health Minister Ryan Park"] == nil)
        // A place named for someone is still a place where no title stands before it.
        #expect(recognized("Crowds gathered at Victoria Park on Sunday.")["Victoria Park"]?.0 == .location)
        // Nor after a title that places are named for.
        let royal = recognized("Patients were moved to the Queen Elizabeth Hospital and crowds gathered in King George Square.")
        #expect(royal["Queen Elizabeth Hospital"]?.0 == .organization && royal["King George Square"]?.0 == .location)
        #expect(royal["Elizabeth Hospital"] == nil && royal["George Square"] == nil)
        // An officer's or a governor's title is no namesake's.
        #expect(recognized("Captain Tom Park, the ship master, said the crew were safe.")["Tom Park"]?.0 == .person)
    }
}
