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
        "football", "soccer", "cricket", "tennis", "rugby", "golf", "cycling", "boxing", "athletics", "racing",
        "basketball", "baseball", "hockey", "more", "e-paper", "epaper", "cities", "companies", "startups", "industry",
        "wealth", "auto", "property", "careers", "trending", "latest", "explained",
    ]

    /// The section words by `ASCIIByte.foldedHash`, for lookups on bytes.
    private static let sectionKeys: WordTable = {
        var table = WordTable(capacity: sectionWords.count * 2)
        for word in sectionWords { table.set(ASCIIByte.foldedHash(word.utf8), 1) }
        return table
    }()

    /// Whether `line` is, or carries, a row of section links: four or more words in a row that
    /// are section names and make most of the line, or five or more capitalized words in a row,
    /// three of them section names, inside a longer line, seven or more capitalized words
    /// only, a third of them section names, or eight or more words, two thirds of them section
    /// names. (Separators such as `|` and `•` are not words.)
    static func matches(_ line: String) -> Bool {
        guard line.spaceSeparatedWordCount >= 4 else { return false }
        var line = line
        return line.withUTF8 { bytes in
            let keys = sectionKeys
            var words = 0
            var longestSections = 0, sections = 0
            var shouted = 0, shoutedSections = 0
            var allSections = 0, allCapitalized = true
            var afterWhats = false
            for range in SpaceSeparatedWords(bytes) {
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                if isSeparator(word) { continue }
                words += 1
                let isSection = keys.contains(ASCIIByte.foldedHash(word))
                if isSection { allSections += 1 }
                // (A section's name keeps its own case: "e-Paper"; "What's On" is capitalized, and
                // so is a brand's "iPlayer".)
                // ("Kenya’s": a possessive, curly or straight, is no menu's word.)
                let capital = ASCIIByte.isUpper(word[0]) || (word.count > 2 && ASCIIByte.isLower(word[0]) && ASCIIByte.isUpper(word[1]))
                // ("Apple News Adds Local Sports And Weather To iPhone Home Screen": a headline in
                // title case has its small words; a menu has none.)
                // ("What's On" is a menu's entry, its "On" no small word.)
                if !isSection && isSmallWord(word) && !afterWhats { allCapitalized = false }
                afterWhats = word.elementsEqual("What's".utf8)
                if !isSection && (!(capital && word.allSatisfy({ ASCIIByte.isLetterLike($0) || $0 == 0x2D || $0 == 0x2E }))
                                  || word.contains(0xE2)) && !word.elementsEqual("What's".utf8) {
                    allCapitalized = false
                }
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
            // "Home News Politics UK Politics Scotland Wales Northern Ireland": a long row of
            // capitalized words only, a third of them section names.
            if words >= 7 && allCapitalized && allSections >= 3 && allSections * 3 >= words { return true }
            // "UK World Climate crisis Ukraine Environment Science Global development Football Tech
            // Business Obituaries": a long row two thirds of whose words are section names, some in
            // sentence case.
            if words >= 8 && allSections * 3 >= words * 2 { return true }
            return words >= 4 && longestSections >= 4 && longestSections * 10 >= words * 6
        }
    }

    /// Whether `word` is a separator between links, `&`, `|`, `/`, `•` or `·`, or a menu's
    /// arrow scraped as a letter (`More v`).
    private static func isSeparator(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 1: return word[0] == 0x26 || word[0] == 0x7C || word[0] == 0x2F || word[0] == 0x76
        case 2: return word[0] == 0xC2 && word[1] == 0xB7  // ·
        case 3: return word[0] == 0xE2 && word[1] == 0x80 && word[2] == 0xA2  // •
        default: return false
        }
    }

    /// Whether `word` is a function word (`cleanup-function-words.txt`), which a headline in title
    /// case capitalizes and a menu never holds.
    private static func isSmallWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count <= 9 && CleanupVocabulary.shared.words.value(ASCIIByte.wordKey(word)) & CleanupVocabulary.functionWord != 0
    }

    /// Whether every letter of `word` is upper case (and it has two or more).
    private static func isShouted(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for b in word {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }
}
