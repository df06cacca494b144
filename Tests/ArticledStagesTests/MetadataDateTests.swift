import Testing
@testable import ArticledStages

/// Dates and times read from datelines.
@Suite struct MetadataDateTests {
    /// The ISO form of the date in `line`.
    private func iso(_ line: String) -> String? { DateParser.find(in: line)?.iso }

    @Test func commonFormats() {
        #expect(iso("1 April 2022") == "2022-04-01")
        #expect(iso("NEWS RELEASE 12-MAR-2024") == "2024-03-12")
        #expect(iso("5-Mar-2024") == "2024-03-05")
        #expect(iso("Ward 12-North-2024") == nil)
        #expect(iso("March 14, 2022 at 21:49") == "2022-03-14T21:49")
        #expect(iso("June 16, 2022") == "2022-06-16")
        #expect(iso("2022-06-16T09:00Z") == "2022-06-16T09:00Z")
        #expect(iso("2022-06-16") == "2022-06-16")
        #expect(iso("Mon 14 Mar 2022 21.49 GMT") == "2022-03-14T21:49Z")
        #expect(iso("Updated 2:37 PM EDT, Thu March 3, 2022") == "2022-03-03T14:37-04:00")
        #expect(iso("Published 10:14 PM UTC, March 8, 2022") == "2022-03-08T22:14Z")
        #expect(iso("Sept. 3rd, 2021") == "2021-09-03")
        #expect(iso("29/08/2022") == "2022-08-29")
        #expect(iso("BY JANE DOE - 03/16/22 10:05 AM ET") == "2022-03-16T10:05-04:00")
        #expect(iso("March 16, 2022 · 10:05 AM ET") == "2022-03-16T10:05-04:00")
        #expect(iso("PUBLISHED WED, MAR 16 2022 10:05 AM EDT") == "2022-03-16T10:05-04:00")
        #expect(iso("Published: 10:05pm, 16 Mar, 2022") == "2022-03-16T22:05")
        #expect(iso("March 3, 2022 at 5:00 p.m. EST") == "2022-03-03T17:00-05:00")
        #expect(iso("Updated March 4, 2022 at 7:12 p.m. EST|Published March 3, 2022 at 5:00 p.m. EST") == "2022-03-03T17:00-05:00")
    }

    @Test func aTimeKeepsTheOffsetOfItsZone() {
        #expect(iso("Thu 11 Jul 2024 16.30 BST") == "2024-07-11T16:30+01:00")
        #expect(iso("Updated 6:42 PM EDT, September 24, 2025") == "2025-09-24T18:42-04:00")
        #expect(iso("Published 9:15 AM IST, 3 May 2024") == "2024-05-03T09:15+05:30")
        #expect(iso("Posted 4:30 PM PT, January 10, 2024") == "2024-01-10T16:30-08:00")
        #expect(iso("Posted 4:30 PM PT, July 10, 2024") == "2024-07-10T16:30-07:00")
        #expect(iso("Posted: Mar 30, 2025 11:58 PM ADT") == "2025-03-30T23:58-03:00")
        #expect(iso("Posted: Jul 2, 2025 9:10 AM NDT") == "2025-07-02T09:10-02:30")
        #expect(iso("March 14, 2022 at 21:49") == "2022-03-14T21:49")
        #expect(iso("20.02.2025, 14:05 WET") == "2025-02-20T14:05Z")
        #expect(iso("Published 9:15 AM NZDT, 3 March 2024") == "2024-03-03T09:15+13:00")
    }

    @Test func theUSSeasonChangesOnItsSundays() {
        // 2024: daylight time from Sunday 10 March to Sunday 3 November.
        #expect(!TimeZoneAbbreviation.isUSDaylightTime(year: 2024, month: 3, day: 9))
        #expect(TimeZoneAbbreviation.isUSDaylightTime(year: 2024, month: 3, day: 10))
        #expect(TimeZoneAbbreviation.isUSDaylightTime(year: 2024, month: 11, day: 2))
        #expect(!TimeZoneAbbreviation.isUSDaylightTime(year: 2024, month: 11, day: 3))
        #expect(TimeZoneAbbreviation.weekday(year: 2026, month: 12, day: 2) == 3)
    }

    @Test func nameBesideDateCountsAsOtherWords() {
        let m = DateParser.find(in: "Alex Lantier 19 May 2024")
        #expect(m?.iso == "2024-05-19")
        #expect(m?.otherWords == 2)
    }

    @Test func labels() {
        #expect(DateParser.find(in: "Updated 3 May 2022")?.isUpdate == true)
        #expect(DateParser.find(in: "First published on Tue 3 May 2022")?.isPublication == true)
    }

    @Test func rejectsNonDates() {
        #expect(iso("He has 14 May 2022 votes") != nil)  // the parser finds it; callers weigh otherWords
        #expect(iso("31 February 2022") == nil)
        #expect(iso("05/06/2022") == nil)  // day and month cannot be told apart
        #expect(iso("In May 2022 the war went on") == nil)
        #expect(iso("Liverpool 2 Chelsea 1") == nil)
    }

    @Test func sentenceMentioningADateHasManyOtherWords() {
        let m = DateParser.find(in: "On March 3, 2022, the minister told parliament that the talks had failed.")
        #expect((m?.otherWords ?? 0) > 6)
    }

    @Test func aYearGluedToTheTimeIsStillRead() {
        #expect(DateParser.find(in: "October 20, 20265:42 PM GMT+1Updated 2 hours ago")?.iso.hasPrefix("2026-10-20T17:42") == true)
    }

    @Test func aZoneGluedToTheNextLabelStillCounts() {
        #expect(iso("March 11, 2025 7:42 PM GMTUpdated 3 hours ago") == "2025-03-11T19:42Z")
        #expect(iso("March 11, 2025 7:42 PM GMT") == "2025-03-11T19:42Z")
        #expect(iso("November 4, 20252:41 PM GMT+8Updated 3 hours ago") == "2025-11-04T14:41+08:00")
    }

    @Test func todaysDateOverTheSitesMenuIsNotTheArticles() {
        let front = ["PREMIUM TIMES", "Nigeria's leading online newspaper, delivering breaking news and deep investigative reports from Nigeria",
                     "Sunday, November 23, 2025", "HOME", "NEWS", "Headlines", "Top News", "Business",
                     "NCC, NASRDA unveil rules for satellite internet as Starlink users pass 120,000", "by Chinedu Okafor", "November 18, 2025"]
        let doc = extractedMetadata(front)
        #expect(doc.published == "2025-11-18")
        #expect(doc.title == "NCC, NASRDA unveil rules for satellite internet as Starlink users pass 120,000")
        // A date alone over the menu is still the article's.
        #expect(extractedMetadata(Array(front.prefix(8)) + ["NCC, NASRDA unveil rules for satellite internet", "by Chinedu Okafor"]).published == "2025-11-23")
    }

    @Test func aTimeAfterTheUpdatesLabelIsTheUpdates() {
        #expect(DateParser.find(in: "Tuesday, June 17, 2025 — updated 7:42 PM")?.iso == "2025-06-17")
        #expect(DateParser.find(in: "25 Mar 2025 | UPDATED 14:32")?.iso == "2025-03-25")
        // The update's own date keeps its time.
        #expect(DateParser.find(in: "Updated: June 6, 2025 14:32")?.iso == "2025-06-06T14:32")
    }
}

/// A print edition's credit under the story, dated after the online update above it.
@Suite struct MetadataPrintEditionDateTests {
    @Test func aPrintEditionsDateAfterTheUpdateIsNotThePublicationDate() {
        let front = ["Ustad Rahim Bakhsh dies at 84", "Zainab Qureshi | Updated: March 11, 2025 21:15 PKT"]
        #expect(PublicationDateFinder.date(front: front, back: ["Published in Dawn, March 12th, 2025"])?.hasPrefix("2025-03-11") == true)
        // A footer's publication date on the update's day or before it is the article's.
        let updated = ["Metro fares rise", "Updated: Nov 15, 2025, 22:41 IST"]
        #expect(PublicationDateFinder.date(front: updated, back: ["Published 15 November 2025, 16:05 IST"])?.hasPrefix("2025-11-15T16:05") == true)
    }
}

/// A zone's offset written apart from it.
@Suite struct MetadataZoneOffsetTests {
    @Test func anOffsetAfterGMTAndASpaceIsTheZones() {
        #expect(DateParser.find(in: "By Wanjiru Mwangi | Monday, March 3rd 2025 at 14:20 GMT +3")?.iso == "2025-03-03T14:20+03:00")
        #expect(DateParser.find(in: "Monday, March 3rd 2025 at 14:20 GMT")?.iso == "2025-03-03T14:20Z")
    }

    @Test func datesOfLinkedStoriesInTheFooterAreNotTheArticles() {
        let linked = extractedMetadata(["Measles cases hit 10-year high", "3 hours ago"],
                                       back: ["Why are measles cases rising in England?", "Published 25 January",
                                              "Child dies of measles in Liverpool", "Published 14 July 2025"])
        #expect(linked.published == nil)
        // A footer's own publication line still counts.
        let own = extractedMetadata(["Measles cases hit 10-year high"],
                                    back: ["Follow us on Google News | Join our WhatsApp channel", "Published 14 July 2025"])
        #expect(own.published == "2025-07-14")
        // Nor is a credit, or the site's question to its reader, a linked story's headline.
        let credited = extractedMetadata(["Measles cases hit 10-year high", "3 hours ago"],
                                         back: ["Reporting by Jane Doe and John Roe", "Published 14 July 2025",
                                                "Child dies of measles in Liverpool", "Published 10 July 2025"])
        #expect(credited.published == "2025-07-14")
    }

    @Test func aDayAndMonthThatCouldBeEitherAreReadDayFirstBesideA24HourClock() {
        #expect(DateParser.find(in: "Issued on: 03/06/2024 - 14:27")?.iso == "2024-06-03T14:27")
        #expect(DateParser.find(in: "Updated: 03-06-2024 09:15 IST")?.iso == "2024-06-03T09:15+05:30")
        // A clock with am/pm, as American pages write it, or none, leaves them unread.
        #expect(DateParser.find(in: "Published: 03/06/2024 02:27 PM EDT")?.iso == nil)
        #expect(DateParser.find(in: "03/06/2024")?.iso == nil)
        #expect(DateParser.find(in: "Published 03/06/2024 10:30 EST")?.iso == nil)
        #expect(DateParser.find(in: "13/06/2024 - 14:27")?.iso == "2024-06-13T14:27")
    }
}
