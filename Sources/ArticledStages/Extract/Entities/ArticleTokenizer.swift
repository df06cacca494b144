/// Splits an article's UTF-8 bytes into word and punctuation tokens in one pass.
///
/// Words keep inner hyphens, apostrophes and the dots of "U.S."; a possessive "'s" is cut off
/// and flagged. A "?" between letters stays in the word: it stands for a letter lost to an
/// earlier encoding ("Adom?nas"). Every line break starts a new paragraph.
enum ArticleTokenizer {
    /// Words whose following period ends an abbreviation, not a sentence.
    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Prof", "Jr", "Sr", "Capt", "Sgt",
        "Maj", "Gov", "Rev", "Mt", "No", "Inc", "Corp", "Ltd", "Co", "vs", "etc", "Jan", "Feb", "Aug", "Sept",
        "Oct", "Nov", "Dec", "Adm", "Cmdr", "Lt.Gen", "approx", "Ft",
        // Police, council, navy and church titles: "Supt. Marc Andrade", "Ald. Terrell Mbeki-Jones", "Coun. Ruth Santangelo".
        "Supt", "Insp", "Det", "Cst", "Const", "Cpl", "Ald", "Alds", "Cllr", "Hon", "Fr", "Msgr", "Brig", "Sens", "Reps", "Gda", "Pte",
        "Coun", "Cdr", "Tmt", "Eng", "Engr", "Pvt",
    ]

    /// The tokens of `text`.
    static func tokenize(_ text: String) -> TokenizedText {
        let bytes = Array(text.utf8)
        var hashes: [UInt64] = []
        var tokens = bytes.withUnsafeBufferPointer { b in
            scan(b, hashes: &hashes, lostLetters: bytes.contains(0x3F) && LostLetter.marksText(b))
        }
        let nicknames = dropNicknames(&tokens, hashes: &hashes, bytes: bytes)
        markHeadlines(&tokens)
        var text = TokenizedText(bytes: bytes, tokens: tokens, hashes: hashes)
        text.nicknames = nicknames
        return text
    }

    /// Takes out a nickname in quotation marks between a given name and a surname (`Walter "Walt"
    /// Halvorsen`, `Fergus “Gus” McNamara`): the name reads as one, and the nickname is no quotation.
    /// Returns each nickname by the index of its given name once the nickname is taken out.
    private static func dropNicknames(_ tokens: inout [Token], hashes: inout [UInt64], bytes: [UInt8]) -> [Int: String] {
        func opens(_ t: Token) -> Bool { t.kind == .openQuote || t.kind == .straightQuote || t.kind == .openSingleQuote }
        func closes(_ t: Token) -> Bool { t.kind == .closeQuote || t.kind == .straightQuote || t.kind == .closeSingleQuote }
        func isName(_ t: Token) -> Bool {
            t.kind == .word && t.has(.capitalized) && !t.has(.allCaps) && !t.has(.possessive) && t.end - t.start <= 16
        }
        /// Whether the word with hash `h` is a given name the lists know ("Walter", or the nickname "Walt").
        func isGivenName(_ h: UInt64) -> Bool { EntityLexicon.shared.table.facts(h).contains(.givenName) }
        var i = 0
        var drop: [Int] = []
        var nicknames: [Int: String] = [:]
        while i + 4 < tokens.count {
            let (given, open, nick, close, surname) = (tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4])
            if isName(given), opens(open), nick.kind == .word, nick.has(.capitalized), nick.end - nick.start <= 12, closes(close),
               isName(surname), given.paragraph == surname.paragraph,
               // "Sunak 'Furious' As Tories Revolt" is a headline's scare quote: a given name on one side.
               isGivenName(hashes[i]) || isGivenName(hashes[i + 2]),
               given.end < open.start, open.end == nick.start, nick.end == close.start, close.end < surname.start {
                nicknames[i - drop.count] = String(decoding: bytes[Int(nick.start)..<Int(nick.end)], as: UTF8.self)
                drop += [i + 1, i + 2, i + 3]
                i += 4
            } else {
                i += 1
            }
        }
        guard !drop.isEmpty else { return nicknames }
        for k in drop.reversed() {
            tokens.remove(at: k)
            hashes.remove(at: k)
        }
        return nicknames
    }

    /// The tokens of `bytes`, before headlines are marked, and the hash of each word (0 for
    /// punctuation; see `HashedWordTable`).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, hashes: inout [UInt64], lostLetters: Bool) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        hashes.reserveCapacity(bytes.count / 4)
        var paragraph: Int32 = 0
        var sentencePending = true
        // Whether a "?" standing for a lost opening quotation mark is open in this paragraph.
        var lostOpen = false
        var i = 0
        let n = bytes.count

        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                paragraph += 1
                sentencePending = true
                lostOpen = false
                i += 1
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0D {
                i += 1
                continue
            }
            // Multi-byte punctuation and spaces.
            if b == 0xC2, i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0xBF {
                let c = bytes[i + 1]
                let kind: Token.Kind? = c == 0xAB ? .openQuote : c == 0xBB ? .closeQuote : c == 0xA0 ? nil : .punctuation
                if let kind {
                    let mark: UInt8 = kind == .punctuation ? 0x7E : 0x22
                    tokens.append(Token(start: Int32(i), end: Int32(i + 2), kind: kind, mark: mark, flags: [], paragraph: paragraph))
                    hashes.append(0)
                }
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n {
                // General punctuation: quotation marks, dashes, spaces.
                var kind: Token.Kind? = .punctuation
                var mark: UInt8 = 0x7E
                if bytes[i + 1] == 0x80 {
                    switch bytes[i + 2] {
                    case 0x9C: kind = .openQuote; mark = 0x22
                    case 0x9D: kind = .closeQuote; mark = 0x22
                    case 0x98:
                        mark = 0x27
                        if opensSingleQuote(bytes, i, width: 3) { kind = .openSingleQuote; mark = 0x22 }
                    case 0x99:
                        mark = 0x27
                        if closesSingleQuote(bytes, i, width: 3) { kind = .closeSingleQuote; mark = 0x22 }
                    case 0x92...0x95: mark = 0x2D
                    case 0x80...0x8F, 0xAF: kind = nil
                    default: break
                    }
                }
                if let kind {
                    tokens.append(Token(start: Int32(i), end: Int32(i + 3), kind: kind, mark: mark, flags: [], paragraph: paragraph))
                    hashes.append(0)
                }
                i += 3
                continue
            }
            // "?tienne": a word whose capital was lost.
            if isWordByte(b) || (b == 0x3F && lostLetters && LostLetter.opensWord(bytes, at: i)) {
                let (token, next, hash) = word(bytes, from: i, paragraph: paragraph, lostLetters: lostLetters)
                var t = token
                if sentencePending { t.flags.insert(.sentenceStart) }
                sentencePending = false
                tokens.append(t)
                hashes.append(hash)
                i = next
                continue
            }
            // ASCII punctuation.
            var kind = Token.Kind.punctuation
            var flags: Token.Flags = []
            if b == 0x22 { kind = .straightQuote }
            if b == 0x3F, let lost = lostQuotationMark(bytes, at: i, open: lostOpen) {
                lostOpen = lost == .openQuote
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: lost, mark: 0x22, flags: [], paragraph: paragraph))
                hashes.append(0)
                i += 1
                continue
            }
            // A typewriter ' that no word took as an apostrophe: 'opens' or closes' a quotation.
            var mark = b
            if b == 0x27 {
                if opensSingleQuote(bytes, i, width: 1) {
                    kind = .openSingleQuote
                    mark = 0x22
                } else if closesSingleQuote(bytes, i, width: 1) {
                    kind = .closeSingleQuote
                    mark = 0x22
                }
            }
            if b == 0x2E, let last = tokens.last, last.kind == .word, last.end == Int32(i), last.end - last.start <= 6 {
                let w = wordText(bytes, last)
                if abbreviations.contains(w) || (w.utf8.count == 1 && last.has(.capitalized)) { flags.insert(.abbreviation) }
            }
            if (b == 0x2E && !flags.contains(.abbreviation)) || b == 0x21 || b == 0x3F || b == 0x3A { sentencePending = true }
            tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: kind, mark: mark, flags: flags, paragraph: paragraph))
            hashes.append(0)
            i += 1
        }
        return tokens
    }

    /// Whether `b` can start or continue a word: ASCII letters and digits, and any byte of a
    /// multi-byte character that is not punctuation (those are handled before).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Whether the ‘ at `i` opens a quotation: nothing but a space, a line start, an opening
    /// bracket, a dash or a colon before it, and a letter or opening mark after it (not "‘90s").
    private static func opensSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, width: Int) -> Bool {
        let before: UInt8 = i > 0 ? bytes[i - 1] : 0x0A
        let spaceBefore = before == 0x20 || before == 0x0A || before == 0x09 || before == 0x28 || before == 0x3A
            || before == 0x94 || before == 0x93 || before == 0x9C || before == 0xA0
        guard spaceBefore, i + width < bytes.count else { return false }
        let after = bytes[i + width]
        return isLetterByte(after) || after == 0xE2
    }

    /// Whether a ’ at `i` that no word took as its apostrophe closes a quotation: written right
    /// after a word or punctuation, and followed by a space, punctuation or the line's end.
    private static func closesSingleQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, width: Int) -> Bool {
        guard i > 0 else { return false }
        let before = bytes[i - 1]
        if before == 0x20 || before == 0x0A || before == 0x09 { return false }
        let j = i + width
        guard j < bytes.count else { return true }
        let after = bytes[j]
        return !isLetterByte(after) || after == 0xE2 || after == 0xC2
    }

    /// Whether `b` is a letter byte (ASCII letter or part of a multi-byte character).
    private static func isLetterByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }

    /// Whether the bytes at `i` are a right single quotation mark (’).
    private static func isCurlyApostrophe<C: RandomAccessCollection>(_ bytes: C, _ i: Int) -> Bool
        where C.Element == UInt8, C.Index == Int {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    /// Reads one word starting at `start`; returns the token and the index after it (after any
    /// possessive ending, which the token's range leaves out).
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, paragraph: Int32,
                             lostLetters: Bool) -> (Token, Int, UInt64) {
        let n = bytes.count
        var i = start
        var flags: Token.Flags = []
        var end = start
        var next = start
        // The hash and letter cases of the bytes taken into the word, gathered in the same pass.
        var h = HashedWordTable.seed
        var upper = 0
        var lower = false
        scan: while i < n {
            let b = bytes[i]
            // Fast path: ASCII letters and digits.
            if b &- 0x61 < 26 {
                lower = true
                h = HashedWordTable.mix(h, b)
                i += 1
                continue
            }
            if b &- 0x41 < 26 {
                upper += 1
                h = HashedWordTable.mix(h, b)
                i += 1
                continue
            }
            if b &- 0x30 < 10 {
                h = HashedWordTable.mix(h, b)
                i += 1
                continue
            }
            if b == 0xE2 {
                // An apostrophe (’) inside the word, or a possessive ending.
                if isCurlyApostrophe(bytes, i) {
                    if let r = apostrophe(bytes, at: i, width: 3, wordStart: start, flags: &flags) {
                        if r.endsWord { end = i; next = r.next; break scan }
                        h = HashedWordTable.mix(h, 0x27)
                        i = r.next
                        continue
                    }
                    break scan
                }
                if i + 2 < n, bytes[i + 1] == 0x80 { break scan }
            }
            // No-break space and Latin-1 punctuation end a word.
            if b == 0xC2, i + 1 < n, bytes[i + 1] >= 0xA0, bytes[i + 1] <= 0xBF { break scan }
            if b >= 0x80 {
                h = HashedWordTable.mix(h, b)
                i += 1
                continue
            }
            let after: UInt8 = i + 1 < n ? bytes[i + 1] : 0
            switch b {
            case 0x2D where isWordByte(after) && after < 0xE2:
                flags.insert(.hyphenated)
                h = HashedWordTable.mix(h, b)
                i += 1
            case 0x27:
                if let r = apostrophe(bytes, at: i, width: 1, wordStart: start, flags: &flags) {
                    if r.endsWord { end = i; next = r.next; break scan }
                    h = HashedWordTable.mix(h, b)
                    i = r.next
                } else {
                    break scan
                }
            case 0x2E:
                // "U.S." and "U.N.": single capitals separated by dots.
                let single = i - start == 1 || (i >= 2 && bytes[i - 2] == 0x2E)
                if single && bytes[i - 1] >= 0x41 && bytes[i - 1] <= 0x5A {
                    if after >= 0x41 && after <= 0x5A && i + 2 < n && bytes[i + 2] == 0x2E {
                        h = HashedWordTable.mix(h, b)
                        i += 1
                        continue
                    }
                    if i - start >= 3 {
                        h = HashedWordTable.mix(h, b)
                        i += 1
                        end = i
                        next = i
                        break scan
                    }
                }
                break scan
            case 0x26 where after >= 0x41 && after <= 0x5A && i > start && bytes[i - 1] >= 0x41 && bytes[i - 1] <= 0x5A:
                h = HashedWordTable.mix(h, b)
                i += 1
            // "Russia?s Ministry of Defence": an apostrophe lost as "?" before a possessive "s".
            case 0x3F where i > start + 1 && isLetterByte(bytes[i - 1]) && (after == 0x73 || after == 0x53)
                && (i + 2 >= n || !isLetterByte(bytes[i + 2])) && LostLetter.isLostApostrophe(bytes, at: i, wordStart: start):
                flags.insert(.possessive)
                end = i
                next = i + 2
                break scan
            // "Adom?nas", "Ib??ez", "Šešelgyt?,"; in a text that lost letters, "Jos? Mart?nez" and "?tienne".
            case 0x3F where (i > start && (isLetterByte(bytes[i - 1]) || bytes[i - 1] == 0x3F)
                             && (isLetterByte(after) && after < 0xE2 || after == 0x2C || (after == 0x3F && LostLetter.runEndsInLetter(bytes, at: i))
                                 || (after == 0x2D && i + 2 < n && isLetterByte(bytes[i + 2]))))
                || (lostLetters && i == start) || (lostLetters && LostLetter.endsName(bytes, at: i, wordStart: start))
                || (!lostLetters && LostLetter.endsGivenName(bytes, at: i, wordStart: start)):
                // A run of them ("Ib??ez") is taken at once: it was checked to end in a letter.
                repeat {
                    h = HashedWordTable.mix(h, 0x3F)
                    i += 1
                } while after == 0x3F && i < n && bytes[i] == 0x3F
            default:
                break scan
            }
        }
        if end == start { end = i; next = i }
        var hash = h == 0 ? 1 : h
        if end == start {
            // Nothing was taken (a stray byte): a one-byte word.
            end = start + 1
            next = end
            hash = HashedWordTable.mix(HashedWordTable.seed, bytes[start])
        }
        capitalize(bytes, start, end, &flags)
        if !lower && upper >= 2 && flags.contains(.capitalized) { flags.insert(.allCaps) }
        return (Token(start: Int32(start), end: Int32(end), kind: .word, mark: 0, flags: flags, paragraph: paragraph), next, hash)
    }

    /// What an apostrophe at `i` does: stays inside the word (O'Brien), ends it as a possessive
    /// ("Russia's", "powers'"), or is not part of the word (nil).
    private static func apostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, width: Int, wordStart: Int,
                                   flags: inout Token.Flags) -> (next: Int, endsWord: Bool)? {
        let n = bytes.count
        let j = i + width
        let afterIsLetter = j < n && isLetterByte(bytes[j]) && !isCurlyApostrophe(bytes, j)
        if j < n, bytes[j] == 0x73 || bytes[j] == 0x53, (j + 1 >= n || !isLetterByte(bytes[j + 1])), i > wordStart {
            flags.insert(.possessive)
            return (j + 1, true)
        }
        if afterIsLetter && i > wordStart { return (j, false) }
        if i > wordStart && (bytes[i - 1] == 0x73) && !afterIsLetter {
            // "…for the fans’, he said": before punctuation or a line end, the mark closes a
            // quotation; a plural possessive is followed by what it owns ("the players’ wages").
            if j >= n || [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x0D].contains(bytes[j]) { return nil }
            flags.insert(.possessive)
            return (j, true)
        }
        return nil
    }

    /// Flags the word in `start..<end` as capitalized when its first letter is upper case.
    private static func capitalize(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ flags: inout Token.Flags) {
        let first = bytes[start]
        // "?tienne": the lost letter was the capital; "eBay", "dataLoom": a brand's capital is inside.
        if (first >= 0x41 && first <= 0x5A) || first == 0x3F || BrandCase.isName(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
            flags.insert(.capitalized)
        } else if first >= 0xC0 {
            var it = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 4)]), as: UTF8.self).unicodeScalars.makeIterator()
            if let scalar = it.next(), scalar.properties.isUppercase { flags.insert(.capitalized) }
        }
    }

    /// The text of a word token with "’" as "'".
    static func wordText<C: RandomAccessCollection>(_ bytes: C, _ t: Token) -> String where C.Element == UInt8, C.Index == Int {
        let slice = bytes[Int(t.start)..<Int(t.end)]
        if !slice.contains(0xE2) { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        var k = slice.startIndex
        while k < slice.endIndex {
            if k + 2 < slice.endIndex && isCurlyApostrophe(bytes, k) {
                out.append(0x27)
                k += 3
            } else {
                out.append(bytes[k])
                k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Flags the tokens of lines written as headlines: mostly capitalized words and no closing
    /// period, or mostly all-capital words. In such lines capitals say little about names.
    private static func markHeadlines(_ tokens: inout [Token]) {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count && tokens[end].paragraph == tokens[start].paragraph { end += 1 }
            var long = 0, capitalized = 0, caps = 0, wordsCount = 0
            for k in start..<end where tokens[k].kind == .word {
                wordsCount += 1
                let length = tokens[k].end - tokens[k].start
                if tokens[k].has(.allCaps) && length >= 3 { caps += 1 }
                if length >= 4 {
                    long += 1
                    if tokens[k].has(.capitalized) { capitalized += 1 }
                }
            }
            let last = tokens[end - 1]
            let endsSentence = last.kind != .word && (last.mark == 0x2E || last.mark == 0x3F || last.mark == 0x21 || last.kind == .closeQuote
                || last.kind == .closeSingleQuote)
            let titleCase = long >= 3 && capitalized * 10 >= long * 8 && !endsSentence
            let allCaps = wordsCount >= 2 && caps * 10 >= wordsCount * 6
            if titleCase || allCaps {
                for k in start..<end { tokens[k].flags.insert(.headline) }
            }
            start = end
        }
    }
}
