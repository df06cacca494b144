import ArticledCore
import Testing
@testable import ArticledStages

/// Headline blocks of small local and regional sites: a widget above the headline, the site's
/// name before the headline in the page's title, bylines in capitals over the reporters' beat,
/// and numeric dates written with hyphens.
@Suite struct MetadataLocalPageTests {
    private func extracted(_ front: [String], raw: String = "", format: InputFormat = .text) -> Document {
        extractedMetadata(front, raw: raw, format: format, body: "The emergency department was closed for all or part of 61 shifts last month, the highest number on record.")
    }

    @Test func thePagesTitleWithTheSiteNameFirstPicksTheHeadlineAndTheOutlet() {
        let raw = "<html><head><title>Cape Breton Tidings - Baddeck ER closures hit record as doctors warn of burnout</title></head></html>"
        let doc = extracted(["Home", "Sydney, N.S. -4°C Light snow", "Baddeck ER closures hit record as doctors warn of burnout",
                             "Emergency department was closed 61 times in February; leaders say patients face long drives",
                             "Story by Jocelyn MacIsaac", "Tuesday, March 3rd, 2026"], raw: raw, format: .html)
        #expect(doc.title == "Baddeck ER closures hit record as doctors warn of burnout")
        #expect(doc.subtitle == "Emergency department was closed 61 times in February; leaders say patients face long drives")
        #expect(doc.publisher == "Cape Breton Tidings")
    }

    @Test func namesInCapitalsAreWrittenAsNames() {
        let one = extracted(["'We're tired of waiting': Cree Nation marks 10 years under a boil-water advisory", "ERIN McLEOD",
                             "Published Mar 03, 2026"])
        #expect(one.authors == ["Erin McLeod"])
        let two = extracted(["Harbourview sells Sydney office tower at 27pc discount", "JESSICA TRAN AND MATTHEW O'BRIEN",
                             "Commercial property reporters", "Jun 12, 2023"])
        #expect(two.authors == ["Jessica Tran", "Matthew O'Brien"])
        let release = extracted(["Sepsis trial cuts deaths by a fifth", "FOR IMMEDIATE RELEASE", "12 March 2024"])
        #expect(release.authors.isEmpty)
    }

    @Test func aDayAndMonthWrittenWithHyphensOrAnIssueLabelAreADate() {
        #expect(extracted(["Housing scheme stalled by water capacity row", "Published: 03-03-2026 09:30"]).published == "2026-03-03T09:30")
        #expect(extracted(["Moura stuns top seed to reach semi-finals", "Issued on: 14/05/2024 - 21:37"]).published == "2024-05-14T21:37")
        #expect(extracted(["Housing scheme stalled by water capacity row", "Published: 12-03-2026"]).published == nil, "day or month?")
    }

    @Test func aHeadlineInCapitalsUnderAStaffBylineNamesNoOne() {
        let doc = extracted(["NEWS IN BRIEF: Council backs ferry subsidy, warehouse blaze", "By Gazette Staff", "14 March 2024",
                             "COUNCIL BACKS FERRY SUBSIDY"])
        #expect(doc.authors.isEmpty)
    }
}
