/// Names of things that are no bodies, places or people: a rate, a tax, a permit, a law
/// ("Monetary Policy Rate", "Zimbabwean Exemption Permit"), and acronyms the text spells out
/// in small letters ("virtual private network (VPN)", "cash reserve ratio (CRR)").
extension NameSegmenter {
    /// Removes the mentions of such names, and of their acronyms throughout the text.
    func dropInstruments(_ out: inout [Mention], _ acronyms: inout [UInt64: Mention]) {
        var dropped: [UInt64] = []
        // "… ratio (CRR)", "… Rate (MPR)": the acronym in brackets after its long form.
        for i in text.tokens.indices where text.isMark(i, 0x28) && text.isWord(i + 1) && text.tokens[i + 1].has(.allCaps)
            && text.isMark(i + 2, 0x29) && text.isWord(i - 1) {
            let token = text.tokens[i + 1]
            let letters = text.bytes[Int(token.start)..<Int(token.end)].filter(ASCIIByte.isUpper)
            guard (2...6).contains(letters.count) else { continue }
            if spelledInSmallLetters(end: i - 1, letters: letters[...]) || (text.tokens[i - 1].has(.capitalized) && Self.instrumentWords.contains(text.lowercaseHash(i - 1))) {
                dropped.append(text.hashes[i + 1])
            }
        }
        // A name whose last word is an instrument's ("Cash Reserve Ratio", "Local Property Tax").
        let isInstrument = { (m: Mention) -> Bool in
            m.end > m.start && m.kind != .person && text.isWord(m.end) && !text.tokens[m.end].has(.allCaps)
                && Self.instrumentWords.contains(text.lowercaseHash(m.end))
                // ("Council on Climate Policy": a body that works on one.)
                && !(m.start..<m.end).contains { text.isWord($0) && Self.bodyHeads.contains(text.lowercaseHash($0)) }
        }
        guard !dropped.isEmpty || out.contains(where: isInstrument) else { return }
        out.removeAll { m in isInstrument(m) || (m.start == m.end && text.isWord(m.start) && dropped.contains(text.hashes[m.start])) }
        for (key, m) in acronyms where dropped.contains(key) || isInstrument(m) { acronyms[key] = nil }
    }

    /// Whether the lower-case words ending at token `end` spell `letters` by their initials
    /// ("virtual private network" for VPN, "one-time password" for OTP).
    private func spelledInSmallLetters(end: Int, letters: ArraySlice<UInt8>) -> Bool {
        var initials: [UInt8] = []
        var k = end
        while k >= 0, text.isWord(k), !text.tokens[k].has(.capitalized), initials.count < letters.count {
            let word = text.bytes[Int(text.tokens[k].start)..<Int(text.tokens[k].end)]
            // Each part of a hyphenated word gives a letter.
            initials.insert(contentsOf: word.split(separator: 0x2D).compactMap(\.first), at: 0)
            k -= 1
        }
        return initials.count == letters.count && zip(initials, letters).allSatisfy { ASCIIByte.lower($0) == ASCIIByte.lower($1) }
    }

    /// Words that head a body's name, which may end with an instrument's word ("Council on
    /// Climate Policy", "Office of Tax Simplification").
    static let bodyHeads: WordHashSet = WordHashSet(["council", "institute", "centre", "center", "commission", "committee", "foundation",
                                                    "agency", "forum", "group", "alliance", "coalition", "association", "society", "union",
                                                    "office", "department", "ministry", "board", "bureau", "authority"].map(HashedWordTable.hash))

    /// Last words of names of rates, taxes, permits and laws, lower case.
    static let instrumentWords: WordHashSet = WordHashSet(["rate", "ratio", "permit", "policy", "act", "bill", "tax", "levy", "scheme",
                                                          "visa", "certificate", "allowance", "statute", "treaty"].map(HashedWordTable.hash))
}
