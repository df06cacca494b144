/// Rows of a site's section links, which scrapers keep as lines of their own or glue to a
/// tagline: "News Opinion Sports Obituaries e-Edition", "U.S. World Politics Business",
/// "… coast HOME NEWS FISHING & OUTDOORS GOVERNMENT CONTACT". They are never headlines.
enum NavigationRow {
    /// Words of section names, lower case.
    static let sectionWords: Set<String> = [
        "home", "news", "local", "world", "national", "nation", "politics", "business", "money", "markets", "economy",
        "tech", "technology", "science", "health", "sport", "sports", "opinion", "opinions", "editorials", "letters",
        "arts", "culture", "entertainment", "lifestyle", "life", "style", "travel", "food", "weather", "obituaries",
        "obits", "classifieds", "jobs", "autos", "education", "schools", "environment", "climate", "agriculture",
        "outdoors", "crime", "courts", "video", "videos", "photos", "podcasts", "newsletters", "subscribe", "contact",
        "about", "e-edition", "puzzles", "games", "events", "community", "government", "religion", "media", "u.s.",
        "us", "uk", "investigations", "features", "magazine", "books", "music", "movies", "tv", "search", "menu",
        "donate", "shop", "advertise", "fishing", "real", "estate", "elections", "region", "state", "sections",
    ]

    /// Whether `line` is, or carries, a row of section links: four or more words in a row that
    /// are section names and make most of the line, or five or more capitalized words in a row,
    /// three of them section names, inside a longer line.
    static func matches(_ line: String) -> Bool {
        let words = line.split(separator: " ").filter { !["&", "|", "•", "/", "·"].contains($0) }
        guard words.count >= 4 else { return false }
        var longestSections = 0, sections = 0
        var shouted = 0, shoutedSections = 0
        for word in words {
            let isSection = sectionWords.contains(word.lowercased())
            sections = isSection ? sections + 1 : 0
            longestSections = max(longestSections, sections)
            if isShouted(word) {
                shouted += 1
                if isSection { shoutedSections += 1 }
                if shouted >= 5 && shoutedSections >= 3 { return true }
            } else {
                shouted = 0
                shoutedSections = 0
            }
        }
        return longestSections >= 4 && longestSections * 10 >= words.count * 6
    }

    /// Whether every letter of `word` is upper case (and it has two or more).
    private static func isShouted(_ word: Substring) -> Bool {
        var letters = 0
        for b in word.utf8 {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }
}
