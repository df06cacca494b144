import Testing
@testable import ArticledStages

/// Rows of section links above an article are never its headline, however they are written.
@Suite struct MetadataNavigationTests {
    @Test func rowsOfSectionLinksAreNavigation() {
        #expect(NavigationRow.matches("News Opinion Agriculture Environment Arts Obituaries e-Edition"))
        #expect(NavigationRow.matches("U.S. World Politics Business Science Sports"))
        #expect(NavigationRow.matches("Your source for news from the coast HOME NEWS FISHING & OUTDOORS PARISH GOVERNMENT CONTACT"))
    }

    @Test func headlinesWithSectionWordsAreNot() {
        #expect(!NavigationRow.matches("Business leaders warn of tech rules in world markets"))
        #expect(!NavigationRow.matches("STOCKS FALL AS NEWS OF WORLD TRADE TALKS SPREADS"))
        #expect(!NavigationRow.matches("Local news: school board votes to close two schools"))
        #expect(!NavigationRow.matches("Sports"))
    }

    @Test func separatorsBetweenLinksAreNotWords() {
        // Four section words and three separators: the separators neither count nor break the row.
        #expect(NavigationRow.matches("News | Sport • Business · Weather"))
        #expect(NavigationRow.matches("NEWS / SPORT & BUSINESS / WEATHER"))
        // Words that only contain a section word, or accented, are not section names.
        #expect(!NavigationRow.matches("Newsroom Sporting Businesses Weathered"))
        #expect(!NavigationRow.matches("Néws Spórt Búsiness Wéather"))
    }

    @Test func dateLabelsAreReadWhateverTheirCaseAndColons() {
        for line in ["Updated: 5 March 2024", "PUBLISHED 10:32 GMT", "posted: yesterday", "Last Updated: 2 hours ago",
                     "First published:  March 5", "Modified 2024-03-05"] {
            #expect(HeadlineFinder.opensWithDateLabel(line), "\(line)")
        }
        for line in ["Updates from the summit", "Last call for the ferry", "First look at the new stadium", "Publishers push back"] {
            #expect(!HeadlineFinder.opensWithDateLabel(line), "\(line)")
        }
    }

    @Test func theHeadlineUnderANavigationRowIsChosen() {
        let front = ["U.S. World Politics Business Science Sports",
                     "Backyard birders spot a rare hummingbird for the first time in a decade"]
        #expect(HeadlineFinder.find(front: front, raw: "").title == front[1])
    }
    @Test func aRowOfSectionsEndingInTheEPaperIsNoHeadline() {
        for row in ["Home  News  India  Karnataka  Bengaluru  Opinion  Business  Sport  e-Paper",
                    "Markets  Companies  Tech  Startups  Economy  Opinion  e-Paper"] {
            let front = ["THE HINDU", row, "GBA to split Bengaluru into five corporations; ward delimitation by June",
                         "Deepika Rao | Updated: March 3, 2025 14:05 IST"]
            #expect(NavigationRow.matches(row), "\(row)")
            #expect(HeadlineFinder.find(front: front, raw: "").title == front[2])
        }
    }
}

/// A Markdown page's first heading is its headline, unless it is only the site's name linking home.
@Suite struct MetadataMarkdownHeadingTests {
    @Test func aHeadingThatIsOnlyALinkIsTheSitesName() {
        let raw = "# [The Grid Ledger](https://thegridledger.example/)\n\nSubscribe\n\n# The quiet boom in home batteries\n\nText.\n"
        #expect(HeadlineFinder.firstMarkdownHeading(raw) == "The quiet boom in home batteries")
        #expect(HeadlineFinder.isLinkOnlyHeading(Array("# [Site](https://x.example/)".utf8)[...]))
        #expect(!HeadlineFinder.isLinkOnlyHeading(Array("# Why [this](https://x.example/) matters".utf8)[...]))
    }

    @Test func aBrandsCamelCasedNameStaysInARowOfSections() {
        #expect(NavigationRow.matches("Home News Sport Weather iPlayer Sounds Bitesize"))
        #expect(!NavigationRow.matches("Home news: iPhone sales slow as weather bites"))
        // A headline in title case has its small words capitalized; a menu has none ("What's On" aside).
        #expect(!NavigationRow.matches("Apple News Adds Local Sports And Weather To iPhone Home Screen"))
        #expect(NavigationRow.matches("News Sport What's On Property Jobs Newsletters Opinion"))
    }
}
