import ArticledCore
import Testing
@testable import ArticledStages

/// Headline and standfirst among the front matter.
@Suite struct MetadataHeadlineTests {
    @Test func aHeadlineClosedByAProvincesAbbreviationIsNoSentence() {
        let head = "TSB says cracked rail missed by inspection led to CPKC derailment that spilled canola oil near Melville, Sask."
        let stand = "Transportation Safety Board report finds ultrasonic test flagged the defect 6 weeks before crash"
        let (title, subtitle) = HeadlineFinder.find(front: ["CBC", "Search", "Saskatchewan", head, stand, "Olivia Desjarlais", "CBC News",
                                                            "Posted: Apr 23, 2024 4:15 PM CST"], raw: "")
        #expect(title == head && subtitle == stand)
    }

    @Test func skipsSectionLabelBylineAndCaptions() {
        let front = ["Ukraine", "US urged China not to supply arms to Russia", "Author: Editors Desk Source: The Guardian",
                     "March 14, 2022 at 21:49", "Ships in port. Photograph: John Roe/AP",
                     "China had denounced reports that Moscow asked for military equipment as disinformation"]
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == "US urged China not to supply arms to Russia")
        #expect(subtitle == "China had denounced reports that Moscow asked for military equipment as disinformation")
    }

    @Test func aShortHeadlineInSentenceCaseBeatsAShortFirstSentence() {
        let (title, _) = HeadlineFinder.find(front: ["Council approves tower", "The mayor resigned on Friday."], raw: "")
        #expect(title == "Council approves tower")
        let (masthead, _) = HeadlineFinder.find(front: ["THE MERIDIAN REVIEW", "America's water crisis isn't coming. It's here."], raw: "")
        #expect(masthead == "America's water crisis isn't coming. It's here.")
    }

    @Test func bannersRowsOfSectionsMastheadsAndMailHeadersAreNoHeadlines() {
        let front = ["Subject: COP29 Day 11: Finance deal on the brink", "WEATHER ALERT: Tornado Watch in effect until 10 PM",
                     "Home News Politics UK Politics Scotland Wales Northern Ireland", "CARBON DESK DAILY | COP29 BAKU",
                     "Finance deal on the brink as rich nations table $250bn offer"]
        let (title, _) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == "Finance deal on the brink as rich nations table $250bn offer")
    }

    @Test func aTitleFieldNamesTheHeadline() {
        var doc = Document(id: "x", sourceFile: "a.md", format: .markdown, raw: "")
        doc.frontMatter = ["title: \"Taoiseach faces Dail revolt over housing\"", "author: Aoife Byrne", "site_name: The Irish Courier"]
        doc.text = "The Taoiseach faced a revolt from backbenchers on Tuesday over the housing bill."
        MetadataExtractor().extract(into: &doc)
        #expect(doc.title == "Taoiseach faces Dail revolt over housing")
        #expect(doc.publisher == "The Irish Courier")
    }

    @Test func markdownHeadingWins() {
        let front = ["Opinion and analysis section", "Markets fall as rates rise", "Jane Doe"]
        let (title, _) = HeadlineFinder.find(front: front, raw: "Opinion and analysis section\n\n## Markets *fall* as rates rise\n")
        #expect(title == "Markets fall as rates rise")
    }

    @Test func noStandfirstWhenOnlyTheHeadlineRepeats() {
        let front = ["Markets fall as rates rise sharply", "June 16, 2022", "Markets fall as rates rise sharply"]
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == "Markets fall as rates rise sharply")
        #expect(subtitle == nil)
    }

    @Test func captionUnderLabelIsNoStandfirst() {
        let front = ["Zelensky urges West to send air defences", "Image caption,", "President Zelensky addressed the nation from Kyiv on Monday"]
        #expect(HeadlineFinder.find(front: front, raw: "").subtitle == nil)
    }

    @Test func repeatedLineIsTheHeadline() {
        let front = ["Live updates from the region", "Markets fall as rates rise sharply", "June 16, 2022", "Markets fall as rates rise sharply"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == "Markets fall as rates rise sharply")
    }

    @Test func breadcrumbsAreNoHeadline() {
        let front = ["Home | News | World", "Markets fall as rates rise sharply"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == "Markets fall as rates rise sharply")
    }

    @Test func aSectionPathIsNoHeadline() {
        let front = ["Voices > Thought Leaders", "Manila Bay's new islands will not drown. The rest of us might."]
        #expect(HeadlineFinder.find(front: front, raw: "").title == "Manila Bay's new islands will not drown. The rest of us might.")
        #expect(HeadlineFinder.find(front: ["News › Politics › Europe", "Markets fall as rates rise sharply"], raw: "").title
            == "Markets fall as rates rise sharply")
    }

    @Test func nothingWhenNoFrontMatter() {
        #expect(HeadlineFinder.find(front: [], raw: "").title == nil)
    }

    @Test func aShortHeadlineInSentenceCaseOverItsStandfirstIsTheHeadline() {
        let standfirst = "The president ends his re-election campaign after weeks of pressure from Democrats"
        let (title, subtitle) = HeadlineFinder.find(front: ["Biden drops out", standfirst, "By Jane Doe", "July 21, 2024"], raw: "")
        #expect(title == "Biden drops out" && subtitle == standfirst)
    }

    @Test func aShortLabelOverAHeadlineAndItsStandfirstStaysALabel() {
        let front = ["Climate crisis", "Record heat hits Europe as temperatures soar past 40C in Spain",
                     "Forecasters warn the heatwave could last into next week across the south of the continent", "By Jane Doe"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == front[1])
        #expect(HeadlineFinder.find(front: ["World News", front[2], "By Jane Doe"], raw: "").title == front[2])
    }

    @Test func aCaptionClosingWithItsPictureCreditIsNoStandfirst() {
        let front = ["Albanese rules out an early election", "By political reporter Sarah Nguyen",
                     "Anthony Albanese says the government will run its full term. (ABC News: Matt Roberts)"]
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == front[0] && subtitle == nil)
    }

    @Test func anInvitationToFollowTheSiteIsNoHeadline() {
        let front = ["THE INDIAN COURIER", "Follow us on WhatsApp | Google News", "Politics",
                     "Lok Sabha passes Electoral Rolls Amendment Bill amid Opposition walkout",
                     "The Bill, which links voter IDs with a new register, was passed by voice vote after a six-hour debate.",
                     "Written by Ananya Rao | New Delhi |", "Updated: March 14, 2025 21:12 IST"]
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == front[3] && subtitle == front[4])
    }

    @Test func theHeadlineStandsAboveTheBylineNotAtTheTopOfThePage() {
        let front = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "World", "Business",
                     "Americas", "Chilean peso hits seven-month low as copper slides", "By Natalia Ramos", "October 20, 2026 5:42 PM GMT+1"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == "Chilean peso hits seven-month low as copper slides")
        // With its standfirst between it and the byline.
        let withDek = ["The Times of India", "City", "India", "Cloudburst in Kullu kills seven as flood sweeps away homes",
                       "Rescuers searched the debris of 23 houses through the night", "Ajay Thakur / Updated: Jul 9, 2026, 08:14 IST"]
        let (title, subtitle) = HeadlineFinder.find(front: withDek, raw: "")
        #expect(title == "Cloudburst in Kullu kills seven as flood sweeps away homes")
        #expect(subtitle == "Rescuers searched the debris of 23 houses through the night")
    }

    @Test func aCaptionEndingWithItsPhotoCreditIsNoStandfirst() {
        let front = ["Treasurer accused of embezzling $412K", "The Marion County Courthouse in Knoxville, Iowa. (KDMW 9 file photo)"]
        #expect(HeadlineFinder.find(front: front, raw: "").subtitle == nil)
    }

    @Test func aStandfirstAboveABylineThatNamesPhotographsIsNoCaption() {
        let front = ["Slow train to Pocinho: riding the Douro line", "A three-hour journey along Portugal's greatest river reveals terraced vineyards",
                     "Words and photographs: Helen Carraway", "18 April 2024"]
        #expect(HeadlineFinder.find(front: front, raw: "").subtitle == "A three-hour journey along Portugal's greatest river reveals terraced vineyards")
    }

    @Test func aTrailOfSectionsOrARowOfSportsIsNoHeadline() {
        let trail = ["Sustainability / Land Use & Biodiversity", "Desert locust swarms threaten Kenya's maize belt, FAO warns",
                     "Agency says unusual rains in Ethiopia and Somalia created ideal breeding grounds", "By Wanjiru Kamau and Peter Oduya",
                     "March 18, 2025 6:42 AM GMT+3"]
        #expect(HeadlineFinder.find(front: trail, raw: "").title == "Desert locust swarms threaten Kenya's maize belt, FAO warns")
        let row = ["SPORT Football Cricket Tennis Rugby Union Golf Formula One Cycling More v",
                   "Harriet Moss: the long goodbye of British tennis's great survivor",
                   "At 34, with a rebuilt knee and a ranking outside the top 100, Moss is playing her final season", "Gareth Llewellyn-Jones",
                   "21 June 2025 • 6:00am"]
        #expect(HeadlineFinder.find(front: row, raw: "").title == "Harriet Moss: the long goodbye of British tennis's great survivor")
    }

    @Test func aSectionsLowerHeadingYieldsToThePagesTopHeading() {
        #expect(HeadlineFinder.firstMarkdownHeading("## Deals\n\n# Tulpa Payments soars 31% in Amsterdam debut\n") == "Tulpa Payments soars 31% in Amsterdam debut")
        #expect(HeadlineFinder.firstMarkdownHeading("## Council approves the new garage\n\n# Comments\n") == "Council approves the new garage")
        #expect(HeadlineFinder.firstMarkdownHeading("## Deals\n\nText.\n") == "Deals")
    }

    @Test func aKickerStaysApartFromAHeadlineOpeningWithABrand() async throws {
        let html = "<html><body><p class=\"kicker\">EARNINGS</p><h1>ePantry shares soar 22% as grocery app swings to first profit</h1>"
            + "<p>By Marcus Feld</p><p>Shares of ePantry Inc. jumped 22% in after-hours trading on Tuesday after the company reported a profit.</p>"
            + "<p>The company raised its outlook for the year, and its shares rose again in early trading on Wednesday morning.</p></body></html>"
        var doc = try await cleaned(html, format: .html)
        try await ExtractStage().process(&doc)
        #expect(doc.title == "ePantry shares soar 22% as grocery app swings to first profit")
    }

    @Test func aPagesNoticeAboutItselfIsNoHeadline() {
        let head = "Death toll climbs to 61 as rescuers dig through Sulawesi landslides"
        let stand = "Indonesian authorities fear dozens more are buried in villages cut off by collapsed roads."
        let aged = HeadlineFinder.find(front: ["World", "This was published 4 months ago", head, stand, "By Karuni Rompies"], raw: "")
        #expect(aged.title == head)
        #expect(aged.subtitle == stand)
        let gallery = HeadlineFinder.find(front: ["Politics", head, "Rescuers dig at the site on Thursday. (AP Photo/Jane Roe)", "1 of 3 |",
                                                  "By DELPHINE ACHTERBERG", "Updated 6:48 PM EST, March 6, 2025"], raw: "")
        #expect(gallery.title == head)
        let menu = HeadlineFinder.find(front: ["RNZ", "Navigation for News Categories", "New Zealand", "World", head, "By Mele Tupou"], raw: "")
        #expect(menu.title == head)
        let ticker = HeadlineFinder.find(front: ["Breaking News | Naira gains against dollar at official window", head, "By Mele Tupou"], raw: "")
        #expect(ticker.title == head)
        let live = HeadlineFinder.find(front: ["Ukraine war latest: Russia launches over 300 drones overnight", head, "By Mele Tupou"], raw: "")
        #expect(live.title == head)
        let search = HeadlineFinder.find(front: ["Content Skip to Main Content", "Accessibility Help", "Search", "CBC News", "Top Stories",
                                                 "Local", "Climate", "World", "Canada", "Politics", "Indigenous", "British Columbia",
                                                 "Search to find news, stories, and more", "British Columbia", head, stand,
                                                 "Priya Sandhu · CBC News · Posted: Nov 19, 2025 7:15 PM PST | Last Updated: November 20, 2025",
                                                 "Social Sharing"], raw: "")
        #expect(search.title == head)
        #expect(search.subtitle == stand)
        let tags = HeadlineFinder.find(front: ["Home | India | World | Business", "Trending: Budget 2025  IPL Auction  Delhi Elections", head,
                                               "PTI | Updated: October 16, 2024 14:05 IST"], raw: "")
        #expect(tags.title == head)
        #expect(tags.subtitle == nil)
    }
}

/// A section's label with an ampersand over the headline and its standfirst.
@Suite struct MetadataSectionLabelTests {
    @Test func aSectionsLabelOfThreeWordsAndAnAmpersandIsNoHeadline() {
        let front = ["The Guardian", "News | Opinion | Sport | Culture | Lifestyle", "Food & drink industry",
                     "UK food inflation rises for fourth month as chocolate, coffee and butter prices climb",
                     "Shoppers face higher bills for breakfast staples while farmers warn of a perfect storm",
                     "Sarah Butler and Helena Horton", "Tue 25 Mar 2025 00.01 GMT"]
        let found = HeadlineFinder.find(front: front, raw: "")
        #expect(found.title == front[3])
        #expect(found.subtitle == front[4])
    }
}

/// Lines above a Guardian-style headline that are no headline: a menu with sections in
/// sentence case, a sales pitch, a section's label over a byline with jobs; and a short
/// obituary headline over its long standfirst.
@Suite struct MetadataHeadlineAboveTests {
    @Test func aMenuRowInSentenceCaseIsNoHeadline() {
        let front = ["The Guardian - Back to home", "News  Opinion  Sport  Culture  Lifestyle",
                     "UK  World  Climate crisis  Ukraine  Environment  Science  Global development  Football  Tech  Business  Obituaries",
                     "Data and computer security",
                     "Marks & Spencer customer data stolen in cyber-attack, retailer admits",
                     "Hackers accessed names, addresses and order histories, but M&S says payment details were not taken",
                     "Dan Milmo Global technology editor and Kalyeena Makortoff Banking correspondent", "Tue 13 May 2025 19.31 BST"]
        let found = HeadlineFinder.find(front: front, raw: "")
        #expect(found.title == front[4])
        #expect(found.subtitle == front[5])
    }

    @Test func aSubscriptionPitchIsNoHeadline() {
        let front = ["NATION", "Home  News  Business  Counties  Sports  Opinion  Life & Style  Tech", "Subscribe for as little as Sh5 a day",
                     "Kenya's second earth observation satellite set for launch next month", "By Mary Wambui", "Saturday, February 08, 2025"]
        let found = HeadlineFinder.find(front: front, raw: "")
        #expect(found.title == front[3])
        #expect(found.subtitle == nil)
    }

    @Test func aShortObituaryHeadlineStandsOverItsLongStandfirst() {
        let front = ["The Guardian", "News | Opinion | Sport | Culture | Lifestyle", "Obituaries", "Eleanor Whitcombe obituary",
                     "Botanist whose painstaking survey of Welsh upland mosses became a standard reference and who campaigned to protect the peat bogs of mid-Wales",
                     "Peter Hollings", "Tue 14 Jan 2025 17.20 GMT"]
        let found = HeadlineFinder.find(front: front, raw: "")
        #expect(found.title == front[3])
        #expect(found.subtitle == front[4])
    }

    @Test func aLongHeadlineOnTheFirstLineOverTheDateIsTheHeadline() {
        let head = "Mother-of-three who lost her home in the floods says the council ignored her warnings for years before the river burst"
        #expect(HeadlineFinder.find(front: [head, "4 March 2025"], raw: "").title == head)
        // A headline that names a journalist's job is no byline.
        let front = ["World | Middle East", "Veteran war correspondent killed in Gaza strike", "4 March 2025"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == front[1])
    }

    @Test func aLifesDatesOverAnObituaryAreNeitherItsDateNorItsStandfirst() {
        let doc = extractedMetadata(["Obituaries", "Máire Ní Dhomhnaill: Connemara sean-nós singer who carried the old songs to concert halls",
                                     "Born: June 11th, 1931 Died: January 9th, 2025", "Staff Reporter", "Sat Feb 1 2025 - 05:00"])
        #expect(doc.published?.hasPrefix("2025-02-01") == true)
        #expect(doc.subtitle == nil)
    }

    /// A menu's row with "What's On" in it, or a subscription's offer above the headline, is no headline.
    @Test(arguments: [
        ["Manchester Evening News", "News  Sport  What's On  Property  Jobs  Newsletters", "Manchester City Council"],
        ["NATION", "News | Counties | Business | Seeds of Gold | Sports | Opinion | Newsletters", "Subscribe for Ksh10 for the first month"],
    ])
    func aMenuOrAnOfferAboveTheHeadlineIsNoHeadline(top: [String]) {
        let headline = "Town hall bosses confirm council tax will rise by 4.99 per cent as budget gap looms"
        #expect(HeadlineFinder.find(front: top + [headline, "Staff Reporter", "06:00, 12 FEB 2025"], raw: "").title == headline)
    }

    @Test func aHeadlineInTitleCaseWithAPossessiveIsNoMenu() {
        let headline = "Kenya's Tech Startups Bring Jobs To Local Communities Across The Country"
        #expect(HeadlineFinder.find(front: [headline, "By Jane Doe", "March 3, 2025"], raw: "").title == headline)
    }

    @Test func aHeadlineWithACurlyPossessiveIsNoMenu() {
        let headline = "Kenya\u{2019}s Tech Startups Raise Record Funding From Local Investors"
        #expect(HeadlineFinder.find(front: [headline, "By Jane Doe", "March 3, 2025"], raw: "").title == headline)
    }

    @Test func aShortLabelNamingAYearOverTheHeadlineStaysALabel() {
        let front = ["Federal election 2025", "Dutton loses Dickson as AEC counting confirms Labor landslide",
                     "Posted Sun 4 May 2025 at 11:30am", "By political reporter Tom Crowley"]
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: "")
        #expect(title == front[1] && subtitle == nil)
    }
}
