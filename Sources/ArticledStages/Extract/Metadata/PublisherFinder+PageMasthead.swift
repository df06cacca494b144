extension PublisherFinder {
    /// Small words a masthead may hold after its first word ("Times of India").
    static let mastheadSmallWords: Set<Substring> = ["of", "the", "and", "&", "de", "du"]

    /// Menu entries that open a page when its logo left no name.
    private static let menuWords: Set<String> = ["menu", "latest", "just", "trending", "popular", "live", "videos", "video", "podcasts",
                                                 "search", "subscribe", "login", "sign", "e-paper", "newsletters", "accessibility",
                                                 "breaking", "top", "headlines"]

    /// The outlet's name opening a saved page above its navigation menu ("Irish Independent" over
    /// "News", "Opinion", "Business"), or nil. It names the outlet better than a copyright line,
    /// which names the group that owns it ("© Mediahuis Ireland 2025", "THG PUBLISHING PVT LTD").
    /// A country after the name is left out ("Premium Times Nigeria"). A short title over its
    /// byline and date is no masthead: the lines under a masthead are menu entries, without
    /// digits or a byline.
    static func mastheadAboveMenu(_ front: [String]) -> String? {
        var lines = front.prefix(8)[...]
        // ("Skip to content"; "Home > Business > Companies" above the masthead's row.)
        while let first = lines.first, first.lowercased().hasPrefix("skip ") || (lines.count > 1 && NavigationTrail.isTrail(first)) {
            lines = lines.dropFirst()
        }
        guard var name = lines.first else { return nil }
        // "AP Logo", "TechCrunch Desktop Logo": the logo's text in place of its picture.
        if name.hasSuffix(" Logo") || name.hasSuffix(" logo") { name = String(name.dropLast(5)) }
        for screen in [" Desktop", " Mobile"] where name.hasSuffix(screen) { name = String(name.dropLast(screen.count)) }
        // "News24 | South Africa | World | Business | Sport": the name opening the menu's own row.
        var opensMenuRow = false
        if NavigationTrail.separatorCount(name) >= 3 {
            let parts = name.components(separatedBy: " | ")
            guard parts.count >= 4, parts.dropFirst().filter({ NavigationRow.sectionWords.contains($0.lowercased()) }).count >= 2,
                  // ("Air | Land | Naval | Space": a section's ordinary word opens the row, no name.)
                  !EntityLexicon.shared.table.facts(HashedWordTable.hash(parts[0].lowercased())).contains(.common) else { return nil }
            name = parts[0]
            // ("ABC News Homepage": the logo's link to the home page.)
            for home in [" Homepage", " Home"] where name.hasSuffix(home) {
                name = String(name.dropLast(home.count))
            }
            opensMenuRow = true
        } else if NavigationTrail.separatorCount(name) == 1, let bar = name.firstIndex(of: "|"),
                  NavigationRow.matches(String(name[name.index(after: bar)...])) {
            // "PUNCH  |  News  Metro  Politics  Business": the name, a bar, then the menu's row.
            name = name[..<bar].trimmingCharacters(in: .whitespaces)
            opensMenuRow = true
        }
        // "HT" over "Hindustan Times", "EWN" over "Eyewitness News": the logo's letters, then the name they stand for.
        // (The pair is the logo whatever menu follows it.)
        var spelledOut = false
        if !opensMenuRow, let full = lines.dropFirst().first, spellsOut(full, letters: name) {
            name = full
            lines = lines.dropFirst()
            spelledOut = true
        }
        let words = withoutMenuEntries(name).split(separator: " ")
        guard (1...4).contains(words.count), let head = words.first, BylineParser.startsUpper(head),
              words.allSatisfy({ word in
                  (BylineParser.startsUpper(word) || mastheadSmallWords.contains(word))
                      && (word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "&" } || isNameWithNumber(word))
              }),
              // ("Cheshire Live", "Kent Live": a site named for its place, not the menu's "Live".)
              !words.indices.contains(where: { k in
                  menuWords.contains(words[k].lowercased()) && !(k > 0 && k == words.count - 1 && words[k] == "Live")
              }),
              // "English Edition", "International Edition": the edition chosen, not the outlet.
              words.last?.lowercased() != "edition",
              // A section's word only as an outlet's word closing a longer name ("ABC News"), or
              // beside one ("Business Daily", "Daily Nation"), or alone over the menu's "Home" ("Nation").
              // (Or beside a word of no section, opening the menu's row: "Business Day | News | Companies".)
              (words.count == 1 && lines.dropFirst().first == "Home")
                || (opensMenuRow && words.count >= 2 && words.contains { !NavigationRow.sectionWords.contains($0.lowercased()) })
                || !words.indices.contains(where: { k in
                  NavigationRow.sectionWords.contains(words[k].lowercased())
                      && !(k > 0 && k == words.count - 1 && MetadataVocabulary.shared.isOutletWord(words[k]))
                      && !(words.count == 2 && MetadataVocabulary.shared.isOutletWord(words[1 - k])
                           && !NavigationRow.sectionWords.contains(words[1 - k].lowercased()))
              }),
              // "India" or "South Africa" over "World", "Opinion": a menu whose logo above it left no name.
              !EntityLexicon.shared.isPlace(named: words.joined(separator: " "))
        else { return nil }
        let menu = lines.dropFirst().prefix(3).filter { line in
            line.spaceSeparatedWordCount <= 3 && !LineFeatures(line).endsTerminal && !line.contains(where: \.isNumber)
                && BylineParser.explicitNames(in: line) == nil
        }
        // The menu as one row ("Home | Markets | Companies | World").
        // (Or a row of the edition's links: "English Edition | E-Paper".)
        // (Or the section names' words in a row: "News Business Sport Opinion Farming Life".)
        let menuRow = lines.dropFirst().first.map {
            NavigationTrail.separatorCount($0) >= 3 || HeadlineFinder.isLinkRow($0) || NavigationRow.matches($0) || isSectionRow($0)
        } ?? false
        guard menu.count >= 2 || menuRow || opensMenuRow || spelledOut else { return nil }
        // "Premium Times Nigeria": the outlet's name, and the country it is written for.
        var kept = words
        if kept.count >= 3, let last = kept.last, !mastheadSmallWords.contains(kept[kept.count - 2]),
           EntityLexicon.shared.isPlace(named: String(last)) { kept.removeLast() }
        let outlet = kept.joined(separator: " ")
        // "AP": the name the lists know it by ("Associated Press").
        if kept.count == 1, let known = EntityLexicon.shared.organization(named: outlet) { return known.canonical }
        return outlet == outlet.uppercased() && outlet.count > 4 ? shoutedNameCased(outlet) : outlet
    }

    /// Whether `line` is a name of two to four capitalized words that the capital `letters`
    /// (two to four) abbreviate, in order, the first its first ("Hindustan Times" for "HT").
    static func spellsOut(_ line: String, letters: String) -> Bool {
        let abbreviation = Array(letters.utf8)
        guard (2...4).contains(abbreviation.count), abbreviation.allSatisfy(ASCIIByte.isUpper) else { return false }
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ BylineParser.startsUpper($0) && $0.allSatisfy(\.isLetter) }),
              let first = line.utf8.first, first == abbreviation[0] else { return false }
        var k = 1
        for b in line.utf8.dropFirst() where k < abbreviation.count && ASCIIByte.lower(b) == ASCIIByte.lower(abbreviation[k]) { k += 1 }
        return k == abbreviation.count
    }

    /// Whether `word` is a name of three letters or more closed by a number ("News24").
    private static func isNameWithNumber(_ word: Substring) -> Bool {
        guard let digit = word.firstIndex(where: \.isNumber), word.distance(from: word.startIndex, to: digit) >= 3 else { return false }
        return word[..<digit].allSatisfy(\.isLetter) && word[digit...].allSatisfy(\.isNumber)
    }

    /// The outlet a logo's link names in its text ("The Guardian - Back to home", "Daily Nation –
    /// Homepage"), or nil: the page's own name, surer than any footer.
    static func homeLinkName(_ line: String) -> String? {
        guard line.utf8.count <= 64 else { return nil }
        // "ABC News Homepage": the logo's link, the word written after the name.
        if line.hasSuffix(" Homepage") {
            let words = line.split(separator: " ").dropLast()
            if (1...4).contains(words.count), words.allSatisfy({ BylineParser.startsUpper($0) }) { return words.joined(separator: " ") }
        }
        for separator in [" - ", " – ", " — ", " | "] {
            guard let range = line.range(of: separator) else { continue }
            let after = line[range.upperBound...].lowercased()
            guard ["back to home", "back to homepage", "back to the homepage", "homepage", "home page", "home"].contains(after) else { continue }
            let name = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), let head = words.first, BylineParser.startsUpper(head) else { return nil }
            return name
        }
        return nil
    }

    /// Whether `line` is a row of five or more section links, each a capitalized word or a
    /// word with a capital inside ("e-Paper"), three of them common section names, without a
    /// sentence's punctuation ("Home Markets Companies Economy Agri Business Opinion e-Paper").
    private static func isSectionRow(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 5, !LineFeatures(line).endsTerminal,
              words.allSatisfy({ $0.contains(where: \.isUppercase) && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "&" } })
        else { return false }
        return words.filter { NavigationRow.sectionWords.contains($0.lowercased()) }.count >= 3
    }

    /// The outlet opening a footer's row of links to its own pages ("Times of India | About us |
    /// Terms of Use | Privacy policy"), or nil: the site's own name, surer than a wire's credit
    /// in the byline ("TNN") or its owner's copyright.
    static func footerRowName(_ line: String) -> String? {
        let cells = line.components(separatedBy: " | ")
        guard cells.count >= 3, let name = cells.first?.trimmingCharacters(in: .whitespaces) else { return nil }
        let house = cells.dropFirst().filter { cell in
            let lower = cell.lowercased()
            return ["about", "privacy", "terms", "contact"].contains { lower.hasPrefix($0) }
        }
        guard house.count >= 2 else { return nil }
        let words = name.split(separator: " ")
        guard isTheName(name) || BylineParser.isOutletName(words), !NavigationRow.sectionWords.contains(name.lowercased()) else { return nil }
        return name
    }

    /// `line` without the menu entries that a small letter joined to its end ("The Hindu e-Paper").
    static func withoutMenuEntries(_ line: String) -> String {
        var words = line.split(separator: " ")
        let count = words.count
        while words.count > 1, let last = words.last, menuWords.contains(last.lowercased()), last != "Live" { words.removeLast() }
        return words.count == count ? line : words.joined(separator: " ")
    }
}
