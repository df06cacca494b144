import ArticledCore

/// Finds the headline, standfirst, byline, date, outlet and language of an article.
///
/// Reads the lines cleanup set aside before and after the body (never the body's own
/// dates or names), the cleaned text for the language, and for HTML pages the `<meta>` tags
/// for what the visible page does not say.
struct MetadataExtractor {
    /// Sets title, subtitle, authors, published, publisher and language of `document`.
    func extract(into document: inout Document) {
        let front = Self.splittingDatedRows(Self.ungluingClocks(document.frontMatter))
        var datelines = PublicationDateFinder.datelines(front)
        Self.dropMastheadDate(&datelines, front: front)
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: document.raw, datelines: datelines)
        // A `title:` field (a Markdown file's front matter) names the headline outright.
        document.title = HeadlineFinder.labelledTitle(front) ?? title
        document.subtitle = subtitle
        document.authors = AuthorFinder.authors(front: front, title: document.title, datelines: datelines)
        if document.authors.isEmpty, document.format == .html { document.authors = AuthorFinder.markedUpAuthors(HTMLByline.lines(document.raw)) }
        if document.authors.isEmpty { document.authors = AuthorFinder.creditedReporters(back: document.backMatter) }
        // "A weekly newsletter on the business of football, by Jamie Fletcher": a tagline's author.
        if document.authors.isEmpty, let name = front.lazy.compactMap(AuthorFinder.taglineAuthor).first { document.authors = [name] }
        // "By AFP", "PTI | Updated: …", "Staff Reporter": the agency or desk that wrote the story, when no reporter is named.
        if document.authors.isEmpty, let nameless = NamelessByline.find(in: front, title: document.title, datelines: datelines.map { $0 != nil }) {
            document.authors = nameless
        }
        document.published = PublicationDateFinder.date(front: front, back: document.backMatter, datelines: datelines)
        // The first paragraph as it was written, with the dateline that credits the agency.
        let lead = document.textWithDateline.prefix { $0 != "\n" }
        document.publisher = PublisherFinder.publisher(front: front, back: document.backMatter, lead: String(lead),
                                                       datelines: datelines.map { $0 != nil }, authors: document.authors)
            .map(PublisherFinder.withoutStaffWords)
        // "he told The Hindu" under "© THG PUBLISHING PVT LTD.", or on a page that shows no name.
        // ("told the Guardian" under "© Guardian News & Media Limited": the outlet the group names first.)
        if let group = document.publisher, PublisherFinder.isGroupName(group), let named = PublisherFinder.groupOutlet(group, namedIn: document.text) {
            document.publisher = named
        } else if document.publisher.map(PublisherFinder.isGroupName) ?? true, let told = PublisherFinder.toldOutlet(in: document.text),
                  document.publisher.map({ PublisherFinder.mayName(told, over: $0) }) ?? true {
            document.publisher = told
        }
        // "WXYZ 7 Action News Detroit" above the headline: the outlet's masthead, not the headline.
        if let title = document.title, let outlet = document.publisher, Self.isMasthead(title, of: outlet),
           let index = front.firstIndex(of: title) {
            var rest = front
            rest.remove(at: index)
            var restDates = datelines
            restDates.remove(at: index)
            let (next, nextSubtitle) = HeadlineFinder.find(front: rest, raw: document.raw, datelines: restDates)
            if let next, next.spaceSeparatedWordCount >= 4 {
                document.title = next
                document.subtitle = nextSubtitle
            }
        }
        document.language = LanguageGuesser.language(of: document.text.isEmpty ? front.joined(separator: " ") : document.text)
        if document.format == .html {
            fillFromMetaTags(&document, showsOnlyUpdate: PublicationDateFinder.showsOnlyUpdate(front: front, back: document.backMatter, datelines: datelines),
                             shownDates: datelines.compactMap { $0 })
        }
        // "the Guardian", as a site's own tag may write it: a name opens with a capital.
        if let outlet = document.publisher, outlet.hasPrefix("the "), outlet.count > 4 { document.publisher = "The" + outlet.dropFirst(3) }
        // A page that gives its headline twice (the <h1> and a teaser above it) has no standfirst in it.
        if let subtitle = document.subtitle, let title = document.title, HeadlineFinder.fold(subtitle) == HeadlineFinder.fold(title) {
            document.subtitle = nil
        }
    }

    /// Leaves out the first dateline when the site's menu follows it, a link a line ("Sunday,
    /// November 23, 2025" / "HOME" / "NEWS" / "Headlines" …), or it stands above the headline
    /// and a dateline under it is earlier, and another dateline comes later: it is today's date
    /// in the masthead, not the article's.
    static func dropMastheadDate(_ datelines: inout [DateParser.Match?], front: [String]) {
        guard let first = datelines.firstIndex(where: { $0 != nil }),
              datelines[(first + 1)...].contains(where: { $0 != nil }) else { return }
        let menu = front[(first + 1)...].prefix { line in
            line.spaceSeparatedWordCount <= 3 && !line.contains(where: { $0.isNumber || $0 == "." || $0 == "," })
        }
        if menu.count >= 4 { datelines[first] = nil; return }
        // "Sunday, 11 August 2024" over the headline, "August 5, 2024 4:17 pm" under it: the day
        // the page was read, then the article's, which no later day can be.
        if let second = datelines[(first + 1)...].firstIndex(where: { $0 != nil }), let a = datelines[first], let b = datelines[second],
           !a.isPublication, !b.isUpdate, a.iso.prefix(10) > b.iso.prefix(10),
           front[(first + 1)..<second].contains(where: { $0.spaceSeparatedWordCount >= 6 }) {
            datelines[first] = nil
        }
    }

    /// Links a site's masthead sets beside today's date, lower case.
    static let pageLinks: Set<String> = ["today's paper", "log in", "login", "sign in", "subscribe", "e-edition",
                                         "my account", "register", "todays paper", "print edition"]

    /// `lines` with a clock glued to the word before it set apart ("Hamish Te Whata08:41, Jul 07
    /// 2025" → "Hamish Te Whata 08:41, Jul 07 2025"): the page's name and time side by side.
    static func ungluingClocks(_ lines: [String]) -> [String] {
        // (Cheap test first: most lines hold no colon.)
        guard lines.contains(where: { $0.utf8.contains(0x3A) }) else { return lines }
        return lines.map { line in
            guard line.utf8.contains(0x3A) else { return line }
            let bytes = Array(line.utf8)
            guard bytes.count <= 120, let colon = bytes.firstIndex(of: 0x3A), colon >= 3 else { return line }
            var start = colon
            while start > 0, ASCIIByte.isDigit(bytes[start - 1]) { start -= 1 }
            guard colon - start >= 1, colon - start <= 2, start > 0, ASCIIByte.isLower(bytes[start - 1]),
                  colon + 2 < bytes.count, ASCIIByte.isDigit(bytes[colon + 1]), ASCIIByte.isDigit(bytes[colon + 2]) else { return line }
            return String(decoding: bytes[..<start], as: UTF8.self) + " " + String(decoding: bytes[start...], as: UTF8.self)
        }
    }

    /// `lines`, with each row of parts that holds a date ("Jane Roe · CBC News · Posted: Oct 17,
    /// 2023 4:05 PM EDT | Last Updated: …"), or two, given as its parts, one a line, so the
    /// byline, the outlet and each date are read as their own line; a masthead's row of today's
    /// date and the site's links is left out.
    static func splittingDatedRows(_ lines: [String]) -> [String] {
        // Cheap test first, on bytes: a `|`, or the last byte of `·` (C2 B7) or `•` (E2 80 A2).
        guard lines.contains(where: { $0.utf8.contains { $0 == 0x7C || $0 == 0xB7 || $0 == 0xA2 } }) else { return lines }
        var out: [String] = []
        out.reserveCapacity(lines.count + 4)
        for line in lines {
            let parts = line.split(separator: " ").split(whereSeparator: { $0 == "·" || $0 == "|" || $0 == "•" })
                .map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
            let dated = parts.count >= 2 && line.spaceSeparatedWordCount <= 40
                ? parts.filter { PublicationDateFinder.dateline($0) != nil }.count : 0
            // "Wednesday, January 10, 2024 · Today's Paper · Log in": the masthead's date is the
            // day the page was read, not the article's; its links are no byline either.
            if dated >= 1, parts.contains(where: { Self.pageLinks.contains($0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")) }) {
                continue
            }
            // "Published On 15 Jan 2025 | Updated: 16 Jan 2025 02:10": each date on its own line.
            if (parts.count >= 3 && dated >= 1) || dated >= 2 {
                out.append(contentsOf: parts)
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// Whether `line` is the masthead of `outlet`: a short line of capitalized words (or
    /// numbers) that names the outlet as a word.
    static func isMasthead(_ line: String, of outlet: String) -> Bool {
        // "PR Newswire: news distribution, targeting and monitoring": the site's name and motto.
        for separator in [": ", " | ", " - ", " – ", " — "] where line.hasPrefix(outlet + separator) { return true }
        let words = line.split(separator: " ")
        // ("The Globe and Mail", "Times of India": small words inside a name.)
        guard words.count <= 6, words.allSatisfy({ BylineParser.startsUpper($0) || $0.allSatisfy(\.isNumber) || PublisherFinder.mastheadSmallWords.contains($0) })
        else { return false }
        let name = outlet.split(separator: " ")
        guard !name.isEmpty, name.count <= words.count else { return false }
        return (0...(words.count - name.count)).contains { words[$0..<($0 + name.count)].elementsEqual(name) }
    }

    /// Fills what the visible page did not say from its `<meta>` tags.
    /// `showsOnlyUpdate`: the visible page dates only its update, so its markup's publication date wins.
    /// `shownDates`: the visible page's datelines, in order.
    private func fillFromMetaTags(_ document: inout Document, showsOnlyUpdate: Bool, shownDates: [DateParser.Match]) {
        let tags = HTMLMetaTags.read(document.raw)
        if !tags.isEmpty { fill(&document, from: tags) }
        // The headline the page marks up (<h1>, <title>, og:title), when the page shows that line,
        // is the headline, whatever line above it looked like one ("WEATHER ALERT: …").
        if let title = document.title {
            let front = document.frontMatter
            var marked = HTMLHeadline.candidates(document.raw) + [tags["og:title"], tags["twitter:title"]].compactMap { $0 }
            // "Cape Breton Tidings - Baddeck ER closures hit record …": a title with the site's name.
            marked += marked.flatMap(HTMLHeadline.parts)
            let shown = marked.lazy.compactMap { candidate -> String? in
                let key = HeadlineFinder.fold(candidate)
                return front.first { HeadlineFinder.fold($0) == key }
            }.first
            if let shown, HeadlineFinder.fold(shown) != HeadlineFinder.fold(title) {
                document.title = shown
                // The line taken for the standfirst was that headline: read the standfirst after it.
                if let subtitle = document.subtitle, HeadlineFinder.fold(subtitle) == HeadlineFinder.fold(shown),
                   let index = front.firstIndex(of: shown) {
                    let after = HeadlineFinder.find(front: Array(front[index...]), raw: document.raw)
                    document.subtitle = after.title.map(HeadlineFinder.fold) == HeadlineFinder.fold(shown) ? after.subtitle : nil
                } else if document.subtitle == nil, let index = front.firstIndex(of: shown), let later = front[(index + 1)...].firstIndex(of: title),
                          later - index <= 2, title.spaceSeparatedWordCount >= 8 {
                    // "The Last Watchers" above "Satellites and cameras now spot most wildfires …": the
                    // line taken for the headline is the standfirst under the short one the page marks up.
                    document.subtitle = title
                }
            }
        }
        // A group that owns the outlet (a copyright holder, "Clydeside Newspapers") names the
        // outlet less well than the page's JSON-LD or its <title> ("… - West of Scotland Observer").
        // So does a shorter form of the name the page marks up ("Carolina Ledger", "The Carolina Ledger"; "CTVNews").
        let article = LinkedDataArticle.read(document.raw)
        let marked = (article?.datePublished ?? tags["article:published_time"]).flatMap { DateParser.find(in: $0) }
        // "Updated: June 6, 2025 14:32 IST" alone on the page: the markup says when it was published.
        if let date = marked, showsOnlyUpdate,
           let shown = document.published, date.iso.prefix(10) <= shown.prefix(10), !shown.hasPrefix(date.iso) {
            document.published = date.iso
        }
        // "Tuesday, November 19, 2024" in the masthead (today's date), "November 18, 2024" over the
        // article, and the markup says the 18th: the date the markup agrees with is the article's.
        if let date = marked, let shown = document.published, shown.prefix(10) != date.iso.prefix(10),
           let agreeing = shownDates.first(where: { !$0.isUpdate && $0.iso.prefix(10) == date.iso.prefix(10) }) {
            document.published = Self.completed(agreeing.iso, by: date.iso)
        }
        if let outlet = article?.publisher ?? document.title.flatMap({ HTMLHeadline.outlet(document.raw, headline: $0) }),
           document.publisher.map({ PublisherFinder.isGroupName($0) || Self.isShortForm($0, of: outlet) }) ?? true {
            document.publisher = outlet
        }
        // What neither the page nor its meta tags said, from its JSON-LD.
        guard document.title == nil || document.authors.isEmpty || document.published.map(Self.lacksZone) != false,
              let article else { return }
        if document.title == nil { document.title = article.headline }
        if document.authors.isEmpty {
            document.authors = article.authors.flatMap { BylineParser.explicitNames(in: "By " + $0) ?? [] }
        }
        if let value = article.datePublished, let date = DateParser.find(in: value) {
            document.published = Self.completed(document.published, by: date.iso)
        }
    }

    /// Whether `name` is `outlet` without its first words ("Carolina Ledger" of "The Carolina Ledger").
    static func isShortForm(_ name: String, of outlet: String) -> Bool {
        let short = HeadlineFinder.fold(name), full = HeadlineFinder.fold(outlet)
        if short != full && full.hasSuffix(" " + short) { return true }
        // "CTVNews" of "CTV News": the name run together, as a site's tag may write it.
        return !short.contains(" ") && full.contains(" ") && short == full.replacingOccurrences(of: " ", with: "")
    }

    /// The publication date: `shown` (from the visible page) unless the page's markup gives
    /// the same moment more fully (a time, a time zone: `2024-03-12T18:45` shown,
    /// `2024-03-12T18:45+00:00` marked up), or nothing was shown.
    /// So does markup that gives, with its time zone, a time within a day's offsets of a time
    /// shown without one (`2025-07-14T15:12` shown in Brisbane, `2025-07-14T05:12:00Z` marked up).
    static func completed(_ shown: String?, by marked: String) -> String {
        guard let shown else { return marked }
        if marked.count > shown.count && marked.hasPrefix(shown) { return marked }
        if lacksZone(shown), !lacksZone(marked), let a = minutes(shown), let b = minutes(marked), abs(a - b) <= 14 * 60,
           !marked.utf8.dropFirst(11).starts(with: "00:00".utf8) {
            return marked
        }
        return shown
    }

    /// Minutes since 1970 of the date and time `YYYY-MM-DDTHH:MM` that `iso` opens with,
    /// its zone ignored; nil without a time.
    private static func minutes(_ iso: String) -> Int? {
        let b = Array(iso.utf8)
        guard b.count >= 16, b[10] == 0x54 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for k in range {
                guard ASCIIByte.isDigit(b[k]) else { return nil }
                n = n * 10 + Int(b[k] - 0x30)
            }
            return n
        }
        guard var y = number(0..<4), let m = number(5..<7), let d = number(8..<10), let h = number(11..<13),
              let mi = number(14..<16) else { return nil }
        // Days from the civil date (the proleptic Gregorian calendar).
        y -= m <= 2 ? 1 : 0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        return days * 1440 + h * 60 + mi
    }

    /// Whether an ISO 8601 date or date-time gives no time zone.
    private static func lacksZone(_ iso: String) -> Bool {
        !iso.utf8.dropFirst(11).contains { $0 == 0x5A || $0 == 0x2B || $0 == 0x2D }
    }

    /// Fills what the visible page did not say from the `<meta>` tags `tags`.
    private func fill(_ document: inout Document, from tags: [String: String]) {
        if document.title == nil, let title = tags["og:title"] ?? tags["twitter:title"], !title.isEmpty { document.title = title }
        if let value = tags["article:published_time"] ?? tags["datepublished"] ?? tags["date"], let date = DateParser.find(in: value) {
            document.published = Self.completed(document.published, by: date.iso)
        }
        // The site's own name is surer than a copyright holder or a domain guessed from the page.
        if let site = tags["og:site_name"], !site.isEmpty { document.publisher = site }
        guard let author = tags["author"] ?? tags["article:author"], !author.contains("/"),
              let names = BylineParser.explicitNames(in: "By " + author), !names.isEmpty else { return }
        if document.authors.isEmpty {
            document.authors = names
        } else {
            // "Aoife Ní Bhriain Western" read from the page, where the reporter's job followed the
            // name ("Western Correspondent"): the name the tag gives ends it.
            document.authors = document.authors.map { shown in names.first { shown.hasPrefix($0 + " ") } ?? shown }
        }
    }
}
