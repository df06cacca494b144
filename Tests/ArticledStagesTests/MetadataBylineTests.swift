import ArticledCore
import Testing
@testable import ArticledStages

/// Author names from bylines.
@Suite struct MetadataBylineTests {
    @Test func explicitBylines() {
        #expect(BylineParser.explicitNames(in: "By Guy Faulconbridge and Mark Trevelyan") == ["Guy Faulconbridge", "Mark Trevelyan"])
        #expect(BylineParser.explicitNames(in: "By JOSH BOAK and ZEKE MILLER") == ["Josh Boak", "Zeke Miller"])
        #expect(BylineParser.explicitNames(in: "Author: Editors Desk Source: The Guardian") == ["Editors Desk"])
        #expect(BylineParser.explicitNames(in: "By Jane Smith, CNN") == ["Jane Smith"])
        #expect(BylineParser.explicitNames(in: "By Jane Smith, Senior Correspondent") == ["Jane Smith"])
        #expect(BylineParser.explicitNames(in: "By Ursula von der Leyen in Brussels") == ["Ursula von der Leyen"])
        #expect(BylineParser.explicitNames(in: "Written by Anna Kowalska | 3 May 2022") == ["Anna Kowalska"])
        // A Filipino surname's particle; a second name whose given name no list knows, by its middle initial.
        #expect(BylineParser.explicitNames(in: "By Karen Lema and Enrico dela Cruz") == ["Karen Lema", "Enrico dela Cruz"])
        #expect(BylineParser.explicitNames(in: "By: Jeannette I. Andrade, Delfin T. Mallari Jr. - Reporters / @inquirerdotnet")
            == ["Jeannette I. Andrade", "Delfin T. Mallari Jr"])
        // The outlet's staff after the last name, with or without a comma.
        #expect(BylineParser.explicitNames(in: "By Hilary Burns and Mike Damiano Globe Staff") == ["Hilary Burns", "Mike Damiano"])
        #expect(BylineParser.explicitNames(in: "By Daniel Okafor and Meredith Lyons Globe Staff,Updated March 3, 2025")
            == ["Daniel Okafor", "Meredith Lyons"])
        #expect(BylineParser.explicitNames(in: "By Mike Damiano Boston Globe Staff") == ["Mike Damiano"])
        #expect(BylineParser.explicitNames(in: "By Mary Ann Evans Staff Writer") == ["Mary Ann Evans"])
    }

    @Test func theAuthorsBiographyBesideTheDateNamesTheAuthorAndIsNoStandfirst() {
        let doc = extractedMetadata([
            "stuff", "Home", "National", "ENVIRONMENT",
            "Eighteen takahē released into Fiordland valley where the birds vanished more than a century ago",
            "Ngaio Parata-Walsh", "Ngaio Parata-Walsh is a Wellington-based environment reporter for Stuff.", "May 12 2025",
        ])
        #expect(doc.authors == ["Ngaio Parata-Walsh"])
        #expect(doc.subtitle == nil)
    }

    @Test func namesUnderTheDateAndItsReadingTimeAreTheAuthors() {
        let doc = extractedMetadata(["Jasper wildfire: townsite faces long rebuild", "Up to a third of the town's structures destroyed, Parks Canada says",
                                     "Published Jul 26, 2024  \u{2022}  Last updated Jul 27, 2024  \u{2022}  5 minute read",
                                     "Marisa Chen and David Lindqvist", "The Canadian Press"])
        #expect(doc.authors == ["Marisa Chen", "David Lindqvist"])
    }

    @Test func aReportersNameAfterTheOutletInARowOverTheDate() {
        let doc = extractedMetadata(["CBC", "News", "Toronto", "Ex-financial adviser found guilty of defrauding seniors of $4.7M",
                                     "The Canadian Press · Jessica Tremblay-Ng ·", "Posted: Feb 06, 2024 4:12 PM EST | Last Updated: February 6, 2024"])
        #expect(doc.authors == ["Jessica Tremblay-Ng"])
        let two = extractedMetadata(["B.C. First Nation wins Aboriginal title to land near Prince George", "Joanne Kwasniewski, Dennis Okafor · CBC News · ",
                                     "Posted: Mar 12, 2025 4:00 AM PDT | Last Updated: March 12"])
        #expect(two.authors == ["Joanne Kwasniewski", "Dennis Okafor"])
    }

    @Test func aPagesLinkBesideTheMastheadsDateIsNoByline() {
        let doc = extractedMetadata(["The Lagos Dispatch", "Breaking News | Politics | Metro | Business", "Advertise With Us", "Sunday, 11 August 2024",
                                     "WAEC releases 2024 WASSCE results, withholds 215,267 over malpractice", "By Chinedu Okafor, Lagos",
                                     "August 5, 2024 4:17 pm"])
        #expect(doc.authors == ["Chinedu Okafor"])
        #expect(doc.published == "2024-08-05T16:17")
    }

    @Test func aNameOverTheCityTheOutletAndTheDate() {
        let doc = extractedMetadata(["Montreal teen Gagnon-Roy upsets Matsumura to reach quarter-finals", "Noémie Tremblay", "MONTREAL",
                                     "The Canadian Press", "Published August 6, 2025"])
        #expect(doc.authors == ["Noémie Tremblay"])
    }

    @Test func aBeatGluedToTheSurnameIsCutOffButANamesOwnInnerCapitalStays() {
        let glued = extractedMetadata(["'Rats in the showers': damning report on HMP Manchester", "ByHelen OkaforCrime Correspondent", "06:00, 14 MAR 2024"])
        #expect(glued.authors == ["Helen Okafor"])
        let mac = extractedMetadata(["'Rats in the showers': damning report on HMP Manchester", "By Fiona MacKenzie Crime Correspondent", "06:00, 14 MAR 2024"])
        #expect(mac.authors == ["Fiona MacKenzie"])
    }

    @Test func aBylineAfterASeparatorOrWithItsBeatBeforeTheJob() {
        #expect(BylineParser.explicitNames(in: "/ By entertainment reporter Kirsty Yeoh-Whitfield") == ["Kirsty Yeoh-Whitfield"])
        #expect(AuthorFinder.withoutJob("Hannah Okafor Court Reporter") == "Hannah Okafor")
        #expect(AuthorFinder.withoutJob("Margaret Court Reporter") == "Margaret Court")
        #expect(BylineParser.bareName(in: "Nompumelelo Dube Mining editor") == "Nompumelelo Dube")
        #expect(BylineParser.bareName(in: "Shivani Agarwal Bengaluru") == "Shivani Agarwal")
        #expect(BylineParser.bareName(in: "Mary Ellen Brown") == "Mary Ellen Brown")
    }

    @Test func aShoutedBylineOverTheReportersJobAndAMastheadsDateRow() {
        let doc = extractedMetadata([
            "THE DUNMORE DAILY LEDGER", "Wednesday, January 10, 2024 · Today's Paper · Log in",
            "Judge orders Dunmore County to cut jail population", "BY MARGARET LINDQVIST", "Ledger Courts Reporter", "Jan. 9, 2024",
        ])
        #expect(doc.authors == ["Margaret Lindqvist"])
        #expect(doc.published == "2024-01-09")
    }

    @Test func namesThatLostLettersKeepThem() {
        #expect(BylineParser.explicitNames(in: "By Priya Raman and Tom?s Okafor") == ["Priya Raman", "Tom?s Okafor"])
        #expect(BylineParser.explicitNames(in: "By Aoife N? Bhriain") == ["Aoife N? Bhriain"])
        #expect(BylineParser.explicitNames(in: "By Elif ?ahin, Istanbul") == ["Elif ?ahin"])
        #expect(BylineParser.bareName(in: "X (Twitter)") == nil)
    }

    @Test func aDeskBeforeTheJobIsNoPartOfTheName() {
        #expect(BylineParser.bareName(in: "Helena Horton Environment reporter") == "Helena Horton")
        #expect(BylineParser.bareName(in: "Gwyn Topham Transport correspondent") == "Gwyn Topham")
    }

    @Test func postedByAndANameBeforeAHyphenedDate() {
        #expect(BylineParser.explicitNames(in: "Posted by Jane Doe at 10:15 AM") == ["Jane Doe"])
        #expect(BylineParser.bareName(in: "Jane Doe - Monday, March 4, 2024") == "Jane Doe")
    }

    @Test func aBylineWithoutADateUnderTheHeadline() {
        let title = "Council passes budget after long debate"
        #expect(AuthorFinder.authors(front: [title, "Jane Doe | Staff Writer"], title: title) == ["Jane Doe"])
        #expect(AuthorFinder.authors(front: [title, "Jane Doe, Political Reporter"], title: title) == ["Jane Doe"])
        #expect(AuthorFinder.authors(front: [title, "Jane Doe and John Roe, CNN"], title: title) == ["Jane Doe", "John Roe"])
        #expect(AuthorFinder.authors(front: [title, "Share", "Jane Doe"], title: title) == ["Jane Doe"])
    }

    @Test func noBylineWithoutADateUnlessItReadsAsOne() {
        let title = "Council passes budget after long debate"
        #expect(AuthorFinder.authors(front: [title, "Kyiv, Ukraine"], title: title).isEmpty)
        #expect(AuthorFinder.authors(front: [title, "Breaking News"], title: title).isEmpty)
        #expect(AuthorFinder.authors(front: ["Jane Doe", title], title: title).isEmpty)
    }

    @Test func notBylines() {
        #expect(BylineParser.explicitNames(in: "by the end of the week prices had doubled") == nil)
        #expect(BylineParser.explicitNames(in: "Byelection called for June") == nil)
    }

    @Test func bareNames() {
        #expect(BylineParser.bareName(in: "Alex Lantier") == "Alex Lantier")
        #expect(BylineParser.bareName(in: "Alex Lantier 19 May 2024") == "Alex Lantier")
        #expect(BylineParser.bareName(in: "Jane Doe May 19, 2024") == "Jane Doe")
        #expect(BylineParser.bareName(in: "Editors Desk") == nil)
        #expect(BylineParser.bareName(in: "Ukraine") == nil)
        #expect(BylineParser.bareName(in: "China rejects EU calls to cut ties") == nil)
    }

    @Test func outlets() {
        #expect(BylineParser.outlet(in: "By Jane Smith, CNN") == "CNN")
        #expect(BylineParser.isOutletName(["BBC", "News"]))
        #expect(!BylineParser.isOutletName(["Paul", "Kirby"]))
    }

    @Test func authorsNextToDateline() {
        #expect(AuthorFinder.authors(front: ["Headline here", "Alex Lantier", "1 April 2022"], title: "Headline here") == ["Alex Lantier"])
        #expect(AuthorFinder.authors(front: ["Headline here", "Middle East", "Israel and Gaza"], title: "Headline here") == [])
    }

    @Test func aPagesButtonsAreNoName() {
        #expect(BylineParser.bareName(in: "READ LATER") == nil)
        #expect(BylineParser.bareName(in: "Share Save") == nil)
        #expect(BylineParser.bareName(in: "Sign In") == nil)
        let front = ["Headline here", "Ong Shu Ting", "Share Save", "Mar 5, 2024, 05:00 AM"]
        #expect(AuthorFinder.authors(front: front, title: "Headline here") == ["Ong Shu Ting"])
    }

    @Test func aNameAboveTheReportersCityAndTheDate() {
        let front = ["Headline here", "Divya Ramaswamy", "CHENNAI", "Updated - March 05, 2024 09:12 pm IST", "READ LATER"]
        #expect(AuthorFinder.authors(front: front, title: "Headline here") == ["Divya Ramaswamy"])
        // A section label above a place and a date is no name.
        #expect(AuthorFinder.authors(front: ["Headline here", "World News", "LONDON", "March 5, 2024"], title: "Headline here") == [])
    }

    @Test func nameWithPlaceAndNameAfterBy() {
        #expect(BylineParser.bareName(in: "Shaun Walker in Moscow") == "Shaun Walker")
        #expect(BylineParser.namesAfterBy(in: "Posted on March 3, 2022 by Maria Lopez") == ["Maria Lopez"])
        #expect(BylineParser.namesAfterBy(in: "Posted on March 3, 2022") == nil)
    }

    @Test func outletAfterBarAndLabelWithoutColon() {
        #expect(BylineParser.explicitNames(in: "By Brooke Singman | Fox News") == ["Brooke Singman"])
        #expect(BylineParser.outlet(in: "By Brooke Singman | Fox News") == "Fox News")
        #expect(BylineParser.explicitNames(in: "Author Jane Doe") == ["Jane Doe"])
        #expect(BylineParser.explicitNames(in: "Authority figures gather in Rome") == nil)
    }
}

/// Credits written in forms other than "By Jane Doe" at the top.
@Suite struct MetadataCreditFormTests {
    @Test func aLiveBlogCreditIsAByline() {
        #expect(BylineParser.explicitNames(in: "Live coverage by Marc Tremblay") == ["Marc Tremblay"])
        #expect(BylineParser.explicitNames(in: "Live music by the river") == nil)
    }

    @Test func aCreditLedByADashClosesTheStoryAndNamesItsReporter() async throws {
        let raw = """
        Cocoa prices jump as Ivory Coast cuts forecast

        ABIDJAN — Cocoa prices rose on Tuesday after the regulator cut its forecast for the main crop, traders said.

        Farmers near the border said they would watch for any announcement from the regulator before selling.

        — Reporting by Kofi Mensah; Editing by Joanna Pryce

        Our Standards: The Trust Principles.
        """
        var document = Document(id: "x", sourceFile: "a.txt", format: .text, raw: raw)
        try await CleanupStage().process(&document)
        try await ExtractStage().process(&document)
        #expect(document.authors == ["Kofi Mensah"])
        #expect(!document.text.contains("Reporting by"))
        #expect(!document.text.contains("Our Standards"))
    }

    @Test func aJobInSmallLettersOrAKindOfPieceBeforeTheNames() {
        #expect(BylineParser.explicitNames(in: "By political reporter Sarah Nguyen") == ["Sarah Nguyen"])
        #expect(BylineParser.explicitNames(in: "By health reporter Sarah Nguyen and Tom Lee") == ["Sarah Nguyen", "Tom Lee"])
        #expect(BylineParser.explicitNames(in: "Interview by Owen Brightwater") == ["Owen Brightwater"])
        #expect(BylineParser.explicitNames(in: "By the way it rained all day")?.isEmpty ?? true)
    }

    @Test func aBylineAmongOtherPartsOfALine() {
        let front = ["AI agents go to work", "Issue #214 · Written by Priya Natarajan and Daniel Osei · Feb 6, 2025"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Priya Natarajan", "Daniel Osei"])
    }

    @Test func aSurnameInCapitalsAndACoReporterAfterWithAreRead() {
        #expect(BylineParser.explicitNames(in: "By: Elena ROSCA with Andrei CIUBOTARU in Tiraspol") == ["Elena Rosca", "Andrei Ciubotaru"])
        #expect(BylineParser.explicitNames(in: "By JESS McCLOUD, SHOWBIZ EDITOR") == ["Jess McCloud"])
        #expect(BylineParser.explicitNames(in: "By DJ Shadow") == ["DJ Shadow"])
    }

    @Test func aNameBeforeASlashIsABylineAndAScoreIsNone() {
        #expect(BylineParser.bareName(in: "Ajay Thakur / TNN / Updated: Jul 9, 2026, 08:14 IST") == "Ajay Thakur")
        #expect(BylineParser.bareName(in: "Castlebridge Athletic 3 Ashford Rovers 1") == nil)
        #expect(BylineParser.bareName(in: "Alex Lantier 19 May 2024") == "Alex Lantier")
    }

    @Test func wordsAndPhotographsLabelTheAuthor() {
        #expect(BylineParser.explicitNames(in: "Words and photographs: Helen Carraway") == ["Helen Carraway"])
        #expect(BylineParser.explicitNames(in: "Words matter more than ever in this campaign") == nil)
    }

    @Test func aPartAfterACommaIsACoAuthorOnlyIfItOpensWithAGivenName() {
        #expect(BylineParser.explicitNames(in: "Story by Marcus Bell, Green Country Now") == ["Marcus Bell"])
        #expect(BylineParser.explicitNames(in: "By Jane Doe, John Roe") == ["Jane Doe", "John Roe"])
        #expect(BylineParser.explicitNames(in: "By Jane Doe, Quill Harrow and Tamsin Lee") == ["Jane Doe", "Quill Harrow", "Tamsin Lee"])
    }

    @Test func aBeatBeforeTheJobAndAReviewersCreditAreRead() {
        #expect(BylineParser.bareName(in: "Priya Raghunathan Legal affairs correspondent") == "Priya Raghunathan")
        #expect(BylineParser.explicitNames(in: "Reviewed by Tom Ashworth") == ["Tom Ashworth"])
        #expect(BylineParser.explicitNames(in: "Compiled by Jenna Whitlock | Staff writer") == ["Jenna Whitlock"])
    }

    @Test func aBylineGluedToItsLabelOrItsOutletIsRead() {
        #expect(BylineParser.explicitNames(in: "byNike Adebowale-Tambe") == ["Nike Adebowale-Tambe"])
        #expect(BylineParser.explicitNames(in: "By Nadia KowalczykThe Canadian Press") == ["Nadia Kowalczyk"])
        #expect(BylineParser.explicitNames(in: "Bywater Smith") == nil)
    }

    @Test func newsroomsButtonsAndPlacesBesideABylineAreNoAuthors() {
        #expect(BylineParser.bareName(in: "ABC Far North") == nil)
        #expect(BylineParser.bareName(in: "Share Via") == nil)
        #expect(BylineParser.bareName(in: "BL PREMIUM") == nil)
        #expect(BylineParser.bareName(in: "NEW DELHI") == nil)
        #expect(BylineParser.bareName(in: "JANE DOE") == "Jane Doe")
        #expect(BylineParser.bareName(in: "Elena ROSCA") == "Elena Rosca")
    }

    @Test func namesAfterACommaAreAuthorsWhenOneGivenNameIsKnown() {
        #expect(BylineParser.bareNames(in: "Priya Raman, Jean-François Lessard") == ["Priya Raman", "Jean-François Lessard"])
        #expect(BylineParser.bareNames(in: "Marek Lindqvist, Evan Blake") == ["Marek Lindqvist", "Evan Blake"])
        #expect(BylineParser.bareNames(in: "Jane Doe, Cape Town") == nil)
        #expect(BylineParser.bareNames(in: "Jane Doe, Daily Mail") == nil)
    }

    @Test func aNameInCapitalsKeepsItsApostrophesCase() {
        #expect(BylineParser.titleCased("JOSEPH NDUNG'U") == "Joseph Ndung'u")
        #expect(BylineParser.titleCased("SEAN O'NEILL") == "Sean O'Neill")
        #expect(BylineParser.titleCased("ANNA-MARIA D'SOUZA") == "Anna-Maria D'Souza")
        #expect(BylineParser.bareName(in: "Rate Story") == nil && BylineParser.bareName(in: "Font Size") == nil)
        #expect(BylineParser.bareName(in: "In Summary") == nil)
    }

    @Test func aBeatBeforeTheJobIsNoName() {
        #expect(BylineParser.explicitNames(in: "By Europe correspondent Hamish Trelawney in London") == ["Hamish Trelawney"])
        #expect(BylineParser.explicitNames(in: "By Jane Doe and John Roe") == ["Jane Doe", "John Roe"])
    }

    @Test func theCityWithItsColonBetweenNameAndDateAndTheFollowButtonBesideThem() {
        let front = ["Nipah virus confirmed in Kozhikode", "Aswathy Menon Ravindran", "KOZHIKODE:", "Updated - September 14, 2024 09:42 pm IST"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Aswathy Menon Ravindran"])
        let agency = ["Austria's far right wins vote", "Reuters  VIENNA", "3 min read Last Updated : Sep 30 2024 | 9:47 AM IST"]
        #expect(AuthorFinder.authors(front: agency, title: agency[0]).isEmpty)
        let withButton = ["Bengaluru civic polls", "By Meghna Iyer, New Delhi", "Mar 21, 2025 05:42 PM IST", "Follow Us"]
        #expect(AuthorFinder.authors(front: withButton, title: withButton[0]) == ["Meghna Iyer"])
    }

    @Test func aPicturesCreditBesideTheDateNamesNoAuthor() {
        let doc = extractedMetadata(["Police fire teargas as fuel levy protesters march on Parliament", "By Wanjiru Kamau & Brian Otieno",
                                     "Tuesday, June 17, 2025", "Protesters run from teargas along Moi Avenue in Nairobi. PHOTO | DENNIS ONSONGO | NMG"])
        #expect(doc.authors == ["Wanjiru Kamau", "Brian Otieno"])
        #expect(AuthorFinder.endsWithPictureCredit("Protesters run along Moi Avenue. PHOTO | DENNIS ONSONGO | NMG"))
        #expect(!AuthorFinder.endsWithPictureCredit("By Jane Roe | Political Editor"))
        // Nor does the building the reporters filed from.
        #expect(extractedMetadata(["Senate passes energy rebate bills", "By political reporter Tahnee Ferreira-Lucas and Maani Truu",
                                   "Parliament House", "Posted Thu 13 Jun 2024 at 6:31pm"]).authors == ["Tahnee Ferreira-Lucas", "Maani Truu"])
        #expect(BylineParser.bareName(in: "Stuart Hall") == "Stuart Hall")
        // Nor do the text-size buttons' samples under the date.
        #expect(extractedMetadata(["Satcom rules eased", "By Ananya Raghavan, ET Bureau", "Last Updated: Jan 22, 2025, 10:14:00 AM IST",
                                   "Font Size", "Abc Small", "Abc Medium"]).authors == ["Ananya Raghavan"])
    }

    @Test func eachReportersJobBeforeTheNameAndAWireAgencyAfterWithAreNoNames() {
        #expect(BylineParser.explicitNames(in: "By political reporter Tahlia Whitcombe and technology reporter Ravi Jayasuriya")
            == ["Tahlia Whitcombe", "Ravi Jayasuriya"])
        #expect(BylineParser.bareNames(in: "Chloe Vandenberg with AAP") == ["Chloe Vandenberg"])
        #expect(extractedMetadata(["Queen Mary returns to her Hobart school", "Chloe Vandenberg with AAP", "June 12, 2025 - 4:17PM"]).authors
            == ["Chloe Vandenberg"])
    }

    @Test func aDeskLeftOfTheBylineAndEachReportersCityAreNoNames() {
        #expect(BylineParser.explicitNames(in: "ABC Rural / By Bridget Hollis and Tom Karatzas") == ["Bridget Hollis", "Tom Karatzas"])
        #expect(BylineParser.explicitNames(in: "By  Chukwudi Eze, Abuja and Ibiyemi Briggs, Port Harcourt") == ["Chukwudi Eze", "Ibiyemi Briggs"])
        #expect(extractedMetadata(["Graziers destock as dry autumn drags on", "ABC Rural / By Bridget Hollis and Tom Karatzas",
                                   "Posted Tue 6 May 2025 at 5:12am"]).subtitle == nil)
    }

    @Test func aTimeGluedToTheNameIsTheDatesNotTheNames() {
        let doc = extractedMetadata(["Aucklander claims second NASCAR Cup win", "Hamish Te Whata08:41, Jul 07 2025", "SHARE"])
        #expect(doc.authors == ["Hamish Te Whata"])
        #expect(doc.published == "2025-07-07T08:41")
    }

    @Test func aNameOverItsSpecialToCreditTheCityAndTheDate() {
        let doc = extractedMetadata(["Filly upsets the boys to win King's Plate", "MARTY KLEINMAN", "SPECIAL TO THE GLOBE AND MAIL", "TORONTO",
                                     "Published August 17, 2025"])
        #expect(doc.authors == ["Marty Kleinman"])
    }

    @Test func postmediasAuthorOfTheArticleLabel() {
        #expect(BylineParser.explicitNames(in: "Author of the article: Marc-André Thibodeau") == ["Marc-André Thibodeau"])
    }

    @Test func twoReportersOnLinesOfTheirOwnJoinedByAnAmpersand() {
        let doc = extractedMetadata(["IGAD leaders meet in Nairobi over Sudan", "Brian Otieno", "&", "Fatuma Hassan", "Nairobi",
                                     "Saturday, January 24, 2026"])
        #expect(doc.authors == ["Brian Otieno", "Fatuma Hassan"])
    }

    @Test func aStandfirstOpeningWithSomeonesNameAndAgeNamesNoAuthor() {
        let doc = extractedMetadata(["Saskatoon driver who killed cyclist gets 4 years in prison",
                                     "Kyle Dombrowski, 29, was high on cannabis and driving 92 km/h in a 50 zone, court heard",
                                     "Dayna Kowalchuk · CBC News · Posted: Feb 06, 2025 4:15 PM CST | Last Updated: February 6"])
        #expect(doc.authors == ["Dayna Kowalchuk"])
    }

    @Test func aReportersCityOfTwoWordsAfterTheNameIsNoPartOfIt() {
        #expect(BylineParser.bareName(in: "Sohini Banerjee  New Delhi") == "Sohini Banerjee")
        #expect(BylineParser.bareName(in: "Mary Jane Van Doren") == "Mary Jane Van Doren")
    }
}

/// A byline that names a news agency and no reporter.
@Suite struct MetadataAgencyBylineTests {
    @Test func anAgencyAloneInTheBylineIsTheAuthor() {
        #expect(extractedMetadata(["Rohit Sharma's men lift Champions Trophy in Dubai final", "PTI | Updated: March 9, 2025 23:41 IST"]).authors == ["PTI"])
        #expect(extractedMetadata(["Tinubu signs new minimum wage bill into law", "By AFP", "Tuesday, 10 June 2025"]).authors == ["AFP"])
        #expect(extractedMetadata(["Singapore charges three over ransomware attack", "AFP", "Tuesday, 10 June 2025 5:18PM SGT"]).authors == ["AFP"])
    }

    @Test func twoAgenciesInTheBylineAreBothAuthors() {
        let front = ["Saudi fund to take stake in Reko Diq", "Reuters | AFP", "Published March 6, 2025 Updated about 4 hours ago"]
        #expect(extractedMetadata(front).authors == ["Reuters", "AFP"])
        #expect(extractedMetadata(["Saudi fund to take stake in Reko Diq", "AFP / Reuters", "March 6, 2025"]).authors == ["AFP", "Reuters"])
        // An agency beside a word that is none is no byline.
        #expect(extractedMetadata(["Saudi fund to take stake in Reko Diq", "Reuters | Staff", "March 6, 2025"]).authors.isEmpty)
    }

    @Test func anAgencyUnderTheHeadlineAndItsStandfirstIsTheAuthor() {
        let front = ["Ontario approves first small modular reactor", "The province bets on nuclear power to meet rising demand.",
                     "Reuters", "Toronto", "Published May 8, 2025"]
        #expect(extractedMetadata(front).authors == ["Reuters"])
    }

    @Test func reportersTheWireCreditsAndAnAgencysCityComeFirst() {
        // The wire's reporters, credited at the end, are the authors.
        let wire = extractedMetadata(["Power glitch halts airport operations for seven hours", "Reuters", "May 20, 2025"],
                                     back: ["(Reporting by Karen Lema; Editing by Martin Petty)"])
        #expect(wire.authors == ["Karen Lema"])
        // "Reuters  VIENNA": the agency and its city name the dateline, no author.
        #expect(extractedMetadata(["Austria's far right wins vote", "Reuters  VIENNA", "3 min read Last Updated : Sep 30 2024 | 9:47 AM IST"]).authors.isEmpty)
        // An agency credited beside a reporter is no author.
        #expect(extractedMetadata(["Queen Mary returns to her Hobart school", "Chloe Vandenberg with AAP", "June 12, 2025 - 4:17PM"]).authors == ["Chloe Vandenberg"])
    }
}

/// Bylines that give each reporter's job after the name, with no "By", and a desk's byline.
@Suite struct MetadataJobBylineTests {
    @Test func namesEachWithItsJobAreTheAuthors() {
        #expect(JobBylineParser.names(in: "Pippa Crerar Political editor and Dan Sabbagh Defence and security editor") == ["Pippa Crerar", "Dan Sabbagh"])
        #expect(JobBylineParser.names(in: "Kevin O'Sullivan, Environment and Science Editor, and Barry Roche, Southern Correspondent")
            == ["Kevin O'Sullivan", "Barry Roche"])
        #expect(JobBylineParser.names(in: "Denis Campbell Health policy editor") == ["Denis Campbell"])
        #expect(JobBylineParser.names(in: "Tahir Khan | Anwarullah Khan") == ["Tahir Khan", "Anwarullah Khan"])
        // A lone name, a name and its outlet, a sentence: no such byline.
        #expect(JobBylineParser.names(in: "Jane Doe") == nil)
        #expect(JobBylineParser.names(in: "Jane Doe | Reuters") == nil)
        #expect(JobBylineParser.names(in: "The editor said the paper would close") == nil)
        let doc = extractedMetadata(["Thousands of cancer patients waiting more than two months", "Denis Campbell Health policy editor", "Thu 13 Mar 2025 09.30 GMT"])
        #expect(doc.authors == ["Denis Campbell"])
    }

    @Test func theJobUnderAnExplicitBylineIsNoSecondName() {
        let doc = extractedMetadata(["Sakaja orders audit of Nairobi land files", "By COLLINS OMULO", "Nairobi County Reporter", "April 24, 2025"])
        #expect(doc.authors == ["Collins Omulo"])
    }

    @Test func aDeskAloneUnderTheHeadlineIsTheAuthor() {
        #expect(extractedMetadata(["Matatu crash at Salgaa kills 11", "Staff Reporter", "Sunday, March 2, 2025"]).authors == ["Staff Reporter"])
        #expect(extractedMetadata(["Karachi council approves budget", "By Staff Reporter", "January 14, 2025"]).authors == ["Staff Reporter"])
    }

    /// An agency or a desk that wrote with others is one of the authors, as it would be alone; a
    /// bracket after the names tells their agency, no name.
    @Test(arguments: [
        ("By AFP and Nation Reporter", ["AFP", "Nation Reporter"]),
        ("By NATION REPORTER and Reuters", ["Nation Reporter", "Reuters"]),
        ("By Jenny Tan and Ravi Menon (Reuters)", ["Jenny Tan", "Ravi Menon"]),
        ("Jenny Tan and Ravi Menon (Reuters)", ["Jenny Tan", "Ravi Menon"]),
    ])
    func anAgencyOrADeskAmongTheAuthors(byline: String, authors: [String]) {
        let doc = extractedMetadata(["MAS eases monetary policy for second time this year",
                                     "Singapore's central bank slightly reduces the slope of its policy band; cuts 2025 inflation forecast",
                                     byline, "PUBLISHED: Apr 14, 2025, 08:21 AM"])
        #expect(doc.authors == authors)
        #expect(doc.subtitle == "Singapore's central bank slightly reduces the slope of its policy band; cuts 2025 inflation forecast")
    }

    /// A bracket after one name does not end the byline; a picture agency is no author.
    @Test(arguments: [
        ("By Jane Doe (@janedoe) and John Roe (@jroe)", ["Jane Doe", "John Roe"]),
        ("By Jane Doe (AP) and John Roe (Reuters)", ["Jane Doe", "John Roe"]),
        ("By Jane Doe and Getty", ["Jane Doe"]),
    ])
    func bracketsAndPictureAgenciesInAByline(byline: String, authors: [String]) {
        #expect(extractedMetadata(["Council approves new garage on Tuesday night", byline, "March 3, 2025"]).authors == authors)
    }

    /// After a bracket, the names go on only with "and" or a comma.
    @Test(arguments: [
        ("By Jane Doe (AP) Published Monday", ["Jane Doe"]),
        ("By Jane Doe (Reuters) Last updated on Monday", ["Jane Doe"]),
        ("By Jane Doe (AP), John Roe (Reuters)", ["Jane Doe", "John Roe"]),
    ])
    func whatFollowsABracketInAByline(byline: String, authors: [String]) {
        #expect(extractedMetadata(["Council approves new garage on Tuesday night", byline, "March 3, 2025"]).authors == authors)
    }

    @Test func initialsWithFullStopsInsideANameDoNotEndIt() {
        #expect(BylineParser.explicitNames(in: "By: Francis T.J. Ochoa - Sports Editor / @inquirerdotnet") == ["Francis T.J. Ochoa"])
        #expect(BylineParser.explicitNames(in: "Words by Jane Doe. Photography by John Roe") == ["Jane Doe"])
        // After a full name, a place's initials end it.
        #expect(BylineParser.explicitNames(in: "By Jane Doe D.C. Bureau Chief")?.first?.hasSuffix("Chief") != true)
    }

    @Test func aShoutedAgencyBylineIsWrittenInTitleCase() {
        let doc = extractedMetadata(["Carney's Liberals win fourth term", "THE CANADIAN PRESS", "Published April 29, 2025 at 3:12 a.m. ET"],
                                    back: ["© 2025 The Canadian Press"])
        #expect(doc.authors == ["The Canadian Press"])
        // Its own copyright still names the page's publisher.
        #expect(doc.publisher == "The Canadian Press")
        #expect(NamelessByline.displayed("REUTERS") == "Reuters")
        #expect(NamelessByline.displayed("PRESS TRUST OF INDIA") == "Press Trust of India")
        #expect(NamelessByline.displayed("AFP") == "AFP")
        #expect(NamelessByline.displayed("PA MEDIA") == "PA Media")
        #expect(NamelessByline.displayed("OUR CORRESPONDENT") == "Our Correspondent")
        // The site that carries an agency's story is its publisher, before the agency's own copyright.
        let carried = extractedMetadata(["Storm hits coast", "By Reuters", "March 3, 2025"], back: ["© 2025 Reuters", "© 2025 Yahoo News Network"])
        #expect(carried.publisher == "Yahoo News Network")
        #expect(NamelessByline.displayed("Agence France-Presse") == "Agence France-Presse")
    }
}
