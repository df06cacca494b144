import Foundation

/// Splits an article's lines into what comes before the body (headline, labels, byline,
/// dateline, standfirst, captions), the body's paragraphs, and what follows it (footers).
///
/// Every decision rests on features: where a line is, its length and ending, its case
/// pattern, its boilerplate weight, whether it is a dateline, byline or picture credit,
/// whether it repeats another line, and how it fits the lines around it.
struct ArticleLayout: Sendable {
    /// Lines set aside before the body, in order.
    var front: [String] = []
    /// The body's paragraphs, in order.
    var body: [String] = []
    /// Lines set aside after the body, in order.
    var back: [String] = []

    /// How many of the first lines may hold the headline block.
    static let topWindow = 40

    /// The layout of `lines` (already joined where broken).
    init(lines: [ArticleLine]) {
        let n = lines.count
        guard n > 0 else { return }
        // A box of key points ("Summary", "What you need to know:") is a digest, not the text.
        let keyPoints = KeyPointsBox.marks(lines, window: Self.topWindow)
        // So is a video or audio player's text ("WATCH | …", "Duration 2:14").
        let player = MediaPlayerBlock.marks(lines)
        let gallery = Self.galleryCaptions(lines)
        let pictures = Self.markedPictures(lines)
        // ("Photo shows a crowd gathered outside a terrace house …": a picture described for those who cannot see it.)
        let junk = lines.indices.map { lines[$0].features.isJunk || keyPoints[$0] || player[$0] || gallery[$0] || pictures[$0] }
        let firstContent = junk.firstIndex(of: false) ?? n
        let repeatOf = Self.earlierCopies(lines)
        let caption = Self.captions(lines, repeatOf: repeatOf)
        let byline = Self.bylines(lines)
        let prose = lines.indices.map { i -> Bool in
            let f = lines[i].features
            if junk[i] || caption[i] || byline[i] || lines[i].dateline != nil || lines[i].isHeading { return false }
            // "Subscribe now: $1 for 6 months. Cancel anytime." above the headline is no paragraph of the story.
            if i < Self.topWindow && SalesNotice.matches(lines[i]) { return false }
            if i < Self.topWindow && f.words < 45 && NavigationTrail.isTrail(lines[i].text) { return false }
            // The first line is the headline when it is short and not a plain statement, or in Title Case.
            if i == firstContent && ((f.words <= 25 && !f.endsPeriod) || (f.words <= 20 && f.titleCaseRatio >= 0.6)) { return false }
            // A short lead opening with a wire dateline ("WASHINGTON — Here we go again.") is running text.
            return f.isProse || (f.endsTerminal && f.words >= 4 && WireDateline.opens(lines[i].text))
        }
        /// Whether line `i` is running text (for the footer scan).
        func isProse(_ i: Int) -> Bool { prose[i] }

        // The top: the body starts at the first running text after the last headline-block marker.
        // A standfirst may come before the dateline (one paragraph of running text at most, or
        // two short ones: a headline written as a sentence and its standfirst); a caption counts
        // only before any running text, or after a dateline/byline that followed it.
        var proseSeen = 0
        // Two short paragraphs before a byline are a headline and standfirst only when no other
        // line above them looked like the headline.
        var headlineSeen = false
        var longProseSeen = false
        var lastMarker = -1
        var markerSinceProse = false
        var labelledStandfirst = false
        for i in 0..<min(n, Self.topWindow) where !junk[i] {
            // "Synopsis" over a paragraph: the label and the standfirst it heads are no story yet.
            if labelledStandfirst && isProse(i) {
                lastMarker = i
                labelledStandfirst = false
                continue
            }
            labelledStandfirst = proseSeen == 0 && Self.isStandfirstLabel(lines[i].text)
            if labelledStandfirst {
                lastMarker = i
                continue
            }
            if caption[i] {
                if proseSeen == 0 || markerSinceProse { lastMarker = i }
            } else if lines[i].dateline != nil || byline[i] || (repeatOf[i] != nil && lines[i].features.words <= 25) {
                if proseSeen <= 1 || (proseSeen == 2 && !longProseSeen && !headlineSeen) { lastMarker = i; markerSinceProse = true }
            } else if isProse(i) {
                proseSeen += 1
                if lines[i].features.words > 30 { longProseSeen = true }
                markerSinceProse = false
                if proseSeen > 2 { break }
            } else if proseSeen == 0 && lines[i].features.words >= 4 && NavigationTrail.separatorCount(lines[i].text) < 2
                        && !NavigationTrail.isSectionPath(lines[i].text) {
                headlineSeen = true
            }
        }
        var bodyStart = (lastMarker + 1..<n).first(where: isProse) ?? (lastMarker + 1..<n).first(where: { !junk[$0] }) ?? n
        if bodyStart == firstContent && firstContent < n && n > 1 && !isProse(firstContent) { bodyStart = (firstContent + 1..<n).first(where: isProse) ?? n }

        // "The mayor resigned on Friday." between the headline and the first long paragraph: a
        // short first paragraph of the story, not a standfirst (which runs longer).
        if let k = (lastMarker + 1..<bodyStart).last(where: { !junk[$0] }), k > firstContent, !caption[k], !byline[k],
           lines[k].dateline == nil, !lines[k].isHeading, repeatOf[k] == nil, (3..<8).contains(lines[k].features.words),
           lines[k].features.endsPeriod, lines[k].features.startsUppercase, !TimestampLine.matches(lines[k]),
           !EditorNote.matches(lines[k]), !ReaderPrompt.matches(lines[k]), !HeadlineFinder.isFieldLabelled(lines[k].text) {
            bodyStart = k
        }
        // No running text at all (a list, a poem, a table): the first line heads it, the rest is the body.
        let anyProse = prose.contains(true)
        if !anyProse { bodyStart = min(firstContent + 1, n) }
        // "NAIROBI, Kenya, Jun 5 – Supermarket chain Naivas has announced …" above the byline and the
        // date: the story's lead, not a standfirst (none opens with a dateline).
        let lead = firstContent + 1 < bodyStart
            ? (firstContent + 1..<bodyStart).first { isProse($0) && lines[$0].features.words >= 15 && WireDateline.opens(lines[$0].text) }
            : nil
        let linked = Self.linkListItems(lines)
        // The reporters the byline names, whose note at the foot is no paragraph ("Ini Ekott is the Chief Operating Officer of Premium Times.").
        let reporters = lines.indices.filter { byline[$0] }.flatMap { BylineParser.explicitNames(in: lines[$0].text) ?? [] }
            .filter { $0.utf8.contains(0x20) }
        var bodyEnd = anyProse
            ? Self.footerStart(lines, after: bodyStart, junk: junk, caption: caption, linked: linked, reporters: reporters, isProse: isProse) : n
        // Reader comments below the article, or a press release's closing sections ("About
        // Pagalume", "Media Contact"): they end it at their heading, in its second half.
        // (Not the page's topics between paragraphs: "Suggested Topics:" / "Media & Telecom" over
        // two paragraphs of the story and more.)
        if anyProse, let cut = (bodyStart + (bodyEnd - bodyStart) / 2..<bodyEnd).first(where: { k in
            // ("About Sher-e-Punjab" over three paragraphs that quote people: a subheading of the story.)
            let about = lines[k].text.hasPrefix("About ")
            return CommentSection.isMarker(lines[k]) || (ClosingSection.isHeading(lines[k]) && k + 1 < bodyEnd
                && !((about || ClosingSection.isTopicsHeading(lines[k]))
                     && Self.storyGoesOn(after: k, to: bodyEnd, lines: lines, isProse: isProse, quoting: about)))
        }) {
            // What stands right above the heading is read as a footer too ("Follow us on WhatsApp
            // here." and the author's box above "COMMENTS", "Subscribe to … Prime" above the tags).
            bodyEnd = Self.footerStart(Array(lines[..<cut]), after: bodyStart, junk: Array(junk[..<cut]), caption: Array(caption[..<cut]),
                                       linked: Array(linked[..<cut]), reporters: reporters, isProse: isProse)
        }
        // A dated line of furniture ("Sent on 30 August 2025 · View in browser") still dates the
        // article; a masthead among the navigation ("THE NORTHERN CHRONICLE — SPORT") or the logo's
        // link opening the page ("ABC News Homepage") names it.
        for k in 0..<bodyStart where k != lead && (!junk[k] || (lines[k].features.digits >= 4 && PublicationDateFinder.dateline(lines[k].text) != nil)
            || (k < 3 && PublisherFinder.homeLinkName(lines[k].text) != nil)
            // ("The Hindu  |  e-Paper  |  Subscribe": the name before the page's first links.)
            || (k < 3 && lines[k].text.utf8.contains(0x7C) && PublisherFinder.isTheName(PublisherFinder.beforeLinks(lines[k].text)))
            || (lines[k].features.words <= 8 && lines[k].features.lowercaseWords == 0 && NavigationTrail.separatorCount(lines[k].text) < 2
                && PublisherFinder.sectionedMasthead(lines[k].text) != nil)) {
            front.append(lines[k].text)
        }
        for k in bodyEnd..<n { back.append(lines[k].text) }

        // The middle: drop furniture and stray headlines between paragraphs.
        var kept: [Int] = lead.map { [$0] } ?? []
        var isKept = [Bool](repeating: false, count: n)
        if let lead { isKept[lead] = true }
        var topicsBlock = -1
        for k in bodyStart..<bodyEnd {
            // ("Suggested Topics:" over "Media & Telecom", "Recommended from Editorial" over two headlines,
            // between paragraphs: the page's links.)
            if ClosingSection.isTopicsHeading(lines[k]) {
                topicsBlock = lines[k].block
                continue
            }
            if lines[k].block == topicsBlock && lines[k].features.words <= 16 && !lines[k].features.endsTerminal { continue }
            topicsBlock = -1
            if junk[k] || caption[k] || ReaderPrompt.matches(lines[k]) || TimestampLine.matches(lines[k]) || TimestampLine.isDateStamp(lines[k])
                || EditorNote.matches(lines[k])
                || CommentSection.isMarker(lines[k]) || ClosingSection.isPageNumber(lines[k]) || LinkLine.matches(lines[k])
                || SalesNotice.matches(lines[k]) || linked[k] || PullQuote.matches(lines[k], in: lines, candidates: bodyStart..<bodyEnd)
                || Self.opensPromotion(k, lines: lines, junk: junk, bodyBlock: lines[bodyStart].block) { continue }
            if let earlier = repeatOf[k], earlier < bodyStart || isKept[earlier] { continue }
            kept.append(k)
            isKept[k] = true
        }
        for (index, k) in kept.enumerated() {
            if Self.isStrayHeadline(k, at: index, kept: kept, lines: lines) { continue }
            body.append(lines[k].text)
        }
    }

    /// Where the footer starts: read from the end up to the last line of running text, or
    /// of a list that a colon announced (`The results were:` / `Yes 414` / `No 17`).
    /// `reporters`: the full names the byline gives, whose notes about themselves go with the footer.
    static func footerStart(_ lines: [ArticleLine], after bodyStart: Int, junk: [Bool], caption: [Bool], linked: [Bool],
                            reporters: [String] = [], isProse: (Int) -> Bool) -> Int {
        let listed = announcedListItems(lines, junk: junk)
        // Blocks holding furniture: their other short lines go with it ("Sign up for our
        // newsletter" / "Get the top stories in your inbox.").
        var furnitureBlocks = Set<Int>()
        for (k, line) in lines.enumerated().reversed() where k > bodyStart {
            // An editor's notice ("This story has been updated") goes alone, not its block.
            // ("Have a story? Email us at news@…" too: the site's, not the reporter's story.)
            if (junk[k] && !EditorNote.matches(line)) || line.features.isPromotional || ReporterContact.matches(line) {
                furnitureBlocks.insert(line.block)
            }
            if lines.count - k > 30 { break }
        }
        // A page scraped one paragraph a line, without blank lines, is one block: the body's own
        // lines are no furniture for sharing a block with the page's buttons.
        let bodyBlock = lines.indices.contains(bodyStart) ? lines[bodyStart].block : -1
        var bodyEnd = lines.count
        var i = lines.count - 1
        while i > bodyStart, !listed[i] {
            let f = lines[i].features
            let runningText = isProse(i) || (f.endsTerminal && f.words >= 2)
            // A sentence of furniture words addressed to the reader at the end ("Follow us on Twitter and Facebook for updates.",
            // "Download our app for the latest news.").
            let promotional = f.endsTerminal
                ? f.isPromotional || (f.boilerplate >= 3 && f.boilerplate * 3 >= f.words && lines[i].text.utf8.split(separator: 0x20).contains(where: ReaderPrompt.isReaderWord))
                    || (f.boilerplate >= 2 && ReaderPrompt.opensWithImperative(lines[i].text))
                : f.boilerplate >= 1
            // "How does this make you feel?" above its answer buttons: a poll's question.
            let poll = bodyEnd == i + 1 && i + 1 < lines.count && !isProse(i + 1) && !(lines[i + 1].features.endsTerminal) && f.words <= 10
                && lines[i].text.utf8.last == 0x3F && lines[i].text.utf8.split(separator: 0x20).contains(where: ReaderPrompt.isReaderWord)
            let footer = junk[i] || caption[i] || promotional || !runningText || f.notice || poll || ReaderPrompt.matches(lines[i])
                || (furnitureBlocks.contains(lines[i].block) && f.words <= 25 && (lines[i].block != bodyBlock || !runningText)
                    // ("“Now I see he was working,” she said." above "Have a story? Email us": the story's last lines.)
                    && !(runningText && tellsInThePast(lines[i].text))) || isAuthorNote(lines[i]) || isAuthorBiography(lines[i]) || ClosingSection.isDisclaimer(lines[i])
                || LinkLine.matches(lines[i]) || ReporterContact.matches(lines[i]) || linked[i] || SalesNotice.matches(lines[i])
                || CommentSection.isMarker(lines[i]) || (isCopyrightNotice(lines[i]) && !f.credit) || EditorNote.matches(lines[i])
                || SupportLine.matches(lines[i]) || TimestampLine.isDateStamp(lines[i]) || isStaffCredit(lines[i]) || isPublisherCredit(lines[i])
                || isNote(lines[i], byOneOf: reporters)
            guard footer else { break }
            bodyEnd = i
            i -= 1
        }
        // A copyright notice near the end closes the article: what follows it is the site's; so does
        // a wire story's credit line ("Reporting by Jane Doe; Editing by John Roe").
        // Never over a paragraph: a picture's "© Jane Roe" above the last paragraphs cuts nothing.
        var longestAfter = 0
        // (The last eight lines, and the three above a footer that runs longer.)
        for k in stride(from: lines.count - 1, to: max(bodyStart, min(lines.count - 8, bodyEnd - 4)), by: -1) {
            // (However long the licence's notes after it: "© 2025 GroundUp. This article is licensed under a Creative Commons …")
            let licence = lines[k].text.containsBytes(of: "Creative Commons")
            if k < bodyEnd && (longestAfter <= 25 || licence) && !lines[k].features.credit
                && (isCopyrightNotice(lines[k]) || (bodyEnd - k <= 3 && isStaffCredit(lines[k]))) {
                bodyEnd = k
            }
            longestAfter = max(longestAfter, lines[k].features.words)
        }
        // "($1 = 1,560.0000 naira)" right above the wire's credit goes with it.
        // So does a colleague's credit ("Ashraf Hendricks contributed reporting.") above the copyright.
        while bodyEnd - 1 > bodyStart, bodyEnd < lines.count,
              ClosingSection.isDisclaimer(lines[bodyEnd - 1]) || isAuthorNote(lines[bodyEnd - 1]) || isStaffCredit(lines[bodyEnd - 1]) { bodyEnd -= 1 }
        return bodyEnd
    }

    /// Whether the line labels the standfirst under it, alone ("Synopsis", "Standfirst:").
    static func isStandfirstLabel(_ text: String) -> Bool {
        let key = text.utf8.last == 0x3A ? text.dropLast().lowercased() : text.lowercased()
        return key == "synopsis" || key == "standfirst"
    }

    /// Whether line `k` is the teaser opening a short box of furniture between paragraphs, the
    /// box's next line a promotion ("Add some "good" to your morning and evening." over "A variety
    /// of newsletters you'll love, delivered straight to you." and "Sign up now").
    static func opensPromotion(_ k: Int, lines: [ArticleLine], junk: [Bool], bodyBlock: Int) -> Bool {
        let line = lines[k], f = line.features
        guard line.block != bodyBlock, f.endsTerminal, f.words <= 12, k + 1 < lines.count, lines[k + 1].block == line.block,
              k == 0 || lines[k - 1].block != line.block, junk[k + 1] || lines[k + 1].features.isPromotional else { return false }
        let size = lines[k...].prefix(while: { $0.block == line.block }).count
        return size <= 4 && !tellsInThePast(line.text)
    }

    /// Whether two paragraphs of the story follow line `k` before `end`: running text of fifteen
    /// words or more that no footer rule takes for the reporter's note or credit.
    /// `quoting`: three paragraphs, one of them quoting someone (a press release's boilerplate
    /// about its issuer quotes no one).
    static func storyGoesOn(after k: Int, to end: Int, lines: [ArticleLine], isProse: (Int) -> Bool, quoting: Bool = false) -> Bool {
        var found = 0, quotes = false
        for j in (k + 1)..<end where isProse(j) && lines[j].features.words >= 15 {
            let line = lines[j]
            if isAuthorNote(line) || isAuthorBiography(line) || isStaffCredit(line) || ReaderPrompt.matches(line) || line.features.isPromotional {
                continue
            }
            found += 1
            quotes = quotes || line.text.contains(" said") || line.text.utf8.contains(0x22) || line.text.contains("\u{201C}")
            if found >= (quoting ? 3 : 2) && (quotes || !quoting) { return true }
        }
        return false
    }

    /// Whether the text holds a comma or a full stop followed by a space.
    static func hasInnerPunctuation(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x20 && (previous == 0x2C || previous == 0x2E) { return true }
            previous = b
        }
        return false
    }

    /// Whether the text has a word of past narration that headlines, written in the present, do
    /// without: "said", "told", "had", "was", "were".
    static func tellsInThePast(_ text: String) -> Bool {
        Self.pastNarration.contains { text.contains($0) }
    }

    private static let pastNarration = [" said ", " told ", " had ", " was ", " were "]

    /// Whether the text ends with a closing quotation mark.
    static func endsWithClosingQuote(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "\"" || last == "\u{201D}" || last == "\u{2019}" || last == "\u{BB}"
    }

    /// Lines of a list that a line ending with a colon announced, in the same block, free of
    /// boilerplate. A short announcement (`Key facts:`) counts only for the Markdown list items
    /// right after it, and never when it opens with a word of link
    /// furniture (`Read more:`, `More stories:`, `Most popular:`).
    static func announcedListItems(_ lines: [ArticleLine], junk: [Bool]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        var open = false
        var openShort = false
        for (i, line) in lines.enumerated() {
            let f = line.features
            if i > 0 && lines[i - 1].block != line.block { open = false }
            if openShort && !line.isListItem { openShort = false }
            if (open || (openShort && line.isListItem)) && f.boilerplate == 0 && !junk[i] && !f.endsColon { out[i] = true } else { open = false }
            // ("If you or anyone you know needs help:" announces a support box's numbers, no list of the story's.)
            guard f.endsColon && f.boilerplate == 0 && !junk[i] && !SupportLine.matches(line) else { continue }
            if f.words >= 4 { open = true }
            if f.words >= 2 && !opensWithLinkWord(line.text) { openShort = true }
        }
        return out
    }

    /// Lines of a list of links that a link label announced (`Read more:` / `Related articles`
    /// above `* Why are so many shops closing?`), and the label: list items, or short lines
    /// without a full stop, up to the first other line. The label ends with a colon, is a
    /// heading, or is two words.
    static func linkListItems(_ lines: [ArticleLine]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        var open = false
        var headlines = 0  // items of the list so far, while none is a sentence
        var sentenceSeen = false
        for (i, line) in lines.enumerated() {
            let f = line.features
            // A headline: a list item, or a short line that ends without a full stop. (Items that
            // are sentences, "Aug. 12: Brianna Soto, 22, … charged with retail theft.", are a list
            // of the story's own under "Other arrests".)
            // (But not after two headlines of the same list: "- Opinion: The guarantee is working. Don't break it.")
            let listGoesOn = line.isListItem && !sentenceSeen && headlines >= 2 && lines[i - 1].block == line.block && f.words <= 22
            if open && ((line.isListItem && !(f.endsPeriod && f.words >= 10)) || (f.words <= 22 && !f.endsPeriod) || listGoesOn) && !line.isHeading {
                out[i] = true
                if !out[i - 1] { out[i - 1] = true }  // the label
                headlines += 1
                sentenceSeen = sentenceSeen || f.endsPeriod
                continue
            }
            headlines = 0
            sentenceSeen = false
            // "Most Read from Bloomberg", "More from The Herald": a label naming the outlet.
            let outletLabel = f.words <= 5 && !f.endsTerminal && LinkLine.opensWithOutletLabel(line.text)
            // ("MORE TOP STORIES": a label in capitals, as a heading, that names stories.)
            let shouted = f.words <= 4 && !f.endsTerminal && !line.text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
                && line.text.split(separator: " ").last.map { Self.storyWords.contains($0.lowercased()) } == true
            // ("More on this story": a link list's label, however many words, alone on its line.)
            open = outletLabel || (f.endsColon && f.words <= 4 || line.isHeading && f.words <= 4 || f.words <= 2 && !f.endsTerminal || shouted)
                && opensWithLinkWord(line.text) || LinkLine.isLabel(line.text)
        }
        return out
    }

    /// Words that close a label in capitals over links to stories ("MORE TOP STORIES", "MOST READ").
    static let storyWords: Set<String> = ["stories", "news", "read", "reads", "headlines", "articles", "videos"]

    /// First words of the announcements of link lists (`Read more:`, `See also:`, `Most read:`).
    static let linkListWords: Set<String> = ["read", "more", "see", "also", "watch", "related", "most", "top", "latest", "popular",
                                             "trending", "recommended", "explore", "further", "listen", "follow", "share", "other"]

    /// Announcements of link lists that open with no word of `linkListWords`, lower case.
    static let linkListPhrases: [String] = ["you may also like", "you might also like", "you may like", "you might like",
                                            "we recommend", "recommended for you"]

    /// `linkListPhrases` as bytes.
    private static let linkListPhraseKeys: [[UInt8]] = linkListPhrases.map { Array($0.utf8) }

    /// Whether the line's first word (lower case) is one of `linkListWords`, or the line opens with
    /// one of `linkListPhrases`.
    static func opensWithLinkWord(_ text: String) -> Bool {
        if let b = text.utf8.first, b == 0x59 || b == 0x79 || b == 0x57 || b == 0x77 || b == 0x52 || b == 0x72,  // Y, W, R
           linkListPhraseKeys.contains(where: { key in
               text.utf8.count >= key.count && zip(key, text.utf8).allSatisfy { $0 == ASCIIByte.lower($1) }
           }) {
            return true
        }
        // On bytes, case folded: it runs for every short line.
        let bytes = text.utf8
        var end = bytes.firstIndex(of: 0x20) ?? bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x3A { end = bytes.index(before: end) }
        let first = bytes[..<end]
        return linkListKeys.contains { $0.elementsEqual(first, by: { $0 == ASCIIByte.lower($1) }) }
    }

    /// `linkListWords` as bytes.
    private static let linkListKeys: [[UInt8]] = linkListWords.sorted().map { Array($0.utf8) }

    /// For each line, the index of an earlier line with the same text (case and spacing aside).
    static func earlierCopies(_ lines: [ArticleLine]) -> [Int?] {
        var seen: [UInt64: Int] = [:]
        var out = [Int?](repeating: nil, count: lines.count)
        for (i, line) in lines.enumerated() where line.features.words >= 2 {
            let key = line.features.foldedHash
            if let first = seen[key], lines[first].text.lowercased() == line.text.lowercased() { out[i] = first } else if seen[key] == nil { seen[key] = i }
        }
        return out
    }

    /// Which lines are picture captions or credits: a credit line, a line whose block goes
    /// on with a short credit line, a line under a credit label, and a short line given twice in a row.
    static func captions(_ lines: [ArticleLine], repeatOf: [Int?]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        // A short line twice in a row, in one block, is a picture's text given twice (alt text and
        // caption); a paragraph repeated after a blank line is a duplicate and keeps one copy.
        for (i, earlier) in repeatOf.enumerated() where earlier == i - 1 && lines[i].features.words <= 40
            && lines[i].block == lines[i - 1].block && !lines[i].isHeading && !endsWithClosingQuote(lines[i].text) {
            out[i] = true
            out[i - 1] = true
        }
        // "Aarav Mehrotra plays a prince in Kesar Ki Raat." / "Aarav Mehrotra in a still from Kesar Ki
        // Raat.": a block of two short lines naming the same things is a picture's alt text and caption.
        for i in lines.indices.dropFirst() where lines[i].block == lines[i - 1].block
            && (i + 1 == lines.count || lines[i + 1].block != lines[i].block) && (i < 2 || lines[i - 2].block != lines[i].block)
            && lines[i].features.words <= 20 && lines[i - 1].features.words <= 20 && !lines[i].isHeading && !lines[i - 1].isHeading
            && Self.nameTheSameThings(lines[i - 1].text, lines[i].text) {
            out[i] = true
            out[i - 1] = true
        }
        for (i, line) in lines.enumerated() where line.features.credit && line.features.words <= 50 {
            out[i] = true
            if line.features.words <= 8, !line.features.opensPicture, i > 0, lines[i - 1].block == line.block, lines[i - 1].features.words <= 50,
               !lines[i - 1].isHeading, lines[i - 1].dateline == nil, !lines[i - 1].features.credit {
                out[i - 1] = true  // the caption above its credit
            }
            if line.features.labelOnly, i + 1 < lines.count, lines[i + 1].block == line.block, lines[i + 1].features.words <= 50,
               !lines[i + 1].features.credit, lines[i + 1].dateline == nil {
                out[i + 1] = true  // the caption under its label ("Image caption,")
            }
            // "Photo: RNZ / Mere Tawhiri" over the caption, the two a block of their own; or under
            // the byline's short lines, where no caption stands above it ("Nation Media Group" /
            // "Photo credit: File | Nation Media Group" / "Donkeys carry water containers …").
            if PictureCredit.isLabelledCredit(line.text, line.features), i + 1 < lines.count, lines[i + 1].block == line.block,
               i + 2 == lines.count || lines[i + 2].block != line.block
                || (i > 0 && lines[i - 1].block == line.block && lines[i - 1].features.words <= 6 && !lines[i - 1].features.endsTerminal),
               lines[i + 1].features.words <= 40,
               !lines[i + 1].features.credit, lines[i + 1].dateline == nil, !lines[i + 1].isHeading {
                out[i + 1] = true
            }
        }
        return out
    }

    /// Which lines describe a picture for those who cannot see it ("Photo shows a crowd gathered
    /// outside …"), or mark one in brackets with the caption under it ("[Image: Planes queue for
    /// take-off. Getty Images]" over "Heathrow is already operating at close to full capacity, the
    /// airport says"): furniture wherever they stand, never a standfirst.
    static func markedPictures(_ lines: [ArticleLine]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        for (i, line) in lines.enumerated() where line.features.words <= 50 {
            let text = line.text
            if text.hasPrefix("Photo shows ") || text.hasPrefix("Image shows ") || text.hasPrefix("Picture shows ") { out[i] = true }
            guard text.utf8.last == 0x5D, text.hasPrefix("[Image") || text.hasPrefix("[Photo") || text.hasPrefix("[Picture") else { continue }
            out[i] = true
            if i + 1 < lines.count, lines[i + 1].block == line.block, lines[i + 1].features.words <= 30, !lines[i + 1].features.endsTerminal,
               lines[i + 1].dateline == nil, !lines[i + 1].isHeading {
                out[i + 1] = true
            }
        }
        return out
    }

    /// Whether two short lines share most of their words of four letters or more, two of them
    /// capitalized: the same picture described twice.
    static func nameTheSameThings(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<Substring> {
            Set(s.split(whereSeparator: { !$0.isLetter && $0 != "'" }).filter { $0.count >= 4 })
        }
        let x = words(a), y = words(b)
        let shared = x.intersection(y)
        guard shared.count >= 3, shared.filter({ $0.first?.isUppercase == true }).count >= 2 else { return false }
        return shared.count * 5 >= min(x.count, y.count) * 3
    }

    /// Which lines are a gallery's button and the caption under it ("Open this photo in gallery:"
    /// / "Canada's Mathis Gagnon-Roy reacts … on Wednesday.Christinne Muschi/The Canadian Press"):
    /// furniture wherever they stand, never a standfirst.
    static func galleryCaptions(_ lines: [ArticleLine]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        for (i, line) in lines.enumerated() where line.features.words == 5 && line.features.endsColon
            && line.text.lowercased().hasPrefix("open this photo in gallery") {
            out[i] = true
            if i + 1 < lines.count, lines[i + 1].features.words <= 50, !lines[i + 1].isHeading { out[i + 1] = true }
        }
        return out
    }

    /// Which lines are bylines: explicit ones (`By …`, `Author: …`), and a lone name next to a dateline.
    static func bylines(_ lines: [ArticleLine]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        for i in 0..<min(lines.count, topWindow) where lines[i].features.words <= 40 {
            if namesOverDateRow(lines[i].text) { out[i] = true; continue }
            guard lines[i].features.words <= 16 else {
                // "By Jess Okonkwo-Reyes, a senior reviewer covering e-readers. She has tested …":
                // a byline that goes on into a short bio.
                let text = lines[i].text
                if text.hasPrefix("By "), let comma = text.firstIndex(of: ","),
                   BylineParser.explicitNames(in: String(text[..<comma])) != nil { out[i] = true }
                continue
            }
            if BylineParser.explicitNames(in: lines[i].text) != nil { out[i] = true; continue }
            let besideDate = (i > 0 && lines[i - 1].dateline != nil) || (i + 1 < lines.count && lines[i + 1].dateline != nil)
            // ("Jenny Tan and Ravi Menon (Reuters)": two names.)
            if besideDate, lines[i].dateline == nil,
               BylineParser.bareName(in: lines[i].text) != nil || BylineParser.bareNames(in: lines[i].text) != nil { out[i] = true }
        }
        return out
    }

    /// Whether `text` is a row of parts, the first the reporters' names and a later one a date
    /// ("Aryan Dhaliwal · The Canadian Press · Posted: Jun 03, 2024 4:00 AM EDT | Last Updated: June 3").
    static func namesOverDateRow(_ text: String) -> Bool {
        let parts = AuthorFinder.separatedParts(of: text)
        guard parts.count >= 3, let first = parts.first,
              parts.dropFirst().contains(where: { PublicationDateFinder.dateline($0) != nil }) else { return false }
        return BylineParser.bareName(in: first) != nil || BylineParser.bareNames(in: first) != nil
    }

    /// A short line without final punctuation standing alone between paragraphs: the
    /// headline of a related article, or a heading, but not a list item, not a line that a
    /// colon announced, and not a row of figures.
    static func isStrayHeadline(_ k: Int, at index: Int, kept: [Int], lines: [ArticleLine]) -> Bool {
        let line = lines[k], f = line.features
        guard !f.endsTerminal, !f.endsColon, !line.isListItem, f.words >= 2, f.words <= 25 else { return false }
        guard f.digits * 5 < f.letters else { return false }
        if line.isHeading { return true }  // a subheading the input marked as one, with or without commas
        // A sentence that lost its full stop keeps its commas and quotes; a headline has neither.
        guard !hasInnerPunctuation(line.text), !endsWithClosingQuote(line.text) else { return false }
        // "Bengaluru head coach Lachlan Moore said the franchise had kept faith in him despite a lean":
        // a long line telling in the past what someone said or had done is a paragraph cut short.
        if f.words >= 10 && tellsInThePast(line.text) { return false }
        if index > 0 {
            let previous = lines[kept[index - 1]]
            if previous.features.endsColon { return false }
            if previous.block == line.block && !previous.features.endsTerminal { return false }
        }
        if index + 1 < kept.count {
            let next = lines[kept[index + 1]]
            if next.block == line.block && !next.features.endsTerminal { return false }  // a list
        }
        return true
    }
}
