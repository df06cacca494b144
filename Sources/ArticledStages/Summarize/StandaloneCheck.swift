/// Judges whether a sentence can stand alone in a summary, on its bytes and words.
///
/// A summary sentence should not lean on what came before (`He said…`, `But…`), be a piece of
/// a quotation (unbalanced quotes), a heading, label or fragment (no closing punctuation, Title
/// Case, `Photograph:`), a question,
/// a line of page furniture (a link or an e-mail address), nor too short or too long.
enum StandaloneCheck {
    /// Words that point back to an earlier sentence when they open one.
    static let backReferences: WordHashSet = hashes(
        "he she it they this these those that his her its their we i him them there such")
    /// Connectives that continue an earlier sentence when they open one.
    static let connectives: WordHashSet = hashes(
        "but and so or also however yet meanwhile instead still nevertheless moreover then thus besides furthermore")

    /// The fitness in 0...1 of the sentence `bytes[span]` with words `tokens`.
    static func fitness(_ bytes: UnsafeBufferPointer<UInt8>, span: SentenceSpan, tokens: ArraySlice<WordToken>, isFirst: Bool) -> Double {
        var f = 1.0
        let words = tokens.count
        if words < 6 { f *= 0.25 } else if words < 10 { f *= 0.7 }
        if words > 70 { f *= 0.4 } else if words > 45 { f *= 0.75 }
        if let first = tokens.first, !isFirst {
            if backReferences.contains(first.word) { f *= 0.6 }
            if connectives.contains(first.word) { f *= 0.75 }
        }
        // Title Case (`Xi Offers Support For Russia`): a headline, a caption or a byline that
        // cleanup left in the text, not a sentence of the story.
        var capitalizedStops = 0, stops = 0
        for t in tokens.dropFirst() where t.isStop && !t.afterBreak {
            stops += 1
            if t.isCapitalized { capitalizedStops += 1 }
        }
        if capitalizedStops >= 2 && capitalizedStops * 3 >= stops { f *= 0.3 }
        // Labels (`Author:`, `Photograph:`, `Source:`): page furniture, not prose.
        var labels = 0
        for (k, t) in tokens.enumerated() where t.isCapitalized && t.end < span.end && bytes[t.end] == 0x3A {
            labels += k < 3 ? 2 : 1
        }
        if labels >= 2 { f *= 0.4 }
        var straight = 0, open = 0, close = 0, question = false, link = false
        var i = span.start
        while i < span.end {
            let b = bytes[i]
            if b == 0x22 { straight += 1 }
            if b == 0x3F { question = true }
            if b == 0x40 { link = true }
            if b == 0x2F && i + 1 < span.end && bytes[i + 1] == 0x2F { link = true }
            if b == 0xE2 && i + 2 < span.end && bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { open += 1 }
                if bytes[i + 2] == 0x9D { close += 1 }
            }
            i += 1
        }
        if straight % 2 == 1 || open != close { f *= 0.5 }
        let opensWithQuote = bytes[span.start] == 0x22 || (bytes[span.start] == 0xE2 && span.end - span.start > 2 && bytes[span.start + 2] == 0x9C)
        if opensWithQuote { f *= 0.7 }
        if question { f *= 0.7 }
        if link { f *= 0.2 }
        if !endsLikeSentence(bytes, span) { f *= 0.4 }
        return f
    }

    /// Whether the sentence ends in `.`, `!` or `?`, perhaps before closing quotes or brackets.
    private static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SentenceSpan) -> Bool {
        var e = span.end
        while e > span.start {
            let b = bytes[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { e -= 1; continue }
            if b == 0x9D || b == 0x99, e - 3 >= span.start, bytes[e - 3] == 0xE2 { e -= 3; continue }
            return b == 0x2E || b == 0x21 || b == 0x3F || (b == 0xA6 && e - 3 >= span.start && bytes[e - 3] == 0xE2)
        }
        return false
    }

    /// The hashes of the space-separated words of `words`.
    private static func hashes(_ words: String) -> WordHashSet {
        WordHashSet(words.split(separator: " ").map { WordHash.of(Array($0.utf8)) })
    }
}
