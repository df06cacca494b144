import Foundation

/// The lines that close an article and belong to its footer, whatever comes after them:
/// staff credits of wire stories, copyright notices, and notes about the author.
extension ArticleLayout {
    /// Openings of a wire story's staff credits.
    static let staffCredits: [String] = ["reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
                                         "reported by ", "produced by ", "with reporting by ", "with additional reporting by ",
                                         "with reports from ", "with files from "]

    /// Whether the line is a wire story's staff credit (`(Reporting by Jane Doe; Editing by John Roe)`): short,
    /// opening with one of `staffCredits` and a name, and bracketed, holding `;`, or without a final full stop.
    static func isStaffCredit(_ line: ArticleLine) -> Bool {
        guard line.features.words <= 40 else { return false }
        var text = Substring(line.text)
        // "— Reporting by Jane Doe; Editing by John Roe": a dash may lead the credit.
        while let first = text.first, first == "—" || first == "–" || first == "-" || first == " " { text = text.dropFirst() }
        let bracketed = text.hasPrefix("(") || text.hasPrefix("[")
        if bracketed { text = text.dropFirst() }
        let lower = text.prefix(30).lowercased()
        guard let credit = staffCredits.first(where: { lower.hasPrefix($0) }) else { return false }
        // A name follows, and the line is bracketed, lists several credits, or has no final full stop.
        guard text.dropFirst(credit.count).first?.isUppercase == true else { return false }
        // "Additional reporting by Tom Reinholt in London. Editing by Clara Voss.": two credits.
        let rest = text.dropFirst(credit.count).lowercased()
        // "— With reporting by Kevin Osei in Cincinnati.", "Additional reporting by Sarah Kim in San
        // Francisco.": no sentence of the story opens so.
        return bracketed || text.contains(";") || !line.features.endsPeriod || credit.hasPrefix("with ") || credit.hasPrefix("additional ")
            || staffCredits.contains { rest.contains(". " + $0) }
    }

    /// Whether the line is a copyright notice: it opens with `©`, or with `Copyright`/`(c)` and a
    /// year or `reserved`, or holds `©` or `All rights reserved` in a short line.
    static func isCopyrightNotice(_ line: ArticleLine) -> Bool {
        // "(c) 2024 The Courier, a Valley Media publication.": the letter in brackets is no boilerplate word.
        if line.text.utf8.prefix(4).lazy.map(ASCIIByte.lower).elementsEqual("(c) ".utf8), line.features.words <= 60, line.features.digits >= 4,
           line.features.words <= 25 || line.text.lowercased().contains("reserved") {
            return true
        }
        // "? 2025 Nairobi Observer. All rights reserved.": the notice with its sign lost.
        if line.features.words <= 25, line.text.containsBytes(of: "ll rights reserved"), line.text.lowercased().contains("all rights reserved") {
            return true
        }
        guard line.features.strongBoilerplate >= 1 else { return false }
        let head = line.text.utf8.prefix(9).map(ASCIIByte.lower)
        let lower = line.text.lowercased()
        if head.starts(with: [0xC2, 0xA9]) { return true }
        // "Copyright 2021 Outlet", not "Copyright lawyers said …".
        if head.starts(with: Array("copyright".utf8)) {
            return line.features.digits >= 4 || lower.contains("reserved")
        }
        return line.features.words <= 25 && lower.contains("\u{A9}")
    }

    /// Whether the line credits the publisher at a page's foot ("Published by Arena Holdings and
    /// distributed with the Financial Mail …"): "Published by" and a name, in a short line.
    static func isPublisherCredit(_ line: ArticleLine) -> Bool {
        let text = line.text.utf8
        guard line.features.words <= 25, text.count > 14, text.starts(with: "Published by ".utf8) else { return false }
        return ASCIIByte.isUpper(text[text.index(text.startIndex, offsetBy: 13)])
    }

    /// Jobs of people who write articles (`cleanup-journalist-words.txt`).
    static let journalistWords: Set<String> = Set(ResourceFile.lines("cleanup-journalist-words.txt").map { $0.lowercased() })

    /// Whether `word`, in small letters, is a journalist's job or its plural ("writer", "reporters").
    static func isJournalistWord(_ word: String) -> Bool {
        journalistWords.contains(word) || (word.hasSuffix("s") && journalistWords.contains(String(word.dropLast())))
    }

    /// A note about the author at the end (`Jane Doe is an economics reporter based in Chicago.`,
    /// `Jane Doe covers courts for the Herald.`,
    /// `John Roe contributed reporting.`): a short line that starts with a name followed by
    /// `is`/`was` and names a job, that credits contributed reporting, or that is labelled `About the author`.
    static func isAuthorNote(_ line: ArticleLine) -> Bool {
        guard line.features.words <= 40, line.features.startsUppercase else { return false }
        // Cheap test first for a longer line: only a contributors' credit or a beat runs that long.
        if line.features.words > 30, !line.text.containsBytes(of: " contributed ") && !line.text.containsBytes(of: " reports on ")
            && !line.text.containsBytes(of: " covers ") { return false }
        // "Jane Doe contributed reporting from Sydney." / "AP writer Jane Doe contributed to this report."
        let lower = line.text.lowercased()
        if lower.contains(" contributed reporting") || lower.contains(" contributed to this report") { return true }
        // "With files from Marc-Antoine Leblanc in Montreal.", "With files from The Canadian Press".
        if lower.hasPrefix("with files from ") || lower.hasPrefix("*with files from ") { return true }
        // "--With assistance from Brian Platt and Maya Averbuch.": colleagues who helped.
        if lower.drop(while: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "*" || $0 == " " }).hasPrefix("with assistance from ") { return true }
        // "Tribune reporter Karen O'Donnell contributed from City Hall.": where a colleague helped from.
        if line.features.words <= 14, let r = line.text.range(of: " contributed from "), line.text[r.upperBound...].first?.isUppercase == true {
            return true
        }
        if lower.hasPrefix("about the author") { return true }  // "About the author: Jane Doe covers …"
        // "The PUNCH Senior Correspondent, Oluwaseun, has over nine years of experience covering business.":
        // the reporter's card, a journalist's job and the years behind it.
        if line.features.words <= 30, lower.contains(" years of experience") || lower.contains(" years' experience"),
           line.text.split(separator: " ").contains(where: { journalistWords.contains($0.lowercased().trimmingCharacters(in: ".,;")) }) {
            return true
        }
        // "Matsumoto reported from Sacramento.", "Associated Press writer Mark Lindgren reported from
        // Tokyo.": a short note on where a reporter worked.
        if line.features.words <= 12, line.features.endsPeriod, let r = lower.range(of: " reported from ") {
            let before = lower[..<r.lowerBound].split(separator: " ")
            if before.count <= 3 || (before.count <= 7 && before.contains { journalistWords.contains(String($0)) }) { return true }
        }
        // "Covers sports governance and motor racing from Montreal. Previously reported on …": a wire's
        // author card, under the reporter's name, says the beat without a subject.
        if (line.text.hasPrefix("Covers ") || line.text.hasPrefix("Reports on ")) && line.features.endsPeriod
            && (lower.contains(" from ") || lower.contains(" based in ") || lower.contains(". previously ")) { return true }
        // "Covers UK retail and consumer sectors.": a short one says the beat alone, a plural noun closing
        // it, with no figure or verb of a sentence ("Covers were lifted off the drains.", "Covers cost $40 each.").
        if line.text.hasPrefix("Covers "), line.features.endsPeriod, line.features.words <= 10, line.features.digits == 0,
           !tellsInThePast(line.text), !lower.contains(" is "), !lower.contains(" are "), !lower.contains(" cost"),
           let last = lower.split(separator: " ").last, last.hasSuffix("s.") {
            return true
        }
        let words = line.text.split(separator: " ", maxSplits: 5)
        // "Marisol Trevino covers weather for the Herald.", "Ruth Ann Okafor covers county government.
        // Reach her at …", "Wei Ming covers shipping in Southeast Asia from Singapore.": a beat and an
        // outlet, an address or where the reporter works, no job word needed.
        // ("Tomás Alvarez covers education. Priya Raman is a Sentinel staff photographer": a second note.)
        // ("Karen Briere has covered agriculture in Saskatchewan for The Western Producer since 1995.": the
        // beat in the present perfect, under the card's name.)
        let covers = words.indices.first { k in
            words[k] == "covers" || words[k] == "reports"
                || (words[k] == "has" && k + 1 < words.count && (words[k + 1] == "covered" || words[k + 1] == "reported"))
        }
        // (The present perfect only with the outlet or the years: not "Grace Wanjiru has reported the
        // threats to police for investigation.")
        let perfect = covers.map { words[$0] == "has" } ?? false
        if let verb = covers, verb >= 2, verb <= 4, line.features.words <= 25,
           !perfect || line.text.contains(" for The ") || lower.contains(" since 1") || lower.contains(" since 2"),
           lower.contains(" for ") || lower.contains(". reach ") || lower.contains(". contact ") || lower.contains(". email ")
            || lower.contains(". connect ")
            || (line.features.endsPeriod && (lower.contains(" from ") || lower.contains(" based in ")))
            || (lower.contains(" is a ") && line.text.split(separator: " ").contains { journalistWords.contains($0.lowercased().trimmingCharacters(in: ".,;")) }),
           !line.text.utf8.contains(0x22), BylineParser.bareName(in: words[..<verb].joined(separator: " ")) != nil {
            return true
        }
        // "Brandt covers the Northern Plains for The Associated Press, based in Billings.", "Helen
        // reports on white-collar crime from Boston. She previously covered …": one name and a beat.
        // A reporter's given name alone needs no more ("Aishwarya reports on the U.S. consumer and
        // retail sectors."): a story names its people by their surnames.
        if words.count > 2, words[0].first?.isUppercase == true, words[0].allSatisfy(\.isLetter), !line.text.utf8.contains(0x22),
           words[1] == "covers" || (words[1] == "reports" && words[2] == "on"),
           lower.contains(" for ") || lower.contains(" from ") || lower.contains(" based in ") || BylineParser.isGivenName(String(words[0])) {
            return true
        }
        guard let verb = words.firstIndex(where: { $0 == "is" || $0 == "was" || $0 == "writes" }), verb >= 2, verb <= 4 else { return false }
        guard BylineParser.bareName(in: words[..<verb].joined(separator: " ")) != nil else { return false }
        // "… is an urban planner. She writes on cities and transport." / "… is the author of …"
        if lower.contains(". he writes ") || lower.contains(". she writes ") || lower.contains(". they write ")
            || lower.contains(" is the author of ") { return true }
        return line.text.split(separator: " ").contains { journalistWords.contains($0.lowercased().trimmingCharacters(in: ".,;")) }
    }

    /// Whether the line is a note about one of `reporters`, the byline's full names: it opens with
    /// the name and a verb of a note ("Rachel Kessler covers the Federal Reserve …", "Ini Ekott is
    /// the Chief Operating Officer of Premium Times."), quotes no one, and runs at most sixty words.
    static func isNote(_ line: ArticleLine, byOneOf reporters: [String]) -> Bool {
        guard !reporters.isEmpty, line.features.words <= 60, !line.text.utf8.contains(0x22), !line.text.contains("\u{201C}") else { return false }
        return reporters.contains { name in
            guard line.text.hasPrefix(name + " ") else { return false }
            let verb = line.text.dropFirst(name.count + 1).prefix { $0 != " " }
            return noteVerbs.contains(String(verb))
        }
    }

    /// Verbs that open a note about a reporter after the name.
    private static let noteVerbs: Set<String> = ["is", "was", "covers", "reports", "writes", "has", "joined", "previously", "holds"]

    /// Posts that an author's closing biography names (`Jane Roe is a senior fellow at the
    /// Brookings Institution.`), beyond the journalist words.
    static let biographyPosts: Set<String> = ["fellow", "professor", "lecturer", "researcher", "director", "founder", "president",
                                              "chair", "analyst", "economist", "scholar", "partner", "adviser", "advisor",
                                              "historian", "scientist", "commentator", "bureau"]

    /// Whether the line is the closing biography of an opinion piece's author (see `biographyAuthor`).
    static func isAuthorBiography(_ line: ArticleLine) -> Bool { biographyAuthor(line) != nil }

    /// The author that the biography `line` names (see `biographyAuthor(_:_:)`), or nil.
    static func biographyAuthor(_ line: ArticleLine) -> String? { biographyAuthor(line.text, line.features) }

    /// The author that the line `text`, if a biography, names (see `biographyAuthor(_:_:)`); its
    /// shape is read only when it says " is ".
    static func biographyAuthor(in text: String) -> String? {
        guard text.containsBytes(of: " is ") else { return nil }
        return biographyAuthor(text, LineFeatures(text))
    }

    /// The posts of a newsroom's writers, by which a biography places its journalist "based in" a town.
    private static let reportingPosts: Set<String> = ["writer", "reporter", "correspondent", "journalist", "editor", "columnist"]

    /// The author that a closing biography names: a name, then `is a`/`is an`/`is the`, and a
    /// post (`fellow`, `professor`, a journalist word) held `at`, `of` or `for` somewhere, or an
    /// outlet's (`is The Washington Post’s Beijing bureau chief`), or a journalist's `based in` a
    /// town, in at most sixty words; nil for any other line.
    static func biographyAuthor(_ text: String, _ features: LineFeatures) -> String? {
        guard features.words <= 60, features.startsUppercase, text.containsBytes(of: " is ") else { return nil }
        let words = text.split(separator: " ", maxSplits: 12)
        guard let verb = words.firstIndex(of: "is"), verb >= 2, verb <= 4, verb + 1 < words.count,
              ["a", "an", "the", "The"].contains(words[verb + 1]),
              let name = BylineParser.bareName(in: words[..<verb].joined(separator: " ")) else { return nil }
        let head = text.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        // ("… is The Washington Post’s Beijing bureau chief.": the outlet's, by its possessive.)
        let outletsPost = words[verb + 1] == "The" && (head.contains("’s ") || head.contains("'s "))
        // ("Sipho Dlamini is a science writer based in Johannesburg.": a journalist's post and town.)
        let heldAt = head.contains(" at ") || head.contains(" of ") || head.contains(" for ") || outletsPost
        guard heldAt || head.contains(" based in ") else { return nil }
        let holdsPost = head.split(separator: " ").contains { word in
            let w = String(word).trimmingCharacters(in: .punctuationCharacters)
            // (Based in a town, only a newsroom's post: not "a film producer based in Lagos".)
            return heldAt ? (biographyPosts.contains(w) && (!outletsPost || w == "bureau")) || journalistWords.contains(w)
                          : reportingPosts.contains(w)
        }
        return holdsPost ? name : nil
    }
}
