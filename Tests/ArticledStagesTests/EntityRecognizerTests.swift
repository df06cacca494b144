import ArticledCore
import Testing
@testable import ArticledStages

@Suite struct EntityRecognizerTests {
    @Test func givenNameStartsAPerson() {
        let e = recognized("The plan was backed by Maria Fernandes on a visit.")
        #expect(e["Maria Fernandes"]?.0 == .person)
    }

    @Test func laterSurnameJoinsTheFullName() {
        let e = recognized("Officials met Jake Thornton in the capital. Later, Thornton said little.")
        #expect(e["Jake Thornton"]?.1 == 2)
        #expect(e["Thornton"] == nil)
    }

    @Test func familyNameFirstJoinsTheFullName() {
        let e = recognized("Premier Zhou Kexin spoke at length. Zhou then left.")
        #expect(e["Zhou Kexin"]?.0 == .person)
        #expect(e["Zhou Kexin"]?.1 == 2)
    }

    @Test func roleTitleMakesAPerson() {
        let e = recognized("The fleet was led by Admiral Torvald Brekke last year.")
        #expect(e["Torvald Brekke"]?.0 == .person)
        #expect(e.keys.allSatisfy { !$0.contains("Admiral") })
    }

    @Test func roleTitleAloneIsNothing() {
        #expect(recognized("The talks saw the President greet the Chancellor and the Ambassador.").isEmpty)
    }

    @Test func sentenceInitialWordsAreNotNames() {
        #expect(recognized("However, the talks failed. The delegates left. Many stayed.").isEmpty)
    }

    @Test func demonymsAreNotEntities() {
        #expect(recognized("Russian troops and European diplomats met Chinese officials.").isEmpty)
    }

    @Test func monthsAndWeekdaysAreNotEntities() {
        #expect(recognized("In March, on a Monday, talks resumed until May.").isEmpty)
    }

    @Test func possessiveIsTheName() {
        let e = recognized("The slowdown hit Brazil's economy hard.")
        #expect(e["Brazil"]?.0 == .location)
    }

    @Test func hyphenatedCompoundsGiveTheirParts() {
        let e = recognized("The EU-China summit was watched by US-made drones.")
        #expect(e["EU"]?.0 == .organization)
        #expect(e["China"]?.0 == .location)
        #expect(e["US"]?.0 == .location)
        #expect(e["EU-China"] == nil)
    }

    @Test func definedAcronymIsOneEntity() {
        let e = recognized("Ships are checked by the Baltic Ports Authority (BPA) each week. Inspectors of BPA agreed.")
        #expect(e["Baltic Ports Authority"]?.1 == 3)
        #expect(e["BPA"] == nil)
    }

    @Test func organizationWordsMakeOrganizations() {
        let e = recognized("She joined the Council on Climate Policy after years at Tartu University and the Department of Water Resources.")
        #expect(e["Council on Climate Policy"]?.0 == .organization)
        #expect(e["Tartu University"]?.0 == .organization)
        #expect(e["Department of Water Resources"]?.0 == .organization)
    }

    @Test func companyWordsMakeCompaniesEvenAfterAGivenName() {
        let e = recognized("Chips went to Meta Platforms and Advanced Micro Devices, while Taiwan Semiconductor Manufacturing Co and Texas Instruments waited.")
        #expect(e["Meta Platforms"]?.0 == .organization)
        #expect(e["Advanced Micro Devices"]?.0 == .organization)
        #expect(e["Taiwan Semiconductor Manufacturing Co"]?.0 == .organization)
        #expect(e["Texas Instruments"]?.0 == .organization)
    }

    @Test func placeWordsMakeLocations() {
        let e = recognized("Ships crossed the Sea of Okhotsk toward the Volga River and Northeast Brazil.")
        #expect(e["Sea of Okhotsk"]?.0 == .location)
        #expect(e["Volga River"]?.0 == .location)
        #expect(e["Northeast Brazil"]?.0 == .location)
    }

    @Test func countryAliasesAreOneEntityNamedInFull() {
        let e = recognized("Trade between the United States and Mexico grew, and the U.S. gained.")
        #expect(e["United States"]?.1 == 2)
        #expect(e["U.S."] == nil)
    }

    @Test func shoutedCapitalsAreNotAcronyms() {
        #expect(recognized("A photo of the harbor. IMAGE SOURCE: GETTY IMAGES").isEmpty)
    }

    @Test func titleCaseHeadlineWordsAreNotNames() {
        #expect(recognized("Markets Slide As Investors Fear Rate Rise\n\nShares fell.").isEmpty)
    }

    @Test func lowercaseBodyAfterAPlace() {
        let e = recognized("The proposal went to the UN security council on a vote.")
        #expect(e["UN security council"]?.0 == .organization)
    }

    @Test func unexplainedSingleWordIsDropped() {
        #expect(recognized("The plan, dubbed Thunderbolt, failed.").isEmpty)
    }

    @Test func singleWordBeforeSpeechVerbIsAPerson() {
        let e = recognized("The plan failed, Okonkwo said on the radio.")
        #expect(e["Okonkwo"]?.0 == .person)
    }

    @Test func singleWordToldSomethingIsAnOrganization() {
        let e = recognized("An official told Kommersant the plan was dead.")
        #expect(e["Kommersant"]?.0 == .organization)
    }

    @Test func ordinaryCapitalizedWordsAreNotAPerson() {
        #expect(recognized("They drafted a new Security Strategy and a Trade Policy.").isEmpty)
    }

    @Test func possessiveStartOfCountryNameKeepsGoing() {
        let e = recognized("Leaders of the People's Republic of China met. China agreed.")
        #expect(e["People's Republic of China"]?.0 == .location)
        #expect(e["People's Republic of China"]?.1 == 2)
    }

    @Test func cityThatIsAlsoASurnameFollowsThePerson() {
        let e = recognized("Senator Ann Houston spoke first. Houston said the bill was fair.")
        #expect(e["Ann Houston"]?.1 == 2)
        #expect(e["Houston"] == nil)
    }

    @Test func outputIsSortedByMentionsThenName() {
        let names = EntityRecognizer().recognize("Peru, Chile and Peru met Chile and Bolivia.").map(\.name)
        #expect(names == ["Chile", "Peru", "Bolivia"])
    }

    @Test func initialsStartAPersonNotAnAcronym() {
        let e = recognized("The rally was led by J.D. Vance in the afternoon.")
        #expect(e["J.D. Vance"]?.0 == .person)
    }

    @Test func romanNumeralIsNotAnOrganization() {
        let e = recognized("The crowd cheered for Elizabeth II and her guests.")
        #expect(e["Elizabeth II"]?.0 == .person)
        #expect(e["II"] == nil)
    }

    @Test func curatedOrganizationWithoutOrganizationWord() {
        let e = recognized("Analysts at Goldman Sachs expect two cuts.")
        #expect(e["Goldman Sachs"]?.0 == .organization)
    }

    @Test func allCapsDatelineIsAPlace() {
        let e = recognized("BERLIN (AP) — The chancellor spoke in Berlin on Monday.")
        #expect(e["Berlin"]?.0 == .location && e["Berlin"]?.1 == 2)
        // The credited agency is the only organization (see EntityWireAgencyTests).
        #expect(e.filter { $0.value.0 == .organization }.map(\.key) == ["AP"])
    }

    @Test func acronymsOfThingsAreNoBodies() {
        let e = recognized("None had received two doses of the MMR vaccine, and TB cases rose. The bank's gross NPL ratio climbed. Farmers need NPK fertiliser. The two-time MVP scored 31. The All Progressives Congress (APC) won.")
        for junk in ["MMR", "TB", "NPL", "NPK", "MVP"] { #expect(e[junk] == nil, "\(junk)") }
        #expect(e["All Progressives Congress"]?.0 == .organization)
    }
}
