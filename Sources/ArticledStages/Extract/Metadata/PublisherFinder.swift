/// Finds the outlet an article names for itself, or nil: a wrong guess is worse than none.
///
/// In order of trust: a `Source:`/`Publisher:` label in the front or back matter, the logo's
/// link or the footer's row of the site's own links, a byline's or a press-release wire's
/// credit, a domain opening the page, the masthead above a saved page's menu, a copyright line (`© 2022 Outlet`) or group footer
/// (`Outlet is a part of …`), then a site's domain in a footer or headline-block line
/// (`outlet.org/contact` → `outlet.org`), skipping social platforms and link shorteners.
enum PublisherFinder {
    /// Labels whose value names the outlet.
    static let labels: Set<String> = ["source", "publisher", "published by", "outlet", "site", "site_name", "site name", "publication"]

    /// Domains that never name a publisher (`meta-platform-domains.txt`).
    static let platforms: Set<String> = Set(ResourceFile.lines("meta-platform-domains.txt").map { $0.lowercased() })

    /// Endings of file names, which look like top-level domains but are not.
    static let fileExtensions: Set<String> = ["pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "html", "htm", "php", "asp", "aspx",
                                              "js", "css", "json", "xml", "mp3", "mp4", "mov", "doc", "docx", "xls", "xlsx", "ppt", "zip", "txt"]

    /// The outlet named by the lines cleanup set aside, or by the wire credit opening the body's
    /// first paragraph (`lead`), or nil. `datelines` marks the front lines that are datelines;
    /// `authors` are the article's writers, whose own copyright (a newsletter's "© 2024 Jane
    /// Doe") names no outlet.
    static func publisher(front: [String], back: [String], lead: String = "", datelines: [Bool]? = nil,
                          authors: [String] = []) -> String? {
        let frontLines = front.filter { !LineFeatures($0).credit }
        let backLines = back.filter { !LineFeatures($0).credit }
        for line in frontLines + backLines { if let name = labelled(line) { return name } }
        if let name = frontLines.prefix(8).lazy.compactMap(homeLinkName).first { return name }
        let pageMasthead = mastheadAboveMenu(front)
        // The site's name opening its footer's links, over a wire's credit in the byline ("TNN").
        if pageMasthead == nil, let name = backLines.lazy.compactMap(footerRowName).first { return name }
        // ("Download The Times of India News App", "Stay updated with the latest news on Times of
        // India.": the footer's blurb that names the site, over the news service's "TNN".)
        let updates = backLines.lazy.compactMap(updatesOutlet).first
        if pageMasthead == nil, let updates { return updates }
        // A page's masthead over its menu names it before a wire's or a news service's credit in
        // the byline ("The Times of India" over "Vignesh Raghunathan / TNN / Updated: …"), but
        // not before the masthead's own longer form ("CBC News" of "Jane Roe · CBC News ·" under "CBC").
        // ("Nation Media Group" under the byline is the group that owns "Nation", no longer form of it.)
        if let name = bylineOutlet(frontLines) ?? datelineOutlet(front, datelines: datelines),
           pageMasthead.map({ (name.hasPrefix($0 + " ") && !isGroupName(name)) || name == $0 }) ?? true { return name }
        // "news.com.au" opening the page: the site's name is its domain.
        // ("Independent.ie": as the page writes it.)
        if let first = frontLines.first, !first.contains(" "), let domain = siteDomain(first), first.lowercased().hasSuffix(domain) {
            guard first.count == domain.count, first.first?.isUppercase == true else { return domain }
            // ("INQUIRER.NET": the name in title case, its domain's ending in small letters; a short
            // name keeps its letters: "BBC.com".)
            guard !first.contains(where: \.isLowercase), let dot = first.firstIndex(of: ".") else { return first }
            let stem = first[..<dot]
            return (stem.count <= 3 ? String(stem) : stem.prefix(1) + stem.dropFirst().lowercased()) + first[dot...].lowercased()
        }
        if let wire = WireCredit.releaseWire(inLead: lead) { return wire }
        // "… Latest News Updates on The Economic Times." under the story, over its owner's copyright.
        if let updates { return updates }
        let owner = ownerOutlet(front: frontLines, back: backLines, authors: authors)
        // A page's masthead over its menu, unless the owner's name is the masthead's shorter form
        // ("Premium Times" of "© Premium Times Services Limited" under "Premium Times Nigeria").
        // Nor when the owner's is its longer form ("The Australian Financial Review" of the logo's
        // "Financial Review").
        if let name = pageMasthead {
            if let owner, name.hasPrefix(owner + " ") || (owner.hasSuffix(" " + name) && owner != "The " + name) { return owner }
            return name
        }
        // "© 2025 Sightline Media Group" under "Rachel Cohen is the Pentagon correspondent for
        // Defense News.": the outlet the reporter's note names, of the group's outlets.
        if let owner, isGroupName(owner), let name = backLines.lazy.compactMap(bioOutlet).first { return name }
        // ("© 2025 HT Digital Streams Ltd." under "… assistant editor with Hindustan Times": the
        // outlet whose initials open the owner's name.)
        if let owner, let initials = owner.split(separator: " ").first,
           let name = backLines.lazy.compactMap(bioOutlet).first(where: { spellsOut($0, letters: String(initials)) }) { return name }
        if let owner { return owner }
        if let name = WireCredit.agency(inLead: lead) ?? WireCredit.agencyLine(front, datelines: datelines) { return name }
        // The page's masthead, its very first line ("THE PRAIRIE DISPATCH", "Interior Ledger").
        if let first = frontLines.first, let name = masthead(first) { return name }
        // A domain: in a short footer line, or alone on a line of the headline block (a headline
        // that names a company's site is not the publisher).
        for line in backLines where line.spaceSeparatedWordCount <= 12 {
            // "© 2025 www.floridatoday.com" under "Florida Today" at the top: the name the domain spells.
            if let domain = siteDomain(line) { return frontLines.prefix(10).first(where: { spellsDomain($0, domain) }) ?? domain }
        }
        for line in frontLines where line.spaceSeparatedWordCount <= 2 {
            if let domain = siteDomain(line) { return domain }
        }
        for line in frontLines { if let domain = leadingDomain(line) { return domain } }
        for line in backLines { if let name = contactedOutlet(line) ?? bioOutlet(line) { return name } }
        // "The Hindu" as the page's very last line, under its copyright.
        if backLines.count >= 2, let last = backLines.last, isTheName(last) { return last }
        return mastheadBesideTitle(frontLines)
    }

    /// The outlet a copyright line or a group footer names, or nil.
    private static func ownerOutlet(front frontLines: [String], back backLines: [String], authors: [String]) -> String? {
        // (A writer's own copyright names no outlet; an agency's that wrote the story names its
        // own page, unless another's names the site that carries it: "© 2025 Yahoo News Network".)
        var agencyOwn: String?
        for line in backLines + frontLines {
            if let name = ownedOutlet(line) { return name }
            guard let holder = copyrightHolder(line) else { continue }
            if authors.contains(holder) {
                if agencyOwn == nil, NamelessByline.names.contains(holder.lowercased()) { agencyOwn = holder }
                continue
            }
            // "© 2025 Northern Chronicle Media Ltd.": the group that owns the outlet; the outlet is
            // the name its own, or the masthead the page opens with ("Aire Valley Gazette").
            // "© Northern Plate Media Ltd" under "NORTHERN PLATE": the line of the page that names
            // the outlet as the group's name begins.
            // ("The Canadian Press" in the byline under "© Canadian Broadcasting Corporation": the
            // agency that wrote the story, no outlet of the group's.)
            let pageLines = frontLines.prefix(10).map { line in
                NamelessByline.names.contains(mastheadPart(line).lowercased()) ? "" : line
            }
            if isGroupName(holder), let name = pageLines.lazy.compactMap({ outletLine($0, of: holder) }).first { return name }
            if isGroupName(holder), let name = pageLines.lazy.compactMap(sectionedMasthead).first { return name }
            // "The Hindu" opening the page, over "© THG PUBLISHING PVT LTD.".
            // ("THE HINDU" under the page's buttons: the name in capitals among the first lines.)
            // ("The Hindu  |  e-Paper  |  Subscribe": the name before the page's links.)
            if isGroupName(holder), let name = pageLines.prefix(6).lazy.map(beforeLinks).map(withoutMenuEntries)
                .map({ $0.contains(where: \.isLowercase) ? $0 : shoutedNameCased($0) }).first(where: isTheName) { return name }
            return outletOfGroup(holder) ?? holder
        }
        return agencyOwn
    }

    /// Whether `line` is two to four capitalized words that spell the name of `domain` without
    /// its spaces ("Florida Today" of "floridatoday.com", "www.floridatoday.com").
    static func spellsDomain(_ line: String, _ domain: String) -> Bool {
        guard !domain.contains(" "), let dot = domain.lastIndex(of: ".") else { return false }
        let label = domain[..<dot].split(separator: ".").last ?? ""
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count), label.count >= 4, words.allSatisfy({ BylineParser.startsUpper($0) && $0.allSatisfy(\.isLetter) }) else { return false }
        return words.joined().lowercased() == label.lowercased()
    }

    /// What `line` says before its first link separator (`|`), without the spaces around it.
    static func beforeLinks(_ line: String) -> String {
        guard let bar = line.firstIndex(of: "|") else { return line }
        return String(line[..<bar]).trimmingCharacters(in: .whitespaces)
    }

    /// The outlet a closing bio names (`Tom Lee is the books editor of The Riverside Review.`), or nil:
    /// the capitalized words after `of`/`for`/`at` that follow a journalist's job word.
    static func bioOutlet(_ line: String) -> String? {
        // Cheap test first: a bio says " of ", " for ", " at " or " with " and is short.
        guard line.utf8.count <= 240, line.containsBytes(of: " of ") || line.containsBytes(of: " for ") || line.containsBytes(of: " at ")
                || line.containsBytes(of: " with ") else { return nil }
        let tokens = line.split(separator: " ")
        guard tokens.count <= 30, let job = tokens.firstIndex(where: { ArticleLayout.journalistWords.contains(String($0.lowercased().trimmingPunctuation)) }) else { return nil }
        // ("assistant editor with Hindustan Times": "with" right after the job and before a name;
        // not "… reporter in partnership with The Texas Tribune", nor "a reporter with a focus on …".)
        guard let preposition = tokens[job...].indices.first(where: { k in
            ["of", "for", "at"].contains(tokens[k])
                || (tokens[k] == "with" && k == job + 1 && k + 1 < tokens.count && BylineParser.startsUpper(tokens[k + 1]))
        }) else { return nil }
        var words: [Substring] = []
        for t in tokens[(preposition + 1)...] {
            let core = t.trimmingPunctuation
            guard BylineParser.startsUpper(core) || (words.isEmpty && core == "the") else { break }
            words.append(words.isEmpty && core == "the" ? "The" : core)
            if core != t && !t.hasSuffix("'s") { break }  // the name ends at its punctuation
        }
        return BylineParser.isOutletName(words) ? words.joined(separator: " ") : nil
    }

    /// An outlet's name as a masthead: two to five capitalized words ending with an outlet word,
    /// in title case when the page shouts it, without a page number after it ("Page A3").
    static func masthead(_ line: String) -> String? {
        var words = line.split(separator: " ")
        if words.count >= 3, words[words.count - 2].lowercased() == "page" { words.removeLast(2) }
        guard (2...5).contains(words.count), let last = words.last,
              MetadataVocabulary.shared.isOutletWord(last),
              words.allSatisfy({ BylineParser.startsUpper($0) && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }),
              // "World News", "Local News", "Top News": a section's label, not an outlet.
              !words.allSatisfy({ NavigationRow.sectionWords.contains($0.lowercased()) }),
              // ("LIVE TV", "WATCH LIVE": a menu's link.)
              !["top", "latest", "breaking", "trending", "featured", "more", "live", "watch", "listen"].contains(words[0].lowercased())
        else { return nil }
        let name = words.joined(separator: " ")
        return name == name.uppercased() ? shoutedNameCased(name) : name
    }

    /// An outlet's name the page writes in capitals, in title case but for the short initials in
    /// it ("ABC NEWS" → "ABC News", "THE SUN" → "The Sun").
    static func shoutedNameCased(_ name: String) -> String {
        name.split(separator: " ").map { word -> String in
            let letters = word.filter(\.isLetter).count
            if (2...3).contains(letters), !EntityLexicon.shared.table.facts(HashedWordTable.hash(word.lowercased())).contains(.common) {
                return String(word)
            }
            return BylineParser.titleCased(String(word))
        }.joined(separator: " ")
    }

    /// An outlet's name alone on a line near the headline (`The Independent`, `The Daily Courier`):
    /// `The`, then capitalized words ending with an outlet word; or nil.
    static func mastheadBesideTitle(_ front: [String]) -> String? {
        for line in front.prefix(6) where line.hasPrefix("The ") {
            let words = line.split(separator: " ")
            guard words.count >= 2, words.first == "The", !LineFeatures(line).endsTerminal, BylineParser.isOutletName(words),
                  let last = words.last, MetadataVocabulary.shared.isOutletWord(last) else { continue }
            return line
        }
        // "The Hindu", "The Punch": a page's very first line above the headline.
        if front.count >= 3, let first = front.first, isTheName(first) { return first }
        return nil
    }

    /// Whether the line is "The" and one or two capitalized words that name no section
    /// ("The Hindu", not "The Latest News"): a masthead when it opens or closes the page.
    static func isTheName(_ line: String) -> Bool {
        guard line.hasPrefix("The ") else { return false }
        let words = line.split(separator: " ")
        return (2...3).contains(words.count)
            && !words.dropFirst().contains(where: { NavigationRow.sectionWords.contains($0.lowercased()) || columnWords.contains($0.lowercased()) })
            && words.allSatisfy({ BylineParser.startsUpper($0) && $0.allSatisfy(\.isLetter) })
    }

    /// Words of a column's or format's label ("The Latest", "The Big Read", "The Briefing").
    private static let columnWords: Set<String> = ["latest", "big", "read", "briefing", "explainer", "interview", "essay",
                                                   "view", "week", "debate", "long", "daily", "podcast", "recap", "verdict"]

    /// The outlet a byline credits (`By Jane Doe, CNN`) or names on the line below it (`BBC News`).
    static func bylineOutlet(_ front: [String]) -> String? {
        for line in front where line.containsBytes(of: " | ") && BylineParser.explicitNames(in: line) == nil && BylineParser.bareName(in: line) != nil {
            // "Jane Doe | Reuters": an outlet or agency after the name; not a row of the site's
            // sections ("NORTHSEA MARKETS | Markets | Deals | Europe | My News").
            let parts = line.split(separator: "|")
            guard parts.count <= 3 else { continue }
            for part in parts.dropFirst() {
                let words = part.split(separator: " ")
                if BylineParser.isOutletName(words) || (words.count == 1 && WireCredit.agencies.contains(words[0].lowercased())) {
                    return words.joined(separator: " ")
                }
            }
        }
        for line in front where line.containsBytes(of: " by ") && BylineParser.explicitNames(in: line) == nil {
            // "Sunday 12 November 2023 by Lena Schwarz, DW": the byline inside a dateline.
            if let by = line.firstRange(ofASCII: " by "), let name = BylineParser.outlet(in: "By " + line[by.upperBound...]) { return name }
        }
        // "Jordan Hale" / "Columbus Dispatch" / "Published 5:12 p.m. ET …": the outlet between the
        // names and the date.
        for i in front.indices.dropFirst().dropLast() where front[i].spaceSeparatedWordCount <= 5 {
            guard let last = front[i].last, last != ".", last != "!", last != "?",
                  BylineParser.isOutletName(front[i].split(separator: " ")), PublicationDateFinder.dateline(front[i + 1]) != nil,
                  PublicationDateFinder.dateline(front[i]) == nil else { continue }
            if BylineParser.bareNames(in: front[i - 1]) != nil || BylineParser.bareName(in: front[i - 1]) != nil {
                // The masthead's fuller form, when the page shows it ("The Columbus Dispatch").
                return front.first { $0 == "The " + front[i] } ?? front[i]
            }
        }
        for (i, line) in front.enumerated() where BylineParser.explicitNames(in: line) != nil {
            if let name = BylineParser.outlet(in: line) { return name }
            guard i + 1 < front.count else { continue }
            let next = front[i + 1]
            let words = next.split(separator: " ")
            // "Register Staff", "Herald Staff Writer": a job at an outlet named in short, not its name.
            if words.contains(where: { $0.lowercased() == "staff" }) { continue }
            guard !LineFeatures(next).endsTerminal else { continue }
            // "Education Writer, Nation Media Group": the writer's job, then where they hold it.
            if let comma = next.firstRange(ofASCII: ", ") {
                let job = next[..<comma.lowerBound].split(separator: " "), place = next[comma.upperBound...].split(separator: " ")
                if job.contains(where: isJournalistWord), BylineParser.isOutletName(place) { return place.joined(separator: " ") }
            }
            if !words.contains(where: isJournalistWord), BylineParser.isOutletName(words) { return next }
        }
        return nil
    }

    /// Whether `word` names a journalist's job, in the singular or plural ("Writer", "Writers,").
    private static func isJournalistWord(_ word: Substring) -> Bool {
        var w = word.lowercased()
        while w.last == "," || w.last == ";" { w.removeLast() }
        return ArticleLayout.isJournalistWord(w)
    }

    /// The outlet a dateline names in one of its parts (`November 5, 2023 / 8:30 AM / CBS News`), or nil.
    static func datelineOutlet(_ front: [String], datelines: [Bool]?) -> String? {
        let marks = datelines ?? PublicationDateFinder.datelines(front).map { $0 != nil }
        for (i, line) in front.enumerated() where i < marks.count && marks[i] {
            let parts = line.split(whereSeparator: { $0 == "/" || $0 == "|" || $0 == "•" || $0 == "·" }).dropFirst()
            for part in parts {
                let words = part.split(separator: " ")
                if !words.contains(where: { $0.contains(where: \.isNumber) }), BylineParser.isOutletName(words) { return words.joined(separator: " ") }
            }
        }
        return nil
    }

    /// The value of a `Source: X` label in `line` (up to the next label), if it reads as a name.
    static func labelled(_ line: String) -> String? {
        guard line.utf8.contains(0x3A) else { return nil }
        let tokens = line.split(separator: " ")
        for (i, t) in tokens.enumerated() where t.hasSuffix(":") {
            let label = t.dropLast().lowercased()
            guard labels.contains(label) else { continue }
            var value: [Substring] = []
            for v in tokens[(i + 1)...] {
                if v.hasSuffix(":") || v == "|" || v == "•" || v == "—" { break }
                // "Source: Al Jazeera and news agencies", "Source: Reuters, AFP": the first outlet named.
                if !value.isEmpty && (v == "and" || v == "&" || v == "with") { break }
                if v.hasSuffix(",") || v.hasSuffix(";") { value.append(v.dropLast()); break }
                value.append(v)
            }
            return name(value)
        }
        return nil
    }

    /// `name` without the staff words a byline puts after the outlet ("Sacramento Ledger Staff
    /// Writers" → "Sacramento Ledger"), when an outlet's name remains.
    static func withoutStaffWords(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 2, let last = words.last, staffWords.contains(last.lowercased()) { words.removeLast() }
        guard words.count < name.split(separator: " ").count, BylineParser.isOutletName(words) else { return name }
        return words.joined(separator: " ")
    }

    /// Words of a byline's "Staff Writers", "Staff Reporter".
    static let staffWords: Set<String> = ["staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents"]

    /// The holder of a copyright line (`© 2022 Outlet Ltd. All rights reserved.`), if it reads as a name.
    static func copyrightHolder(_ line: String) -> String? {
        let head = Array(line.utf8.prefix(9)).map(ASCIIByte.lower)
        // "? The Bengaluru Post Pvt Ltd", "| ? 2025 News24. All rights reserved.": a sign lost as
        // "?" before a company's name or a year.
        // (Cheap test first: a "?" anywhere; most lines are read no further.)
        let parts: [Substring] = line.utf8.contains(0x3F) ? line.split(separator: " ") : []
        let lostAt = parts.indices.first { k in
            parts[k] == "?" && k + 1 < parts.count
                && ((parts[k + 1].count == 4 && parts[k + 1].allSatisfy(\.isNumber) && (parts[k + 1].hasPrefix("19") || parts[k + 1].hasPrefix("20")))
                    || (k == 0 && parts.dropFirst(2).contains { companySuffixes.contains($0.lowercased().trimmingCharacters(in: ".,()")) }))
        }
        let lostSign = lostAt != nil
        // "Nation Media Group ? 2025": the name before the lost sign and its year, read as "… © 2025" is.
        if let k = lostAt, k > 0, k + 2 == parts.count {
            var restored = parts
            restored[k] = "©"
            return copyrightHolder(restored.joined(separator: " "))
        }
        guard hasCopyrightSign(line) || lostSign || head.starts(with: Array("copyright".utf8)) || head.starts(with: Array("(c)".utf8)) else { return nil }
        // A picture's credit under its caption is the photographer's, not the page's.
        if HeadlineFinder.endsWithPictureCredit(line) { return nil }
        var tokens: [Substring] = []
        let words = parts.isEmpty ? line.split(separator: " ") : parts
        // The holder follows the sign ("… you subscribed. · © 2025 Jane Roe · 548 Market Street").
        let sign = lostAt ?? words.firstIndex { $0.hasPrefix("©") || $0.lowercased().hasPrefix("copyright") || $0.lowercased() == "(c)" } ?? 0
        var afterLegalForm = false
        for k in sign..<words.count {
            let t = words[k]
            let l = t.lowercased()
            if l == "©" || l.hasPrefix("copyright") || l == "(c)" || k == lostAt { continue }
            // "The Northern Chronicle Ltd. Registered in England": the legal form ends the name
            // ("Straits Monitor Pte Ltd", "Merlion Press Holdings Ltd. Co." go on with another).
            let isLegalForm = companySuffixes.contains(l.trimmingCharacters(in: ".,()"))
            if afterLegalForm && !isLegalForm { break }
            afterLegalForm = isLegalForm && !tokens.isEmpty
            if l == "all" || l == "rights" || l.hasPrefix("reserved") { break }
            if ["|", "·", "•", "-", "—", "–"].contains(l) { break }
            // "… Media Limited or its affiliated companies": the holder ends before a small word
            // that is no part of a name.
            if !tokens.isEmpty, let first = t.first, first.isLowercase, !["of", "and", "the", "&", "for"].contains(l) { break }
            let core = t.trimmingPunctuation
            if core.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" }) && !core.isEmpty {
                // "© Clydeside Newspapers Ltd 2024. Registered in Scotland": a year after the holder ends it.
                if !tokens.isEmpty { break }
                continue
            }
            tokens.append(t.hasPrefix("©") ? t.dropFirst() : t)
            // "The Batch Brief. You're receiving this…": a full stop ends the holder, unless it ends "Inc." or "Ltd.".
            if t.hasSuffix("."), !isLegalForm { break }
            // "Delta Herald-Tribune, Searcy, Arkansas": a comma ends it, unless a legal form follows
            // ("Dow Jones & Company, Inc.").
            if t.hasSuffix(","), tokens.count > 1, !isLegalForm,
               k + 1 == words.count || !companySuffixes.contains(words[k + 1].lowercased().trimmingCharacters(in: ".,()")) { break }
        }
        // "Become an Insider — Daily Maverick © All rights reserved": the holder before a sign
        // that only rights or a year follow, back to the separator.
        // ("Nation Media Group © 2024": a year alone after the sign.)
        if tokens.isEmpty, sign > 0, words[sign] == "©" {
            let before = words[..<sign].reversed().prefix { !["|", "·", "•", "-", "—", "–"].contains($0) && BylineParser.startsUpper($0) }
            if before.count <= 5 { tokens = before.reversed() }
        }
        return name(tokens)
    }

    /// Words that end the name of a group owning outlets, lower case ("Pennine Media Group",
    /// "Carolina Ledger Publishing", "Clydeside Newspapers").
    static let groupWords: Set<String> = ["media", "group", "publishing", "publications", "publishers", "newspapers", "broadcasting",
                                          "holdings", "communications", "company", "enterprises", "partners", "ventures",
                                          "corporation", "services"]

    /// Whether `name` is a company's that owns outlets rather than an outlet's ("Heartland
    /// Broadcasting Group", not "The Daily Courier").
    static func isGroupName(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return groupWords.contains(last.lowercased())
    }

    /// The outlet a group's name begins with ("Northern Chronicle Media" → "Northern Chronicle",
    /// "The Southern Observer Media Group" → "The Southern Observer"), or nil when what is left
    /// does not end as an outlet's name does ("Pennine Media Group").
    static func outletOfGroup(_ name: String) -> String? {
        guard name.contains(" "), isGroupName(name) else { return nil }
        let words = groupStem(name)
        // "Guardian News & Media": the group's words joined to the outlet's by "&" make one
        // name, which is no outlet's with a part cut off ("Guardian News").
        let all = name.split(separator: " ")
        if words.count < all.count, ["&", "and"].contains(all[words.count].lowercased()) { return nil }
        guard let last = words.last, !groupWords.contains(last.lowercased()), !["network", "agency"].contains(last.lowercased()),
              MetadataVocabulary.shared.isOutletWord(last), BylineParser.isOutletName(words) else { return nil }
        return words.joined(separator: " ")
    }

    /// `line` when it is a short line of capitalized words that begins with the words of group
    /// `holder` before its group words ("Southern Cross News" for "Southern Cross Broadcasting
    /// Corporation"), in title case when the page shouts it; nil otherwise.
    static func outletLine(_ line: String, of holder: String) -> String? {
        // "NORTHERN PLATE · Food & Drink · Restaurants": the name before the page's sections.
        for separator in [" · ", " | ", " — ", " – ", " / "] {
            if let r = line.firstRange(of: separator) { return outletLine(String(line[..<r.lowerBound]), of: holder) }
        }
        let stem = groupStem(holder)
        var words = line.split(separator: " ")
        // "THE DECCAN METRO" for "Deccan Metro Media Pvt. Ltd.": the masthead's article is the outlet's.
        var article: Substring?
        if words.count > 1, words[0].lowercased() == "the", stem.first?.lowercased() != "the" { article = words.removeFirst() }
        guard !stem.isEmpty, (stem.count...(stem.count + 2)).contains(words.count),
              words.allSatisfy({ BylineParser.startsUpper($0) && $0.allSatisfy { $0.isLetter || $0.isNumber } }),
              zip(stem, words).allSatisfy({ $0.lowercased() == $1.lowercased() }),
              // More words are an outlet's ("News"), not an edition's ("Lagos").
              words.dropFirst(stem.count).allSatisfy({ MetadataVocabulary.shared.isOutletWord($0) }) else { return nil }
        guard line == line.uppercased() else { return line }
        // A shouted masthead is named as the group writes it ("ARTNOTES" → "ArtNotes").
        return ((article == nil ? [] : ["The"]) + stem.map(String.init) + words.dropFirst(stem.count).map { BylineParser.titleCased(String($0)) })
            .joined(separator: " ")
    }

    /// The words of a group's name before its group words ("Northern Chronicle" of "Northern
    /// Chronicle Media Ltd"), at least one.
    static func groupStem(_ name: String) -> [Substring] {
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, groupWords.contains(last.lowercased()) || last == "&" { words.removeLast() }
        return words
    }

    /// The part of `line` before its first separator (" · ", " | ", " — ", " – ", " - "):
    /// where a masthead's name stands.
    static func mastheadPart(_ line: String) -> Substring {
        for separator in [" · ", " | ", " — ", " – ", " - "] {
            if let r = line.firstRange(of: separator) { return line[..<r.lowerBound] }
        }
        return line[...]
    }

    /// A masthead line, perhaps with the section after it ("THE NORTHERN CHRONICLE — SPORT",
    /// "Aire Valley Gazette").
    static func sectionedMasthead(_ line: String) -> String? {
        for separator in [" — ", " – ", " - ", " | "] {
            if let r = line.firstRange(of: separator) { return masthead(String(line[..<r.lowerBound])) }
        }
        return masthead(line)
    }

    /// Legal forms after a company's name, lower case, without periods at the ends.
    static let companySuffixes: Set<String> = ["ltd", "limited", "inc", "llc", "plc", "corp", "pvt", "pty", "gmbh", "ag", "sa",
                                               "s.a", "bv", "b.v", "nv", "n.v", "ab", "co", "lp", "llp", "private", "pte", "bhd", "sdn", "as",
                                               "asa", "a/s", "oy", "oyj", "spa", "s.p.a", "srl", "s.r.l", "sl", "s.l", "sas", "sarl",
                                               "se", "kg", "kk", "dac", "clg", "cic", "cio", "pllc", "ltda", "lda"]

    /// The outlet a footer says belongs to a group (`Variety is a part of Penske Media
    /// Corporation.`, `The Courier is owned by …`), or nil: the capitalized words before it.
    static func ownedOutlet(_ line: String) -> String? {
        guard line.utf8.count <= 200, line.containsBytes(of: " is ") else { return nil }
        let phrases: [StaticString] = [" is a part of ", " is part of ", " is owned by ", " is published by ", " is a division of "]
        for phrase in phrases {
            guard let r = line.firstRange(ofASCII: phrase) else { continue }
            let words = line[..<r.lowerBound].split(separator: " ")
            guard (1...5).contains(words.count), words.allSatisfy({ BylineParser.startsUpper($0) || $0 == "of" }),
                  BylineParser.startsUpper(words[0]), line[r.upperBound...].first?.isUppercase == true else { return nil }
            return name(words)
        }
        return nil
    }

    /// Whether the line holds `©` (C2 A9).
    static func hasCopyrightSign(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for b in line.utf8 {
            if previous == 0xC2 && b == 0xA9 { return true }
            previous = b
        }
        return false
    }

    /// The outlet a contact footer names by its acronym (`To contact the ABC and … visit:` → `ABC`).
    static func contactedOutlet(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard words.count <= 20, words.contains(where: { $0.lowercased().hasPrefix("contact") }),
              line.hasSuffix(":") || words.contains(where: { $0.lowercased().hasPrefix("visit") }) else { return nil }
        for (i, w) in words.enumerated() where i > 0 && words[i - 1].lowercased() == "the" {
            let core = w.trimmingPunctuation
            if (2...6).contains(core.count), core.allSatisfy({ $0.isUppercase && $0.isLetter }) { return String(core) }
        }
        return nil
    }

    /// A site's domain written in `line` (`outlet.org/contact`, `www.outlet.co.uk`), lower case, without `www.`.
    static func siteDomain(_ line: String) -> String? {
        guard line.utf8.contains(0x2E) else { return nil }
        for raw in line.split(separator: " ") {
            var t = Substring(raw.lowercased())
            for prefix in ["https://", "http://"] where t.hasPrefix(prefix) { t = t.dropFirst(prefix.count) }
            if let at = t.lastIndex(of: "@") { t = t[t.index(after: at)...] }
            if let slash = t.firstIndex(of: "/") { t = t[..<slash] }
            t = t.trimmingPunctuation
            if t.hasPrefix("www.") { t = t.dropFirst(4) }
            let parts = t.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
                  let tld = parts.last, tld.count >= 2, tld.count <= 6, tld.allSatisfy(\.isLetter),
                  !fileExtensions.contains(String(tld)), parts[parts.count - 2].contains(where: \.isLetter) else { continue }
            let domain = String(t)
            if platforms.contains(domain) || platforms.contains(parts.suffix(2).joined(separator: ".")) { continue }
            return domain
        }
        return nil
    }

    /// The site's domain opening a headline-block line before a separator
    /// (`OUTLET.COM | Last updated on Jan 5, 2024`), or nil.
    static func leadingDomain(_ line: String) -> String? {
        let tokens = line.split(separator: " ", maxSplits: 2)
        guard tokens.count >= 2, ["|", "-", "—", "–", "•", "·"].contains(tokens[1]) else { return nil }
        return siteDomain(String(tokens[0]))
    }

    /// Words that read as an outlet's name (1–6 words, starting with a capital), trimmed.
    /// Its legal form is left out ("The Delhi Herald Pvt Ltd" → "The Delhi Herald").
    private static func name(_ tokens: [Substring]) -> String? {
        var tokens = tokens
        // "Bennett, Coleman & Co. Ltd.": the legal forms, and the "&" or "and" left before them.
        while tokens.count > 1, let last = tokens.last,
              companySuffixes.contains(last.lowercased().trimmingCharacters(in: ".,()")) || last == "&" || last == "and" {
            tokens.removeLast()
        }
        guard (1...6).contains(tokens.count) else { return nil }
        let text = tokens.joined(separator: " ").trimmingCharacters(in: " .,;:|-\"'")
        guard let first = text.first, first.isUppercase || first.isNumber else { return nil }
        return text
    }
}
