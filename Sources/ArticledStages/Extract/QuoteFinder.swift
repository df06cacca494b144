import ArticledCore

/// Finds direct quotations and attributes them to speakers.
///
/// A quotation is text in double quotation marks (straight or curly) or British single ones
/// (‘…’ or '…') of at least four words: shorter ones are scare quotes ("bail out"), unless a
/// speech verb follows them at once ("“Nobody asked us,” he said") or their sentence reports
/// them ("Odhiambo said the society had “serious concerns”"). Parts of one
/// quotation split by a paragraph break or by "he said," are joined. Speakers come from
/// `SpeakerResolver`, named by their entity's fullest name: the attribution around the
/// quotation, else a name in the next sentence or a neighbouring paragraph, else the person its
/// paragraph named last; nil when the text names no one (or an unnamed source).
struct QuoteFinder {
    /// Fewer words than this inside the marks make a scare quote, not a quotation.
    static let minimumWords = 4

    /// The quotations of `text` in text order.
    func quotes(in text: TokenizedText, spans: [QuotationSpan], analysis: EntityAnalysis) -> [Quote] {
        let resolver = SpeakerResolver(text: text, analysis: analysis)
        // The number of each token's paragraph among the paragraphs that have tokens.
        var ordinal = [Int](repeating: 0, count: text.tokens.count)
        var count = -1
        var last: Int32 = -1
        for (i, t) in text.tokens.enumerated() {
            if t.paragraph != last { count += 1; last = t.paragraph }
            ordinal[i] = count
        }
        var out: [Quote] = []
        var previous: (close: Int, paragraph: Int, finding: SpeakerResolver.Finding?)?
        for span in spans {
            let pieces = span.parts.map { ($0.open, $0.close, $0.closed) } + [(span.open, span.close, span.closed)]
            var words = 0
            for (o, c, closed) in pieces {
                let last = closed ? c - 1 : c
                guard last > o else { continue }
                for k in (o + 1)...last where text.tokens[k].kind == .word { words += 1 }
            }
            guard words >= Self.minimumWords || (words > 0 && (isSpokenAtOnce(text, span) || isReportedPhrase(text, span)))
            else { continue }
            if isTitleOfWork(text, span) { continue }
            var texts: [String] = []
            for (o, c, closed) in pieces {
                let last = closed ? c - 1 : c
                if last > o { texts.append(text.text(from: o + 1, to: last)) }
            }
            let quoted = texts.joined(separator: " ")
            let firstOpen = pieces[0].0
            let firstInside = firstOpen + 1
            let paragraph = ordinal[min(firstInside, text.tokens.count - 1)]
            // "“Part one,” he said, “part two.”": one quotation.
            if let prev = previous, prev.paragraph == paragraph, firstOpen - prev.close <= 12,
               startsLowercase(text, firstInside), text.isMark(firstOpen - 1, 0x2C),
               !hasSentenceEnd(text, from: prev.close + 1, to: firstOpen - 1) {
                var merged = out[out.count - 1]
                merged.text += " " + quoted
                out[out.count - 1] = merged
                previous = (span.close, paragraph, prev.finding)
                continue
            }
            let open = pieces[0].0
            var finding = span.closed ? resolver.after(close: span.close, open: open) : nil
            if finding == nil { finding = resolver.before(open: open) }
            if finding == nil, let prev = previous {
                let opensParagraph = open < 0 || text.tokens[open].paragraph != (open > 0 ? text.tokens[open - 1].paragraph : -1)
                if prev.paragraph == paragraph || (opensParagraph && prev.paragraph == paragraph - 1) { finding = prev.finding }
            }
            if finding == nil, let speaker = resolver.lastSpeaker(inParagraphBefore: max(open, 0)) { finding = .person(speaker) }
            // "Putin said:" closing the paragraph before a quotation that has one to itself.
            if finding == nil, open > 0, text.isMark(open - 1, 0x3A), text.tokens[open - 1].paragraph != text.tokens[open].paragraph,
               let speaker = resolver.resolvePronoun(before: open - 1) {
                finding = .person(speaker)
            }
            // A quotation with no attribution of its own: "“…” Goyens said." in its paragraph,
            // else, when it opens its paragraph, the one who spoke in the paragraph before, else
            // the name opening the next paragraph ("“…”\n\nGoyens said…").
            if finding == nil, span.closed {
                let next = span.close + 1
                let sameParagraph = next < text.tokens.count && text.tokens[next].paragraph == text.tokens[span.close].paragraph
                let opensParagraph = open > 0 && text.tokens[open - 1].paragraph != text.tokens[open].paragraph
                if sameParagraph, let p = resolver.speakerOpening(at: next) {
                    finding = .person(p)
                } else if opensParagraph, !sameParagraph {
                    if let p = resolver.lastSpeaker(inParagraphAbove: open) ?? resolver.speakerOpening(at: next)
                        ?? resolver.reportedSpeaker(inParagraphAbove: open) {
                        finding = .person(p)
                    }
                }
            }
            // "Jones was in tears. “I lost everything.”": the person the paragraph named last.
            if finding == nil, let p = resolver.lastPersonNamed(inParagraphBefore: open) { finding = .person(p) }
            // "He added that … “…”": the one the paragraph's opening pronoun stands for.
            if finding == nil, let p = resolver.paragraphOpeningPronoun(before: open) { finding = .person(p) }
            var speaker: String?
            if case .person(let entity)? = finding { speaker = resolver.name(entity) }
            if case .named(let name)? = finding { speaker = name }
            out.append(Quote(text: quoted, speaker: speaker))
            previous = (span.close, paragraph, finding)
        }
        // "“Lives cannot be replaced,” he said": the comma is the sentence's, before its attribution.
        for k in out.indices where out[k].text.hasSuffix(",") { out[k].text.removeLast() }
        return out
    }

    /// Whether a quotation too short to tell from a scare quote is said by someone: a speech
    /// verb and a colon open it ("Bass replied: “Absolutely not.”"), or it ends in a comma,
    /// question or exclamation mark inside its marks and a speech verb comes within the next
    /// four words ("“Nobody asked us,” he said", "“Never!” said Lopez").
    private func isSpokenAtOnce(_ text: TokenizedText, _ span: QuotationSpan) -> Bool {
        guard span.closed, span.parts.isEmpty else { return false }
        // "Bass replied: “Absolutely not.”"
        if text.isMark(span.open - 1, 0x3A), text.isLowercaseWord(span.open - 2, .speechVerb) { return true }
        let close = span.close
        guard close > span.open + 1,
              text.isMark(close - 1, 0x2C) || text.isMark(close - 1, 0x3F) || text.isMark(close - 1, 0x21) else { return false }
        let paragraph = text.tokens[close].paragraph
        var k = close + 1
        while k <= close + 4 && text.isWord(k) && text.tokens[k].paragraph == paragraph {
            if text.isLowercaseWord(k, .speechVerb) { return true }
            k += 1
        }
        return false
    }

    /// Verbs that report words besides the speech verbs: "described the findings as “deeply
    /// concerning”", "branded it “a disgrace”".
    private static let reportingVerbs: WordHashSet = WordHashSet([
        "described", "describes", "describing", "branded", "brands", "labelled", "labeled", "termed", "dubbed",
    ].map { HashedWordTable.hash($0) })

    /// Words that may follow a reported phrase, which it does not describe as a scare quote
    /// describes the noun after it: "“serious concerns” about", "“ready and willing” to".
    private static let clauseLinks: WordHashSet = WordHashSet([
        "about", "to", "by", "for", "over", "in", "on", "with", "after", "and", "but", "because", "as", "when", "if",
        "that", "at", "from", "than", "while", "since", "or", "before", "during", "amid", "despite", "into", "against",
        "towards", "toward", "under", "until", "unless", "so", "though", "although", "where", "which", "who",
        "of", "given", "following",
        // A phrase that is the subject of what follows: "Washington's “illegal restrictions” would not affect …".
        "would", "will", "could", "should", "can", "may", "might", "must", "was", "were", "is", "are", "had", "has", "have",
        // A pronoun after the phrase, its verb's or preposition's object, which no describing word comes
        // before: "“miles behind” its target", "would “vigorously defend” itself". (Not "the": "to “bail out” the bank".)
        "its", "itself", "their", "themselves", "his", "himself", "her", "herself", "them", "him", "it", "our", "my", "your",
    ].map { HashedWordTable.hash($0) })

    /// Whether a short quotation opening in small letters is words someone said, reported in its
    /// sentence: a speech verb stands before it in the same sentence, and it ends a clause ("said
    /// the company was “disappointed”.", "described the vote as “a credit to Samoa's democracy”,",
    /// "said it had “serious concerns” about"). A scare quote stays out: in a sentence with no one
    /// speaking ("the so-called “hybrid” model"), or before the noun it describes ("urged them not
    /// to “bail out” the bank", "its “borderless” partnership").
    private func isReportedPhrase(_ text: TokenizedText, _ span: QuotationSpan) -> Bool {
        guard span.closed, span.parts.isEmpty, span.open >= 0, text.isWord(span.open + 1), !text.tokens[span.open + 1].has(.capitalized),
              !ASCIIByte.isDigit(text.bytes[Int(text.tokens[span.open + 1].start)]) else { return false }
        let next = span.close + 1
        // "called it “reckless.” Thornton…": the quotation ends its own sentence.
        let endsInside = text.isMark(span.close - 1, 0x2E) || text.isMark(span.close - 1, 0x21) || text.isMark(span.close - 1, 0x3F)
        if !endsInside, next < text.tokens.count, text.tokens[next].paragraph == text.tokens[span.close].paragraph {
            if text.tokens[next].kind == .openQuote { return false }
            // ("“significant and prolonged” power outages": two words a speaker joined describe
            // the noun after them in the speaker's words, not as a scare quote.)
            if text.isWord(next) && (text.tokens[next].has(.capitalized) || !Self.clauseLinks.contains(text.lowercaseHash(next)))
                && !joinsTwoWords(text, span) && !isPredicateOrAdverbial(text, span) {
                return false
            }
        }
        let paragraph = text.tokens[span.open].paragraph
        var k = span.open - 1
        while k >= 0 && k >= span.open - 30 && text.tokens[k].paragraph == paragraph {
            let t = text.tokens[k]
            if t.kind == .punctuation && (t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F) && !t.has(.abbreviation) { return false }
            // An earlier quotation of the sentence ("described the cut as “a retrograde step” and said
            // Ireland was “miles behind”") is passed over; one that ended its own sentence ends the search.
            if t.kind == .closeQuote || t.kind == .closeSingleQuote || t.kind == .straightQuote {
                // (A straight mark closes when it follows a word or a mark with no space between;
                // the earlier quotation's opening mark is passed over like a curly one.)
                let at = Int(t.start)
                let opening = t.kind == .straightQuote && (at == 0 || text.bytes[at - 1] == 0x20 || text.bytes[at - 1] == 0x0A)
                if !opening, k > 0, text.tokens[k - 1].kind == .punctuation, [0x2E, 0x21, 0x3F].contains(text.tokens[k - 1].mark) { return false }
            }
            if text.isLowercaseWord(k, .speechVerb) || (t.kind == .word && Self.reportingVerbs.contains(text.lowercaseHash(k))) {
                return true
            }
            // "According to Dr Chepkoech, even a small rise “bites very hard”": the sentence's source.
            // (Not a name for something the source mentions: a “watch list” of 3,400 people.)
            if text.isWord(k, .according), text.isWord(k + 1, .to) { return !(text.isWord(next) && text.hashes[next] == NameContext.ofWord) }
            k -= 1
        }
        return false
    }

    /// Whether a short quotation that a word of the sentence follows is not a label for that word
    /// but the speaker's own: what someone or something was ("was “confident” the talks", "had been
    /// “on edge” all weekend"), a participle after "had" ("had “shocked” researchers"), a manner
    /// ("would “modestly” improve margins"), or a phrase before an adverb of time or a verb in the
    /// past ("“extraordinary dignity” throughout", "“very limited space” remained").
    private func isPredicateOrAdverbial(_ text: TokenizedText, _ span: QuotationSpan) -> Bool {
        let before = span.open - 1, next = span.close + 1
        guard text.isWord(before), text.isWord(next), !text.tokens[next].has(.capitalized) else { return false }
        if Self.beForms.contains(text.lowercaseHash(before)) { return true }
        let single = span.close == span.open + 2 && text.isWord(span.open + 1)
        if single, Self.endsWith(text, span.open + 1, "ed"), Self.haveForms.contains(text.lowercaseHash(before)) { return true }
        if single, Self.endsWith(text, span.open + 1, "ly") { return true }
        if Self.timeAdverbs.contains(text.lowercaseHash(next)) { return true }
        return Self.endsWith(text, next, "ed") && !Self.endsWith(text, next, "eed") && text.tokens[next].end - text.tokens[next].start >= 5
    }

    /// Whether word `i` ends with `suffix` (lower case ASCII).
    private static func endsWith(_ text: TokenizedText, _ i: Int, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount, end = Int(text.tokens[i].end)
        guard end - Int(text.tokens[i].start) > n else { return false }
        for k in 0..<n where text.bytes[end - n + k] != suffix.utf8Start[k] { return false }
        return true
    }

    /// Forms of "be", in small letters.
    private static let beForms: WordHashSet = WordHashSet(["was", "were", "is", "are", "been", "be", "being", "am"].map { HashedWordTable.hash($0) })

    /// Forms of "have", in small letters.
    private static let haveForms: WordHashSet = WordHashSet(["had", "has", "have", "having"].map { HashedWordTable.hash($0) })

    /// Adverbs of time and extent that may follow a quoted phrase, in small letters.
    private static let timeAdverbs: WordHashSet = WordHashSet([
        "throughout", "overnight", "again", "too", "yet", "still", "already", "ever", "now", "then", "today", "yesterday",
        "tomorrow", "anyway", "altogether", "instead",
    ].map { HashedWordTable.hash($0) })

    /// Whether the quotation is two or three words joined by "and" or "or" ("serious and systemic").
    private func joinsTwoWords(_ text: TokenizedText, _ span: QuotationSpan) -> Bool {
        let inside = (span.open + 1)..<span.close
        guard inside.count >= 3, inside.count <= 4, inside.allSatisfy({ text.isWord($0) }) else { return false }
        return inside.dropFirst().dropLast().contains { text.isLowercaseWord($0, .and) || text.hashes[$0] == Self.orWord }
    }

    private static let orWord = HashedWordTable.hash("or")

    /// Words that name a work before its title in quotation marks ("the book “Running Dry: The
    /// Fight for Water”", "a film called “The Long Road Home”").
    private static let workNouns: WordHashSet = WordHashSet([
        "book", "novel", "memoir", "biography", "film", "movie", "documentary", "album", "song", "single", "track", "play",
        "musical", "opera", "series", "show", "programme", "program", "podcast", "report", "study", "paper", "essay", "poem",
        "article", "column", "exhibition", "campaign", "titled", "entitled", "called", "dubbed", "named",
    ].map { HashedWordTable.hash($0) })

    /// Words that give a work its title ("a report titled", "a column headlined").
    private static let namingVerbs: WordHashSet = WordHashSet(["titled", "entitled", "headlined", "subtitled"].map { HashedWordTable.hash($0) })

    /// Small words a title leaves in lower case.
    private static let titleSmallWords: WordHashSet = WordHashSet(["a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at",
                                                          "with", "from", "by", "as"].map { HashedWordTable.hash($0) })

    /// Whether the quotation is the title of a work, not words spoken: a work's noun before it,
    /// and its words in Title Case, without a full stop at the end.
    private func isTitleOfWork(_ text: TokenizedText, _ span: QuotationSpan) -> Bool {
        // "a column titled “The West is winning …,”", "a panel entitled “Whose Words Are These?”":
        // what follows such a word is a title in any case and with any punctuation.
        if span.parts.isEmpty, text.isWord(span.open - 1), !text.tokens[span.open - 1].has(.capitalized),
           Self.namingVerbs.contains(text.lowercaseHash(span.open - 1)) {
            return true
        }
        guard span.closed, span.parts.isEmpty, !text.isMark(span.close - 1, 0x2E), text.isWord(span.open + 1),
              text.tokens[span.open + 1].has(.capitalized) else { return false }
        var counted = 0
        var capitalized = 0
        for k in (span.open + 1)..<span.close {
            // A question or an exclamation is spoken.
            if text.isMark(k, 0x3F) || text.isMark(k, 0x21) || (text.isMark(k, 0x2E) && !text.tokens[k].has(.abbreviation)) { return false }
            guard text.isWord(k) else { continue }
            let t = text.tokens[k]
            if !t.has(.capitalized) && Self.titleSmallWords.contains(text.lowercaseHash(k)) { continue }
            counted += 1
            if t.has(.capitalized) { capitalized += 1 }
        }
        // "the film “The Long Goodbye”": a work's noun before it, its words mostly capitalized.
        if text.isWord(span.open - 1), !text.tokens[span.open - 1].has(.capitalized), Self.workNouns.contains(text.lowercaseHash(span.open - 1)) {
            return capitalized * 5 >= counted * 4
        }
        // "“Moonrise Over the Sea” and “Two Men Contemplating the Moon”": every word capitalized,
        // and no one said to say it, before or after.
        guard counted >= 2, capitalized == counted else { return false }
        let sentence = text.tokens[span.open].paragraph
        for k in max(0, span.open - 4)..<span.open where text.tokens[k].paragraph == sentence {
            if text.isLowercaseWord(k, .speechVerb) || text.isMark(k, 0x3A) { return false }
        }
        var k = span.close + 1
        while k < min(text.tokens.count, span.close + 5) && text.tokens[k].paragraph == sentence {
            if text.isLowercaseWord(k, .speechVerb) { return false }
            k += 1
        }
        return true
    }

    /// Whether the word at token `i` starts with a lower-case letter.
    private func startsLowercase(_ text: TokenizedText, _ i: Int) -> Bool {
        guard text.isWord(i), let b = text.bytes[Int(text.tokens[i].start)...].first else { return false }
        return b >= 0x61 && b <= 0x7A
    }

    /// Whether a sentence-ending mark lies in tokens `from...to`.
    private func hasSentenceEnd(_ text: TokenizedText, from: Int, to: Int) -> Bool {
        guard to >= from else { return false }
        return (from...to).contains { text.isMark($0, 0x2E) || text.isMark($0, 0x3F) || text.isMark($0, 0x21) }
    }
}
