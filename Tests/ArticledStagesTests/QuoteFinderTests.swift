import ArticledCore
import Testing
@testable import ArticledStages

@Suite struct QuoteFinderTests {
    @Test func saidAfterWithFullName() {
        let q = quotes("“The harbor will reopen next week,” said Mara Lindqvist, the port director.")
        #expect(q == [Quote(text: "The harbor will reopen next week", speaker: "Mara Lindqvist")])
    }

    @Test func surnameSpeakerIsNamedInFull() {
        let q = quotes("Port director Mara Lindqvist spoke on Monday.\n\n“We have no other choice here,” Lindqvist said.")
        #expect(q.first?.speaker == "Mara Lindqvist")
    }

    @Test func colonBeforeQuotation() {
        let q = quotes("Minister Tomas Ruzicka said: “Our position has not changed at all.”")
        #expect(q.first?.speaker == "Tomas Ruzicka")
        #expect(q.first?.text == "Our position has not changed at all.")
    }

    @Test func scareQuotesAreNotQuotations() {
        let q = quotes("Adviser Jake Thornton urged them not to \"bail out\" the bank.")
        #expect(q.isEmpty)
    }

    @Test func aShortQuotationASpeechVerbFollowsIsAQuotation() {
        let q = quotes("Ahmed Khan runs a café near the square.\n\n“Nobody asked us,” he said. “Never!” said Khan.")
        #expect(q == [Quote(text: "Nobody asked us", speaker: "Ahmed Khan"), Quote(text: "Never!", speaker: "Ahmed Khan")])
    }

    @Test func aShortQuotationASpeechVerbAndAColonOpenIsAQuotation() {
        let q = quotes("Mayor Karen Bass defended the plan. Asked whether she would change course, Bass replied: “Absolutely not.”")
        #expect(q == [Quote(text: "Absolutely not.", speaker: "Karen Bass")])
    }

    @Test func aShortQuotationWithoutASpeechVerbAfterItIsAScareQuote() {
        let q = quotes("The “smart” meters failed, and “bail out” plans were dropped. Thornton said so.")
        #expect(q.isEmpty)
    }

    @Test func aShortQuotationCalledSoIsTheCallersWords() {
        let q = quotes("Critics called the plan “a disgrace,” and Adviser Jake Thornton called it “reckless.” Thornton said so.")
        #expect(q == [Quote(text: "a disgrace", speaker: nil), Quote(text: "reckless.", speaker: "Jake Thornton")])
    }

    @Test func aDescriptionThenTheNameInAppositionIsTheSpeaker() {
        let q = quotes("“The enemy is targeting our energy system before winter,” Ukraine's energy minister, Herman Halushchenko, said in a statement.")
        #expect(q.first?.speaker == "Herman Halushchenko")
    }

    @Test func aRoleOpeningTheSentenceBeforeAColonIsThePersonNamedBefore() {
        let q = quotes("Health Secretary Steve Barclay said the door remained open.\n\nThe health secretary said: “A 19% pay rise is simply not realistic this year.”")
        #expect(q.first?.speaker == "Steve Barclay")
    }

    @Test func thePontiffIsThePopeNamedBefore() {
        let q = quotes("Pope Francis gave his Christmas address on Monday.\n\nSpeaking from St. Peter's Basilica, the pontiff said his heart was with “the victims of the abominable attack.”")
        #expect(q.first?.speaker == "Francis")
    }

    @Test func theCompanyOrTheAgencyIsTheOrganizationNamedBefore() {
        let q = quotes("Shares of Nordvik Robotics fell after it cut 200 jobs.\n\n“We regret the decision,” the company said. The company said: “We had no choice at all.”")
        #expect(q.map(\.speaker) == ["Nordvik Robotics", "Nordvik Robotics"])
    }

    @Test func pronounIsTheLastSpeaker() {
        let q = quotes("Professor Lena Ostrova, a historian, said the treaty mattered.\n\n“It changed everything for the region,” she said.")
        #expect(q.first?.speaker == "Lena Ostrova")
    }

    @Test func pronounSkipsNamesInsideTheQuotation() {
        let q = quotes("Deputy Minister Sergey Volkov said talks were frozen. “If Petrenko is not ready for talks, we cannot wait,” he said.")
        #expect(q.first?.speaker == "Sergey Volkov")
    }

    @Test func unnamedSpeakerIsNull() {
        let q = quotes("“It was a difficult meeting for everyone,” a senior official said.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == nil)
    }

    @Test func quotationSplitByAttributionIsOne() {
        let q = quotes("“We will rebuild the bridge,” Mayor Ana Duarte said, “and we will do it this year.”")
        #expect(q.count == 1)
        #expect(q.first?.text == "We will rebuild the bridge, and we will do it this year.")
        #expect(q.first?.speaker == "Ana Duarte")
    }

    @Test func quotationContinuedAcrossParagraphs() {
        let q = quotes("“The first part of the statement goes here.\n\n“The second part follows in a new paragraph,” said Ana Duarte.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Ana Duarte")
        #expect(q.first?.text.hasPrefix("The first part") == true)
    }

    @Test func straightQuotesWork() {
        let q = quotes("\"The storm is the worst in a decade,\" Governor Ron Calder told reporters.")
        #expect(q.first?.speaker == "Ron Calder")
    }

    @Test func followingQuotationInTheParagraphKeepsTheSpeaker() {
        let q = quotes("“First we talk about the trade deal,” Ana Duarte said. “Then we talk about everything else.”")
        #expect(q.count == 2)
        #expect(q[1].speaker == "Ana Duarte")
    }

    @Test func speechVerbBeforeQuotationInTheSentence() {
        let q = quotes("Foreign Minister Petra Halloran bluntly said the rivals aim “to divide and weaken the whole alliance.”")
        #expect(q.first?.speaker == "Petra Halloran")
    }

    @Test func quotationsAreInTextOrder() {
        let q = quotes("“One two three four,” said Ana Duarte. Later: “Five six seven eight,” said Ron Calder.")
        #expect(q.map(\.speaker) == ["Ana Duarte", "Ron Calder"])
    }

    @Test func coordinatedSpeechVerbTakesTheSubject() {
        let q = quotes("Premier Zhou Kexin met Chancellor Ines Berger and President Tomas Ruzicka, and said he was “deeply worried about the drought.”")
        #expect(q.first?.speaker == "Zhou Kexin")
    }

    @Test func unattributedQuotationAfterASpeakerInTheParagraph() {
        let q = quotes("Mayor Ana Duarte said the budget was tight. “We will need help from the capital this year.”")
        #expect(q.first?.speaker == "Ana Duarte")
    }

    @Test func quotationOpeningAParagraphWithoutAttributionIsUnknown() {
        let q = quotes("The report was published on Monday.\n\n“Nothing will change until the rules change,” the report said.")
        #expect(q.first?.speaker == nil)
    }

    @Test func pronounIsTheLastPersonNamedEvenWithoutASpeechVerb() {
        let q = quotes("“We played well today,” coach Ana Duarte told reporters. Rival coach Tomas Ruzicka was frustrated with the referee. “I do not want to talk about the officials,” he said.")
        #expect(q.last?.speaker == "Tomas Ruzicka")
    }

    @Test func pronounAfterSomeoneSpokeAboutAPersonIsTheSpeaker() {
        let q = quotes("Professor Lena Ostrova said Zhou Kexin would not risk the economy.\n\n“He will give support but not at any price,” she said.")
        #expect(q.first?.speaker == "Lena Ostrova")
    }

    @Test func quotationsJoinedByNarrationAreNotMerged() {
        let q = quotes("Ana Duarte promised “to rebuild every bridge in the region,” vowing “to finish the work before the winter comes.”")
        #expect(q.count == 2)
    }

    @Test func colonTakesThePersonNamedLast() {
        let q = quotes("After meeting Premier Zhou Kexin, Commissioner Ines Berger criticized the plan: “We exchanged very clearly opposing views.”")
        #expect(q.first?.speaker == "Ines Berger")
    }

    @Test func definiteRoleAfterQuotationIsThePersonJustNamed() {
        let q = quotes("Foreign Minister Petra Halloran arrived on Monday.\n\n“We came to listen to everyone,” the minister said.")
        #expect(q.first?.speaker == "Petra Halloran")
    }

    @Test func theOfficialStaysUnnamed() {
        let q = quotes("Minister Petra Halloran arrived on Monday.\n\n“It was a difficult meeting for all,” the official said.")
        #expect(q.first?.speaker == nil)
    }

    @Test func colonEndingThePreviousParagraphNamesTheSpeaker() {
        let q = quotes("In a long speech, Premier Zhou Kexin told the delegates:\n\n“We will open the markets step by step.”")
        #expect(q.first?.speaker == "Zhou Kexin")
    }

    @Test func quotationMarksLostAsQuestionMarksStillMarkAQuotation() {
        let q = quotes("Athletics Kenya president Jackson Tuwei praised the crowd.\n\n?We have given Kenyans what they wanted,? said Tuwei. ?This is the standard we expect.?\n\nIs it enough? Nobody knows.")
        #expect(q == [Quote(text: "We have given Kenyans what they wanted", speaker: "Jackson Tuwei"),
                      Quote(text: "This is the standard we expect.", speaker: "Jackson Tuwei")])
    }

    @Test func aShortPhraseItsSentenceReportsIsAQuotation() {
        let q = quotes("LSK president Faith Odhiambo-Mutua said the society had \"serious concerns\" about the vetting. Dallas Tout-Harding said he was \"gutted\".")
        #expect(q == [Quote(text: "serious concerns", speaker: "Faith Odhiambo-Mutua"), Quote(text: "gutted", speaker: "Dallas Tout-Harding")])
    }

    @Test func aReportedPhraseBeforeItsObjectOrAfterAnotherOfItsSentenceIsAQuotation() {
        let q = quotes("Junior minister Ossian Smyth described the cut as \"a retrograde step\" and said Ireland was already \"miles behind\" its target. "
            + "The company said it would \"vigorously defend\" itself.")
        #expect(q.map(\.text) == ["a retrograde step", "miles behind", "vigorously defend"])
        #expect(q[1].speaker == "Ossian Smyth")
        // So after another in straight marks.
        let straight = quotes("Tomasz Nowicki said his client had \"lost his way\" after his business collapsed and was \"genuinely ashamed\" of it.")
        #expect(straight.map(\.text) == ["lost his way", "genuinely ashamed"])
        // A quotation that ended its own sentence ends the search for a speech verb.
        #expect(quotes("Jo Smith said: \"We will win this fight.\" The \"hybrid\" model its backers praise failed.").map(\.text) == ["We will win this fight."])
    }

    @Test func aShortPhraseBeforeTheNounItDescribesIsAScareQuote() {
        #expect(quotes("Officials said the \"hybrid\" model would cost more. The so-called \"smart\" meters failed.").isEmpty)
        #expect(quotes("The council's \"urgent review\" ended.").isEmpty)
    }

    @Test func aReportedPhraseOfTwoJoinedWordsOrBeforeOfIsAQuotation() {
        let q = quotes("ESB Networks said it expected \"significant and prolonged\" power outages across the west. "
            + "Mayor Venkatesh Gowda described the result as a \"clear endorsement\" of the government's schemes. "
            + "Analyst Nolwazi Dube said the capital bill was \"manageable\" given the balance sheet.")
        #expect(q.map(\.text) == ["significant and prolonged", "clear endorsement", "manageable"])
        #expect(q.map(\.speaker) == ["ESB Networks", "Venkatesh Gowda", "Nolwazi Dube"])
        // "the regulator" is the body that opens the sentence, not the one it acted on.
        let regulator = quotes("The Nigerian Civil Aviation Authority has suspended the certificate of Skyview Air after an audit "
            + "found what the regulator described as \"serious and systemic\" lapses.")
        #expect(regulator.map(\.speaker) == ["Nigerian Civil Aviation Authority"])
        // A scare quote of one word before its noun stays out.
        #expect(quotes("The minister said its \"borderless\" partnership with Russia would hold.").isEmpty)
    }

    @Test func aReportedPhraseThatSaysWhatSomeoneWasOrHowIsAQuotationWhateverFollows() {
        let q = quotes("Ms Vogler said she was \"confident\" the ratifications would come. Marie Walsh said residents had been "
            + "“on edge” all weekend. Analyst Irene Dube wrote that the closures would \"modestly\" improve margins. "
            + "Thandiwe Ngcobo said the results had \"shocked\" researchers. Craig Mathers said the family had shown "
            + "\"extraordinary dignity\" throughout the case. Vikram Desai told reporters that \"very limited space\" remained.")
        #expect(q.map(\.text) == ["confident", "on edge", "modestly", "shocked", "extraordinary dignity", "very limited space"])
        #expect(q.map(\.speaker) == ["Vogler", "Marie Walsh", "Irene Dube", "Thandiwe Ngcobo", "Craig Mathers", "Vikram Desai"])
        // Still no quotation: a phrase a verb governs before its object.
        #expect(quotes("Adviser Jake Thornton urged them not to \"bail out\" the bank.").isEmpty)
    }

    @Test func aNameInAppositionClosingTheSentenceAfterSaidTheJobSpeaks() {
        let q = quotes("Trade union federation Cosatu said workers were still struggling. “A quarter of a percentage point does not put "
                       + "food on the table,” said the union federation’s parliamentary co-ordinator, Matthew Parks.\n\n"
                       + "“We need rain,” said the district’s chief agricultural officer, Jane Wambui. Farmers agreed.")
        #expect(q.map(\.speaker) == ["Matthew Parks", "Jane Wambui"])
    }

    @Test func theCommitteeOrTheLeagueSaidIsTheBodyNamedBeforeThatHoldsTheWord() {
        let q = quotes("The Indian Premier League fined Carraway after the match against Mumbai Indians, and Equity Bank sponsored it.\n\n"
                       + "“Since it was his team's first offence of the season, Carraway was fined Rs 12 lakh,” the league said in a statement.")
        #expect(q.map(\.speaker) == ["Indian Premier League"])
    }
}
