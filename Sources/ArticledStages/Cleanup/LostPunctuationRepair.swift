/// Puts back what an earlier encoding turned into `?` where only one character can stand:
///
/// - curly quotation marks, in pairs within a paragraph (`?We won,? she said`, `called it ?a
///   scandal? in`), or opening a quotation that the next paragraph goes on with (`?We will …`);
/// - the apostrophes of contractions and possessives (`don?t`, `It?s`, `I?m`, `the company?s`,
///   `Russia?s` where "Russia" stands alone elsewhere, `the doctors? union`);
/// - a dash between two spaces (`a settlement ? and quickly`);
/// - a lost letter that the page spells whole elsewhere (`K?whai` beside `Kōwhai`).
///
/// - a lost letter of a word that the page never spells whole but the lists of accented words,
///   given names and places know (`Fran?ois`, `caf?s`, `Zo? Fitzgerald`; see `AccentedSpellings`).
///
/// A currency sign (`?50 lakh`) is left, as is a letter no list spells: any repair there would
/// be a guess. The warning about lost characters is made before this repair, so it still tells
/// what the input had lost.
enum LostPunctuationRepair {
    /// `text` with those characters restored; `reference` (the whole input) is searched for
    /// words spelled whole. Itself when it holds no `?`.
    static func repair(_ text: String, reference: String) -> String {
        guard text.utf8.contains(0x3F) else { return text }
        let bytes = Array(text.utf8)
        var replacements: [Int: [UInt8]] = [:]
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            pairQuotationMarks(bytes, start, end, into: &replacements)
            start = end + 1
        }
        var lostLetters: [Int] = []
        for i in bytes.indices where bytes[i] == 0x3F && replacements[i] == nil {
            if let apostrophe = apostrophe(bytes, at: i) {
                replacements[i] = apostrophe
            } else if i >= 2, i + 2 < bytes.count, bytes[i - 1] == 0x20, bytes[i + 1] == 0x20, !ASCIIByte.isBreak(bytes[i - 2]), !ASCIIByte.isDigit(bytes[i + 2]),
                      !isStop(bytes[i - 2]), !(ASCIIByte.isUpper(bytes[i + 2]) && startsCapitalizedWord(bytes, endingAt: i - 2)) {
                // (Not a closing mark that a joined line set apart, "paper, ? he said"; nor a lost
                // particle between two names, "Mr ? Brien" for "Mr Ó Brien".)
                replacements[i] = dash
            } else if (i > 0 && isLetter(bytes[i - 1]) && i + 1 < bytes.count && isLetter(bytes[i + 1]))
                        || (i + 1 < bytes.count && ASCIIByte.isLower(bytes[i + 1]) && (i == 0 || ASCIIByte.isBreak(bytes[i - 1]))) {
                lostLetters.append(i)
            } else if endsCapitalizedWord(bytes, at: i) {
                lostLetters.append(i)
            }
        }
        if !lostLetters.isEmpty { restoreLetters(bytes, at: lostLetters, reference: Array(reference.utf8), into: &replacements) }
        // "the market?a big one?fell": a dash lost between two ordinary words, where no letter was.
        for i in lostLetters where replacements[i] == nil && joinsOrdinaryWords(bytes, at: i) { replacements[i] = emDash }
        guard !replacements.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacements.count * 2)
        for i in bytes.indices {
            if let r = replacements[i] { out.append(contentsOf: r) } else { out.append(bytes[i]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let openingMark: [UInt8] = [0xE2, 0x80, 0x9C]  // “
    private static let closingMark: [UInt8] = [0xE2, 0x80, 0x9D]  // ”
    private static let leftSingleMark: [UInt8] = [0xE2, 0x80, 0x98]  // ‘
    private static let rightSingleMark: [UInt8] = [0xE2, 0x80, 0x99]  // ’
    private static let dash: [UInt8] = [0xE2, 0x80, 0x93]  // –
    private static let emDash: [UInt8] = [0xE2, 0x80, 0x94]  // —

    /// Whether the `?` at `i` stands between two words in small letters that are both ordinary
    /// English words, the first of three letters or more ("market?a", "country?over"; not "na?ve",
    /// "caf?s").
    private static func joinsOrdinaryWords(_ bytes: [UInt8], at i: Int) -> Bool {
        var start = i
        while start > 0 && ASCIIByte.isLower(bytes[start - 1]) { start -= 1 }
        var end = i + 1
        while end < bytes.count && ASCIIByte.isLower(bytes[end]) { end += 1 }
        guard i - start >= 3, end > i + 1, start == 0 || !isLetter(bytes[start - 1]), end == bytes.count || !isLetter(bytes[end]) else { return false }
        let isOrdinary = { (word: ArraySlice<UInt8>) in
            EntityLexicon.shared.table.facts(HashedWordTable.hash(String(decoding: word, as: UTF8.self))).contains(.common)
                || Self.shortWords.contains(String(decoding: word, as: UTF8.self))
        }
        return isOrdinary(bytes[start..<i]) && isOrdinary(bytes[(i + 1)..<end])
    }

    /// Words of one or two letters that open a clause after a dash.
    private static let shortWords: Set<String> = ["a", "an", "as", "at", "by", "he", "if", "in", "it", "no", "of", "on", "or", "so",
                                                  "to", "up", "we", "i"]

    /// Pairs the `?` that open a quotation (after a space, before a letter) with the next that
    /// closes one (after a word or its punctuation, before a space or punctuation) in the
    /// paragraph `bytes[start..<end]`. A pair inside another quotation, lost or kept (`"… ask,
    /// ?What does this place want to be?? " Morin said`), is single marks. One left open before a
    /// capital opens a quotation the next paragraph continues.
    private static func pairQuotationMarks(_ bytes: [UInt8], _ start: Int, _ end: Int, into replacements: inout [Int: [UInt8]]) {
        var open: [Int] = []
        var insideKept = false  // inside a quotation whose marks were kept
        var i = start
        while i < end {
            defer { i += 1 }
            if bytes[i] == 0x22 { insideKept.toggle(); continue }
            if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                insideKept = bytes[i + 2] == 0x9C
                continue
            }
            guard bytes[i] == 0x3F else { continue }
            let before: UInt8 = i == start ? 0x20 : bytes[i - 1]
            let after: UInt8 = i + 1 < end ? bytes[i + 1] : 0x20
            let opens = (ASCIIByte.isBreak(before) || before == 0x28 || before == 0x5B) && (isLetter(after) || after == 0x27)
            let closes = (!ASCIIByte.isBreak(before) || (i - 2 >= start && isStop(bytes[i - 2])))
                && (ASCIIByte.isBreak(after) || after == 0x2C || after == 0x2E || after == 0x3B || after == 0x3A || after == 0x29 || after == 0x22)
            if let o = open.last, closes {
                open.removeLast()
                let single = !open.isEmpty || insideKept
                replacements[o] = single ? leftSingleMark : openingMark
                replacements[i] = single ? rightSingleMark : closingMark
            } else if opens, open.count < 2 {
                open.append(i)
            }
        }
        if open.count == 1, let o = open.first, o + 1 < end, ASCIIByte.isUpper(bytes[o + 1]), !insideKept { replacements[o] = openingMark }
    }

    /// The apostrophe the `?` at `i` stands for, or nil: in a contraction (`don?t`, `I?m`,
    /// `they?re`), a possessive of an ordinary word, a place or a word the text has alone
    /// (`the company?s`), or after a plural before a small letter (`doctors? union`).
    private static func apostrophe(_ bytes: [UInt8], at i: Int) -> [UInt8]? {
        // "BBC Radio 4?s report", "the 1990?s": a number's possessive.
        if i > 0, i + 2 < bytes.count, ASCIIByte.isDigit(bytes[i - 1]), bytes[i + 1] == 0x73, !isLetter(bytes[i + 2]) { return rightSingleMark }
        guard i > 0, i + 1 < bytes.count, ASCIIByte.isLetter(bytes[i - 1]) else { return nil }
        var stemStart = i
        while stemStart > 0 && isLetter(bytes[stemStart - 1]) { stemStart -= 1 }
        let stem = bytes[stemStart..<i]
        if bytes[i - 1] == 0x73 && bytes[i + 1] == 0x20 && i + 2 < bytes.count && ASCIIByte.isLower(bytes[i + 2]) && stem.count >= 3 {
            return rightSingleMark  // "the doctors? union"
        }
        var suffixEnd = i + 1
        while suffixEnd < bytes.count && isLetter(bytes[suffixEnd]) { suffixEnd += 1 }
        let suffix = bytes[(i + 1)..<suffixEnd].map(ASCIIByte.lower)
        guard !suffix.isEmpty, suffix.count <= 2, stem.allSatisfy(ASCIIByte.isLetter) else { return nil }
        let lowerStem = String(decoding: stem.map(ASCIIByte.lower), as: UTF8.self)
        switch suffix {
        case [0x74]:  // n't
            return stem.count >= 2 && ASCIIByte.lower(bytes[i - 1]) == 0x6E ? rightSingleMark : nil
        case [0x6D], [0x72, 0x65], [0x76, 0x65], [0x6C, 0x6C], [0x64]:  // 'm 're 've 'll 'd
            return pronouns.contains(lowerStem) ? rightSingleMark : nil
        case [0x73]:  // 's
            if pronouns.contains(lowerStem) || lowerStem == "let" { return rightSingleMark }
            let word = String(decoding: stem, as: UTF8.self)
            let facts = EntityLexicon.shared.table.value(HashedWordTable.hash(word))
            if let facts, facts.place >= 0 { return rightSingleMark }
            if let facts, facts.facts.contains(.common), !facts.facts.contains(.givenName) { return rightSingleMark }
            if stem.count >= 2, stem.allSatisfy(ASCIIByte.isUpper) { return rightSingleMark }  // "NHS?s"
            if standsAlone(stem, in: bytes) { return rightSingleMark }
            // "St Margaret?s": a saint's name takes the possessive ("St Patrick's", "St. John's").
            if followsSaint(bytes, stemStart: stemStart) { return rightSingleMark }
            // "Gan Kim Yong?s team": the last word of a name, a noun after it (not "Tom?s said", "Tomás").
            // (Nor where the page spells the name with an accented letter there: "Andrés".)
            return closesName(bytes, stemStart: stemStart) && ownsNoun(bytes, after: i + 2) && !spelledWithAccent(stem, in: bytes)
                ? rightSingleMark : nil
        default:
            return nil
        }
    }

    /// Whether `stem` occurs in `bytes` right before a letter with an accent ("Andr" of "Andrés").
    private static func spelledWithAccent(_ stem: ArraySlice<UInt8>, in bytes: [UInt8]) -> Bool {
        guard let first = stem.first, stem.count + 1 < bytes.count else { return false }
        for i in 0..<(bytes.count - stem.count) where bytes[i] == first && bytes[i + stem.count] >= 0xC3
            && (i == 0 || !isLetter(bytes[i - 1])) && bytes[i..<(i + stem.count)].elementsEqual(stem) {
            return true
        }
        return false
    }

    /// Whether the capitalized word at `stemStart` follows "St" or "St.".
    private static func followsSaint(_ bytes: [UInt8], stemStart: Int) -> Bool {
        guard ASCIIByte.isUpper(bytes[stemStart]), stemStart >= 3, bytes[stemStart - 1] == 0x20 else { return false }
        var k = stemStart - 2
        if bytes[k] == 0x2E { k -= 1 }
        guard k >= 1, bytes[k] == 0x74, bytes[k - 1] == 0x53 else { return false }
        return k == 1 || !isLetter(bytes[k - 2])
    }

    /// Whether the capitalized word at `stemStart` follows another capitalized word of a name.
    private static func closesName(_ bytes: [UInt8], stemStart: Int) -> Bool {
        guard ASCIIByte.isUpper(bytes[stemStart]), stemStart >= 3, bytes[stemStart - 1] == 0x20, isLetter(bytes[stemStart - 2]) else { return false }
        var k = stemStart - 2
        while k > 0 && isLetter(bytes[k - 1]) { k -= 1 }
        return ASCIIByte.isUpper(bytes[k])
    }

    /// Whether a space and a word in small letters come after `end`, a noun owned rather than one
    /// of `nameFollowers`.
    private static func ownsNoun(_ bytes: [UInt8], after end: Int) -> Bool {
        guard end + 1 < bytes.count, bytes[end] == 0x20, ASCIIByte.isLower(bytes[end + 1]) else { return false }
        var k = end + 1
        while k < bytes.count && ASCIIByte.isLower(bytes[k]) { k += 1 }
        return !nameFollowers.contains(String(decoding: bytes[(end + 1)..<k], as: UTF8.self))
    }

    /// Words that follow a name itself, not a thing it owns ("Tom?s said", "Andr?s was").
    private static let nameFollowers: Set<String> = ["said", "says", "told", "tells", "added", "adds", "asked", "wrote", "writes", "and", "was", "is",
                                                     "has", "had", "also", "will", "would", "could", "can", "did", "does", "who", "met",
                                                     "declined", "spoke", "urged", "insisted", "argued", "noted", "explained", "stressed",
                                                     "warned", "called", "agreed", "denied", "replied", "scored", "won", "lost", "made"]

    /// Pronouns that take the contracted verbs.
    private static let pronouns: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "that", "there", "here", "who", "what", "where"]

    /// Whether `word` occurs in `bytes` as a whole word, with no `?` touching it.
    private static func standsAlone(_ word: ArraySlice<UInt8>, in bytes: [UInt8]) -> Bool {
        guard let first = word.first else { return false }
        var i = 0
        while i + word.count <= bytes.count {
            if bytes[i] == first, i == 0 || !isLetter(bytes[i - 1]) && bytes[i - 1] != 0x3F,
               i + word.count == bytes.count || !isLetter(bytes[i + word.count]) && bytes[i + word.count] != 0x3F,
               bytes[i..<(i + word.count)].elementsEqual(word) {
                return true
            }
            i += 1
        }
        return false
    }

    /// Restores the letters lost at `positions` where `reference` spells the same word with one
    /// non-ASCII letter in place of each `?` ("K?whai" as "Kōwhai").
    private static func restoreLetters(_ bytes: [UInt8], at positions: [Int], reference: [UInt8], into replacements: inout [Int: [UInt8]]) {
        var done = Set<Int>()
        for p in positions where !done.contains(p) {
            var start = p
            while start > 0 && (isLetter(bytes[start - 1]) || bytes[start - 1] == 0x3F) { start -= 1 }
            var end = p + 1
            while end < bytes.count && (isLetter(bytes[end]) || bytes[end] == 0x3F) { end += 1 }
            let marks = (start..<end).filter { bytes[$0] == 0x3F }
            marks.forEach { done.insert($0) }
            guard marks.count <= 3, end - start >= 3 else { continue }
            let pieces = split(Array(bytes[start..<end]))
            // A word the page never spells whole takes the spelling of a known word ("Fran?ois",
            // "caf?s"), unless its `?` ends it after a word of the language (a question's mark), or
            // stands before a last "s" after a name ("Tom?s mother", "Al?s Diner": a possessive's
            // apostrophe); one opening it, only from the cleanup's own list.
            let stem: ArraySlice<UInt8>? = marks == [end - 1] ? bytes[start..<(end - 1)]
                : marks == [end - 2] && bytes[end - 1] == 0x73 ? bytes[start..<(end - 2)] : nil
            let knownStem = stem.map { EntityLexicon.shared.table.value(HashedWordTable.hash(String(decoding: $0, as: UTF8.self))) != nil } ?? false
            let listed = knownStem ? nil
                : spelling(pieces, in: marks.first == start ? AccentedSpellings.curated : AccentedSpellings.byFirstByte[Int(bytes[start])])
            guard let letters = spelling(pieces, in: reference) ?? listed else { continue }
            for (mark, letter) in zip(marks, letters) { replacements[mark] = letter }
        }
    }

    /// Whether the `?` at `i` ends a capitalized word of two letters or more before another word
    /// or a possessive, where a lost last letter may be ("Zo? Fitzgerald", "Universit? du",
    /// "RT?'s"): the repair takes it only where a known word is spelled so, never after a word of
    /// the language, a question's own mark.
    private static func endsCapitalizedWord(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i >= 2, i + 2 < bytes.count, isLetter(bytes[i - 1]), isLetter(bytes[i - 2]) else { return false }
        var start = i - 1
        while start > 0 && isLetter(bytes[start - 1]) { start -= 1 }
        guard ASCIIByte.isUpper(bytes[start]), start == 0 || !ASCIIByte.isLetter(bytes[start - 1]) && bytes[start - 1] != 0x3F else { return false }
        if bytes[i + 1] == 0x20 { return ASCIIByte.isLetter(bytes[i + 2]) }
        return bytes[i + 1] == 0x27 && bytes[i + 2] == 0x73
    }

    /// The word split at its `?` marks.
    private static func split(_ word: [UInt8]) -> [[UInt8]] {
        var pieces: [[UInt8]] = [[]]
        for b in word {
            if b == 0x3F { pieces.append([]) } else { pieces[pieces.count - 1].append(b) }
        }
        return pieces
    }

    /// The non-ASCII letters that `reference` has where `pieces` were split, the first time it
    /// spells the word so, or nil.
    private static func spelling(_ pieces: [[UInt8]], in reference: [UInt8]) -> [[UInt8]]? {
        var i = 0
        while i < reference.count {
            defer { i += 1 }
            guard i == 0 || !isLetter(reference[i - 1]) else { continue }
            var j = i
            var letters: [[UInt8]] = []
            var matched = true
            for (k, piece) in pieces.enumerated() {
                if k > 0 {
                    // (A letter, not a curly quotation mark or a dash: E2 80 ….)
                    guard j + 1 < reference.count, reference[j] >= 0xC0, !(reference[j] == 0xE2 && reference[j + 1] == 0x80) else { matched = false; break }
                    let length = reference[j] >= 0xF0 ? 4 : reference[j] >= 0xE0 ? 3 : 2
                    guard j + length <= reference.count else { matched = false; break }
                    letters.append(Array(reference[j..<(j + length)]))
                    j += length
                }
                guard j + piece.count <= reference.count, reference[j..<(j + piece.count)].elementsEqual(piece) else { matched = false; break }
                j += piece.count
            }
            if matched, j == reference.count || !isLetter(reference[j]) { return letters }
        }
        return nil
    }

    /// A full stop, comma, `!` or `?`: what a quotation ends on before its closing mark.
    private static func isStop(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C || b == 0x21 || b == 0x3F }

    /// Whether the word ending at `end` (inclusive) opens with a capital.
    private static func startsCapitalizedWord(_ bytes: [UInt8], endingAt end: Int) -> Bool {
        var start = end
        while start > 0 && !ASCIIByte.isBreak(bytes[start - 1]) { start -= 1 }
        return ASCIIByte.isUpper(bytes[start])
    }

    /// An ASCII letter or a byte of a multi-byte character.
    private static func isLetter(_ b: UInt8) -> Bool { ASCIIByte.isLetterLike(b) }
}
