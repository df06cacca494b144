import ArticledCore
import Testing
@testable import ArticledStages

/// A surname alone is read against the people the text names in full: two people may share
/// it, it may spell a place, or stand before a generation's suffix.
@Suite struct EntitySurnameTests {
    @Test func aSharedSurnameIsThePersonNamedLastInItsParagraph() {
        let text = """
        Samsung chairman Lee Jae-yong met officials. Lee Jae-yong toured the plant, and Lee Jae-yong spoke.

        Science minister Lee Jong-ho said the state would help. "Chips are a matter of security," Lee said.
        """
        let e = recognized(text)
        #expect(e["Lee Jae-yong"]?.1 == 3)
        #expect(e["Lee Jong-ho"]?.1 == 2)
    }

    @Test func aSharedSurnameInAnotherParagraphIsThePersonNamedMost() {
        let text = """
        Harold Ekwueme, a surgeon, died on Monday. Dr. Harold Ekwueme trained hundreds.

        He is survived by a brother, Samuel Ekwueme of Lagos.

        Asked what he was proudest of, Dr. Ekwueme spoke of his students.
        """
        let e = recognized(text)
        #expect(e["Harold Ekwueme"]?.1 == 3)
        #expect(e["Samuel Ekwueme"]?.1 == 1)
    }

    /// The people of `text` and their mentions, with `headline` read as the headline and standfirst.
    private func people(_ text: String, headline: String = "") -> [String: Int] {
        var tokens = ArticleTokenizer.tokenize(text)
        tokens.annotate(with: .shared)
        let analysis = EntityRecognizer().analyze(tokens, headline: headline)
        return Dictionary(analysis.entities.filter { $0.type == .person }.map { ($0.name, $0.mentions) }, uniquingKeysWith: +)
    }

    @Test func ofTwoNamedAsOftenASharedSurnameIsThePersonNamedLastBeforeIt() {
        let text = """
        The bakery was founded in 1958 by Donncha and Máire Quinlan.

        Managing director Siobhán Quinlan, a granddaughter of the founders, said the decision was hard.

        Quinlan said the firm had looked at electric ovens. Quinlan said it would not sell.
        """
        let e = people(text)
        #expect(e["Siobhán Quinlan"] == 3)
        #expect(e["Máire Quinlan"] == 1)
    }

    @Test func ofTwoNamedAsOftenASharedSurnameIsTheOneTheHeadlineNames() {
        let text = """
        The shop has stood on the corner since 1954, when Ismail Jacobs opened it.

        Seventy years later, his grandson Yusuf Jacobs has turned its back room into a restaurant.

        "I grew up in the shop," Jacobs told reporters. Jacobs trained in London.
        """
        // A grandson is a relative named for the story's sake, unless the standfirst names him.
        #expect(people(text)["Ismail Jacobs"] == 3)
        let e = people(text, headline: "Yusuf Jacobs has turned his family's spice shop into a restaurant")
        #expect(e["Yusuf Jacobs"] == 3)
        #expect(e["Ismail Jacobs"] == 1)
    }

    @Test func aRelativeIntroducedAsOneIsNotTheSurnameAloneLater() {
        let text = """
        Camille Desrosiers, 24, left a hostel on Monday.

        Her father, Jean-Marc Desrosiers, arrived from France on Friday.

        Police released images of Desrosiers buying water. Chief Leroy Desrosiers, no relation, spoke later.
        """
        let e = people(text)
        #expect(e["Camille Desrosiers"] == 2)
        #expect(e["Jean-Marc Desrosiers"] == 1)
        #expect(e["Leroy Desrosiers"] == 1)
    }

    @Test func aCourtesyTitleTellsWhichOfAFamilyASurnameIs() {
        let text = """
        Lawyers for Rodrigo Duterte told judges the former president is unwell.

        His daughter Sara Duterte sat in the gallery beside her brother Paolo Duterte.

        Ms Duterte told reporters her father was a "political prisoner". Later, Mr Duterte's lawyers spoke.
        """
        let e = people(text)
        #expect(e["Sara Duterte"] == 2)
        #expect(e["Rodrigo Duterte"] == 2)
        #expect(e["Paolo Duterte"] == 1)
    }

    @Test func aSurnameEndingAsCompaniesDoIsStillTheSurname() {
        let e = recognized("Chancellor Helen Marchbank told lawmakers the plan was sound. Marchbank told them before the vote that it would pass.")
        #expect(e["Helen Marchbank"]?.0 == .person && e["Helen Marchbank"]?.1 == 2)
        #expect(e["Marchbank"] == nil)
    }

    @Test func aPluralAgentNounOpeningASentenceIsNoOne() {
        let e = recognized("Organisers said up to 15,000 people took part. Protesters said the police were heavy-handed. Borrowers said rates rose.")
        #expect(e.isEmpty)
    }

    @Test func aRegionsNameAloneIsTheSurnameOfThePersonNamedWithIt() {
        let e = recognized("Governor Diego Agustin Mendoza visited the coast. \"We will rebuild,\" Mendoza said.")
        #expect(e["Diego Agustin Mendoza"]?.0 == .person && e["Diego Agustin Mendoza"]?.1 == 2)
        #expect(e["Mendoza"] == nil)
    }

    @Test func aRegionsNameAfterAPrepositionStaysThePlace() {
        let e = recognized("Governor Diego Agustin Mendoza visited the coast. He later flew to Mendoza for talks.")
        #expect(e["Diego Agustin Mendoza"]?.1 == 1)
        #expect(e["Mendoza"]?.0 == .location)
    }

    @Test func aCitysNameAfterAGivenNameIsASurnameEvenPossessive() {
        let e = recognized("Blake Corum's 2-yard run gave Michigan the lead late in the game. Corum finished with 120 yards.")
        #expect(e["Blake Corum"]?.0 == .person && e["Blake Corum"]?.1 == 2)
        #expect(e["Corum"] == nil)
    }

    @Test func theSurnameStandsBeforeAGenerationsSuffix() {
        let e = recognized("President Ferdinand Marcos Jr. visited the area on Monday. Marcos said aid was coming.")
        #expect(e["Ferdinand Marcos Jr."]?.0 == .person && e["Ferdinand Marcos Jr."]?.1 == 2)
        #expect(e["Marcos"] == nil)
    }

    @Test func aOneWordBodysNameAfterAGivenNameIsASurname() {
        let e = recognized("Hilary Everton, chief executive of the charity, said the results were good.")
        #expect(e["Hilary Everton"]?.0 == .person)
        #expect(e["Everton"] == nil)
    }

    @Test func aTitleThatIsAlsoAGivenNameAfterADescriptionIsTheGivenName() {
        let e = recognized("Senior meteorologist Dean Marsh told the ABC the winds would ease.")
        #expect(e["Dean Marsh"]?.0 == .person)
        #expect(recognized("The law school said Dean Martha Minow would step down.")["Martha Minow"]?.0 == .person)
    }

    @Test func aCountrysNameBeforeASurnameIsAGivenNameWhereAPersonIsMeant() {
        let e = recognized("Cloudvane spokesperson Jordan Lee said the cuts were final. The mayor, Georgia Brown, said she was sad.")
        #expect(e["Jordan Lee"]?.0 == .person && e["Georgia Brown"]?.0 == .person)
        #expect(e["Jordan"] == nil && e["Georgia"] == nil)
        #expect(recognized("Talks with Jordan ended on Monday, officials said.")["Jordan"]?.0 == .location)
    }

    @Test func mostGivenNamesOutweighARegionOfTheName() {
        let e = recognized("Mary Smith met John Brown on Monday at the station.")
        #expect(e["Mary Smith"]?.0 == .person)
        #expect(e["Mary"] == nil)
    }

    @Test func givenNamesOfRecentDecadesStartAName() {
        let e = recognized("The game was decided late. Jayden Fielding kicked the winning field goal on Saturday.")
        #expect(e["Jayden Fielding"]?.0 == .person)
        #expect(recognized("Rod Laver announced the award on Sunday.")["Rod Laver"]?.0 == .person)
    }
    @Test func aRelativeNamedMoreOftenDoesNotTakeTheSubjectsSurname() {
        let text = "Former Finance minister Joseph Mwangi Kariuki has died. He was 81.\n\n"
            + "Kariuki died on Monday, his family said. His eldest son, Peter Kariuki, told the Nation that his father had been ill.\n\n"
            + "\"He spent his last days asking about the budget,\" Peter Kariuki said.\n\n"
            + "Born in 1943 in Othaya, Kariuki studied economics at Makerere University. Kariuki later led the Treasury."
        let e = people(text, headline: "Former Finance minister Joseph Mwangi Kariuki dies aged 81")
        #expect(e["Joseph Mwangi Kariuki"] == 4 && e["Peter Kariuki"] == 2)
        // Not a relative the headline names as one: "Biden pardons son Hunter".
        let pardon = "President Joe Biden pardoned his son Hunter Biden on Sunday. Joe Biden had said he would not. "
            + "The White House said Joe Biden decided at the weekend.\n\nBiden said the charges were unfair."
        #expect(people(pardon, headline: "Biden pardons son Hunter despite earlier pledge")["Joe Biden"] == 4)
        // Without a headline's word, a relative named most keeps the lone surname: the widow who speaks.
        let widow = "John Whitfield died at the hospital in 2015.\n\nHis widow, Margaret Whitfield, has campaigned since. "
            + "Margaret Whitfield wrote to ministers. Margaret Whitfield met the coroner.\n\nWhitfield said she was relieved."
        #expect(people(widow)["Margaret Whitfield"] == 4)
        // The one the headline names wins over one named more often in the text.
        let sisters = "Vice President Sara Duterte welcomed the ruling. Her father, Rodrigo Duterte, is detained in The Hague.\n\n"
            + "Rodrigo Duterte was arrested in March. Allies of Rodrigo Duterte protested.\n\nThe ruling gives Duterte a clear run in 2028."
        #expect(people(sisters, headline: "Court voids impeachment of Vice President Sara Duterte")["Sara Duterte"] == 2)
    }
}

/// Words no list knows, typed by what they look like.
@Suite struct EntityUnlistedWordTests {
    @Test func aWordEndingAsCompaniesNamesDoIsAnOrganization() {
        let e = recognized("Germany's Commerzbank said profits rose. Ryanair said it would cut routes.")
        #expect(e["Commerzbank"]?.0 == .organization)
        #expect(e["Ryanair"]?.0 == .organization)
    }

    @Test func aSurnameEndingSoIsStillAPerson() {
        let e = recognized("Tony Blair met officials. Blair said the talks went well.")
        #expect(e["Tony Blair"]?.0 == .person && e["Tony Blair"]?.1 == 2)
    }

    @Test func anInstrumentCodeInBracketsIsNoOrganization() {
        let e = recognized("Shares of Delta Air Lines (DAL.N) fell, while Societe Generale (SOGN.PA) rose and the index (.SX7P) slipped. Delta said demand was strong.")
        #expect(e["DAL"] == nil && e["SOGN"] == nil && e["PA"] == nil && e["SX7P"] == nil && e["N"] == nil)
    }

    @Test func aDoubleBarrelledSurnameWithAPlaceInItIsThePersons() {
        let e = recognized("Naomi Kerr-Atherton won in straight sets. Kerr-Atherton said she had been nervous. \"We can do it here,\" said Dr. Folasade Adeyemi-Bello. Adeyemi-Bello agreed.")
        #expect(e["Naomi Kerr-Atherton"]?.0 == .person && e["Naomi Kerr-Atherton"]?.1 == 2)
        #expect(e["Folasade Adeyemi-Bello"]?.0 == .person && e["Folasade Adeyemi-Bello"]?.1 == 2)
        #expect(e["Atherton"] == nil && e["Bello"] == nil)
        // Places joined by a hyphen stay places.
        #expect(recognized("The Beijing-Moscow axis held as Kenya-Uganda trade grew.")["Kenya"]?.0 == .location)
    }

    @Test func anOrdinaryGivenNameInAnAppositionAfterARoleIsAPerson() {
        let e = recognized("Malawi's health minister, Mercy Chirwa, told reporters the country would join.")
        #expect(e["Mercy Chirwa"]?.0 == .person)
    }

    @Test func theMiddleOfThreeNamesMayBeTheOneTheTextGoesOnWith() {
        let e = recognized("DCP candidate Peter Makokha Barasa lost the vote. Mr Makokha said he would appeal.")
        #expect(e["Peter Makokha Barasa"]?.1 == 2)
        #expect(e["Makokha"] == nil)
    }

    @Test func anOrdinaryWordBeforeASurnameThatSpeaksElsewhereIsAGivenName() {
        let e = recognized("The first thing Dot Harkness does every morning is look north. \"Smoke is cleaner,\" Harkness said.")
        #expect(e["Dot Harkness"]?.0 == .person && e["Dot Harkness"]?.1 == 2)
        #expect(recognized("The Dot Matrix does every job. Nobody said so.")["Dot Matrix"] == nil)
    }

    @Test func aMonthBeforeASurnameIsAGivenName() {
        let e = recognized("Jan Kubiak, a farmer from Poznan, said the levy was unfair. In June Labour won. Kubiak said he would sell.")
        #expect(e["Jan Kubiak"]?.0 == .person)
        #expect(e["Jan Kubiak"]?.1 == 2)
        #expect(e["Kubiak"] == nil)
        #expect(e["June Labour"] == nil)
    }

    @Test func aMonthBeforeANumberOrAfterInStaysAMonth() {
        let e = recognized("The talks ended on Jan 5. By August Smith had left the company, and Kowalski took over.")
        #expect(e.keys.allSatisfy { !$0.hasPrefix("Jan") && !$0.hasPrefix("August") })
    }

    @Test func aCreedAfterAGivenNameIsASurname() {
        let e = recognized("Claire Christian, who runs a bakery in Leeds, agreed. Christian said the rent had doubled. Christian groups were silent.")
        #expect(e["Claire Christian"]?.0 == .person)
        #expect(e["Claire Christian"]?.1 == 2)
        #expect(e["Christian"] == nil)
    }

    @Test func aTitleOfPoliceOrRespectIsNoPartOfTheName() {
        let e = recognized("The command's spokesperson, SP Sunday Abutu, said calm had returned. Malam Abdullahi Sani Dorayi said pupils now learn Maths. On Sunday Okafor left.")
        #expect(e["Sunday Abutu"]?.0 == .person)
        #expect(e["Abdullahi Sani Dorayi"]?.0 == .person)
        #expect(e["SP"] == nil && e["Malam Abdullahi Sani Dorayi"] == nil && e["Sunday Okafor"] == nil)
    }

    @Test func twoGivenNamesBeforeOneSurnameNameTwoPeople() {
        let e = recognized("Stripe, founded by brothers Patrick and John Collison, employs 1,000 people. Perth couple Hamish and Colleen Tranter were hurt.")
        for name in ["Patrick Collison", "John Collison", "Hamish Tranter", "Colleen Tranter"] {
            #expect(e[name]?.0 == .person, "\(name)")
        }
        #expect(e["Patrick"] == nil && e["Hamish"] == nil)
    }

    @Test func aFamilyNameBeforeAGivenNameOfTwoJoinedSyllablesStandsForThePerson() {
        let e = recognized("Their head coach, Kim Dong-hyun, bowed to the crowd. \"Today they were better,\" Kim said through an interpreter.")
        #expect(e["Kim Dong-hyun"]?.1 == 2 && e["Kim"] == nil)
    }

    @Test func aHyphenatedSurnameJoiningAKnownGivenNameAndAPlaceIsThePersons() {
        let e = recognized("The LP candidate, Ifeoma Chukwudi-Bello, a 38-year-old lawyer, won the seat. Chukwudi-Bello described her victory as historic. "
                           + "Political studies professor Kiyoshi Nakamura-Reid said turnout was low. A trader, Mrs Blessing Uchenna-Bello, said her children were at home.")
        #expect(e["Ifeoma Chukwudi-Bello"]?.0 == .person && e["Ifeoma Chukwudi-Bello"]?.1 == 2)
        #expect(e["Kiyoshi Nakamura-Reid"]?.0 == .person)
        #expect(e["Blessing Uchenna-Bello"]?.0 == .person)
        #expect(e["Bello"] == nil && e["Nakamura"] == nil)
    }

    @Test func aTitleThatIsASurnameIsThePersonAfterACourtesyTitle() {
        let e = recognized("Housing Minister Clare King resigned on Tuesday. Ms King said she had done nothing wrong. The King was told.")
        #expect(e["Clare King"]?.0 == .person && e["Clare King"]?.1 == 2)
    }

    @Test func aNicknameBetweenGivenNameAndSurnameNamesTheSamePerson() {
        let e = recognized("Walter \"Walt\" Halvorsen, a jazz pianist, died on Friday. The mayor said Walt Halvorsen was a giant. "
                           + "Later Walt Halvorsen left for Oslo. Friends said Walt never stopped playing.")
        #expect(e["Walter Halvorsen"]?.0 == .person && e["Walter Halvorsen"]?.1 == 4)
        #expect(e["Walt Halvorsen"] == nil)
        let bud = recognized("Clarence \"Bud\" Whitaker, a jazz pianist, died on Friday. The mayor said Bud Whitaker was a giant.")
        #expect(bud["Clarence Whitaker"]?.1 == 2 && bud["Bud Whitaker"] == nil)
    }

    @Test func aGivenNameAndAStreetsWordIsAPersonWhoSpeaksOrIsKnighted() {
        #expect(recognized("Andy Street said the line was vital.")["Andy Street"]?.0 == .person)
        let sir = recognized("Sir Andy Street, the former West Midlands mayor, said the line was vital.")
        #expect(sir["Andy Street"]?.0 == .person && sir["Sir Andy Street"] == nil)
        // A street that a shop stands on is still a street.
        #expect(recognized("A shop on George Street said it would close.")["George Street"]?.0 == .location)
    }

    @Test func aPeoplesWordThatIsASurnameEndsAName() {
        let e = recognized("Retail analyst Clive Black said sales fell.")
        #expect(e["Clive Black"]?.0 == .person && e["Clive"] == nil)
    }

    @Test func aTitleThatIsASurnameIsThePersonBesideAVerbOfSpeech() {
        let e = recognized("Transport Minister Chris Bishop said the tunnel was done. Bishop said it cost $5bn. "
                           + "The Bishop of Auckland prayed. Bishop Desmond Tutu sent a message.")
        #expect(e["Chris Bishop"]?.0 == .person && e["Chris Bishop"]?.1 == 2)
        #expect(e["Desmond Tutu"]?.0 == .person)
    }

    @Test func particlesStayInsideTheNameAfterAMonthsGivenNameOrInAKikuyuName() {
        let e = recognized("Professor Jan van der Merwe said it was a milestone. Van der Merwe added that funding was secure.")
        #expect(e["Jan van der Merwe"]?.0 == .person && e["Merwe"] == nil)
        let k = recognized("The festival stages plays by Ngugi wa Thiong'o this month. His son, Mukoma wa Ngugi, will speak. Ngugi died in May.")
        #expect(k["Ngugi wa Thiong'o"]?.0 == .person && k["Ngugi wa Thiong'o"]?.1 == 2)
        #expect(k["Mukoma wa Ngugi"]?.1 == 1)
        let f = recognized("Rice prices fell on Monday, Enrico dela Cruz said. Prices will fall further, dela Cruz added.")
        #expect(f["Enrico dela Cruz"]?.0 == .person && f["Enrico dela Cruz"]?.1 == 2 && f["Cruz"] == nil)
        #expect(recognized("The ruling was welcomed by Ana de los Reyes on Monday.")["Ana de los Reyes"]?.0 == .person)
    }

    @Test func aSurnameTwoPeopleShareIsTheOneNamedFirstWhenNothingElseTells() {
        let e = recognized("The festival stages plays by Ngugi wa Thiong'o this month.\n\nIt opens with a play that he co-wrote with Ngugi wa Mirii in 1977.\n\n"
                           + "Critics say Ngugi changed African theatre.")
        #expect(e["Ngugi wa Thiong'o"]?.1 == 2 && e["Ngugi wa Mirii"]?.1 == 1)
    }

    @Test func aBodysNameOrATitleAfterAnArticleStaysWhatItIsBesideAVerbOfSpeech() {
        #expect(recognized("Howard University said on Tuesday it would close the campus.")["Howard University"]?.0 != .person)
        let e = recognized("The novelist Stephen King visited Bangor. The King said he was a fan of the books.")
        #expect(e["Stephen King"]?.1 == 1)
    }
}
