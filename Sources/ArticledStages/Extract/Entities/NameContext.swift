/// Reads the words around a capitalized sequence for what they say about it: a person is the
/// subject or object of a speech verb, follows a role noun or stands before an apposition;
/// an organization is "told" something or followed by "news agency".
struct NameContext {
    let text: TokenizedText

    /// Whether the words around tokens `first...last` point to a person.
    func suggestsPerson(first: Int, last: Int) -> Bool {
        if let next = nextWord(after: last), text.isLowercaseWord(next, .speechVerb) { return true }
        if text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1),
           text.isLowercaseWord(w, [.appositionOpener, .personNoun]) {
            return true
        }
        if let prev = previousWord(before: first) {
            // "said Zhao", but not "told Politico": who is told something may be an outlet.
            if text.isLowercaseWord(prev, .personNoun) { return true }
            if text.isLowercaseWord(prev, .speechVerb) && !text.facts[prev].contains(.addressVerb) { return true }
            if text.facts[prev].contains(.to), let p2 = previousWord(before: prev), text.facts[p2].contains(.according) { return true }
        }
        return false
    }

    /// Whether the words around tokens `first...last` point to an organization.
    func suggestsOrganization(first: Int, last: Int) -> Bool {
        if let next = nextWord(after: last), text.isLowercaseWord(next, .organizationNoun) { return true }
        var prev = previousWord(before: first)
        if let p = prev, text.isLowercaseWord(p, .article) { prev = previousWord(before: p) }
        if let p = prev, text.isLowercaseWord(p, .toldVerb) { return true }
        return false
    }

    /// The next word token after `i` in the same paragraph, across italics markers only
    /// (so "Sung said" and "*Politico* reported" both work).
    func nextWord(after i: Int) -> Int? {
        var k = i + 1
        while k < text.tokens.count, text.tokens[k].paragraph == text.tokens[i].paragraph {
            if text.tokens[k].kind == .word { return k }
            if text.tokens[k].mark != 0x2A && text.tokens[k].mark != 0x5F { return nil }
            k += 1
        }
        return nil
    }

    /// The word token just before `i` in the same paragraph, across italics markers only.
    func previousWord(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, text.tokens[k].paragraph == text.tokens[i].paragraph {
            if text.tokens[k].kind == .word { return k }
            if text.tokens[k].mark != 0x2A && text.tokens[k].mark != 0x5F { return nil }
            k -= 1
        }
        return nil
    }
}
