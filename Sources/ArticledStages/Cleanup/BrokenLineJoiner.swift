/// Mends sentences that the scrape broke across lines or paragraphs: a word split at a
/// hyphen (`EU-` / `China summit`), a paragraph that stops without final punctuation while
/// the next starts in lower case (`This is not a` / `conflict.`), a line that ends on a
/// function word before a number (`more than` / `2 years old`), and hard-wrapped prose.
enum BrokenLineJoiner {
    /// A line this long is never extended further (no paragraph is, and it bounds the work).
    static let maximumLength = 6000

    /// The lines with every broken sentence joined back into one line.
    static func join(_ lines: [ArticleLine]) -> [ArticleLine] {
        var out: [ArticleLine] = []
        out.reserveCapacity(lines.count)
        var lastContent: Int?  // the last line that is not junk
        let widths = wrapWidths(lines)
        var blockSizes = [Int](repeating: 0, count: widths.count)
        for line in lines { blockSizes[line.block] += 1 }
        // The block a link list's label opened ("Related Stories" above its headlines): its
        // lines are headlines, never one wrapped paragraph.
        var linkListBlock = -1
        let narrow = narrowlyWrappedBlocks(lines, widths: widths, sizes: blockSizes)
        var previous: ArticleLine?  // the line before, as the input gave it
        for line in lines {
            let width = widths[line.block]
            defer { previous = line }
            if line.block == linkListBlock {
                out.append(line)
            } else if let before = previous, before.block == linkListBlock {
                out.append(line)  // the paragraph after a link list's last headline does not go on from it
            } else if narrow[line.block], let before = previous, let last = out.last, isForcedBreak(before, before: line, width: width) {
                out[out.count - 1] = last.joined(with: line)  // a phone's narrow column, wrapped word by word
            } else if !line.features.isJunk, let k = lastContent, k < out.count - 1, continues(out[k], with: line, width: width) {
                out[k] = out[k].joined(with: line)  // the sentence resumes after an interruption (an ad)
                continue
            } else if let last = out.last, continues(last, with: line, width: width), !endsTwoLineBlockOpen(line, size: blockSizes[line.block]),
                      !last.features.isJunk || last.features.endsFunctionWord || last.features.endsHyphenatedWord {
                out[out.count - 1] = last.joined(with: line)
            } else if let last = out.last, (isWrapped(last, before: line, width: widths[line.block]) && !endsTwoLineBlockOpen(line, size: blockSizes[line.block]))
                        || (blockSizes[line.block] == 2 && isWrappedHeadline(last, before: line)) {
                out[out.count - 1] = last.joined(with: line)
            } else {
                out.append(line)
            }
            if !out[out.count - 1].features.isJunk { lastContent = out.count - 1 }
            if line.features.words <= 4, !line.features.endsTerminal, !narrow[line.block], ArticleLayout.opensWithLinkWord(line.text) {
                // ("Also Read" alone, a blank line, then its headlines: the next block is the list.)
                linkListBlock = blockSizes[line.block] == 1 ? line.block + 1 : line.block
            }
        }
        return out
    }

    /// Whether the text's first word ends with a colon (`date:`, `by:`), or it opens with a
    /// link's label (`Also Read | …`).
    static func opensWithLabel(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x20 { return previous == 0x3A || LinkLine.opensWithLabel(text) }
            previous = b
        }
        return previous == 0x3A
    }

    /// Which blocks are a narrow column wrapped word by word, as a page copied from a phone's app
    /// is: eight lines or more, at most 50 bytes wide, most of them filling 60 % of it.
    static func narrowlyWrappedBlocks(_ lines: [ArticleLine], widths: [Int], sizes: [Int]) -> [Bool] {
        var full = [Int](repeating: 0, count: widths.count)
        for line in lines where line.text.utf8.count * 10 >= widths[line.block] * 6 { full[line.block] += 1 }
        return widths.indices.map { b in sizes[b] >= 8 && (25...50).contains(widths[b]) && full[b] * 10 >= sizes[b] * 7 }
    }

    /// Whether `line` may be a headline over its standfirst rather than part of a paragraph the
    /// scrape broke anywhere: no sentence ends inside it, and it does not stop on a capitalized
    /// word, which the next line's may go on with (`… the Casco Bay Island Transit` / `District …`).
    static func mayBeHeadline(_ line: ArticleLine) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var lastWordStart: UInt8 = 0
        for b in line.text.utf8 {
            if beforePrevious == 0x2E || beforePrevious == 0x3F || beforePrevious == 0x21, previous == 0x20,
               ASCIIByte.isUpper(b) || b == 0x22 || b >= 0xC0 { return false }
            if previous == 0x20 || previous == 0 { lastWordStart = b }
            beforePrevious = previous
            previous = b
        }
        return !ASCIIByte.isUpper(lastWordStart)
    }

    /// Whether `text` ends on a word that also ends a phrasal verb ("CERT-In steps in", "prices
    /// level off"): a headline may stop there, so a blank line after it ends it.
    static func endsOnParticle(_ text: String) -> Bool {
        guard let last = text.utf8.split(separator: 0x20).last else { return false }
        return particles.contains { $0.elementsEqual(last) }
    }

    /// Whether `text` opens as a sentence of its own does: its first sentence runs four words
    /// or more ("The breach was flagged …", "Protesters demand the church …"), unlike the end of
    /// a sentence cut short ("April. Treasury …").
    static func opensSentence(_ text: String) -> Bool {
        var words = 0
        for word in text.utf8.split(separator: 0x20).prefix(4) {
            words += 1
            if let last = word.last, last == 0x2E || last == 0x21 || last == 0x3F { break }
        }
        return words >= 4
    }

    /// Particles of phrasal verbs, which are function words too.
    private static let particles: [[UInt8]] = ["in", "on", "up", "out", "off", "down", "over", "back", "away", "around", "along", "by"].map { Array($0.utf8) }

    /// Whether the text opens with a web address ("abc.net.au/news/…", "www.example.com").
    static func opensWithAddress(_ text: String) -> Bool {
        let first = text.utf8.prefix { $0 != 0x20 }
        guard first.count >= 6, first.last != 0x2E else { return false }
        if first.contains(0x2F) && first.contains(0x2E) { return true }
        return first.starts(with: "www.".utf8)
    }

    /// Whether `text` holds a small ASCII letter (a line in capitals holds none).
    static func hasSmallLetter(_ text: String) -> Bool { text.utf8.contains(where: ASCIIByte.isLower) }

    /// Whether the line break between `a` and `b` (lines of a column `width` bytes wide)
    /// was forced: `b`'s first word would not have fitted at the end of `a`. A break where it
    /// would have is the end of a paragraph, a headline or a label.
    /// `slack` is the share of the width (in twentieths) a column wrapped by hand or by a
    /// proportional font leaves free; a monospaced text wrapped by a program leaves none.
    static func isForcedBreak(_ a: ArticleLine, before b: ArticleLine, width: Int, slack: Int = 3) -> Bool {
        guard a.block == b.block, !a.isHeading, !b.isHeading, !a.isListItem, !b.isListItem, a.dateline == nil, b.dateline == nil else { return false }
        let firstWord = b.text.utf8.firstIndex(of: 0x20).map { b.text.utf8.distance(from: b.text.utf8.startIndex, to: $0) } ?? b.text.utf8.count
        return (a.text.utf8.count + 1 + firstWord) * 20 > width * (20 - slack)
    }

    /// The longest line (in bytes) of each block: the width a hard-wrapped block was wrapped at.
    static func wrapWidths(_ lines: [ArticleLine]) -> [Int] {
        var widths = [Int](repeating: 0, count: (lines.last?.block ?? 0) + 1)
        for line in lines { widths[line.block] = max(widths[line.block], line.text.utf8.count) }
        return widths
    }

    /// Whether `a` is a hard-wrapped line of running text that `b` goes on with: same block,
    /// no final punctuation, near the block's wrap width (at least 70 % of its longest line,
    /// which is 50 bytes or more), in sentence case, neither line a `field:` nor `b` a byline,
    /// `b` long too or the end of a sentence, and `b`'s first word too long to have fitted on `a`.
    /// A short list's lines stay apart: their
    /// block is narrow. (`"Nothing like this," said` / `Francisco Jiménez, 78, a farmer.`)
    static func isWrapped(_ a: ArticleLine, before b: ArticleLine, width: Int) -> Bool {
        let fa = a.features, length = a.text.utf8.count
        guard a.block == b.block, width >= 50, length >= 40, length * 10 >= width * 7, length <= maximumLength else { return false }
        guard !fa.endsTerminal, !fa.endsColon, fa.words >= 5, fa.titleCaseRatio < 0.5 else { return false }
        guard !a.isHeading, !b.isHeading, !a.isListItem, !b.isListItem, a.dateline == nil, b.dateline == nil else { return false }
        guard !opensWithLabel(a.text), !opensWithLabel(b.text), BylineParser.explicitNames(in: b.text) == nil else { return false }
        // The next line is wrapped too (long), or ends the paragraph's sentence.
        guard b.features.endsTerminal || b.text.utf8.count * 2 >= width else { return false }
        return !fa.credit && !b.features.credit && !fa.isJunk && !b.features.isJunk && b.features.words >= 2
            && (isForcedBreak(a, before: b, width: width, slack: 0) || !mayBeHeadline(a))
    }

    /// Whether `line` is the second of a block of two and stops without final punctuation: a
    /// headline's standfirst under it (`… to seize control of Six Nations` / `Les Bleus run in six
    /// tries as …`), not the end of a paragraph wrapped in two, which would end its sentence.
    static func endsTwoLineBlockOpen(_ line: ArticleLine, size: Int) -> Bool {
        size == 2 && line.features.startsUppercase && !line.features.endsTerminal && !line.features.endsFunctionWord
            && !line.features.endsHyphenatedWord
    }

    /// Whether `a` and `b`, a block of their own, are one Title Case headline wrapped in two
    /// (`Pagalume Launches Instant Pix-to-Portugal Transfers, Cutting Remittance` / `Costs for
    /// Brazilians in Europe by Up to 70%`): a long first line without final punctuation, both
    /// in Title Case, no field, byline, date or credit.
    static func isWrappedHeadline(_ a: ArticleLine, before b: ArticleLine) -> Bool {
        let fa = a.features, fb = b.features
        guard a.block == b.block, a.text.utf8.count >= 55, fa.words >= 7, fb.words >= 3, a.text.utf8.count >= b.text.utf8.count,
              !fa.endsTerminal, !fa.endsColon, fa.titleCaseRatio >= 0.6, fb.titleCaseRatio >= 0.5 else { return false }
        guard !a.isListItem, !b.isListItem, a.dateline == nil, b.dateline == nil, !opensWithLabel(b.text),
              BylineParser.explicitNames(in: b.text) == nil, BylineParser.bareName(in: b.text) == nil,
              // "Home | News | Football | … | More Sports" is a row of links, whatever line follows it.
              NavigationTrail.separatorCount(a.text) < 2,
              // "HOME NEWS IRELAND … PODCASTS" over "The Leinster Echo": one headline keeps one case.
              hasSmallLetter(a.text) == hasSmallLetter(b.text) else { return false }
        return !fa.credit && !fb.credit && !fa.isJunk && !fb.isJunk
    }

    /// Whether `b` continues the sentence that `a` left unfinished; `width` is the widest line of
    /// their block (a wrapped line is at least half as wide).
    static func continues(_ a: ArticleLine, with b: ArticleLine, width: Int) -> Bool {
        let fa = a.features, fb = b.features
        if a.text.utf8.count > maximumLength { return false }  // keeps joining linear on pathological input
        if a.isHeading || b.isHeading || b.isListItem || a.dateline != nil || b.dateline != nil { return false }
        if a.text == b.text { return false }  // a caption given twice (alt text and caption)
        if fa.endsTerminal || fa.endsColon { return false }
        if fa.endsHyphenatedWord && (fb.startsLowercase || fb.startsUppercase) { return true }
        // A lower-case field, byline or handle is not the sentence going on: "by: Jane Doe", "author: Jane Doe", "@janedoe".
        // Nor is a headline opening with a name such as "ePantry" under its kicker ("EARNINGS").
        if fb.startsLowercase && BrandCase.opens(b.text[...]) && !fa.endsFunctionWord { return false }
        // Nor is a copyright line: "(c) 2025 Kyiv Ledger. All rights reserved."
        if fb.startsLowercase {
            // Nor is a link's address: "abc.net.au/news/…" under a caption; nor a menu ("e-Paper |
            // Subscribe | Sign in" under "THE HINDU").
            if NavigationTrail.separatorCount(b.text) >= 2 { return false }
            return b.text.utf8.first != 0x40 && !opensWithAddress(b.text) && !opensWithLabel(b.text) && BylineParser.explicitNames(in: b.text) == nil
                && !b.text.utf8.prefix(4).lazy.map(ASCIIByte.lower).elementsEqual("(c) ".utf8)
        }
        if fa.endsFunctionWord, let first = b.text.utf8.first, ASCIIByte.isDigit(first) { return true }
        // "… free credit monitoring through" / "Clearline Credit Services, and …": a sentence cannot
        // stop on "through", so the name opening the next line of its block goes on with it; so
        // does "January." after "… talks have slowed since". (Not a row of links ending "Sign in"
        // over a shouted masthead.) A paragraph of running text goes on so even past a blank line
        // ("… He said the" / "State's surveillance system had improved.").
        if fa.endsFunctionWord, fb.startsUppercase, fa.words >= 6, !fa.credit, !fb.credit,
           a.block == b.block || (fa.words >= 12 && fa.titleCaseRatio < 0.5 && !(endsOnParticle(a.text) && opensSentence(b.text))),
           NavigationTrail.separatorCount(a.text) < 2, (fb.words >= 2 && fb.lowercaseWords > 0) || (fb.words <= 3 && fb.endsTerminal),
           BylineParser.explicitNames(in: b.text) == nil, !LinkLine.opensWithLabel(b.text) {
            return true
        }
        // "… and the billing software firm" / "Paywise.": a paragraph's last words, wrapped onto a
        // line of their own in its block.
        if a.block == b.block, fa.words >= 12, fa.titleCaseRatio < 0.5, !fa.credit, !fb.credit, fb.endsTerminal, fb.words <= 2,
           !fb.isJunk, BylineParser.explicitNames(in: b.text) == nil {
            return true
        }
        // Hard-wrapped running text: a long sentence-case line continued in the same block by
        // a line that is long too, or ends the sentence. (A sentence-case headline followed by
        // "Written by …" or "Peer-Reviewed Publication" is no wrapped paragraph; nor, in a page
        // scraped one paragraph a line, is a headline far shorter than the block's paragraphs; nor
        // a headline over its standfirst, where the standfirst's first word would have fitted.)
        return a.block == b.block && a.text.utf8.count >= 60 && a.text.utf8.count * 2 >= width && fa.words >= 10 && fa.titleCaseRatio < 0.5
            && !fa.credit && !fb.credit && fb.words >= 2 && (fb.endsTerminal || b.text.utf8.count >= 60)
            && BylineParser.explicitNames(in: b.text) == nil && !LinkLine.opensWithLabel(b.text)
            && (isForcedBreak(a, before: b, width: width, slack: 0) || !mayBeHeadline(a))
    }
}
