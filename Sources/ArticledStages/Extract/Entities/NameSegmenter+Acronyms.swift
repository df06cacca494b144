/// Long forms the text spells out before an acronym in brackets, found by their initials.
extension NameSegmenter {
    /// Makes one mention of each long form whose words' initials spell the acronym in brackets
    /// after it ("Independent Electoral and Boundaries Commission (IEBC)", "Democracy for
    /// Citizens Party (DCP)"), however its words were read, and notes the acronym for it.
    /// Small words may stand between ("of", "for", "and", "on"), and may give a letter
    /// ("Department of Justice (DOJ)"). A long form that was one mention already stays as it is.
    func spellOutAcronyms(_ out: inout [Mention], _ acronyms: inout [UInt64: Mention]) {
        // Cheap test first: an opening bracket before a word in capitals.
        for i in text.tokens.indices where text.isMark(i, 0x28) && text.isWord(i + 1)
            && (text.tokens[i + 1].has(.allCaps) || text.tokens[i + 1].has(.capitalized))
            && text.isMark(i + 2, 0x29) && text.isWord(i - 1) {
            let token = text.tokens[i + 1]
            let written = text.bytes[Int(token.start)..<Int(token.end)]
            let letters = written.filter(ASCIIByte.isUpper)
            // "(NuPEA)", "(USAf)", "(Popcru)": an acronym written with small letters, each letter
            // from the start of a word.
            let mixed = !token.has(.allCaps)
            guard !mixed || written.allSatisfy(ASCIIByte.isLetter), (2...8).contains(mixed ? written.count : letters.count),
                  let start = (mixed ? nil : longFormStart(end: i - 1, letters: letters[...]))
                    ?? looseLongFormStart(end: i - 1, letters: written.map(ASCIIByte.lower), titleCase: letters.count < 2)
            else { continue }
            let end = i - 1
            // Already one mention, or a person's name ("Alexandria Ocasio-Cortez (AOC)"). A
            // "person" of three words or more with no given name that the text abbreviates is a
            // body in another language ("Polskie Elektrownie Jądrowe (PEJ)").
            if let same = out.firstIndex(where: { $0.start == start && $0.end == end }) {
                if out[same].kind == .person, letters.count >= 3, !(start...end).contains(where: { text.facts[$0].contains(.givenName) }) {
                    out[same].kind = .organization
                    acronyms[text.hashes[i + 1]] = out[same]
                } else if out[same].kind == .organization, acronyms[text.hashes[i + 1]] == nil {
                    acronyms[text.hashes[i + 1]] = out[same]  // "Nuclear Power and Energy Agency (NuPEA)"
                }
                continue
            }
            if out.contains(where: { $0.start >= start && $0.end <= end && $0.kind == .person }) { continue }
            guard !out.contains(where: { ($0.start < start && $0.end >= start) || ($0.start <= end && $0.end > end) }) else { continue }
            let kind: EntityKind = text.facts[end].contains(.locationWord) ? .location : .organization
            let long = Mention(start: start, end: end, kind: kind, key: text.hash(start...end), evidence: .strong)
            out.removeAll { $0.start >= start && $0.end <= end }
            let at = out.firstIndex { $0.start > end } ?? out.count
            out.insert(long, at: at)
            acronyms[text.hashes[i + 1]] = long
        }
    }

    /// The first token of a long form ending at token `end` whose capitalized words' initials
    /// are `letters`, small joining words skipped or giving a letter, or nil.
    private func longFormStart(end: Int, letters: ArraySlice<UInt8>) -> Int? {
        guard let last = letters.last, text.isWord(end), text.tokens[end].paragraph == text.tokens[end + 1].paragraph else { return nil }
        let t = text.tokens[end]
        let initial = text.bytes[Int(t.start)]
        // "Tehreek-e-Insaf" of "Pakistan Tehreek-e-Insaf (PTI)": a capital for each capitalized part.
        if t.has(.capitalized), t.has(.hyphenated) {
            let parts = text.bytes[Int(t.start)..<Int(t.end)].split(separator: 0x2D).compactMap(\.first).filter(ASCIIByte.isUpper)
            if parts.count >= 2, letters.count >= parts.count, letters.suffix(parts.count).elementsEqual(parts) {
                if letters.count == parts.count { return end }
                return end > 0 ? longFormStart(end: end - 1, letters: letters.dropLast(parts.count)) : nil
            }
        }
        if t.has(.capitalized) {
            guard initial == last else { return nil }
            if letters.count == 1 { return end }
            return end > 0 ? longFormStart(end: end - 1, letters: letters.dropLast()) : nil
        }
        // A small joining word, never the long form's first word.
        guard Self.joiningWords.contains(text.hashes[end]), end > 0 else { return nil }
        if ASCIIByte.lower(last) == initial, letters.count > 1, let start = longFormStart(end: end - 1, letters: letters.dropLast()) {
            return start
        }
        return longFormStart(end: end - 1, letters: letters)
    }

    /// The first token of the longest long form ending at token `end` that spells `letters`
    /// (lower case) from the starts of its words: a word may give its first letters ("Nu" of
    /// "Nuclear Power and Energy Agency (NuPEA)", "Som" of "African Union Mission in Somalia
    /// (AMISOM)"), a small joining word its initial or nothing, and one capitalized word inside
    /// nothing ("Alcohol" of NACADA). The first and the last word each give a letter. An acronym
    /// in Title Case ("Popcru") takes a letter from every capitalized word of three or more. Nil
    /// if none does.
    func looseLongFormStart(end: Int, letters: [UInt8], titleCase: Bool) -> Int? {
        guard letters.count >= 3, text.isWord(end), text.tokens[end].has(.capitalized) else { return nil }
        var words: [(bytes: ArraySlice<UInt8>, joining: Bool)] = []
        var best: Int?
        var k = end
        while k >= 0, end - k < 14, text.isWord(k), text.tokens[k].paragraph == text.tokens[end].paragraph {
            let t = text.tokens[k]
            let joining = Self.joiningWords.contains(text.lowercaseHash(k))
            guard t.has(.capitalized) || joining else { break }
            words.insert((text.bytes[Int(t.start)..<Int(t.end)], joining), at: 0)
            if t.has(.capitalized), !joining, Self.spells(letters[...], words[...], skipsLeft: titleCase ? 0 : 1, first: true) {
                let capitalized = words.filter { !$0.joining }.count
                if !titleCase || capitalized >= 3 { best = k }
            }
            k -= 1
        }
        return best
    }

    /// Whether `words` spell `letters` as `looseLongFormStart` reads them.
    private static func spells(_ letters: ArraySlice<UInt8>, _ words: ArraySlice<(bytes: ArraySlice<UInt8>, joining: Bool)>,
                               skipsLeft: Int, first: Bool) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        let rest = words.dropFirst()
        let last = rest.isEmpty
        // The word gives nothing: a joining word, or one capitalized word inside.
        if !first && !last {
            if word.joining, spells(letters, rest, skipsLeft: skipsLeft, first: false) { return true }
            if !word.joining, skipsLeft > 0, spells(letters, rest, skipsLeft: skipsLeft - 1, first: false) { return true }
        }
        // The word gives its first letters (a joining word its initial at most).
        let most = word.joining ? 1 : min(4, word.bytes.count)
        var n = 0
        for b in word.bytes.prefix(most) {
            guard n < letters.count, ASCIIByte.lower(b) == letters[letters.startIndex + n] else { break }
            n += 1
            if spells(letters.dropFirst(n), rest, skipsLeft: skipsLeft, first: false) { return true }
        }
        return false
    }

    /// Small words inside an organization's long form.
    private static let joiningWords: WordHashSet = WordHashSet(["of", "for", "and", "on", "the", "de", "du", "des", "la", "le", "in",
                                                        "to", "against"].map(HashedWordTable.hash))
}
