import ArticledCore
import Testing
@testable import ArticledStages

/// Metadata rules added for layouts beyond the seed articles: wire credits, reporter jobs,
/// kicker headlines, navigation rows, credited reporters, first outlet of a source label.
@Suite struct MetadataGeneralizationTests {
    @Test func wireCreditInTheLeadDateline() {
        #expect(WireCredit.agency(inLead: "SANTIAGO, June 12 (Reuters) - Copper prices rose on Monday.") == "Reuters")
        #expect(WireCredit.agency(inLead: "AUSTIN, Texas (AP) — A federal judge on Wednesday blocked a plan.") == "AP")
        #expect(WireCredit.agency(inLead: "(CNN) — Scientists said on Thursday that ice is widespread.") == "CNN")
    }

    @Test func parenthesesInProseAreNoWireCredit() {
        #expect(WireCredit.agency(inLead: "The company (Acme) - a maker of tools - said profits rose.") == nil)
        #expect(WireCredit.agency(inLead: "LONDON (2 pm) - Shares fell.") == nil)
        #expect(WireCredit.agency(inLead: "Prices rose (sharply) - traders said.") == nil)
    }

    @Test func agencyAloneNextToTheDateline() {
        #expect(WireCredit.agencyLine(["Quake strikes off Taiwan", "AFP", "Tuesday, April 23, 2024 - 08:45"], datelines: nil) == "AFP")
        #expect(WireCredit.agencyLine(["CNN —", "Ice found near lunar pole"], datelines: nil) == "CNN")
        #expect(WireCredit.agencyLine(["Quake strikes off Taiwan", "NASA", "Scientists were surprised."], datelines: nil) == nil)
    }

    @Test func publisherFromLeadAfterCopyright() {
        #expect(PublisherFinder.publisher(front: [], back: [], lead: "ACCRA, Ghana, Feb 14 (Reuters) - Output fell.") == "Reuters")
        #expect(PublisherFinder.publisher(front: [], back: ["© 2021 The Millbrook Courier"], lead: "MILLBROOK (AP) — Votes were cast.") == "The Millbrook Courier")
    }

    @Test func sourceLabelNamesItsFirstOutlet() {
        #expect(PublisherFinder.labelled("Source: Al Jazeera and news agencies") == "Al Jazeera")
        #expect(PublisherFinder.labelled("Source: Reuters, AFP") == "Reuters")
        #expect(PublisherFinder.labelled("Source: The Daily Planet") == "The Daily Planet")
    }

    @Test func bareNameFollowedByItsJob() {
        #expect(BylineParser.bareName(in: "Hannah Colville Health correspondent") == "Hannah Colville")
        #expect(BylineParser.bareName(in: "Jane Doe Senior Political Reporter") == "Jane Doe")
        #expect(BylineParser.bareName(in: "Senior Political Reporter") == nil)
        #expect(BylineParser.bareName(in: "Mary Anne Smith") == "Mary Anne Smith")
    }

    @Test func guardianStyleBylineBesideTheDate() {
        let front = ["NHS waiting lists hit record", "Hannah Colville Health correspondent", "Thu 13 Jul 2023 10.22 BST"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Hannah Colville"])
    }

    @Test func kickerHeadlineIsAHeadlineButFieldsAreNot() {
        #expect(!HeadlineFinder.isFieldLabelled("Opinion: Why our cities need more trees"))
        #expect(HeadlineFinder.isFieldLabelled("Tags: Spain, drought, climate"))
        #expect(HeadlineFinder.isFieldLabelled("Source: Al Jazeera and news agencies"))
        #expect(HeadlineFinder.isFieldLabelled("Watch: What the rover saw on the moon"))
        #expect(HeadlineFinder.find(front: ["Opinion: Why our cities need more trees"], raw: "").title == "Opinion: Why our cities need more trees")
    }

    @Test func navigationRowIsNoHeadline() {
        let front = ["News Sports Business Opinion Classifieds", "City council approves new downtown garage"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == front[1])
        let headline = "Biden Wins Nevada Primary Easily"
        #expect(!HeadlineFinder.isNavigationRow(headline, LineFeatures(headline)))
    }

    @Test func creditedReportersWhenThereIsNoByline() {
        let back = ["(Reporting by Kwasi Kpodo in Accra; Writing by Maxwell Adombila; Editing by Alexandra Hudson)"]
        #expect(AuthorFinder.creditedReporters(back: back) == ["Kwasi Kpodo", "Maxwell Adombila"])
        #expect(AuthorFinder.creditedReporters(back: ["Additional reporting by Jane Doe", "Editing by John Roe"]).isEmpty)
    }

    @Test func siteNameWinsOverCopyrightHolder() {
        let html = "<html><head><meta property=\"og:site_name\" content=\"Business Daily\"></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Central bank holds rates steady"]
        doc.backMatter = ["© 2024 Business Daily Media Ltd"]
        doc.text = "The bank held rates on Wednesday, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "Business Daily")
    }

    @Test func theOutletsMastheadAboveTheHeadlineIsNoHeadline() {
        var doc = Document(id: "x", sourceFile: "a.txt", format: .text, raw: "")
        doc.frontMatter = ["WXYZ 7 Action News Detroit", "Fire at Warren recycling yard forces evacuations", "By: Jalen Brooks"]
        doc.text = "WARREN, Mich. (WXYZ) — More than 300 residents were told to leave their homes on Tuesday."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.publisher == "WXYZ")
        #expect(doc.title == "Fire at Warren recycling yard forces evacuations")
        #expect(!MetadataExtractor.isMasthead("WXYZ anchor retires after 30 years", of: "WXYZ"))
        #expect(!MetadataExtractor.isMasthead("Action News Detroit", of: "WXYZ"))
        #expect(MetadataExtractor.isMasthead("PR Newswire: news distribution, targeting and monitoring", of: "PR Newswire"))
    }

    @Test func bylinesWithAnAcademicsPostOrButtonsBeforeThem() {
        #expect(BylineParser.bareName(in: "Miriam Achterberg, Associate Professor of Soil Science, University of Saskatchewan") == "Miriam Achterberg")
        let front = ["Sudan war: camps at breaking point", "5 March 2024", "Share", "Save", "Ifeoma Chukwu-Lawson", "BBC Africa, Adré"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Ifeoma Chukwu-Lawson"])
    }

    @Test func aCompanyOrAMastheadBesideTheDateIsNoAuthor() {
        #expect(BylineParser.bareName(in: "Halvorsen Marine AS") == nil)
        #expect(BylineParser.bareName(in: "FENWICK COUNTY REGISTER Page A3") == nil)
        #expect(BylineParser.bareName(in: "Emily Post") == "Emily Post")
        let front = ["FENWICK COUNTY REGISTER Page A3", "Wednesday, March 27, 2024", "Ferry crossing to Hollis Island to resume",
                     "By Walter Brandt", "Register Staff"]
        #expect(AuthorFinder.authors(front: front, title: front[2]) == ["Walter Brandt"])
        #expect(PublisherFinder.publisher(front: front, back: []) == "Fenwick County Register")
    }

    @Test func videoFeedbackLineIsNoByline() {
        #expect(LineFeatures("Video Ad Feedback").isJunk)
    }

    @Test func domainOpeningTheDateline() {
        #expect(PublisherFinder.leadingDomain("TIMESOFINDIA.COM | Last updated on - Jan 5, 2024") == "timesofindia.com")
        #expect(PublisherFinder.leadingDomain("Reuters | Jan 5, 2024") == nil)
        #expect(PublisherFinder.leadingDomain("planet.example.org is down again") == nil)
    }

    @Test func bylineScrapedOneLinkPerLine() {
        let front = ["Senate passes stopgap bill", "By", "Alicia Fernández and", "Marcus Whitfield-Obi", "Published March 4, 2024 at 3:00 PM EST"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Alicia Fernández", "Marcus Whitfield-Obi"])
        #expect(AuthorFinder.splitByline(["Senate passes stopgap bill", "By", "the end of the week"]) == nil)
    }

    @Test func nameAboveItsJobAndNoBlurbAsStandfirst() {
        let front = ["Why Oil Majors Are Buying Wind Farms", "Daniel K. Ferreira", "Contributor", "I write about the energy transition and global commodity markets."]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Daniel K. Ferreira"])
        #expect(HeadlineFinder.find(front: front, raw: "").subtitle == nil)
        #expect(!BylineParser.isRoleLine("Contributors said the plan was flawed"))
    }

    @Test func titleFieldOfFrontMatter() {
        #expect(HeadlineFinder.labelledTitle(["title: \"Volunteers restore lighthouse\"", "author: Morgan Ellsworth"]) == "Volunteers restore lighthouse")
        #expect(HeadlineFinder.labelledTitle(["Titles: none"]) == nil)
    }

    @Test func nameBeforeACommaAndItsJob() {
        #expect(BylineParser.bareName(in: "Jane Ostrowski, Transport Editor") == "Jane Ostrowski")
        #expect(BylineParser.bareName(in: "The Northern Echo") == nil)
    }

    @Test func jobLinesNeedAJobWord() {
        #expect(BylineParser.isRoleLine("Rome correspondent"))
        #expect(BylineParser.isRoleLine("Senior Political Reporter"))
        #expect(!BylineParser.isRoleLine("News"))
        #expect(!BylineParser.isRoleLine("the editor"))
        #expect(AuthorFinder.authors(front: ["The Northern Echo", "News", "Teachers strike closes 300 schools"], title: nil).isEmpty)
    }

    @Test func agencyMastheadOpensThePage() {
        #expect(WireCredit.agencyLine(["Bloomberg", "Markets", "Yen slides to weakest since 1990"], datelines: nil) == "Bloomberg")
        #expect(WireCredit.agencyLine(["MSN", "Train drivers vote for strikes"], datelines: nil) == nil)
    }

    @Test func capitalizedBylinesInTitleCase() {
        #expect(BylineParser.explicitNames(in: "By JANE DOE, Associated Press") == ["Jane Doe"])
        #expect(BylineParser.explicitNames(in: "By JOHN R. MATSUMOTO and ELENA VASQUEZ-MORA") == ["John R. Matsumoto", "Elena Vasquez-Mora"])
        #expect(BylineParser.titleCased("O'NEILL") == "O'Neill")
        #expect(BylineParser.titleCased("Sarah McAllister") == "Sarah McAllister")
    }

    @Test func dateLabelsAreNoNames() {
        #expect(BylineParser.bareName(in: "Last Modified: November 6, 2023") == nil)
        let front = ["Council approves park", "By Jane Doe", "Last Modified: November 6, 2023 | Published: November 5, 2023"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Jane Doe"])
    }

    @Test func createdLabelsThePublicationDate() {
        #expect(DateParser.find(in: "Updated: 06 November 2023 | Created: 05 November 2023")?.iso == "2023-11-05")
        #expect(DateParser.find(in: "Created: 05 November 2023")?.isPublication == true)
    }

    @Test func outletNamedInTheDateline() {
        #expect(PublisherFinder.datelineOutlet(["November 5, 2023 / 8:30 AM / CBS News"], datelines: nil) == "CBS News")
        #expect(PublisherFinder.datelineOutlet(["November 5, 2023 / 8:30 AM / Updated"], datelines: nil) == nil)
        #expect(PublisherFinder.datelineOutlet(["Council approves park / City News"], datelines: [false]) == nil)
    }

    @Test func bylineShapes() {
        #expect(BylineParser.explicitNames(in: "By Dr. Anil Kapoor-Singh") == ["Anil Kapoor-Singh"])
        #expect(BylineParser.explicitNames(in: "Words by Jane Doe. Photography by John Roe") == ["Jane Doe"])
        #expect(BylineParser.explicitNames(in: "By Jane Doe and John Roe, The Washington Post") == ["Jane Doe", "John Roe"])
        #expect(BylineParser.explicitNames(in: "Written by: Jane Doe") == ["Jane Doe"])
        #expect(BylineParser.explicitNames(in: "BY JANE DOE AND JOHN ROE") == ["Jane Doe", "John Roe"])
        #expect(BylineParser.explicitNames(in: "By Jean-Luc de la Tour and Ahmed al-Rashid") == ["Jean-Luc de la Tour", "Ahmed al-Rashid"])
        #expect(BylineParser.explicitNames(in: "By J.R. Smith") == ["J.R. Smith"])
        #expect(BylineParser.explicitNames(in: "Stand by your man") == nil)
    }

    @Test func bareLinesWithSeveralNamesOrAnOutlet() {
        #expect(BylineParser.bareNames(in: "Jane Doe & John Roe") == ["Jane Doe", "John Roe"])
        #expect(BylineParser.bareNames(in: "Trade and Industry") == nil)
        #expect(BylineParser.bareNames(in: "Maya Goldfarb-Oyelaran, Ben Kowalczyk") == ["Maya Goldfarb-Oyelaran", "Ben Kowalczyk"])
        #expect(BylineParser.bareNames(in: "Jane Doe, New York") == nil)
        #expect(BylineParser.bareNames(in: "Jane Doe, Transport Editor") == nil)
        #expect(AuthorFinder.authors(front: ["Senators near deal on privacy bill", "Maya Goldfarb-Oyelaran, Ben Kowalczyk", "Mar 7, 2024"],
                                     title: "Senators near deal on privacy bill", datelines: nil) == ["Maya Goldfarb-Oyelaran", "Ben Kowalczyk"])
        #expect(BylineParser.bareName(in: "Jane Doe | Reuters") == "Jane Doe")
        #expect(BylineParser.bareName(in: "From Jane Doe in Lagos") == "Jane Doe")
        #expect(PublisherFinder.bylineOutlet(["Jane Doe | Reuters", "November 5, 2023"]) == "Reuters")
        #expect(PublisherFinder.bylineOutlet(["Politics | World", "November 5, 2023"]) == nil)
    }

    @Test func headlineOverStandfirstPaywallAndDateLabels() {
        let headline = "Council approves plan for new riverside park"
        for clutter in ["Tuesday's vote followed a decade of campaigning by residents who wanted more green space.",
                        "You have 3 free articles left this month. Subscribe for unlimited access.", "Last updated 2 hours ago"] {
            #expect(HeadlineFinder.find(front: [clutter, headline, "By Jane Doe"], raw: "").title == headline, "\(clutter)")
        }
        #expect(HeadlineFinder.find(front: ["Girl Scouts sell record number of cookies this spring", "By Jane Doe"], raw: "").title != nil)
        #expect(HeadlineFinder.find(front: ["The end of an era.", "By Jane Doe"], raw: "").title == "The end of an era.")
        #expect(!HeadlineFinder.opensWithDateLabel("Last survivor of the expedition dies at 101"))
    }

    @Test func metaTimeCompletesTheVisibleDateOfTheSameDay() {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-20T14:05:00Z\"></head><body></body></html>"
        var doc = Document(id: "x", sourceFile: "a.html", format: .html, raw: html)
        doc.frontMatter = ["Central bank holds rates steady", "March 20, 2024"]
        doc.text = "The bank held rates on Wednesday, officials said."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.published == "2024-03-20T14:05:00Z")
        doc.frontMatter = ["Central bank holds rates steady", "March 21, 2024"]
        MetadataExtractor().extract(into: &doc)
        #expect(doc.published == "2024-03-21")
    }

    @Test func outletOfAClosingBio() {
        #expect(PublisherFinder.bioOutlet("Tom Ashworth-Lee is the books editor of The Riverside Review.") == "The Riverside Review")
        #expect(PublisherFinder.bioOutlet("Jane Doe is a reporter for the Herald.") == "The Herald")
        #expect(PublisherFinder.bioOutlet("Jane Doe is a reporter at Columbia University.") == nil)
        #expect(PublisherFinder.bioOutlet("The editor of the report said it was late.") == nil)
    }

    @Test func mastheadLineNearTheHeadline() {
        #expect(PublisherFinder.mastheadBesideTitle(["Train drivers vote for fresh strikes", "The Independent"]) == "The Independent")
        #expect(PublisherFinder.mastheadBesideTitle(["Train drivers vote for fresh strikes", "The News"]) == "The News")
        #expect(PublisherFinder.mastheadBesideTitle(["The Press Gang Returns", "Train drivers vote"]) == nil)
    }

    @Test func explicitBylineAboveAJobIsNotABareName() {
        let front = ["Hospital trust fined", "By Owen Pritchard-Lloyd", "Health reporter", "Published 9 May 2023"]
        #expect(AuthorFinder.authors(front: front, title: front[0]) == ["Owen Pritchard-Lloyd"])
    }

    @Test func outletOfABylineInsideADateline() {
        #expect(PublisherFinder.bylineOutlet(["Sunday 12 November 2023 by Lena Schwarz-Weber, DW"]) == "DW")
        #expect(PublisherFinder.bylineOutlet(["Shares fell by 18% on Monday, traders said"]) == nil)
    }
}
