import Foundation

/// Picks the headline and the standfirst (dek) among the lines before the body.
///
/// Datelines, bylines, picture credits, page furniture and `Label: value` lines are never
/// headlines. A Markdown heading in the input wins; otherwise the first line of at least four
/// words (so a short section label such as "Ukraine" above the headline is passed over), a
/// short headline in sentence case over the one long standfirst ("Biden drops out"), or
/// failing that the first of two or more. The standfirst is the next such line of at least
/// eight words that is not the headline again.
enum HeadlineFinder {
    /// The headline and standfirst of `front`, consulting `raw` for a Markdown heading.
    static func find(front: [String], raw: String, datelines: [DateParser.Match?]? = nil) -> (title: String?, subtitle: String?) {
        let features = front.map(LineFeatures.init)
        let folded = front.map(fold)
        let dates = datelines ?? PublicationDateFinder.datelines(front)
        let all = front.indices.filter { i in
            guard dates[i] == nil, isCandidate(front[i], features[i]), !isNavigationRow(front[i], features[i]) else { return false }
            // A caption: under a credit label ("Image caption,") or above a short credit.
            if i > 0 && features[i - 1].labelOnly { return false }
            // (Or under its credit: "Photo: RNZ / Mere Tawhiri" over "The Manuao, the church's temple …".)
            if i > 0 && PictureCredit.isLabelledCredit(front[i - 1], features[i - 1]) { return false }
            // (Not above a byline that names photographs too: "Words and photographs: Helen Carraway", or
            // names its reporters' agency: "Jenny Tan and Ravi Menon (Reuters)".)
            if i + 1 < front.count && features[i + 1].credit && !features[i + 1].labelOnly && !features[i + 1].opensPicture && features[i + 1].words <= 8
                && BylineParser.explicitNames(in: front[i + 1]) == nil && BylineParser.bareNames(in: front[i + 1]) == nil { return false }
            return true
        }
        // "LIVE: Finance Bill protests - latest updates" over the headline: a link to another page.
        let candidates = all.filter { i in
            !(opensWithLiveLabel(front[i]) && all.contains { $0 > i && $0 <= i + 2 && features[$0].words >= 4 && !opensWithLiveLabel(front[$0]) })
        }
        guard !candidates.isEmpty else { return (nil, nil) }
        var titleIndex: Int?
        if let heading = firstMarkdownHeading(raw) {
            let key = fold(heading)
            titleIndex = candidates.first { folded[$0] == key }
        }
        if titleIndex == nil {  // a headline the page repeats (above and below the dateline)
            titleIndex = candidates.first { i in features[i].words >= 4 && candidates.contains { $0 > i && folded[$0] == folded[i] } }
        }
        // "Biden drops out" over one long standfirst: a short headline written as a sentence, not
        // a section's label (which stands over a headline and its standfirst, or names a year:
        // "Federal election 2025").
        if titleIndex == nil, let first = candidates.first, (2...3).contains(features[first].words), features[first].lowercaseWords >= 1,
           !features[first].endsTerminal, !namesYear(front[first]), candidates.dropFirst().first.map({ features[$0].words >= 8 }) == true,
           candidates.filter({ features[$0].words >= 4 }).count == 1 {
            return (front[first], front[candidates[1]])
        }
        // The headline stands right above the byline or the date, with at most its standfirst
        // between: not a site's motto ("Exclusive news, data and analytics for …") or masthead
        // ("The Times of India") above the navigation.
        // (A line of names counts as the byline beside the date: "Nadia Abdelrahman and Joseph Kamau" / "March 4, 2025".)
        if titleIndex == nil, let signed = front.indices.first(where: { i in
               dates[i] != nil || BylineParser.explicitNames(in: front[i]) != nil
                   || (i + 1 < front.count && dates[i + 1] != nil
                       && (BylineParser.bareNames(in: front[i]) != nil || BylineParser.bareName(in: front[i]) != nil)) }),
           // "Dan Milmo Global technology editor and Kalyeena Makortoff Banking correspondent" over
           // the date: the byline with the reporters' jobs, under the headline's block.
           let above = headlineBlock(above: signed, candidates: candidates, features: features)
               .flatMap({ isBylineWithJobs(front[$0]) ? headlineBlock(above: $0, candidates: candidates, features: features) : $0 }),
           // Not the byline's own name and job ("Chris Halloran Chief Football Writer ·").
           !namesJob(front[above]) {
            // (Not a section's label in capitals over the headline: "Land Use & Biodiversity".)
            // ("Eleanor Whitcombe obituary" over a standfirst of eighteen words or more: a short headline.)
            let short = above > 0 && features[above].words >= 18 && (2...3).contains(features[above - 1].words)
                && !features[above - 1].endsTerminal
            let block = candidates.contains(above - 1) && (features[above - 1].words >= 4 || short) && !endsSentence(front[above - 1], features[above - 1])
                && (features[above - 1].words >= 6 || features[above - 1].lowercaseWords >= 1) ? above - 1 : above
            // Only where something else stands between the first line that could be a headline and
            // that block, or that line is a section's label in capitals ("Land Use & Biodiversity").
            if short && block < above {
                titleIndex = block
            } else if let first = candidates.first(where: { features[$0].words >= 4 }), first < block,
               !(first + 1..<block).allSatisfy({ candidates.contains($0) && features[$0].words >= 4 })
                   || (features[first].words <= 5 && features[first].lowercaseWords == 0)
                   // ("Data and computer security" over a headline and its standfirst: a section's label.)
                   || (features[first].words <= 5 && block < above)
                   // ("Food & drink industry": a section's label of three words and an ampersand.)
                   || (features[first].words == 4 && front[first].split(separator: " ").contains("&")) {
                titleIndex = block
            }
        }
        if titleIndex == nil {
            // A headline seldom ends with a full stop; a standfirst above it does.
            // "Council approves tower" over "The mayor resigned on Friday.": a short first line in
            // sentence case (not a masthead) without a full stop before the first sentence.
            // A line in capitals ("CARBON DESK DAILY | COP29 BAKU") is a masthead when a headline follows it.
            let shouted = { (i: Int) in !front[i].utf8.contains(where: ASCIIByte.isLower) }
            titleIndex = candidates.first { features[$0].words >= 4 && !endsSentence(front[$0], features[$0]) && !shouted($0) }
                ?? candidates.first { features[$0].words >= 4 && !endsSentence(front[$0], features[$0]) }
                ?? candidates.first.flatMap { first in
                    features[first].words >= 2 && features[first].lowercaseWords >= 1 && !features[first].endsTerminal ? first : nil
                }
                ?? candidates.first { features[$0].words >= 4 } ?? candidates.first { features[$0].words >= 2 }
        }
        guard let titleIndex else { return (nil, nil) }
        // Not an author's blurb under the job line ("Contributor" / "I write about energy.").
        let subtitle = candidates.first { $0 > titleIndex && features[$0].words >= 8 && folded[$0] != folded[titleIndex]
            && !($0 > 0 && BylineParser.isRoleLine(front[$0 - 1])) }.map { front[$0] }
        return (withoutKicker(front[titleIndex]), subtitle)
    }

    /// Whether a word of `line` is a year ("Federal election 2025", "Paris 2024").
    private static func namesYear(_ line: String) -> Bool {
        line.split(separator: " ").contains { word in
            word.utf8.count == 4 && word.utf8.allSatisfy(ASCIIByte.isDigit) && (word.hasPrefix("19") || word.hasPrefix("20"))
        }
    }

    /// Whether `line` names a journalist's job ("Global technology editor", "Chief Football
    /// Writer"): a byline, not a headline.
    private static func namesJob(_ line: String) -> Bool {
        line.split(separator: " ").contains(where: { ArticleLayout.journalistWords.contains($0.lowercased()) })
    }

    /// Whether `line` is a byline of names and jobs: it opens with two capitalized words and
    /// names a job ("Dan Milmo Global technology editor and …"; not the headline "Veteran war
    /// correspondent killed in Gaza").
    private static func isBylineWithJobs(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        return words.count >= 3 && BylineParser.startsUpper(words[0]) && BylineParser.startsUpper(words[1]) && namesJob(line)
    }

    /// Whether `line` ends with a full stop that ends a sentence, not an abbreviation's
    /// ("… canola oil near Melville, Sask.", "… in the U.S.", "… to Acme Inc.").
    static func endsSentence(_ line: String, _ f: LineFeatures) -> Bool {
        let words = line.split(separator: " ")
        guard f.endsPeriod, let last = words.last, last.count >= 2 else { return f.endsPeriod }
        let word = String(last.dropLast())
        if word.contains(".") { return false }  // "U.S.", "B.C."
        if abbreviationsAnywhere.contains(word) { return false }
        let afterComma = words.dropLast().last?.hasSuffix(",") == true
        return !(afterComma && (StateAbbreviation.states[word] != nil || provinces.contains(word)))
    }

    /// Abbreviations that close a company's or a person's name.
    private static let abbreviationsAnywhere: Set<String> = ["Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Plc"]

    /// Canada's provinces as its news style abbreviates them after a town ("Melville, Sask.").
    private static let provinces: Set<String> = ["Sask", "Ont", "Que", "Man", "Alta", "Nfld"]

    /// The last line of the headline and its standfirst right above the byline or date at
    /// `signed` (at most one line between), or nil: a line of four words or more without a
    /// full stop, or such a line over its standfirst, with at most a label between them
    /// ("Synopsis", "Summary").
    private static func headlineBlock(above signed: Int, candidates: [Int], features: [LineFeatures]) -> Int? {
        guard let above = candidates.last(where: { $0 < signed }), above + 1 == signed || above + 2 == signed,
              features[above].words >= 4 else { return nil }
        if !features[above].endsPeriod { return above }
        guard let head = candidates.last(where: { $0 < above && features[$0].words >= 4 }), head >= above - 2, !features[head].endsPeriod,
              (head + 1..<above).allSatisfy({ candidates.contains($0) && features[$0].words <= 2 }) else { return nil }
        return head
    }

    /// Whether the line opens with a live page's label ("LIVE:", "Live updates:", "LIVE |").
    static func opensWithLiveLabel(_ line: String) -> Bool {
        guard let first = line.utf8.first, ASCIIByte.lower(first) == 0x6C else { return false }  // cheap test first: "l"
        let head = line.utf8.prefix(14).map(ASCIIByte.lower)
        return ["live:", "live |", "live updates:", "live updates |", "live blog:"].contains { head.starts(with: $0.utf8) }
    }

    /// The headline without a label in capitals that a bar sets before it ("WATCH | Amcu calls
    /// strike …", "OPINION | …"), or the line as it is.
    static func withoutKicker(_ line: String) -> String {
        guard line.utf8.prefix(26).contains(0x7C) else { return line }
        let bytes = Array(line.utf8.prefix(26))
        guard let bar = bytes.firstIndex(of: 0x7C) else { return line }
        var end = bar
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        let label = bytes[..<end]
        guard label.count >= 3, label.allSatisfy({ ASCIIByte.isUpper($0) || $0 == 0x20 }), label.split(separator: 0x20).count <= 2 else { return line }
        let text = String(decoding: line.utf8.dropFirst(bar + 1).drop { $0 == 0x20 }, as: UTF8.self)
        return text.spaceSeparatedWordCount >= 4 ? text : line
    }

    /// Whether the line is a row of two or more short links between bars ("English Edition |
    /// E-Paper", "e-Paper | Subscribe | Sign In").
    static func isLinkRow(_ line: String) -> Bool {
        guard line.utf8.contains(0x7C) else { return false }
        let parts = line.split(separator: "|")
        return parts.count >= 2 && parts.allSatisfy { $0.spaceSeparatedWordCount <= 2 }
    }

    /// Whether a front-matter line may be a headline or standfirst.
    static func isCandidate(_ line: String, _ f: LineFeatures) -> Bool {
        guard f.words >= 1, f.words <= 45, !f.credit, !f.isJunk, !f.endsColon else { return false }
        if f.boilerplate >= 1 && f.words <= 5 { return false }  // navigation: "Skip to main content"
        if line.hasPrefix("<") || line.hasPrefix("‹") { return false }  // an app's bar: "< Back  KWLM 6 News"
        if NavigationTrail.separatorCount(line) >= 2 || isLinkRow(line) { return false }  // breadcrumbs: "Home | News | World"
        if NavigationTrail.isSectionPath(line) { return false }  // "Voices > Thought Leaders", "News › Politics"
        if isFieldLabelled(line) || opensWithBanner(line) { return false }
        if f.isPromotional && f.endsTerminal { return false }  // "You have 3 free articles left. Subscribe now."
        if opensWithDateLabel(line) || PublicationDateFinder.opensWithLifeDate(line) { return false }  // "Last updated 2 hours ago"  // "Tags: Spain, drought", "Source: Reuters"
        if BylineParser.explicitNames(in: line) != nil { return false }
        if endsWithPictureCredit(line) { return false }
        if SalesNotice.matches(line, words: f.words) { return false }  // "Sponsored by Vectorly — Ship apps faster."
        if invitesToFollow(line) { return false }  // "Follow us on WhatsApp | Google News"
        if isPageNotice(line) { return false }  // "This was published 4 months ago", "1 of 3 |"
        // "Ngaio Parata-Walsh is a Wellington-based environment reporter for Stuff.": the author's biography.
        if ArticleLayout.biographyAuthor(line, f) != nil { return false }
        return true
    }

    /// Openings of a page's notices about itself, lower case: its age ("This was published 4
    /// months ago", "This article is more than 5 years old"), a menu's heading for screen
    /// readers ("Navigation for News Categories"), its search box's placeholder, a ticker's or a
    /// row of trending tags' label.
    private static let pageNoticeOpenings: [String] = [
        "this was published ", "this article was published ", "this story was published ", "this article is more than ",
        "this article is over ", "this content is more than ", "navigation for ", "main navigation", "site navigation",
        // A search box's placeholder: "Search to find news, stories, and more".
        "search to find ", "type to search", "type here to search", "enter search", "enter a search", "search this site",
        "search the site", "search articles", "search for articles", "search for news", "search news",
        // A ticker's label over another story: "Breaking News | Naira gains against dollar".
        "breaking news |", "breaking |", "latest news |", "trending |", "just in |",
        // A row of the site's popular tags: "Trending: Budget 2025  IPL Auction  Delhi Elections".
        "trending:", "trending now:", "trending topics:", "trending news:", "hot topics:", "top searches:", "popular searches:",
    ]

    /// `pageNoticeOpenings` as bytes.
    private static let pageNoticeKeys: [[UInt8]] = pageNoticeOpenings.map { Array($0.utf8) }

    /// Whether the line is a notice of the page about itself (see `pageNoticeOpenings`), a live
    /// page's link ("Ukraine war latest: …"), or a picture gallery's counter ("1 of 3 |", "2 of 12").
    static func isPageNotice(_ line: String) -> Bool {
        // "The Guardian - Back to home": the logo's link.
        if PublisherFinder.homeLinkName(line) != nil { return true }
        let bytes = line.utf8
        if pageNoticeKeys.contains(where: { key in
            bytes.count >= key.count && zip(key, bytes).allSatisfy { $0 == ASCIIByte.lower($1) }
        }) { return true }
        // "Part of the USA TODAY Network": the masthead's tagline.
        if bytes.count <= 60, line.hasPrefix("Part of the "), line.lowercased().hasSuffix(" network") { return true }
        // "We use cookies to personalise content and ads. Manage preferences | Accept all".
        if line.containsBytes(of: "uses cookies") || line.containsBytes(of: "use cookies") { return true }
        // "Ukraine war latest: Russia launches 300 drones": a live page's link above the headline.
        if let colon = bytes.prefix(32).firstIndex(of: 0x3A), bytes.distance(from: bytes.startIndex, to: colon) >= 6,
           bytes[..<colon].suffix(6).map(ASCIIByte.lower).elementsEqual("latest".utf8) { return true }
        guard bytes.count <= 12, let first = bytes.first, ASCIIByte.isDigit(first) else { return false }
        let words = line.split(separator: " ")
        return (3...4).contains(words.count) && words[1] == "of" && words[0].allSatisfy(\.isNumber) && words[2].allSatisfy(\.isNumber)
            && (words.count == 3 || words[3] == "|")
    }

    /// Whether the line opens by asking the reader to follow the site ("Follow us on WhatsApp",
    /// "Join us on Telegram", "Find us on Facebook").
    static func invitesToFollow(_ line: String) -> Bool {
        let head = line.utf8.prefix(16).map(ASCIIByte.lower)
        return ["follow us ", "join us ", "find us ", "like us ", "connect with us "].contains { head.starts(with: $0.utf8) }
    }

    /// Words of a copyright notice, which a caption has not ("may be reproduced without permission").
    private static let copyrightWords: Set<String> = ["rights", "reserved", "reproduced", "reproduce", "reproduction", "permission",
                                                      "copyright", "republished", "redistributed", "distributed"]

    /// Whether the line is a caption that closes with its picture's credit in brackets
    /// (`… run its full term. (ABC News: Matt Roberts)`, `(Photo: Jane Doe/AP)`) or after a
    /// copyright sign (`… in Lagos. © Benson Ibeabuchi, AFP`).
    static func endsWithPictureCredit(_ line: String) -> Bool {
        // "Passengers wait at the airport in Lagos. © Benson Ibeabuchi, AFP": a sentence, then a
        // photographer and an agency with no year after the copyright sign (not "… may be
        // reproduced without permission. © Nation Media Group").
        if let sign = line.range(of: "©"), line[..<sign.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix("."),
           line[..<sign.lowerBound].split(separator: " ").count >= 6 {
            let sentence = line[..<sign.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter })
            guard !sentence.contains(where: { Self.copyrightWords.contains(String($0)) }) else { return false }
            let tail = line[sign.upperBound...]
            let credit = tail.split(separator: " ")
            let agency = credit.last.map { NamelessByline.names.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) } ?? false
            return credit.count <= 6 && (tail.contains(",") || tail.contains("/") || agency) && !credit.contains { word in
                let digits = word.filter(\.isNumber)
                return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
            }
        }
        // "… at the County Assembly chambers. [File, Standard]": a credit in square brackets.
        if line.hasSuffix("]"), let open = line.range(of: "[", options: .backwards), open.lowerBound > line.startIndex,
           line[..<open.lowerBound].hasSuffix(". ") {
            return line[open.upperBound...].dropLast().split(separator: " ").count <= 4
        }
        guard line.hasSuffix(")"), let open = line.range(of: "(", options: .backwards) else { return false }
        let credit = line[open.upperBound...].dropLast()
        let words = credit.split(separator: " ")
        // "(PTI photo)", "(KDMW 9 file photo)", "(Photo: Jane Doe/AP)".
        return words.count <= 7 && (credit.contains(": ") || words.last.map { ["photo", "photos", "photograph"].contains($0.lowercased()) } == true)
    }

    /// The value of a `title: …` field (front matter of a Markdown file), unquoted, or nil.
    static func labelledTitle(_ front: [String]) -> String? {
        for line in front where line.utf8.count > 7 {
            guard line.utf8.prefix(6).elementsEqual("title:".utf8, by: { ASCIIByte.lower($0) == $1 }) else { continue }
            let value = line.dropFirst(6).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// Whether the line opens with a site's banner in capitals (`BREAKING NEWS: Follow our live
    /// coverage…`, `WEATHER ALERT: Tornado watch…`), which stands above the page's headline.
    static func opensWithBanner(_ line: String) -> Bool {
        guard let colon = line.utf8.prefix(24).firstIndex(of: 0x3A) else { return false }
        let label = line.utf8[..<colon]
        guard !label.isEmpty, label.allSatisfy({ ASCIIByte.isUpper($0) || $0 == 0x20 }) else { return false }
        let words = label.split(separator: 0x20)
        return words.contains { $0.elementsEqual("ALERT".utf8) || $0.elementsEqual("BREAKING".utf8) }
    }

    /// Whether the line opens like a dateline (`Updated …`, `Published …`, `Last updated …`).
    static func opensWithDateLabel(_ line: String) -> Bool {
        // Cheap test first: the line opens with the first letter of one of the labels.
        guard let b = line.utf8.first, [0x75, 0x70, 0x6D, 0x6C, 0x66].contains(ASCIIByte.lower(b)) else { return false }
        var line = line
        return line.withUTF8 { bytes in
            // The first two words, compared case-folded and without colons at their ends.
            var words = SpaceSeparatedWords(bytes)
            guard let first = words.next().map({ UnsafeBufferPointer(rebasing: bytes[$0]) }) else { return false }
            if isWord(first, "updated") || isWord(first, "published") || isWord(first, "posted") || isWord(first, "modified") {
                return true
            }
            guard isWord(first, "last") || isWord(first, "first"),
                  let second = words.next().map({ UnsafeBufferPointer(rebasing: bytes[$0]) }) else { return false }
            return isWord(second, "updated") || isWord(second, "published") || isWord(second, "modified")
        }
    }

    /// Whether `bytes`, ASCII case folded and without colons at its ends, is the small-letter `word`.
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        var a = 0, b = bytes.count
        while a < b && bytes[a] == 0x3A { a += 1 }
        while b > a && bytes[b - 1] == 0x3A { b -= 1 }
        return ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[a..<b]), word)
    }

    /// Labels of page fields, whose `Label: value` lines are never headlines.
    static let fieldLabels: Set<String> = [
        "author", "authors", "by", "byline", "caption", "category", "categories", "contact", "credit", "date", "email",
        "filed", "follow", "image", "keywords", "listen", "location", "photo", "posted", "published", "read", "related",
        "section", "see", "share", "source", "sources", "tags", "topics", "updated", "video", "watch",
        "title", "subject", "from", "to", "cc", "sent", "site_name", "site", "publisher", "description",
    ]

    /// Whether the line is a page field (`Tags: Spain, drought`): its first word ends with a
    /// colon, and either names a field or heads a value too short for a headline. A headline
    /// with a kicker (`Opinion: Why our cities need more trees`) is not one.
    static func isFieldLabelled(_ line: String) -> Bool {
        guard let firstEnd = line.utf8.firstIndex(of: 0x20) ?? (line.utf8.isEmpty ? nil : line.utf8.endIndex),
              line.utf8[line.utf8.index(before: firstEnd)] == 0x3A else { return false }
        let label = line[..<line.index(before: firstEnd)].lowercased()
        return fieldLabels.contains(label) || line.spaceSeparatedWordCount < 5
    }

    /// Whether the line is a row of section links (`News Sports Business Opinion`): four or more
    /// capitalized words without punctuation, digits or small words, two of them desk words.
    static func isNavigationRow(_ line: String, _ f: LineFeatures) -> Bool {
        if NavigationRow.matches(line) { return true }
        // "Sustainability / Land Use & Biodiversity": a trail of sections.
        if f.words <= 8, !f.endsTerminal, line.containsBytes(of: " / "),
           line.split(separator: "/").allSatisfy({ $0.spaceSeparatedWordCount <= 4 && BylineParser.startsUpper($0.drop { $0 == " " }) }) {
            return true
        }
        guard f.words >= 4, f.lowercaseWords == 0, f.capitalizedWords == f.words, f.digits == 0 else { return false }
        guard !line.utf8.contains(where: { $0 == 0x2C || $0 == 0x2E || $0 == 0x3A || $0 == 0x27 || $0 == 0x22 || $0 >= 0x80 }) else { return false }
        let roles = MetadataVocabulary.shared.roleWords
        return line.split(separator: " ").filter { roles.contains($0.lowercased()) }.count >= 2
    }

    /// The text of the first Markdown heading among the first lines of `raw`, as cleanup renders it.
    /// A section's label in a lower heading (`## Deals`) yields to the page's one top heading
    /// (`# Tulpa Payments soars 31% …`) after it.
    static func firstMarkdownHeading(_ raw: String) -> String? {
        let bytes = raw.utf8.withContiguousStorageIfAvailable { Array($0.prefix(4096)) } ?? Array(raw.utf8.prefix(4096))
        var start = 0
        var lines = 0
        var first: String?
        while start < bytes.count && lines < 40 {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var s = start
            while s < end && bytes[s] == 0x20 { s += 1 }
            if s < end && bytes[s] == 0x23 && !isLinkOnlyHeading(bytes[s..<end]) {
                let stripped = MarkdownStripper.strip(bytes[s..<end])
                if stripped.isHeading {
                    let text = String(decoding: SpaceNormalizer.normalize(MojibakeRepair.repair(stripped.bytes)), as: UTF8.self)
                    let topLevel = s + 1 < end && bytes[s + 1] == 0x20
                    if let first { return topLevel ? text : first }
                    // A short lower heading may be a label: look on for a top one.
                    if topLevel || text.spaceSeparatedWordCount > 3 { return text }
                    first = text
                }
            }
            lines += 1
            start = end + 1
        }
        return first
    }

    /// Whether a Markdown heading is one link and nothing else (`# [The Grid Ledger](https://…)`):
    /// the site's name linking home, not the article's headline.
    static func isLinkOnlyHeading(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop { $0 == 0x23 || $0 == 0x20 }
        var last = text.endIndex
        while last > text.startIndex && text[last - 1] == 0x20 { last -= 1 }
        guard text.first == 0x5B, last > text.startIndex, text[last - 1] == 0x29 else { return false }
        // One "](" joins the text to the address.
        var joins = 0
        var k = text.startIndex
        while k + 1 < last {
            if text[k] == 0x5D && text[k + 1] == 0x28 { joins += 1 }
            k += 1
        }
        return joins == 1
    }

    /// Text folded for comparison: ASCII lower case, single spaces, no double quotation marks (nor `?`, which may be one lost).
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var held = 0  // bytes of a possible curly quotation mark (E2 80 …) held back
        for b in s.utf8 {
            if held == 1 {
                if b == 0x80 { held = 2; continue }
                out.append(0xE2); held = 0
            } else if held == 2 {
                held = 0
                if b == 0x9C || b == 0x9D { continue }  // “ ”: no more than a quotation mark
                out.append(0xE2); out.append(0x80)
            }
            if b == 0xE2 { held = 1; continue }
            if b == 0x20 && (out.isEmpty || out.last == 0x20) { continue }
            // Quotation marks, straight, curly or lost as "?", do not tell two headlines apart.
            if b == 0x22 || b == 0x3F { continue }
            out.append(ASCIIByte.lower(b))
        }
        if held >= 1 { out.append(0xE2) }
        if held == 2 { out.append(0x80) }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Number of space-separated words.
    static func wordCount(_ s: String) -> Int { s.spaceSeparatedWordCount }
}
